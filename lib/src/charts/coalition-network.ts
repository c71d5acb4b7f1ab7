import type { Annotations, PlotData } from "plotly.js";
import type { Lang, PlotlyChart } from "../vocabulary";
import { labels, localName, nameLines } from "../vocabulary";
import { maxChartWidth } from "./chart-size";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { campColor, supportColor, unalignedColor } from "./palette";
import { plotlyBaseLayout, plotlyConfig } from "./plotly-layout";
import { articleYear, inForceDuring, memberships, yearPeriod } from "../analysis";
import type { ChartData } from "./data";
import { networkLayout, type NetworkLayout, type Point } from "./network-layout";
import { collectSourceIds, sourceLines } from "./source-line";

/** The tables coalitionNetworkChart reads: actors, camps, alignments, support links and sources. */
export type NetworkData = Pick<ChartData, "actors" | "camps" | "alignments" | "supportLinks" | "sources">;
type Trace = Partial<PlotData>;

/**
 * Actors as nodes around their camp's hub, coloured by camp; edges for camp
 * membership in each perspective (solid: article, dashed: reference sources,
 * so the disagreements show as lines to another hub) and arrows for support.
 * The layout is computed, not simulated: the same data give the same picture.
 */
export function coalitionNetworkChart(allData: NetworkData, { lang = "en" }: ChartOptions = {}): PlotlyChart {
  // The camps of the article's year: memberships and support that did not coexist are never drawn together.
  const data = inForceDuring(allData, yearPeriod(articleYear));
  const layout = networkLayout(data);
  const supportLinks = data.supportLinks.filter((link) => layout.actors.has(link.from_actor_id) && layout.actors.has(link.to_actor_id));
  const sourceIds = collectSourceIds(data.camps, data.alignments.filter((row) => layout.actors.has(row.actor_id)), supportLinks);
  const base = plotlyBaseLayout(`${labels.titles.coalitionNetwork[lang]}, ${articleYear}`, sourceLines(sourceIds, data.sources, lang), lang, 150);
  return {
    library: "plotly",
    meta: chartMeta("coalition-network", "coalitionNetwork", lang, ["actors", "alignments", "camps", "support_links"], sourceIds),
    figure: {
      data: [...membershipEdgeTraces(data, layout, lang), supportLegendTrace(lang), ...nodeTraces(data, layout, lang)],
      layout: {
        ...base,
        // Square, as wide as a notebook shows whole.
        width: maxChartWidth.plotly,
        height: maxChartWidth.plotly,
        annotations: [...base.annotations, ...hubLabels(data, layout, lang), ...supportArrows(supportLinks, layout)],
        // Room on both sides for the labels of the outermost actors.
        xaxis: { visible: false, range: paddedRange([...layout.actors.values()].map((point) => point.x), 0.18) },
        // Equal units on both axes keep the rings round.
        yaxis: { visible: false, scaleanchor: "x" },
        legend: { orientation: "h", x: 0, y: 1.01, yanchor: "bottom" },
      },
      config: plotlyConfig,
    },
  };
}

/** One line trace per perspective, from each member to its camp's hub; Plotly breaks a line at null. */
function membershipEdgeTraces(data: NetworkData, layout: NetworkLayout, lang: Lang): Trace[] {
  return (["article", "reference"] as const).map((perspective): Trace => {
    const pairs = memberships(data, perspective).flatMap(({ actor, camp }): Array<[Point, Point]> => {
      const from = layout.actors.get(actor.actor_id);
      const to = layout.camps.get(camp.camp_id);
      return from && to ? [[from, to]] : [];
    });
    return {
      type: "scatter",
      mode: "lines",
      name: perspective === "article" ? labels.legends.edgeArticle[lang] : labels.legends.edgeReference[lang],
      x: pairs.flatMap(([a, b]) => [a.x, b.x, null]),
      y: pairs.flatMap(([a, b]) => [a.y, b.y, null]),
      line: { color: perspective === "article" ? "#999999" : "#444444", width: 1, dash: perspective === "article" ? "solid" : "dash" },
      hoverinfo: "skip",
    };
  });
}

