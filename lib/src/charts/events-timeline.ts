import { TALK_PROCESSES } from "../datasets/tables";
import type { VegaLiteChart } from "../vocabulary";
import { labels } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { eventColor, processColors } from "./palette";
import { eventKindLabel, eventKindOrder, formatWindow, windowEvents, windowRounds } from "./events-lanes";
import type { ChartData } from "./data";
import { collectSourceIds, sourceLines } from "./source-line";
import { vegaLiteConfig, vegaLiteLocale, vegaLiteTitle } from "./vega-config";

/** Options of the events timeline. */
export interface EventsTimelineOptions extends ChartOptions {
  /** First day of the window, ISO date (default "2017-07-01"). The figure id is "events-2017" for the default window, else `events-<from>-<to>`. */
  from?: string;
  /** Last day of the window, ISO date (default "2017-12-31"). */
  to?: string;
}

/** The default window: the second half of 2017, when the article was written. */
const defaultWindow = { from: "2017-07-01", to: "2017-12-31" } as const;

/** Plot width in px, and the label font size the label packing assumes. */
const width = 700;
const labelFontSize = 10;

/**
 * The dated events of a window, one lane per kind of event, under one lane per
 * negotiation process whose rounds are drawn as spans (also shaded faintly
 * across the event lanes). An event the article mentions is a filled point,
 * any other an open one; every point is labelled with the event's title, and
 * nearby labels in a lane go on separate sub-rows.
 */
