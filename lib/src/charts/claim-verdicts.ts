import type { VegaLiteChart } from "../vocabulary";
import { labels } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { verdictColors } from "./palette";
import { claimSourceIds, verdictCounts, verdictOrder, type VerdictCounts } from "../analysis";
import { frameOf } from "../frames";
import type { ChartData } from "./data";
import { sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteTitle } from "./vega-config";

/**
 * The number of the article's claims per verdict: one horizontal bar per
 * verdict in a fixed order (every verdict shown, 0 included), each in its
 * verdict colour, the count written at the bar's end. The source line names
 * the paragraphs making the claims and the sources deciding them. The bars are
 * `counts` (notebook 05 passes the table its analysis cell computed), by default
 * {@link verdictCounts} of `data.claims`.
 */
export function claimVerdictsChart(
  data: Pick<ChartData, "claims" | "sources">,
  { lang = "en", counts: perVerdict = verdictCounts(frameOf(data.claims)) }: ChartOptions & { counts?: VerdictCounts } = {},
): VegaLiteChart {
  const claimsOf = new Map(perVerdict.rows().map((row) => [row.verdict, row.claims]));
  const counts = verdictOrder.map((verdict) => ({ verdict, claims: claimsOf.get(verdict) ?? 0, verdictLabel: labels.verdicts[verdict][lang] }));
  const sourceIds = claimSourceIds(data.claims);
  const verdictNames = verdictOrder.map((verdict) => labels.verdicts[verdict][lang]);
  const y = { field: "verdictLabel", type: "nominal" as const, sort: verdictNames, title: labels.axes.verdict[lang] };
  return {
    library: "vega-lite",
    meta: chartMeta("claim-verdicts", "claimVerdicts", lang, ["claims"], sourceIds),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(labels.titles.claimVerdicts[lang], sourceLines(sourceIds, data.sources, lang)),
      config: vegaLiteConfig,
      width: 560,
      height: { step: 44 },
      data: { values: counts },
      encoding: {
        y,
        x: {
          field: "claims",
          type: "quantitative",
          title: labels.axes.claims[lang],
          // Room after the longest bar for its count.
          scale: { domain: [0, Math.max(1, ...counts.map((count) => count.claims)) * 1.12], nice: false },
          axis: { tickMinStep: 1, format: "d" },
        },
        tooltip: [
          { field: "verdictLabel", title: labels.axes.verdict[lang] },
          { field: "claims", title: labels.axes.claims[lang] },
        ],
      },
      layer: [
        {
          mark: { type: "bar", height: 28, stroke: "#666666", strokeWidth: 0.5 },
          encoding: {
            color: {
              field: "verdictLabel",
              type: "nominal",
              title: labels.legends.verdict[lang],
              scale: { domain: verdictNames, range: verdictOrder.map((verdict) => verdictColors[verdict]) },
              // The axis names the verdicts already.
              legend: null,
            },
          },
        },
        {
          mark: { type: "text", align: "left", dx: 6, fontSize: 13, fontWeight: "bold", color: "#222222" },
          encoding: { text: { field: "claims", type: "quantitative", format: "d" } },
        },
      ],
    },
  };
}