/** Plotly draws arrowheads only on annotations: one arrow per support link, pointing at the supported actor. */
function supportArrows(links: ChartData["supportLinks"], layout: NetworkLayout): Array<Partial<Annotations>> {
  return links.map((link) => {
    const from = layout.actors.get(link.from_actor_id) as Point;
    const to = layout.actors.get(link.to_actor_id) as Point;
    return {
      x: to.x, y: to.y, ax: from.x, ay: from.y,
      xref: "x", yref: "y", axref: "x", ayref: "y",
      text: "", showarrow: true, arrowhead: 2, arrowsize: 1, arrowwidth: 1.2, arrowcolor: supportColor, standoff: 6, opacity: 0.7,
    };
  });
}

/** An empty line trace: the legend entry of the support arrows. */
function supportLegendTrace(lang: Lang): Trace {
  return { type: "scatter", mode: "lines", name: labels.legends.edgeSupport[lang], x: [null], y: [null], line: { color: supportColor, width: 1.2 } };
}

/** Per camp (and for actors of no camp): the labelled member nodes and the hub, in the camp's colour. */
function nodeTraces(data: NetworkData, layout: NetworkLayout, lang: Lang): Trace[] {
  const actorsById = new Map(data.actors.map((actor) => [actor.actor_id, actor]));
  const actorName = (actorId: string): string => localName(actorsById.get(actorId) ?? { name_en: actorId, name_ind: actorId }, lang);
  const groups = [
    ...data.camps.map((camp) => ({ campId: camp.camp_id as string | undefined, name: localName(camp, lang) })),
    { campId: undefined, name: labels.unaligned[lang] },
  ];
  return groups.flatMap(({ campId, name }) => {
    const members = [...layout.campOfActor].filter(([, camp]) => camp === campId).map(([actorId]) => actorId);
    if (members.length === 0) return [];
    const hub = campId === undefined ? undefined : layout.camps.get(campId);
    const points = members.map((actorId) => layout.actors.get(actorId) as Point);
    const color = campId === undefined ? unalignedColor : campColor(campId);
    const memberTrace: Trace = {
      type: "scatter",
      // Plotly takes the flags in any order; @types/plotly.js lists only "text+markers".
      mode: "markers+text" as Trace["mode"],
      name,
      legendgroup: name,
      x: points.map((point) => point.x),
      y: points.map((point) => point.y),
      // Long names on two lines rather than cut; the hover text gives them whole.
      text: members.map((actorId) => nameLines(actorName(actorId), 26).join("<br>")),
      hovertext: members.map((actorId) => actorName(actorId)),
      hoverinfo: "text",
      // One position per point is valid Plotly; @types/plotly.js types a single one.
      textposition: points.map((point) => textPosition(point, hub)) as unknown as Trace["textposition"],
      textfont: { size: 10 },
      marker: { size: 11, color, line: { color: "#ffffff", width: 1 } },
    };
    const hubTrace: Trace | undefined = hub && {
      type: "scatter",
      mode: "markers",
      name,
      legendgroup: name,
      showlegend: false,
      x: [hub.x],
      y: [hub.y],
      hovertext: [name],
      hoverinfo: "text",
      marker: { size: 18, symbol: "diamond", color, line: { color: "#ffffff", width: 1.5 } },
    };
    return hubTrace ? [memberTrace, hubTrace] : [memberTrace];
  });
}

/** Camp names on a white box just above their hub, readable over the member lines. */
function hubLabels(data: NetworkData, layout: NetworkLayout, lang: Lang): Array<Record<string, unknown>> {
  return data.camps.flatMap((camp) => {
    const hub = layout.camps.get(camp.camp_id);
    return hub
      ? [{
          x: hub.x, y: hub.y, xref: "x", yref: "y", yshift: 20, showarrow: false,
          text: `<b>${localName(camp, lang)}</b>`,
          font: { size: 13, color: campColor(camp.camp_id) },
          bgcolor: "rgba(255,255,255,0.85)",
        }]
      : [];
  });
}

/**
 * Labels point away from the camp hub, so they fall outside the ring; beside a member about
 * level with its hub the label sits level too, clear of the camp's name above the hub.
 */
function textPosition(point: Point, hub: Point | undefined): string {
  if (!hub) return "bottom center";
  const dx = point.x - hub.x;
  const dy = point.y - hub.y;
  const vertical = Math.abs(dy) < 0.3 * Math.abs(dx) ? "middle" : dy >= 0 ? "top" : "bottom";
  return `${vertical} ${dx >= 0 ? "right" : "left"}`;
}

/** [min, max] of the values widened by `fraction` of their span on each side. */
function paddedRange(values: number[], fraction: number): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min || 1) * fraction;
  return [min - pad, max + pad];
}
