import type { PlotlyChart } from "../vocabulary";
import { labels, localName, shortName } from "../vocabulary";
import { chartMeta } from "./meta";
import type { PerspectiveOptions } from "./options";
import { campColor } from "./palette";
import { plotlyBaseLayout, plotlyConfig } from "./plotly-layout";
import { campMemberships } from "./prepare/membership";
import type { ChartData } from "./rows";
import { collectSourceIds, sourceLines } from "./source-line";

/**
 * Camps → actors as a Plotly sunburst: the inner ring holds the camps, the
 * outer ring their members, both in the camp's colour.
 */
export function coalitionStructureChart(
  data: Pick<ChartData, "actors" | "camps" | "alignments" | "sources">,
  { lang = "en", perspective = "article" }: PerspectiveOptions = {},
): PlotlyChart {
  const memberships = campMemberships(data, perspective);
  const camps = data.camps.filter((camp) => memberships.some((m) => m.camp.camp_id === camp.camp_id));
  const sourceIds = collectSourceIds(camps, memberships.map((m) => m.alignment));
  const title = `${labels.titles.coalitionStructure[lang]} (${labels.perspectives[perspective][lang].toLowerCase()})`;
  const nodes = [
    ...camps.map((camp) => ({ id: camp.camp_id, label: localName(camp, lang), parent: "", campId: camp.camp_id, hover: localName(camp, lang) })),
    ...memberships.map(({ actor, camp, alignment }) => ({
      id: `${camp.camp_id}/${actor.actor_id}`,
      label: shortName(localName(actor, lang)),
      parent: camp.camp_id,
      campId: camp.camp_id,
      hover: `${localName(actor, lang)}: ${labels.roles[alignment.role][lang]}, ${localName(camp, lang)}`,
    })),
  ];
  return {
    library: "plotly",
    meta: chartMeta("coalition-structure", "coalitionStructure", lang, ["actors", "alignments", "camps"], sourceIds),
    figure: {
      data: [
        {
          type: "sunburst",
          ids: nodes.map((node) => node.id),
          labels: nodes.map((node) => node.label),
          parents: nodes.map((node) => node.parent),
          hovertext: nodes.map((node) => node.hover),
          hoverinfo: "text",
          marker: { colors: nodes.map((node) => campColor(node.campId)), line: { color: "#ffffff", width: 1.5 } },
          insidetextorientation: "radial",
          insidetextfont: { color: "#ffffff" },
          leaf: { opacity: 0.8 },
          sort: false,
        },
      ],
      layout: plotlyBaseLayout(title, sourceLines(sourceIds, data.sources, lang), lang),
      config: plotlyConfig,
    },
  };
}
