import { eventsInWindow, roundsByDate, talkRoundsSpan, yearPeriod, type Period } from "../analysis";
import { labels, type Lang } from "../vocabulary";
import type { ChartData } from "./data";
import { chartTitle, type TitleFill } from "./meta";
import { eventColor, processColors } from "./palette";
import { collectSourceIds, sourceLines } from "./source-line";

/** The year the article was written about: its events are marked on the timeline. */
export const highlightYear = 2017;

/** One bar of the timeline: a round or an event, on the row of its process or of the events. */
export interface TimelineBar {
  id: string;
  /** Row of the overview: the process, or the events of the highlighted year. */
  lane: string;
  laneId: "astana" | "geneva" | "events";
  label: string;
  start: string;
  end: string;
  detail: string;
}

/** What both timeline variants draw: the bars, the lanes, the span of the axis and the caption. */
export interface TimelineContent {
  bars: TimelineBar[];
  /** The processes that have rounds, in the order of their first round, then the events. */
  lanes: Array<{ name: string; color: string }>;
  /** Whole years from the first round to the last, and the highlighted year: the overview's axis. */
  span: Period;
  /** The values of the title's "{from}–{to}": the span's years. */
  titleFill: TitleFill;
  title: string;
  sourceLines: string[];
  sourceIds: string[];
}

/**
 * Shared mapping of the Vega-Lite and Plotly timelines: every round (in date
 * order) on its process's lane, the events of the highlighted year on their
 * own lane, as one list of bars in date order. The axis spans the years of the
 * rounds, so a round added later extends the axis and the title.
 */
export function timelineContent(data: Pick<ChartData, "talkRounds" | "events" | "sources">, lang: Lang, titleKey: "talkRoundsTimeline" | "talkRoundsTimelinePlotly" = "talkRoundsTimeline"): TimelineContent {
  const rounds = roundsByDate(data.talkRounds);
  const { from, to } = yearPeriod(highlightYear);
  const events = eventsInWindow(data.events, from, to);
  const sourceIds = collectSourceIds(rounds, events);
  const bars: TimelineBar[] = [
    ...rounds.map((round) => ({
      id: round.round_id,
      lane: labels.processes[round.process][lang],
      laneId: round.process,
      label: lang === "en" ? round.label_en : round.label_ind,
      start: round.start_date,
      end: round.end_date,
      detail: round.city,
    })),
    ...events.map((event) => ({
      id: event.event_id,
      lane: labels.legends.events2017[lang],
      laneId: "events" as const,
      label: lang === "en" ? event.title_en : event.title_ind,
      start: event.date,
      end: event.end_date ?? event.date,
      detail: event.kind in labels.eventKinds ? labels.eventKinds[event.kind as keyof typeof labels.eventKinds][lang] : event.kind,
    })),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const processes = [...new Set(rounds.map((round) => round.process))];
  const roundsSpan = talkRoundsSpan(rounds) ?? { from, to };
  const span = { from: roundsSpan.from < from ? roundsSpan.from : from, to: roundsSpan.to > to ? roundsSpan.to : to };
  const titleFill = { from: span.from.slice(0, 4), to: span.to.slice(0, 4) };
  return {
    bars,
    lanes: [
      ...processes.map((process) => ({ name: labels.processes[process][lang], color: processColors[process] })),
      { name: labels.legends.events2017[lang], color: eventColor },
    ],
    span,
    titleFill,
    title: chartTitle(titleKey, titleFill)[lang],
    sourceLines: sourceLines(sourceIds, data.sources, lang),
    sourceIds,
  };
}

/** Tables behind both timelines. */
export const timelineTables = ["events", "talk_rounds"];

/** First and last day of the highlighted year, as ISO dates. */
export const highlightRange = [`${highlightYear}-01-01`, `${highlightYear}-12-31`] as const;
