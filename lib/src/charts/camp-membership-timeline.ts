import { articleYear, yearPeriod } from "../analysis/memberships";
import { membershipPeriods } from "../analysis/membership-periods";
import { membershipSpan } from "../analysis/data-extent";
import type { VegaLiteChart } from "../vocabulary";
import { labels, shortName } from "../vocabulary";
import { chartMeta, chartTitle } from "./meta";
import { membershipTooltip } from "./membership-tooltip";
import type { ChartOptions } from "./options";
import { campColor } from "./palette";
import type { ChartData } from "./data";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteLocale, vegaLiteTitle } from "./vega-config";

/** Opacity of a bar whose start the data do not give: drawn, but not as firmly as a dated one. */
const undatedOpacity = 0.45;

/**
 * Each actor's membership of each camp by the reference sources, from the war's
 * start to the latest date of the data (membershipSpan: 2011–2025 today): one
 * row per actor, one bar per alignment row (membershipPeriods), coloured by camp
 * (an actor in several camps gets one sub-row per camp), lighter where the data give
 * no start date; the article's year is shaded.
 */
export function campMembershipTimelineChart(
  data: Pick<ChartData, "actors" | "camps" | "alignments" | "sources">,
  { lang = "en" }: ChartOptions = {},
): VegaLiteChart {
  const span = membershipSpan(data);
  const periods = membershipPeriods(data, { period: span });
  const from = span.from.slice(0, 4);
  const undated = labels.legends.startUndated[lang].replace("{from}", from);
  // An actor in several camps gets a lane per camp in its row, so no bar hides another.
  const campsOfActor = new Map<string, string[]>();
  for (const period of periods) {
    const camps = campsOfActor.get(period.actor_id) ?? [];
    if (!camps.includes(period.camp_id)) campsOfActor.set(period.actor_id, [...camps, period.camp_id]);
  }
  const bars = periods.map((period) => ({
    actor: shortName(lang === "en" ? period.actor_en : period.actor_ind, 34),
    actorFull: lang === "en" ? period.actor_en : period.actor_ind,
    lane: campsOfActor.get(period.actor_id)!.length > 1 ? campsOfActor.get(period.actor_id)!.indexOf(period.camp_id) : -1,
    camp: lang === "en" ? period.camp_en : period.camp_ind,
    role: labels.roles[period.role][lang],
    start: period.start,
    end: period.end,
    startKind: period.valid_from === null ? undated : labels.legends.startDated[lang],
    validFrom: period.valid_from ?? "–",
    validTo: period.valid_to ?? "–",
  }));
  const camps = data.camps.filter((camp) => periods.some((period) => period.camp_id === camp.camp_id));
  const campNames = camps.map((camp) => (lang === "en" ? camp.name_en : camp.name_ind));
  const actorOrder = [...new Set(bars.map((bar) => bar.actor))];
  const sourceIds = collectSourceIds(camps, periods);
  const article = yearPeriod(articleYear);
  const titleFill = { from, to: span.to.slice(0, 4) };
  const lanes = Math.max(1, ...[...campsOfActor.values()].map((camps) => camps.length));
  const x = { field: "start", type: "temporal" as const, scale: { type: "utc" as const, domain: [`${span.from}T00:00:00Z`, `${span.to}T23:59:59Z`] } };
  return {
    library: "vega-lite",
    meta: chartMeta("camp-membership-timeline", "campMembershipTimeline", lang, ["actors", "alignments", "camps"], sourceIds, titleFill),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(chartTitle("campMembershipTimeline", titleFill)[lang], sourceLines(sourceIds, data.sources, lang)),
      config: { ...vegaLiteConfig, locale: vegaLiteLocale(lang) },
      width: 660,
      height: 18 * actorOrder.length,
      layer: [
        {
          data: { values: [{ start: article.from, end: article.to, label: labels.legends.articlePicture[lang].replace("{year}", String(articleYear)) }] },
          layer: [
            { mark: { type: "rect", color: "#e8e8e8" }, encoding: { x, x2: { field: "end" } } },
            { mark: { type: "text", align: "center", baseline: "bottom", dy: -4, fontSize: 10, color: "#444444" }, encoding: { x, text: { field: "label" }, y: { value: 0 } } },
          ],
        },
        {
          data: { values: bars },
          layer: [
            { transform: [{ filter: "datum.lane < 0" }], mark: { type: "bar", cornerRadius: 2, height: { band: 0.7 } } },
            {
              transform: [{ filter: "datum.lane >= 0" }],
              mark: { type: "bar", cornerRadius: 1, height: { band: 0.9 } },
              encoding: { yOffset: { field: "lane", type: "ordinal", scale: { domain: Array.from({ length: lanes }, (_, lane) => lane), paddingInner: 0.1 } } },
            },
          ],
          encoding: {
            x: { ...x, title: labels.axes.date[lang], axis: { format: "%Y", tickCount: { interval: "year", step: 1 }, grid: true } },
            x2: { field: "end" },
            y: { field: "actor", type: "nominal", sort: actorOrder, title: labels.axes.actor[lang], axis: { labelLimit: 300 } },
            color: { field: "camp", type: "nominal", title: labels.axes.camp[lang], scale: { domain: campNames, range: camps.map((camp) => campColor(camp.camp_id)) }, legend: { orient: "bottom", direction: "horizontal", columns: 2 } },
            opacity: {
              field: "startKind",
              type: "nominal",
              title: labels.legends.startInData[lang],
              scale: { domain: [labels.legends.startDated[lang], undated], range: [1, undatedOpacity] },
              // Two legends side by side under the plot: in columns, so that they stay within its width.
              legend: { orient: "bottom", direction: "vertical", labelLimit: 400 },
            },
            tooltip: membershipTooltip(lang),
          },
        },
      ],
    },
  };
}
