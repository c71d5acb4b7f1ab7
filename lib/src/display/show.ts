import type { TopLevelSpec } from "vega-lite";
import { asChart, type PlotlyFigureInput, type Showable } from "../charts/own-chart";
import { chartBundle } from "./chart-bundle";
import type { MimeBundle } from "./mime-bundle";
import { sendBundle } from "./send-bundle";
import { isFrameLike, tableBundle, type FrameLike, type TableOptions } from "./table-bundle";

/** The MIME bundle show() sends for a chart or a table. */
export function displayBundle(value: Showable | FrameLike): MimeBundle {
  return isFrameLike(value) ? tableBundle(value) : chartBundle(asChart(value));
}

/**
 * Displays a chart (a Chart of the library, a bare Plotly figure or a Vega-Lite spec) or a
 * danfojs DataFrame or Series in the notebook, as one output every front end can render:
 * `show(chart)`. It returns when the output is sent (the static image included), so
 * `await` is not needed, and the cell prints nothing else.
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
  sendBundle(displayBundle(value));
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
