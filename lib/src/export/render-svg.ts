import type { Chart } from "../vocabulary";
import { closeSharedBrowser, getSharedBrowser } from "./browser";
import { renderPlotlySvg } from "./plotly-page";
import { renderVegaLiteSvg } from "./vega-svg";

/**
 * The chart as SVG markup. Vega-Lite renders in-process; Plotly renders in the
 * process's shared headless Chromium, launched on first use (see closeRenderer).
 */
export async function renderChartSvg(chart: Chart): Promise<string> {
  if (chart.library === "vega-lite") return renderVegaLiteSvg(chart.spec);
  return renderPlotlySvg(await getSharedBrowser(), chart.figure);
}

/** Closes the browser renderChartSvg may have started; scripts call it when done. */
export const closeRenderer = closeSharedBrowser;
