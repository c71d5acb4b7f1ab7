import { campSectCounts, shareEstimates } from "../analysis";
import type { Sect } from "../datasets/tables";
import { labels, localName, type VegaLiteChart } from "../vocabulary";
import { chartMeta } from "./meta";
import type { PerspectiveOptions } from "./options";
import { sectColors } from "./palette";
import type { ChartData } from "./data";
import { groupMarks } from "./estimate-marks";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteTitle, wrappedLabels } from "./vega-config";

/**
 * The article's argument in one picture: left, the population's religious
 * groups (median estimate, range across sources), coloured by sect; right, the
 * members of each camp counted by the sect of their leadership, in the same
 * sect colours.
 */
export function sectVersusCoalitionChart(
  data: Pick<ChartData, "actors" | "camps" | "alignments" | "populationGroups" | "composition" | "sources">,
  { lang = "en", perspective = "article" }: PerspectiveOptions = {},
): VegaLiteChart {
  const shares = groupMarks(shareEstimates(data).filter((e) => e.dimension === "religion" && e.sect !== null), data, lang).map((group) => ({
    ...group,
    sectName: labels.sects[group.sect as Sect][lang],
  }));
  const actors = new Map(data.actors.map((actor) => [actor.actor_id, actor]));
  const camps = new Map(data.camps.map((camp) => [camp.camp_id, camp]));
  const counts = campSectCounts(data, perspective).map((count) => ({
    campId: count.camp_id,
    camp: localName(camps.get(count.camp_id)!, lang),
    sectId: count.sect,
    sect: labels.sects[count.sect][lang],
    members: count.actor_ids.length,
    actors: count.actor_ids.map((actorId) => localName(actors.get(actorId)!, lang)).join(", "),
  }));
  const sects = (Object.keys(sectColors) as Sect[]).filter((sect) => shares.some((s) => s.sect === sect) || counts.some((c) => c.sectId === sect));
  const color = {
    field: "sect" as const,
    type: "nominal" as const,
    title: labels.axes.sect[lang],
    scale: { domain: sects.map((sect) => labels.sects[sect][lang]), range: sects.map((sect) => sectColors[sect]) },
    legend: { orient: "bottom" as const, direction: "horizontal" as const },
  };
  const memberships = data.alignments.filter((row) => row.perspective === perspective);
  const sourceIds = collectSourceIds(
    data.composition.filter((row) => shares.some((s) => s.groupId === row.group_id)),
    memberships,
  );
  return {
    library: "vega-lite",
    meta: chartMeta("sect-versus-coalition", "sectVersusCoalition", lang, ["actors", "alignments", "camps", "composition", "population_groups"], sourceIds),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(
        `${labels.titles.sectVersusCoalition[lang]} (${labels.perspectives[perspective][lang].toLowerCase()})`,
        sourceLines(sourceIds, data.sources, lang),
      ),
      config: vegaLiteConfig,
      resolve: { scale: { color: "shared" } },
      hconcat: [
        {
          width: 250,
          height: { step: 30 },
          data: { values: shares.map((share) => ({ ...share, sect: share.sectName })) },
          layer: [
            { mark: { type: "bar", height: 18 }, encoding: { x: { field: "median", type: "quantitative", title: labels.axes.populationShare[lang], scale: { domain: [0, 100] } }, color } },
            { mark: { type: "rule", color: "#222222", strokeWidth: 1.5 }, encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" } } },
          ],
          encoding: {
            y: { field: "group", type: "nominal", title: labels.axes.religionGroup[lang], sort: shares.map((s) => s.group), axis: { ...wrappedLabels(shares.map((s) => s.group), 24), titlePadding: 24 } },
            tooltip: [
              { field: "group", title: labels.axes.religionGroup[lang] },
              { field: "median", title: `${labels.legends.estimate[lang]} (%)` },
              { field: "low", title: `${labels.legends.rangeAcrossSources[lang]} (min %)` },
              { field: "high", title: `${labels.legends.rangeAcrossSources[lang]} (max %)` },
            ],
          },
        },
        {
          width: 250,
          height: { step: 30 },
          data: { values: counts },
          mark: { type: "bar", height: 18 },
          encoding: {
            y: { field: "camp", type: "nominal", title: labels.axes.camp[lang], sort: data.camps.map((camp) => localName(camp, lang)) },
            x: { field: "members", type: "quantitative", title: labels.axes.members[lang], stack: "zero", axis: { tickMinStep: 1, format: "d" } },
            order: { field: "sectId" },
            color,
            tooltip: [
              { field: "camp", title: labels.axes.camp[lang] },
              { field: "sect", title: labels.axes.sect[lang] },
              { field: "members", title: labels.axes.members[lang] },
              { field: "actors", title: labels.axes.actor[lang] },
            ],
          },
        },
      ],
    },
  };
}
