import { shareEstimates } from "../analysis";
import { labels, type VegaLiteChart } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import type { ChartData } from "./data";
import { estimateMarks, groupMarks } from "./estimate-marks";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteTitle, wrappedLabels } from "./vega-config";

/** The two panels of the chart, in order. */
const dimensions = ["religion", "ethnicity"] as const;

/**
 * Population shares by group, one panel per dimension (religion or sect,
 * ethnicity): a grey bar spans the range across sources, each source's
 * estimate is an open circle (with its own range as a line when it gives one);
 * the tooltip names the source, the source line lists them all.
 */
export function populationCompositionChart(
  data: Pick<ChartData, "populationGroups" | "composition" | "sources">,
  { lang = "en" }: ChartOptions = {},
): VegaLiteChart {
  const shown = shareEstimates(data).filter((e) => (dimensions as readonly string[]).includes(e.dimension));
  const estimates = estimateMarks(shown, data, lang);
  const sourceIds = collectSourceIds(estimates.map((e) => ({ source_id: e.sourceId })));
  const x = { type: "quantitative" as const, title: labels.axes.populationShare[lang], scale: { domain: [0, 100] }, axis: { tickCount: 10 } };
  return {
    library: "vega-lite",
    meta: chartMeta("population-composition", "populationComposition", lang, ["composition", "population_groups"], sourceIds),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(labels.titles.populationComposition[lang], sourceLines(sourceIds, data.sources, lang)),
      config: vegaLiteConfig,
      vconcat: dimensions.map((dimension) => {
        const panelEstimates = estimates.filter((e) => e.dimension === dimension);
        const groups = groupMarks(shown.filter((e) => e.dimension === dimension), data, lang);
        // The panel title names the dimension, so the axis needs no title of its own.
        const y = { field: "group", type: "nominal" as const, title: null, sort: groups.map((g) => g.group), axis: wrappedLabels(groups.map((g) => g.group), 28) };
        return {
          title: { text: labels.dimensions[dimension][lang], fontSize: 13, frame: "group" as const },
          width: 620,
          height: { step: 30 },
          layer: [
            {
              data: { values: groups },
              mark: { type: "bar", color: "#d9d9d9", height: 20 },
              encoding: {
                x: { field: "low", ...x },
                x2: { field: "high" },
                y,
                tooltip: [
                  { field: "group", title: labels.axes.group[lang] },
                  { field: "low", title: `${labels.legends.rangeAcrossSources[lang]} (min %)` },
                  { field: "high", title: `${labels.legends.rangeAcrossSources[lang]} (max %)` },
                  { field: "estimates" },
                ],
              },
            },
            {
              data: { values: panelEstimates },
              mark: { type: "rule", color: "#333333", strokeWidth: 1.5 },
              encoding: { x: { field: "low", ...x }, x2: { field: "high" }, y },
            },
            {
              data: { values: panelEstimates },
              // Open circles: estimates that agree stay visible on top of each other.
              mark: { type: "point", shape: "circle", filled: false, size: 60, strokeWidth: 1.5, color: "#333333" },
              encoding: {
                x: { field: "share", ...x },
                y,
                tooltip: [
                  { field: "group", title: labels.axes.group[lang] },
                  { field: "share", title: `${labels.legends.estimate[lang]} (%)` },
                  { field: "low" },
                  { field: "high" },
                  { field: "year" },
                  { field: "source", title: labels.axes.source[lang] },
                ],
              },
            },
          ],
        };
      }),
    },
  };
}
