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
 */
export function show(figure: PlotlyFigureInput): void;
export function show(spec: TopLevelSpec): void;
export function show(chartOrTable: Showable | FrameLike): void;
// A signature per kind of bare chart, so that a mistake is reported against the kind meant
// (a misspelt Plotly trace type, not a missing Vega-Lite "hconcat"), then one for any chart
// or table (a Chart, a DataFrame, a list of mixed charts). TypeScript details the error of
// each signature only up to three.
export function show(value: Showable | FrameLike): void {
  sendBundle(displayBundle(value));
}

/** Displays a DataFrame or Series as an HTML table (with a text twin), with a caption and a row limit. */
export function showTable(frame: FrameLike, options: TableOptions = {}): void {
  sendBundle(tableBundle(frame, options));
}
