import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { maxChartWidth } from "../../lib/src/charts/chart-size";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer, renderChartSvg } from "../../lib/src/render";
import { svgSize } from "../../lib/src/render/svg-size";

// Every chart of the library, as rendered (legends, labels, titles and source lines
// included), fits the width a notebook shows without a scrollbar.
describe("every chart fits a notebook's output width", () => {
  const data = loadDataset();
  after(closeRenderer);

  for (const lang of ["en", "id"] as const) {
    for (const chart of allCharts(data, lang)) {
      it(`${chart.meta.id} (${chart.library}, ${lang}) is at most ${maxChartWidth[chart.library]} px wide`, async () => {
        const { width, height } = svgSize(await renderChartSvg(chart));
        assert.ok(width <= maxChartWidth[chart.library], `${width} px wide`);
        assert.ok(width >= 400 && height >= 200, `a chart of readable size, not a collapsed one: ${width} × ${height}`);
      });
    }
  }
});
