// Builds the project's Plotly bundle (lib/dist/vendor/plotly-project.min.js): the trace types of
// lib/src/render/plotly-bundles.ts, from the plotly.js source package, with esbuild. Chart pages
// load it instead of the 4.5 MB plotly.js-dist-min when a figure fits it (see that module).
//
// Both plotly.js packages are pinned to one exact version in package.json and lib/package.json:
// the project's bundle and the full one must draw a figure alike. The build refuses to run when
// the installed versions differ. It runs after the lib build (it reads the trace list from
// lib/dist) and again only when its inputs change.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const requireFromLib = createRequire(join(root, "lib", "dist", "index.js"));
const requireFromRoot = createRequire(join(root, "package.json"));

const versionOf = (name) => requireFromLib(`${name}/package.json`).version;

/** Throws unless the plotly.js source package and plotly.js-dist-min are the same version; returns it. */
export function matchingPlotlyVersion(source = versionOf("plotly.js"), full = versionOf("plotly.js-dist-min")) {
  if (source !== full) {
    throw new Error(`plotly.js ${source} (source of the project's Plotly bundle) and plotly.js-dist-min ${full} (the full bundle) differ: pin both to one exact version in package.json and lib/package.json`);
  }
  return source;
}

/**
 * The bundle's entry: plotly.js's core (which registers scatter) and the other trace types.
 * A UMD footer defines it as an anonymous AMD module when loaded by require.js (Notebook 6) and
 * the global PlotlyProject otherwise; `define` is hidden from the modules inside, some of which
 * would otherwise register themselves with the page's require.js.
 */
function entrySource(traceTypes) {
  const registered = traceTypes.filter((type) => type !== "scatter").map((type) => `require("plotly.js/lib/${type}")`);
  return `var Plotly = require("plotly.js/lib/core");\nPlotly.register([${registered.join(", ")}]);\nmodule.exports = Plotly;\n`;
}

/** Returns a short report of what was done. */
export async function ensurePlotlyBundle() {
  const { projectPlotlyTraceTypes } = requireFromLib("./render/plotly-bundles.js");
  const { vendorScripts } = requireFromLib("./config/paths.js");
  const target = vendorScripts.plotlyProject;
  const version = matchingPlotlyVersion();
  const esbuildVersion = requireFromRoot("esbuild/package.json").version;
  const stampFile = `${target}.sha256`;
  const wanted = createHash("sha256")
    .update(JSON.stringify({ version, esbuildVersion, projectPlotlyTraceTypes }))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest("hex");
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === wanted) return "current";
  const { build } = requireFromRoot("esbuild");
  const result = await build({
    stdin: { contents: entrySource(projectPlotlyTraceTypes), resolveDir: root, sourcefile: "plotly-project-entry.js" },
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "PlotlyProject",
    platform: "browser",
    target: "es2017",
    // plotly.js's sources expect a bundler that provides Node's `global` and handles CSS imports
    // (only map subplots, left out here, import any).
    define: { global: "window", define: "undefined" },
    loader: { ".css": "empty" },
    banner: { js: `/* plotly.js ${version} (MIT, https://github.com/plotly/plotly.js): the trace types ${projectPlotlyTraceTypes.join(", ")} */` },
    footer: { js: 'if (typeof define === "function" && define.amd) define(function () { return PlotlyProject; });' },
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  mkdirSync(dirname(target), { recursive: true });
  // Written whole or not at all: an interrupted build leaves no half bundle behind.
  const partial = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, result.outputFiles[0].contents);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  writeFileSync(stampFile, `${wanted}\n`);
  return `built (plotly.js ${version}: ${projectPlotlyTraceTypes.join(", ")})`;
}
