import { eventsInWindow, membershipPeriods, mentionedInArticle, warPeriod, type Period } from "../analysis";
import { membershipSpan } from "../analysis/data-extent";
import { formatDate, labels, localName, shortName, type Lang, type VegaLiteChart } from "../vocabulary";
import type { ChartData } from "./data";
import { chartMeta, chartTitle } from "./meta";
import { membershipTooltip } from "./membership-tooltip";
import type { ChartOptions } from "./options";
import { campColor, eventColor } from "./palette";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteLocale, vegaLiteTitle } from "./vega-config";

/** The day the static images show by default: the south-west Syria ceasefire took effect (article ¶3). */
export const campsOnDateDefault = "2017-07-09";

/** Options of the camps-on-a-date chart. */
export interface CampsOnDateOptions extends ChartOptions {
  /** Day the slider starts on, and the one static exports (SVG, PNG, PDF) show (default {@link campsOnDateDefault}). */
  date?: string;
  /** Events within this many days before or after the chosen day are listed (default 90). */
  windowDays?: number;
}

/** One membership period as the chart's data: the analysis row with its ends as day numbers the slider compares. */
export interface CampsOnDateMember {
  actorId: string;
  actor: string;
  actorFull: string;
  campId: string;
  camp: string;
  role: string;
  /** 0 for leaders, so that a camp's leader heads its column. */
  roleRank: number;
  /** First and last day of the period, in days since the war period's start (inclusive). */
  startDay: number;
  endDay: number;
  validFrom: string;
  validTo: string;
}

/** One event as the chart's data. */
export interface CampsOnDateEvent {
  eventId: string;
  day: number;
  /** Date as prose in the chart's language, as precise as the data. */
  date: string;
  label: string;
  kind: string;
}

const dayMs = 86_400_000;
const width = 820;
const rowHeight = 15;
const roleRank = { leader: 0, member: 1, partner: 2, backer: 3 } as const;

