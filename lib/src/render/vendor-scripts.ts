import * as fs from "node:fs";
import * as path from "node:path";
import { paths, vendorScripts } from "../config/paths";

/**
 * The browser bundles chart outputs load, by AMD module name (the names vega-embed's UMD
 * build asks require.js for) with the file name they are copied under. Chart outputs refer
 * to these files by URL instead of embedding them: plotly.js alone is over 3 MB. A Plotly
 * figure loads the project's bundle or the full one (plotly-bundles.ts), each under its own
 * module and global, so that a page holding both kinds of figure draws each with its own.
 */
export const chartScripts = [
  { module: "plotly-project", global: "PlotlyProject", source: vendorScripts.plotlyProject, file: "plotly-project.min.js" },
  { module: "plotly", global: "Plotly", source: vendorScripts.plotly, file: "plotly.min.js" },
  { module: "vega", global: "vega", source: vendorScripts.vega, file: "vega.min.js" },
  { module: "vega-lite", global: "vegaLite", source: vendorScripts.vegaLite, file: "vega-lite.min.js" },
  { module: "vega-embed", global: "vegaEmbed", source: vendorScripts.vegaEmbed, file: "vega-embed.min.js" },
] as const;

export type ChartScript = (typeof chartScripts)[number];
export type ChartScriptModule = ChartScript["module"];

/** The scripts of `modules`, in the order given. */
export function scriptsOf(modules: readonly ChartScriptModule[]): ChartScript[] {
  return modules.map((module) => chartScripts.find((script) => script.module === module)!);
}

/**
 * Where Jupyter Notebook 6 serves the scripts from: it serves every `nbextensions/` folder
 * on JUPYTER_PATH at <base_url>nbextensions/, no extension enabling needed.
 */
export const jupyterScriptsUrlPath = "nbextensions/syria-coalitions/";
export const jupyterScriptsFolder = path.join(paths.jupyterData, "nbextensions", "syria-coalitions");

/**
 * Folder, relative to an exported notebook's HTML file, where that page finds the scripts
 * (figures/notebooks/vendor/ for the report): see copyChartScripts.
 */
export const exportedScriptsFolder = "vendor";

/** Copies the chart scripts into `folder`; returns whether any file changed. */
function copyChartScripts(folder: string): boolean {
  fs.mkdirSync(folder, { recursive: true });
  let changed = false;
  for (const script of chartScripts) {
    const target = path.join(folder, script.file);
    const source = fs.statSync(script.source);
    const current = fs.existsSync(target) ? fs.statSync(target) : undefined;
    if (current?.size === source.size && Math.trunc(current.mtimeMs / 1000) === Math.trunc(source.mtimeMs / 1000)) continue;
    fs.copyFileSync(script.source, target);
    fs.utimesSync(target, source.atime, source.mtime);
    changed = true;
  }
  return changed;
}

/** Makes the scripts available to the project's Jupyter Notebook server (set-up step --kernel). */
export function installJupyterScripts(): boolean {
  return copyChartScripts(jupyterScriptsFolder);
}

/**
 * Makes the scripts available to HTML exports of notebooks written to `htmlFolder`
 * (e.g. figures/notebooks/): chart outputs look for them in `vendor/` next to the page.
 */
export function copyScriptsForExportedHtml(htmlFolder: string): boolean {
  return copyChartScripts(path.join(htmlFolder, exportedScriptsFolder));
}
