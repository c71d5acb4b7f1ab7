import type { Chart } from "../vocabulary";
import { closeSharedBrowser } from "./browser";
import { libraryOf } from "./chart-html";

/**
 * The chart as SVG markup. Vega-Lite renders in-process; Plotly renders in the
 * process's shared headless Chromium, launched on first use (see closeRenderer).
 * Either renderer loads when first needed.
 */
export function renderChartSvg(chart: Chart): Promise<string> {
  return libraryOf(chart).renderSvg(chart);
}

/**
 * Closes the browser renderChartSvg may have started; scripts call it when done.
 *
 * @function
 */
export const closeRenderer = closeSharedBrowser;