/** Days from the war period's first day to `iso`: the slider's value. */
export function dayOfWar(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${warPeriod.from}T00:00:00Z`)) / dayMs);
}

/** A Vega-Lite DateTime of the ISO day, in UTC. */
function dateTime(iso: string): { year: number; month: number; date: number; utc: true } {
  const [year, month, date] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, date, utc: true };
}

/** A Vega expression: the UTC time of the day numbered by `day` (a signal or field). */
const dayTime = (day: string) => `utc(${warPeriod.from.slice(0, 4)}, 0, ${Number(warPeriod.from.slice(8, 10))} + ${day})`;

/** `template` with {date} etc. as a Vega string expression, each placeholder given as an expression. */
function templateExpr(template: string, values: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? values[part.slice(1, -1)] : undefined) ?? JSON.stringify(part))
    .join(" + ");
}

/** Most rows any day needs: per camp, the memberships in force on the busiest day (a period's start is the busiest candidate). */
function mostMembers(members: readonly CampsOnDateMember[]): number {
  const counts = members.map((at) => {
    const byCamp = new Map<string, number>();
    for (const row of members) if (row.startDay <= at.startDay && row.endDay >= at.startDay) byCamp.set(row.campId, (byCamp.get(row.campId) ?? 0) + 1);
    return Math.max(0, ...byCamp.values());
  });
  return Math.max(1, ...counts);
}

/** Most events any window of the chart lists. */
function mostEvents(events: readonly CampsOnDateEvent[], windowDays: number): number {
  return Math.max(1, ...events.map((first) => events.filter((event) => event.day >= first.day && event.day <= first.day + 2 * windowDays).length));
}

/**
 * The camps on any day of 2011–2025, by the reference sources, with the events around it:
 * a slider (a Vega-Lite parameter bound to a range input) picks the day; each camp's column
 * lists the actors whose membership period (membershipPeriods) covers it, leader first; a
 * strip of the whole period marks the day, the window and every event; under it, the
 * window's events (eventsInWindow). Static exports show `date` (by default 9 July 2017).
 */
export function campsOnDateChart(
  data: Pick<ChartData, "actors" | "camps" | "alignments" | "events" | "sources">,
  { lang = "en", date = campsOnDateDefault, windowDays = 90 }: CampsOnDateOptions = {},
): VegaLiteChart {
  // The slider runs from the war's start (day 0 of dayOfWar) to the latest membership date.
  const span = membershipSpan(data);
  const periods = membershipPeriods(data, { period: span });
  const events = eventsInWindow(data.events, span.from, span.to);
  const roleNames = Object.entries(roleRank).sort(([, a], [, b]) => a - b).map(([role]) => labels.roles[role as keyof typeof roleRank][lang]);
  const members: CampsOnDateMember[] = periods.map((period) => ({
    actorId: period.actor_id,
    actor: shortName(lang === "en" ? period.actor_en : period.actor_ind, 30),
    actorFull: lang === "en" ? period.actor_en : period.actor_ind,
    campId: period.camp_id,
    camp: lang === "en" ? period.camp_en : period.camp_ind,
    role: labels.roles[period.role][lang],
    roleRank: roleRank[period.role],
    startDay: dayOfWar(period.start),
    endDay: dayOfWar(period.end),
    validFrom: period.valid_from ?? "–",
    validTo: period.valid_to ?? "–",
  }));
  const eventRows: CampsOnDateEvent[] = events.map((event) => ({
    eventId: event.event_id,
    day: dayOfWar(event.date),
    date: formatDate(event.date, lang),
    label: `${formatDate(event.date, lang)} · ${lang === "en" ? event.title_en : event.title_ind} (${labels.eventKinds[event.kind][lang]})`,
    kind: labels.eventKinds[event.kind][lang],
  }));
  const camps = data.camps.filter((camp) => periods.some((period) => period.camp_id === camp.camp_id));
  const campNames = camps.map((camp) => localName(camp, lang));
  const sourceIds = collectSourceIds(camps, periods, events);
  const lastDay = dayOfWar(span.to);
  const titleFill = { from: span.from.slice(0, 4), to: span.to.slice(0, 4) };
  // The layers of the strip share one x scale: set once, on the first layer.
  const time = { type: "temporal" as const };
  const timeScale = { type: "utc" as const, domain: [dateTime(span.from), dateTime(span.to)] };
  const dayFormat = (expr: string) => `utcFormat(${expr}, '%-d %B %Y')`;
  const windowFrom = dayTime(`day - ${windowDays}`);
  const windowTo = dayTime(`day + ${windowDays}`);
  const inWindow = `abs(datum.day - day) <= ${windowDays}`;
  const memberRows = mostMembers(members);
  const columnWidth = width / Math.max(1, campNames.length);
  const eventListRows = mostEvents(eventRows, windowDays);
  /** A line of text whose words follow the slider: `template`'s placeholders are Vega expressions. */
  const headline = (template: string, values: Record<string, string>, fontSize: number) => ({
    data: { values: [{}] },
    transform: [{ calculate: templateExpr(template, values), as: "headline" }],
    mark: { type: "text" as const, align: "left" as const, baseline: "top" as const, fontSize, fontWeight: "bold" as const, color: "#222222" },
    encoding: { text: { field: "headline", type: "nominal" as const }, x: { value: 0 }, y: { value: 0 } },
  });
  return {
    library: "vega-lite",
    meta: {
      ...chartMeta("camps-on-date", "campsOnDate", lang, ["actors", "alignments", "camps", "events"], sourceIds, titleFill),
      caption: staticCaption(data, span, date),
    },
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(chartTitle("campsOnDate", titleFill)[lang], [labels.legends.sliderHint[lang].replace("{date}", formatDate(date, lang)), ...sourceLines(sourceIds, data.sources, lang)]),
      config: { ...vegaLiteConfig, locale: vegaLiteLocale(lang) },
      params: [
        {
          name: "day",
          value: dayOfWar(date),
          bind: { input: "range", min: 0, max: lastDay, step: 1, name: `${labels.legends.dateSlider[lang].replace("{from}", formatDate(span.from, lang))} ` },
        },
      ],
      vconcat: [
        {
          // The whole period: every event as a tick, the window shaded, the chosen day a rule.
          width,
          height: 34,
          layer: [
            {
              data: { values: [{}] },
              transform: [{ calculate: windowFrom, as: "from" }, { calculate: windowTo, as: "to" }],
              mark: { type: "rect", color: "#dddddd" },
              encoding: { x: { field: "from", ...time, scale: timeScale, title: null, axis: { format: "%Y", tickCount: { interval: "year", step: 1 }, grid: false } }, x2: { field: "to" } },
            },
            {
              data: { values: eventRows },
              transform: [{ calculate: dayTime("datum.day"), as: "time" }, { calculate: `${inWindow} ? 1 : 0.35`, as: "shade" }],
              mark: { type: "tick", color: eventColor, thickness: 1.5 },
              encoding: { x: { field: "time", ...time }, opacity: { field: "shade", type: "quantitative", scale: null, legend: null }, tooltip: [{ field: "label", title: labels.axes.roundOrEvent[lang] }] },
            },
            {
              data: { values: [{}] },
              transform: [{ calculate: dayTime("day"), as: "at" }],
              mark: { type: "rule", color: "#000000", strokeWidth: 2 },
              encoding: { x: { field: "at", ...time } },
            },
          ],
        },
        // The chosen day, large: what the reader set, or what a static image shows.
        { width, height: 18, ...headline(labels.legends.campsOn[lang], { date: dayFormat(dayTime("day")) }, 15) },
        {
          // The camps on the chosen day: one column per camp headed by its name, leader first, then by name.
          width,
          height: rowHeight * (memberRows + 1),
          encoding: {
            x: { field: "camp", type: "nominal", scale: { type: "band", domain: campNames, paddingInner: 0, paddingOuter: 0 }, bandPosition: 0, axis: null },
            y: { field: "row", type: "quantitative", scale: { domain: [0, memberRows], reverse: true, nice: false }, axis: null },
            color: { field: "camp", type: "nominal", scale: { domain: campNames, range: camps.map((camp) => campColor(camp.camp_id)) }, legend: null },
          },
          layer: [
            {
              data: { values: campNames.map((camp) => ({ camp, row: 0 })) },
              mark: { type: "text", align: "left", baseline: "middle", fontSize: 12, fontWeight: "bold", dx: 4, limit: columnWidth - 8 },
              encoding: { text: { field: "camp" } },
            },
            {
              data: { values: members },
              transform: [
                { filter: "datum.startDay <= day && datum.endDay >= day" },
                // One line per actor and camp, as memberships() keeps one row per actor in a camp, with its foremost role.
                { aggregate: [{ op: "min", field: "roleRank", as: "roleRank" }, { op: "min", field: "validFrom", as: "validFrom" }, { op: "max", field: "validTo", as: "validTo" }], groupby: ["campId", "camp", "actorId", "actor", "actorFull"] },
                { calculate: `${JSON.stringify(roleNames)}[datum.roleRank]`, as: "role" },
                { window: [{ op: "row_number", as: "row" }], groupby: ["campId"], sort: [{ field: "roleRank" }, { field: "actor" }] },
                // Members are the rule; a leader, partner or backer says so.
                { calculate: `datum.actor + (datum.roleRank === ${roleRank.member} ? '' : ' (' + datum.role + ')')`, as: "line" },
              ],
              encoding: {
                text: { field: "line" },
                tooltip: membershipTooltip(lang),
              },
              // A camp's leader in bold.
              layer: [
                { transform: [{ filter: "datum.roleRank === 0" }], mark: { type: "text", align: "left", baseline: "middle", fontSize: 11, dx: 4, fontWeight: "bold", limit: columnWidth - 8 } },
                { transform: [{ filter: "datum.roleRank !== 0" }], mark: { type: "text", align: "left", baseline: "middle", fontSize: 11, dx: 4, limit: columnWidth - 8 } },
              ],
            },
          ],
        },
        {
          // The window's events, in date order, under a line naming the window.
          width,
          height: rowHeight * (eventListRows + 1.5),
          layer: [
            headline(labels.legends.eventsAround[lang], { from: dayFormat(windowFrom), to: dayFormat(windowTo), days: JSON.stringify(String(windowDays)) }, 12),
            {
              data: { values: eventRows },
              transform: [{ filter: inWindow }, { window: [{ op: "row_number", as: "row" }], sort: [{ field: "day" }, { field: "eventId" }] }],
              mark: { type: "text", align: "left", baseline: "middle", fontSize: 11, color: "#222222" },
              encoding: {
                x: { value: 8 },
                y: { field: "row", type: "quantitative", scale: { domain: [-0.5, eventListRows], reverse: true, nice: false, zero: false }, axis: null },
                text: { field: "label" },
              },
            },
          ],
        },
      ],
    },
  };
}

/**
 * The report's caption: the slider's span, and the day static exports show with the events of
 * that day the article mentions ("9 July 2017 (article ¶3: …; …)").
 */
function staticCaption(data: Pick<ChartData, "events" | "sources">, span: Period, date: string): Record<Lang, string> {
  const onDay = eventsInWindow(data.events, date, date).filter(mentionedInArticle);
  const paragraphs = [...new Set(onDay.map((event) => data.sources.find((source) => source.source_id === event.article_source_id)?.paragraph))].filter((paragraph) => paragraph != null);
  const caption = (lang: Lang) => {
    const titles = onDay.map((event) => (lang === "en" ? event.title_en : event.title_ind));
    const day = formatDate(date, lang);
    const shown = titles.length > 0 ? `${day} (${labels.articleParagraphs[lang]}${paragraphs.join(", ¶")}: ${titles.join("; ")})` : day;
    return labels.legends.staticDate[lang].replace("{from}", formatDate(span.from, lang)).replace("{to}", formatDate(span.to, lang)).replace("{date}", shown);
  };
  return { en: caption("en"), id: caption("id") };
}
