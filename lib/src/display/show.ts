import type { TopLevelSpec } from "vega-lite";
import { asChart, type PlotlyFigureInput, type Showable } from "../charts/own-chart";
import { isHeadlessKernel } from "../config/headless-kernel";
import { escapeHtml } from "../render/html";
import { renderStaticSvgWithin } from "../render/static-svg-sync";
import type { Chart } from "../vocabulary";
import { chartBundle, chartBundleWith, chartElementId } from "./chart-bundle";
import type { MimeBundle } from "./mime-bundle";
import { cellDisplay, sendBundle } from "./send-bundle";
import { isFrameLike, tableBundle, type FrameLike, type TableOptions } from "./table-bundle";

/** The MIME bundle show() sends for a chart or a table. */
export function displayBundle(value: Showable | FrameLike): MimeBundle {
  return isFrameLike(value) ? tableBundle(value) : chartBundle(asChart(value));
}

/**
 * Displays a chart (a Chart of the library, a bare Plotly figure or a Vega-Lite spec) or a
 * danfojs DataFrame or Series in the notebook, as one output every front end can render:
 * `show(chart)`. It returns when the output is sent, so `await` is not needed, and the cell
 * prints nothing else. In a notebook opened in Jupyter, a chart whose static image is not ready
 * within a moment (the render service is starting) is shown interactive at once, and its output
 * gains the image, for saving, when it is made; the runner's kernels wait for the image.
 *
 * @example
 * ```ts
 * show(talkRoundsTimelineChart(nb.dataset, { lang: nb.lang })); // a chart of the library
 * show(talkRoundsFrame(nb.dataset)); // a DataFrame
 * const perYear = roundsPerYearRows(nb.dataset);
 * // your own Plotly figure
 * show({ data: [{ type: "bar", x: perYear.map((row) => row.year), y: perYear.map((row) => row.total) }] });
 * // your own Vega-Lite spec
 * show({
 *   data: { values: perYear },
 *   mark: "line",
 *   encoding: { x: { field: "year", type: "ordinal" }, y: { field: "total", type: "quantitative" } },
 * });
 * ```
 */
export function show(figure: PlotlyFigureInput): void;
/** Displays a Vega-Lite (version 5) spec, as the first signature does a Plotly figure. */
export function show(spec: TopLevelSpec): void;
/** Displays a chart of the library, a danfojs DataFrame or Series as a table (as {@link showTable} does, without caption), or a value that may be any of these (e.g. from a list of mixed charts). */
export function show(chartOrTable: Showable | FrameLike): void;
// A signature per kind of bare chart, so that a mistake is reported against the kind meant
// (a misspelt Plotly trace type, not a missing Vega-Lite "hconcat"), then one for any chart
// or table (a Chart, a DataFrame, a list of mixed charts). TypeScript details the error of
// each signature only up to three.
export function show(value: Showable | FrameLike): void {
  if (isFrameLike(value)) sendBundle(tableBundle(value));
  else showChart(asChart(value));
}

/** How long show() waits for a chart's static image before it sends the interactive chart alone. */
const staticImageWaitMs = 100;

function showChart(chart: Chart): void {
  const display = cellDisplay();
  // The runner saves what the cell sent by the time it ended; a script has no cell to update.
  if (!display || isHeadlessKernel()) {
    sendBundle(chartBundle(chart));
    return;
  }
  const id = chartElementId(chart);
  const displayId = `${id}-display`;
  const svg = renderStaticSvgWithin(chart, staticImageWaitMs, (late) => {
    if ("svg" in late) {
      display(chartBundleWith(chart, id, late.svg), displayId, true);
      return;
    }
    // The interactive chart stays; the output says why a saved notebook will show no image of it.
    const bundle = chartBundleWith(chart, id, undefined);
    bundle["text/html"] += `\n<p class="chart-static-error">No static image of this chart (a saved notebook will show none where scripts do not run): ${escapeHtml(late.error.message)}</p>`;
    display(bundle, displayId, true);
  });
  display(chartBundleWith(chart, id, svg), displayId, false);
}

/**
 * Displays a DataFrame or Series as an HTML table (with a text twin), with a caption and a
 * row limit (20 rows unless `maxRows` says otherwise). Headers are shown as the frame has
 * them: `nb.table` translates them and takes its caption from the dictionary.
 *
 * @example
 * ```ts
 * showTable(roundSchedule(nb.dataset), { caption: "Rounds, their length and the gap before them", maxRows: 40 });
 * ```
 */
export function showTable(frame: FrameLike, options: TableOptions = {}): void {
  sendBundle(tableBundle(frame, options));
}
