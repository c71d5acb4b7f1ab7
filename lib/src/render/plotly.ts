import type { PlotlyChart } from "../vocabulary";
import { scriptJson } from "./html";
import type { ChartLibrary } from "./library";
import { fitsProjectPlotlyBundle } from "./plotly-bundles";

/** Plotly: native JSON for Jupyter, Plotly.newPlot in pages, SVG from Plotly.toImage in headless Chromium. */
export const plotlyLibrary: ChartLibrary<PlotlyChart> = {
  name: "Plotly",
  mimeType: "application/vnd.plotly.v1+json",
  native({ figure: { data, layout, config } }) {
    return config ? { data, layout, config } : { data, layout };
  },
  content: (chart) => chart.figure,
  scripts: ({ figure }) => [fitsProjectPlotlyBundle(figure) ? "plotly-project" : "plotly"],
  drawCall({ figure: { data, layout, config } }, draw, target) {
    return `${draw}.newPlot(${target}, ${scriptJson(data)}, ${scriptJson(layout)}, ${scriptJson(config ?? { responsive: true })})`;
  },
  async renderSvg(chart) {
    // Loaded on first use: playwright and the browser only when a Plotly image is wanted.
    const [{ getSharedBrowser }, { renderPlotlySvg }] = await Promise.all([import("./browser"), import("./plotly-svg")]);
    return renderPlotlySvg(await getSharedBrowser(), chart.figure);
  },
};
