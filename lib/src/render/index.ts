export { escapeHtml, inlineScript, scriptJson } from "./html";
export type { ChartLibrary } from "./library";
export { plotlyLibrary } from "./plotly";
export { vegaLiteLibrary, vegaEmbedOptions } from "./vega-lite";
export { libraryOf, drawExpression, notebookChartHtml, inlineChartScripts, drawChartsScript, standaloneChartHtml } from "./chart-html";
export { renderChartSvg, closeRenderer } from "./chart-svg";
export { MissingChromiumError, getSharedBrowser, launchBrowser, chromiumPath } from "./browser";
export { chartScripts, copyScriptsForExportedHtml, installJupyterScripts, exportedScriptsFolder, jupyterScriptsUrlPath } from "./vendor-scripts";
