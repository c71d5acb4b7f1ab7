import type { VegaLiteChart } from "../vocabulary";
import { labels, localName } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { campColor } from "./palette";
import { alignmentCells } from "./prepare/alignment-cells";
import type { ChartData } from "./rows";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteTitle } from "./vega-config";

/**
 * Actor × camp heatmap, one panel per perspective side by side: a filled cell
 * is a camp membership (camp colour, role written in it). Actors the two
 * perspectives place differently come first and carry a " *".
 */
export function alignmentMatrixChart(
  data: Pick<ChartData, "actors" | "camps" | "alignments" | "sources">,
  { lang = "en" }: ChartOptions = {},
): VegaLiteChart {
  const cells = alignmentCells(data, lang);
  const camps = data.camps.filter((camp) => cells.some((cell) => cell.campId === camp.camp_id));
  const sourceIds = collectSourceIds(camps, cells.map((cell) => ({ source_id: cell.sourceId })));
  const campNames = camps.map((camp) => localName(camp, lang));
  const actorOrder = [...new Map(cells.map((cell) => [cell.rank, cell.actor])).entries()].sort(([a], [b]) => a - b).map(([, actor]) => actor);
  const perspectiveOrder = [labels.perspectives.article[lang], labels.perspectives.reference[lang]];
  return {
    library: "vega-lite",
    meta: chartMeta("alignment-matrix", "alignmentMatrix", lang, ["actors", "alignments", "camps"], sourceIds),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(labels.titles.alignmentMatrix[lang], [...sourceLines(sourceIds, data.sources, lang), labels.legends.disagreementNote[lang]]),
      config: vegaLiteConfig,
      data: { values: cells },
      facet: {
        column: { field: "perspective", type: "nominal", sort: perspectiveOrder, title: null, header: { labelFontWeight: "bold" } },
      },
      spec: {
        width: { step: 95 },
        height: { step: 18 },
        layer: [
          {
            mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1 },
            encoding: {
              color: {
                field: "camp",
                type: "nominal",
                title: labels.axes.camp[lang],
                scale: { domain: campNames, range: camps.map((camp) => campColor(camp.camp_id)) },
                legend: { orient: "bottom", direction: "horizontal" },
              },
              tooltip: [
                { field: "actor", title: labels.axes.actor[lang] },
                { field: "camp", title: labels.axes.camp[lang] },
                { field: "role", title: labels.axes.role[lang] },
              ],
            },
          },
          {
            mark: { type: "text", fontSize: 10, color: "#ffffff" },
            encoding: { text: { field: "role", type: "nominal" } },
          },
        ],
        encoding: {
          x: { field: "camp", type: "nominal", sort: campNames, title: labels.axes.camp[lang], axis: { labelAngle: -30, labelAlign: "right" } },
          y: { field: "actor", type: "nominal", sort: actorOrder, title: labels.axes.actor[lang], axis: { labelLimit: 340 } },
        },
      },
    },
  };
}
