import { articleYear, disagreeingActors, memberships, yearPeriod } from "../analysis";
import { labels, localName, shortName, type Lang, type VegaLiteChart } from "../vocabulary";
import type { ChartData } from "./data";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { campColor } from "./palette";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteTitle } from "./vega-config";

/** Options of the alignment matrix. */
export interface AlignmentMatrixOptions extends ChartOptions {
  /** Year whose memberships are shown: alignments in force at some day of it (default 2017, the article's year). */
  year?: number;
}

/** One filled cell of the actor × camp matrix, for one perspective. */
interface AlignmentCell {
  actorId: string;
  /** Actor name (shortened for the axis), with " *" when the perspectives disagree about it. */
  actor: string;
  /** The actor's full name, for the tooltip. */
  actorFull: string;
  campId: string;
  camp: string;
  perspective: string;
  role: string;
  /** Sort rank of the actor: disagreements first, then camp order. */
  rank: number;
  sourceId: string;
}

/** The cells of both perspectives for the memberships in force in `year`, disagreeing actors ranked first. */
function alignmentCells(data: Pick<ChartData, "actors" | "camps" | "alignments">, year: number, lang: Lang): AlignmentCell[] {
  const period = yearPeriod(year);
  const disagreeing = disagreeingActors(data, { period });
  const cells = (["article", "reference"] as const).flatMap((perspective) =>
    memberships(data, perspective, { period }).map((membership) => ({ ...membership, perspective })),
  );
  // Disagreeing actors first; otherwise the actor's first appearance (camp order).
  const firstSeen = [...new Set(cells.map((m) => m.actor.actor_id))];
  const order = [...firstSeen].sort(
    (a, b) => Number(disagreeing.has(b)) - Number(disagreeing.has(a)) || firstSeen.indexOf(a) - firstSeen.indexOf(b),
  );
  return cells.map(({ actor, camp, alignment, perspective }) => ({
    actorId: actor.actor_id,
    actor: shortName(localName(actor, lang), 32) + (disagreeing.has(actor.actor_id) ? " *" : ""),
    actorFull: localName(actor, lang),
    campId: camp.camp_id,
    camp: localName(camp, lang),
    perspective: labels.perspectives[perspective][lang],
    role: labels.roles[alignment.role][lang],
    rank: order.indexOf(actor.actor_id),
    sourceId: alignment.source_id,
  }));
}

/**
 * Actor × camp heatmap, one panel per perspective side by side: a filled cell
 * is a camp membership in force during the year (camp colour, role written in
 * it); the title names the year. Actors the two perspectives place differently
 * come first and carry a " *".
 */
export function alignmentMatrixChart(
  data: Pick<ChartData, "actors" | "camps" | "alignments" | "sources">,
  { lang = "en", year = articleYear }: AlignmentMatrixOptions = {},
): VegaLiteChart {
  const cells = alignmentCells(data, year, lang);
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
      title: vegaLiteTitle(`${labels.titles.alignmentMatrix[lang]}, ${year}`, [...sourceLines(sourceIds, data.sources, lang), labels.legends.disagreementNote[lang]]),
      config: vegaLiteConfig,
      data: { values: cells },
      facet: {
        column: { field: "perspective", type: "nominal", sort: perspectiveOrder, title: null, header: { labelFontWeight: "bold" } },
      },
      spec: {
        width: { step: 80 },
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
                { field: "actorFull", title: labels.axes.actor[lang] },
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
