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
export function chartElementId(chart: Chart): string {
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
  return chartBundleWith(chart, chartElementId(chart), renderStaticSvgSync(chart));
}

/**
 * The bundle of `chart` drawn into the element `id`, with its static SVG, or without it while
 * the render service makes it (show() then replaces the output once the SVG is there).
 */
export function chartBundleWith(chart: Chart, id: string, svg: string | undefined): MimeBundle {
  const library = libraryOf(chart);
  return {
    [library.mimeType]: library.native(chart),
    "text/html": notebookChartHtml(chart, id, svg),
    ...(svg === undefined ? {} : { "image/svg+xml": svg }),
    "text/plain": plainText(chart),
  };
}