export function eventsTimelineChart(
  data: Pick<ChartData, "events" | "talkRounds" | "sources">,
  { lang = "en", from = defaultWindow.from, to = defaultWindow.to }: EventsTimelineOptions = {},
): VegaLiteChart {
  const geometry = { width, fontSize: labelFontSize };
  const events = windowEvents(data, from, to, lang, geometry);
  const rounds = windowRounds(data, from, to, lang, geometry);
  const sourceIds = collectSourceIds(
    events.map((event) => ({ source_id: event.sourceId })),
    rounds.map((round) => ({ source_id: round.sourceId })),
  );

  // Rows of the y axis: the processes, then each kind's sub-rows, as "lane|slot" keys.
  const processes = TALK_PROCESSES.filter((process) => rounds.some((round) => round.processId === process));
  const kinds = [...eventKindOrder, ...[...new Set(events.map((e) => e.kindId))].filter((k) => !(eventKindOrder as readonly string[]).includes(k)).sort()]
    .filter((kind) => events.some((event) => event.kindId === kind));
  const rowKey = (lane: string, slot: number) => `${lane}|${slot}`;
  const rows = [
    ...processes.flatMap((process) => {
      const slots = Math.max(...rounds.filter((round) => round.processId === process).map((round) => round.slot)) + 1;
      return Array.from({ length: slots }, (_, slot) => rowKey(labels.processes[process][lang], slot));
    }),
    ...kinds.flatMap((kind) => {
      const slots = Math.max(...events.filter((event) => event.kindId === kind).map((event) => event.slot)) + 1;
      return Array.from({ length: slots }, (_, slot) => rowKey(eventKindLabel(kind, lang), slot));
    }),
  ];
  const laneOf = (row: string) => row.split("|")[0];
  const lanes = [...new Set(rows.map(laneOf))];
  const stripes = rows.filter((row) => lanes.indexOf(laneOf(row)) % 2 === 1).map((row) => ({ row }));
  const eventValues = events.map((event) => ({
    ...event,
    row: rowKey(event.lane, event.slot),
    mentioned: event.inArticle ? labels.legends.inArticle[lang] : labels.legends.notInArticle[lang],
    kind: event.lane,
  }));
  const roundValues = rounds.map((round) => ({ ...round, row: rowKey(round.lane, round.slot), process: round.lane }));

  const domain = { domainMin: Date.parse(`${from}T00:00:00Z`), domainMax: Date.parse(`${to}T00:00:00Z`) };
  const x = {
    type: "temporal" as const,
    title: labels.axes.dateMonth[lang],
    scale: { type: "utc" as const, ...domain },
    axis: { format: "%b %Y", tickCount: { interval: "month" as const, step: 1 }, grid: true, gridColor: "#e6e6e6" },
  };
  const y = {
    field: "row",
    type: "nominal" as const,
    sort: rows,
    title: labels.axes.talksOrEventKind[lang],
    scale: { domain: rows },
    axis: {
      // One label per lane: on its first sub-row.
      labelExpr: "split(datum.label, '|')[1] == '0' ? split(datum.label, '|')[0] : ''",
      ticks: false,
      domain: false,
      labelFontWeight: "bold" as const,
      labelPadding: 8,
    },
  };
  const processNames = processes.map((process) => labels.processes[process][lang]);
  const processColor = {
    field: "process",
    type: "nominal" as const,
    title: labels.legends.talkRounds[lang],
    scale: { domain: processNames, range: processes.map((process) => processColors[process]) },
    legend: { orient: "top" as const, direction: "horizontal" as const, symbolType: "square", symbolOpacity: 1 },
  };
  const roundTooltip = [
    { field: "label", title: labels.legends.talkRounds[lang] },
    { field: "city" },
    { field: "start", title: "start" },
    { field: "end", title: "end" },
  ];
  const mentionedNames = [labels.legends.inArticle[lang], labels.legends.notInArticle[lang]];
  const labelLayer = (side: "left" | "right", values: object[], xField: string, textField: string, fontWeight: "normal" | "bold") => ({
    data: { values },
    transform: [{ filter: `datum.labelSide == '${side}'` }],
    mark: {
      type: "text" as const,
      align: side === "right" ? ("left" as const) : ("right" as const),
      dx: side === "right" ? 7 : -7,
      fontSize: labelFontSize,
      fontWeight,
      color: "#222222",
    },
    encoding: { x: { field: xField, ...x }, y, text: { field: textField, type: "nominal" as const } },
  });

  return {
    library: "vega-lite",
    // Another window gets its own id, so its export does not overwrite the default one.
    meta: chartMeta(from === defaultWindow.from && to === defaultWindow.to ? "events-2017" : `events-${from}-${to}`, "eventsTimeline", lang, ["events", "talk_rounds"], sourceIds),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(`${labels.titles.eventsTimeline[lang]}, ${formatWindow(from, to, lang)}`, sourceLines(sourceIds, data.sources, lang)),
      config: { ...vegaLiteConfig, ...(vegaLiteLocale(lang) ? { locale: vegaLiteLocale(lang) } : {}) },
      width,
      height: { step: 24 },
      layer: [
        // Every other lane on a light grey band, so a lane's sub-rows read as one lane.
        {
          data: { values: stripes },
          mark: { type: "rect", color: "#f4f4f4" },
          encoding: { y },
        },
        // Each round shaded faintly across every lane, so events line up with the talks.
        {
          data: { values: roundValues },
          mark: { type: "rect", opacity: 0.18, clip: true },
          encoding: { x: { field: "start", ...x }, x2: { field: "end" }, color: processColor, tooltip: roundTooltip },
        },
        {
          data: { values: roundValues },
          mark: { type: "bar", height: 12, clip: true },
          encoding: { x: { field: "start", ...x }, x2: { field: "end" }, y, color: processColor, tooltip: roundTooltip },
        },
        labelLayer("right", roundValues, "end", "label", "bold"),
        labelLayer("left", roundValues, "start", "label", "bold"),
        {
          data: { values: eventValues },
          mark: { type: "point", shape: "circle", size: 70, strokeWidth: 1.8, color: eventColor, opacity: 1 },
          encoding: {
            x: { field: "date", ...x },
            y,
            fill: {
              field: "mentioned",
              type: "nominal",
              title: labels.legends.event[lang],
              scale: { domain: mentionedNames, range: [eventColor, "#ffffff"] },
              legend: { orient: "top", direction: "horizontal", symbolStrokeColor: eventColor, symbolStrokeWidth: 1.8 },
            },
            tooltip: [
              { field: "title", title: labels.axes.roundOrEvent[lang] },
              { field: "kind", title: labels.axes.talksOrEventKind[lang] },
              { field: "date", title: "date" },
              { field: "mentioned", title: labels.legends.event[lang] },
            ],
          },
        },
        labelLayer("right", eventValues, "date", "title", "normal"),
        labelLayer("left", eventValues, "date", "title", "normal"),
      ],
    },
  };
}
