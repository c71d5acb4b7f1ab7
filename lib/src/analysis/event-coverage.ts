import type { Dataset, Event } from "../datasets/tables";
import { frameOf } from "../frames";
import { eventsBetween } from "./diplomacy";

/** Which of a window's events the article mentions. */
export interface ArticleCoverage {
  events: number;
  /** The events an article paragraph mentions, in date order. */
  mentioned: Event[];
}

/** How many events fall in [from, to] (ISO dates, both included) and which of them an article paragraph mentions. */
export function articleCoverage(dataset: Dataset, from: string, to: string): ArticleCoverage {
  const events = eventsBetween(dataset, from, to);
  return { events: events.length, mentioned: events.filter((event) => event.article_source_id !== null) };
}

/** Events of a window per kind, kinds in alphabetical order. */
export function eventsByKind(dataset: Dataset, from: string, to: string) {
  const events = eventsBetween(dataset, from, to);
  const kinds = [...new Set(events.map((event) => event.kind))].sort();
  return frameOf(kinds.map((kind) => ({ kind, events: events.filter((event) => event.kind === kind).length })), { columns: ["kind", "events"], name: "events_by_kind" });
}
