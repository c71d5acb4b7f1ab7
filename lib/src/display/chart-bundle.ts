import { createHash } from "node:crypto";
import { libraryOf, notebookChartHtml } from "../render";
import { renderStaticSvgSync } from "../render/static-svg-sync";
import type { Chart } from "../vocabulary";
import type { MimeBundle } from "./mime-bundle";

let shownCharts = 0;

/**
 * An element id that is unique on the page yet the same on every run of the notebook
 * (a saved notebook must not change when nothing changed): the chart's content hash
 * plus how many charts this kernel has shown.
 */
function elementId(chart: Chart): string {
  const hash = createHash("sha256").update(JSON.stringify(libraryOf(chart).content(chart))).digest("hex");
  return `chart-${hash.slice(0, 12)}-${++shownCharts}`;
}

function plainText(chart: Chart): string {
  const title = chart.meta.title[chart.meta.lang];
  return `<${libraryOf(chart).name} chart${title ? `: ${title}` : ""}>`;
}

/**
 * Every representation a front end may want: the native chart type (JupyterLab, VS Code),
 * interactive HTML (classic Notebook 6, HTML exports), a static SVG (viewers that run no
 * scripts, such as GitHub's preview) and text.
 */
export function chartBundle(chart: Chart): MimeBundle {
  const library = libraryOf(chart);
  const svg = renderStaticSvgSync(chart);
  return {
    [library.mimeType]: library.native(chart),
    "text/html": notebookChartHtml(chart, elementId(chart), svg),
    "image/svg+xml": svg,
    "text/plain": plainText(chart),
  };
}
