import type { PlotlyFigure } from "../vocabulary";

/**
 * Which Plotly bundle draws a figure in a page. plotly.js-dist-min registers every trace type
 * in 4.5 MB, and parsing it was most of a first chart's wait in Notebook 6 (1.9 s of 4 s on a
 * loaded 2-core machine). The project's bundle, built at set-up from the plotly.js source
 * package of the same version (lib/setup/plotly-bundle.mjs), registers only the trace types the
 * library's charts use, in 1.2 MB. A figure it cannot draw (an analyst's own, with another
 * trace type, a transform or a world calendar) loads the full bundle.
 */

/**
 * The trace types of the project's bundle: every type the library's chart builders emit
 * (test/render/plotly-bundles.test.ts derives that list from their output over the dataset).
 * plotly.js registers `scatter` with its core.
 */
export const projectPlotlyTraceTypes = ["bar", "heatmap", "scatter", "sunburst"] as const;

const projectTypes = new Set<string>(projectPlotlyTraceTypes);

/** Keys of attributes that need modules the project's bundle leaves out: transforms and world calendars (`xcalendar`, an axis' `calendar`...). */
const fullBundleKey = /"(transforms|[a-z]*calendar)":/;

/** The trace types of `figure`, as Plotly reads them (a trace without `type` is a scatter). */
export function plotlyTraceTypes(figure: Pick<PlotlyFigure, "data">): string[] {
  return figure.data.map((trace) => String((trace as { type?: unknown }).type ?? "scatter"));
}

/** Whether the project's bundle draws `figure` as the full bundle would. */
export function fitsProjectPlotlyBundle(figure: PlotlyFigure): boolean {
  return plotlyTraceTypes(figure).every((type) => projectTypes.has(type)) && !fullBundleKey.test(JSON.stringify(figure));
}
