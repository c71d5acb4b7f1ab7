import type { PlotlyChart } from "../vocabulary";
import { labels } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { verdictColors } from "./palette";
import { plotlyBaseLayout, plotlyConfig } from "./plotly-layout";
import { articleParagraphs, paragraphVerdictCounts, verdictOrder } from "../analysis/claim-counts";
import { claimSourceRows } from "./prepare/claims";
import type { ChartData } from "./rows";
import { collectSourceIds, sourceLines } from "./source-line";

/**
 * The article's checked claims per paragraph, stacked by verdict (one bar trace
 * per verdict, in verdict order and colour): every paragraph of the article is
 * on the axis, those without a claim as an empty slot.
 */
export function verdictsByParagraphChart(
  data: Pick<ChartData, "claims" | "sources">,
  { lang = "en" }: ChartOptions = {},
): PlotlyChart {
  const counts = paragraphVerdictCounts(data);
  const paragraphs = articleParagraphs(data.sources);
  const sourceIds = collectSourceIds(claimSourceRows([...data.claims]));
  const tickText = paragraphs.map((paragraph) => `¶${paragraph}`);
  const totals = paragraphs.map((paragraph) => counts.filter((count) => count.paragraph === paragraph).reduce((sum, count) => sum + count.claims, 0));
  const base = plotlyBaseLayout(labels.titles.verdictsByParagraph[lang], sourceLines(sourceIds, data.sources, lang), lang, 80);
  return {
    library: "plotly",
    meta: chartMeta("verdicts-by-paragraph", "verdictsByParagraph", lang, ["claims", "sources"], sourceIds),
    figure: {
      data: verdictOrder.map((verdict) => {
        const ofVerdict = paragraphs.map((paragraph) => counts.find((count) => count.paragraph === paragraph && count.verdict === verdict)?.claims ?? 0);
        return {
          type: "bar",
          name: labels.verdicts[verdict][lang],
          x: paragraphs,
          y: ofVerdict,
          // A white edge between stacked segments; none on empty ones, which would draw a stray line on the axis.
          marker: { color: verdictColors[verdict], line: { color: "#ffffff", width: ofVerdict.map((claims) => (claims > 0 ? 1 : 0)) } },
          hovertemplate: `${labels.articleParagraphs[lang]}%{x}: %{y} (${labels.verdicts[verdict][lang]})<extra></extra>`,
        };
      }),
      layout: {
        ...base,
        height: 560,
        barmode: "stack",
        bargap: 0.3,
        xaxis: {
          title: { text: labels.axes.paragraph[lang] },
          tickmode: "array",
          tickvals: paragraphs,
          ticktext: tickText,
          range: [0.4, paragraphs.length + 0.6],
          showgrid: false,
        },
        yaxis: {
          title: { text: labels.axes.claims[lang] },
          dtick: 1,
          range: [0, Math.max(1, ...totals) + 0.7],
          gridcolor: "#e6e6e6",
          zeroline: true,
          zerolinecolor: "#888888",
        },
        // Each paragraph's total above its stack (0 for a paragraph with no claim).
        annotations: [
          ...(base.annotations as object[]),
          ...paragraphs.map((paragraph, index) => ({
            x: paragraph,
            y: totals[index],
            xref: "x",
            yref: "y",
            text: String(totals[index]),
            showarrow: false,
            yanchor: "bottom",
            yshift: 2,
            font: { size: 13, color: "#222222" },
          })),
        ],
        legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom", traceorder: "normal", title: { text: `${labels.legends.verdict[lang]}: ` } },
      },
      config: plotlyConfig,
    },
  };
}
