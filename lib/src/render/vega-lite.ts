import type { VegaLiteChart } from "../vocabulary";
import { scriptJson } from "./html";
import type { ChartLibrary } from "./library";

/**
 * vega-embed options of every interactive Vega-Lite chart: SVG like the exported
 * files, and only the export action (the editor and source actions link to
 * vega.github.io: useless offline).
 */
export const vegaEmbedOptions = { renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } } as const;

/** Vega-Lite: the spec for Jupyter, vegaEmbed in pages, SVG from vega's headless view (no browser). */
export const vegaLiteLibrary: ChartLibrary<VegaLiteChart> = {
  name: "Vega-Lite",
  mimeType: "application/vnd.vegalite.v5+json",
  native: (chart) => chart.spec,
  content: (chart) => chart.spec,
  scripts: () => ["vega", "vega-lite", "vega-embed"],
  drawCall: (chart, draw, target) => `${draw}(${target}, ${scriptJson(chart.spec)}, ${scriptJson(vegaEmbedOptions)})`,
  async renderSvg(chart) {
    // Loaded on first use: vega and vega-lite only when a static image is wanted.
    const { renderVegaLiteSvg } = await import("./vega-lite-svg");
    return renderVegaLiteSvg(chart.spec);
  },
};
