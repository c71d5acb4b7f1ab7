import * as fs from "node:fs";
import * as path from "node:path";
import { jupyterConfigDir } from "../config/jupyter";
import { writeFileAtomic } from "../files/atomic-write";
import { chartScripts, jupyterScriptsFolder, jupyterScriptsUrlPath, type ChartScriptModule } from "./vendor-scripts";

/**
 * A Notebook 6 extension that loads the chart scripts of the project's own charts into each
 * notebook page of the project's server while the page is idle, before any chart asks for
 * them: a first chart then finds them parsed (they took it 0.5 to 2 s on a loaded 2-core
 * machine). The full plotly.js, for figures the project's bundle cannot draw, loads on demand.
 */
export const preloadedModules: readonly ChartScriptModule[] = ["plotly-project", "vega", "vega-lite", "vega-embed"];

/** Its name for Notebook's `load_extensions` (a path under nbextensions/, without .js). */
export const preloadExtension = "syria-coalitions/preload";

/**
 * The extension: the same module names and URLs as the charts' own loader (chart-html.ts), so
 * that require.js hands a chart the module already loaded. One module after another, each once
 * the page is idle, so that typing stays responsive. Plain ES5, like the charts' loader.
 */
export function preloadExtensionSource(): string {
  const scripts = chartScripts.filter((script) => preloadedModules.includes(script.module)).map(({ module, file }) => ({ module, file }));
  return `// Written by the project's set-up (lib/src/render/jupyter-preload.ts): loads the chart scripts ahead of the first chart.
define([], function () {
  "use strict";
  var scripts = ${JSON.stringify(preloadedModules.map((module) => scripts.find((script) => script.module === module)))};
  var whenIdle = window.requestIdleCallback ? function (then) { window.requestIdleCallback(then, { timeout: 2000 }); } : function (then) { setTimeout(then, 200); };
  function preload() {
    var folder = document.body.getAttribute("data-base-url") + ${JSON.stringify(jupyterScriptsUrlPath)};
    var paths = {};
    scripts.forEach(function (s) { paths[s.module] = new URL(folder + s.file, document.baseURI).href.replace(/\\.js$/, ""); });
    window.requirejs.config({ paths: paths });
    (function next(i) {
      if (i === scripts.length) return;
      whenIdle(function () {
        // A script that fails to load here is only not preloaded: the chart that needs it says why.
        window.requirejs([scripts[i].module], function () { next(i + 1); }, function () { next(i + 1); });
      });
    })(0);
  }
  return { load_ipython_extension: function () { whenIdle(preload); } };
});
`;
}

/** Writes `text` to `file` unless it holds it already (a repeated set-up touches nothing); returns whether it wrote. */
function writeIfChanged(file: string, text: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  writeFileAtomic(file, text);
  return true;
}

/**
 * Installs the extension beside the chart scripts and enables it in the project's Notebook
 * config (nbconfig/notebook.json, keeping whatever else it holds). Set-up step --kernel.
 */
export function installJupyterPreload(configDir: string = jupyterConfigDir, scriptsFolder: string = jupyterScriptsFolder): boolean {
  const wroteScript = writeIfChanged(path.join(scriptsFolder, "preload.js"), preloadExtensionSource());
  const configFile = path.join(configDir, "nbconfig", "notebook.json");
  let config: { load_extensions?: Record<string, boolean> } = {};
  if (fs.existsSync(configFile)) {
    try {
      config = JSON.parse(fs.readFileSync(configFile, "utf8")) as typeof config;
    } catch (error) {
      throw new Error(`${configFile} is not valid JSON (${(error as Error).message}): fix or remove it, then run the set-up again`);
    }
  }
  config.load_extensions = { ...config.load_extensions, [preloadExtension]: true };
  const wroteConfig = writeIfChanged(configFile, `${JSON.stringify(config, null, 2)}\n`);
  return wroteScript || wroteConfig;
}
