import { asChart, type Showable } from "./as-chart";
import { chartBundle } from "./chart-bundle";
import type { MimeBundle } from "./mime-bundle";
import { sendBundle } from "./send-bundle";
import { isFrameLike, tableBundle, type FrameLike, type TableOptions } from "./table-bundle";

/** The MIME bundle show() sends for a chart or a table. */
export async function displayBundle(value: Showable | FrameLike): Promise<MimeBundle> {
  if (isFrameLike(value)) return tableBundle(value);
  const chart = asChart(value);
  if (!chart) throw new TypeError("show() takes a Chart, a Plotly figure {data, layout}, a Vega-Lite spec, or a danfojs DataFrame or Series");
  return chartBundle(chart);
}

/**
 * Displays a chart (a Chart, a bare Plotly figure or a Vega-Lite spec) or a danfojs DataFrame
 * or Series in the notebook, as one output every front end can render. Await it in a cell:
 * `await show(chart)`.
 */
export async function show(value: Showable | FrameLike): Promise<void> {
  sendBundle(await displayBundle(value));
}

/** Displays a DataFrame or Series as an HTML table (with a text twin), with a caption and a row limit. */
export function showTable(frame: FrameLike, options: TableOptions = {}): void {
  sendBundle(tableBundle(frame, options));
}
