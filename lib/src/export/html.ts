import * as fs from "node:fs";
import type { Chart } from "../vocabulary";
import { vendorScripts } from "../config/paths";

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** A vendor bundle as an inline script; "</script" inside it would end the element early. */
function inlineScript(file: string): string {
  return `<script>${fs.readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script")}</script>`;
}

const vendorCache = new Map<string, string>();

function vendorScript(file: string): string {
  let script = vendorCache.get(file);
  if (script === undefined) {
    script = inlineScript(file);
    vendorCache.set(file, script);
  }
  return script;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A standalone interactive page of the chart: the library bundles from
 * node_modules are inlined, so it opens offline and from any folder.
 */
export function standaloneChartHtml(chart: Chart): string {
  const scripts =
    chart.library === "plotly"
      ? [vendorScript(vendorScripts.plotly)]
      : [vendorScript(vendorScripts.vega), vendorScript(vendorScripts.vegaLite), vendorScript(vendorScripts.vegaEmbed)];
  const draw =
    chart.library === "plotly"
      ? `const figure = ${scriptJson(chart.figure)};\nPlotly.newPlot("chart", figure.data, figure.layout, figure.config);`
      : `vegaEmbed("#chart", ${scriptJson(chart.spec)}, { renderer: "svg", actions: false });`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${chart.meta.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(chart.meta.title[chart.meta.lang])}</title>`,
    "<style>body { margin: 16px; font-family: 'Liberation Sans', Arial, sans-serif; background: #fff; }</style>",
    ...scripts,
    "</head>",
    "<body>",
    '<div id="chart"></div>',
    `<script>\n${draw}\n</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
