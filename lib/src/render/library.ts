import type { Chart } from "../vocabulary";
import type { ChartScriptModule } from "./vendor-scripts";

/**
 * What differs between the chart libraries, in one record per library
 * (render/plotly.ts, render/vega-lite.ts): everything else that turns a chart
 * into HTML or an image is written once, in chart-html.ts and chart-svg.ts.
 */
export interface ChartLibrary<C extends Chart> {
  /** The library's name, for plain-text representations. */
  name: string;
  /** MIME type of the native representation JupyterLab and VS Code draw. */
  mimeType: string;
  /** The native representation. */
  native(chart: C): object;
  /** What the chart is drawn from (the figure or the spec). */
  content(chart: C): unknown;
  /** Browser bundles the chart needs, in load order; the last one's global draws it. */
  scripts(chart: C): readonly ChartScriptModule[];
  /** A JavaScript expression drawing the chart into the element `target` with `draw` (the last bundle's global): a promise or a value. */
  drawCall(chart: C, draw: string, target: string): string;
  /** The chart as static SVG markup, loading the renderer on first use. */
  renderSvg(chart: C): Promise<string>;
}

/** One record per chart library, keyed by Chart["library"]. */
export type ChartLibraries = { [L in Chart["library"]]: ChartLibrary<Extract<Chart, { library: L }>> };
