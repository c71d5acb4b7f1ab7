import type { Lang } from "../../vocabulary";
import { labels } from "../../vocabulary";
import type { ChartData } from "../rows";

/** A talk round as the timeline draws it. */
export interface TimelineRound {
  roundId: string;
  process: string;
  processId: "astana" | "geneva";
  label: string;
  start: string;
  end: string;
  city: string;
  sourceId: string;
}

/** An event of the highlighted year as the timeline marks it. */
export interface TimelineEvent {
  eventId: string;
  title: string;
  kind: string;
  start: string;
  end: string;
  /** Whether the article mentions it. */
  inArticle: boolean;
  sourceId: string;
}

/** The year the article was written about: its events are marked on the timeline. */
export const highlightYear = 2017;

/** Rounds in date order, labelled in the chosen language. */
export function timelineRounds(data: Pick<ChartData, "talkRounds">, lang: Lang): TimelineRound[] {
  return [...data.talkRounds]
    .sort((a, b) => a.start_date.localeCompare(b.start_date) || a.round_id.localeCompare(b.round_id))
    .map((round) => ({
      roundId: round.round_id,
      process: labels.processes[round.process][lang],
      processId: round.process,
      label: lang === "en" ? round.label_en : round.label_ind,
      start: round.start_date,
      end: round.end_date,
      city: round.city,
      sourceId: round.source_id,
    }));
}

/** The events that start in the highlighted year, in date order. */
export function timelineEvents(data: Pick<ChartData, "events">, lang: Lang): TimelineEvent[] {
  return data.events
    .filter((event) => event.date.startsWith(`${highlightYear}-`))
    .sort((a, b) => a.date.localeCompare(b.date) || a.event_id.localeCompare(b.event_id))
    .map((event) => ({
      eventId: event.event_id,
      title: lang === "en" ? event.title_en : event.title_ind,
      kind: event.kind in labels.eventKinds ? labels.eventKinds[event.kind as keyof typeof labels.eventKinds][lang] : event.kind,
      start: event.date,
      end: event.end_date ?? event.date,
      inArticle: event.article_source_id !== null,
      sourceId: event.source_id,
    }));
}

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

/** Rounds and highlighted-year events as one list of bars, in date order. */
export function timelineBars(rounds: readonly TimelineRound[], events: readonly TimelineEvent[], lang: Lang): TimelineBar[] {
  return [
    ...rounds.map((round) => ({ id: round.roundId, lane: round.process, laneId: round.processId, label: round.label, start: round.start, end: round.end, detail: round.city })),
    ...events.map((event) => ({
      id: event.eventId,
      lane: labels.legends.events2017[lang],
      laneId: "events" as const,
      label: event.title,
      start: event.start,
      end: event.end,
      detail: event.kind,
    })),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** Lane names in drawing order, with the colour of each. */
export function timelineLanes(lang: Lang, colors: Record<"astana" | "geneva" | "events", string>): Array<{ name: string; color: string }> {
  return [
    { name: labels.processes.geneva[lang], color: colors.geneva },
    { name: labels.processes.astana[lang], color: colors.astana },
    { name: labels.legends.events2017[lang], color: colors.events },
  ];
}
