import type { Dataset, Event } from "../datasets/tables";
import type { Frame } from "../frames";
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

/**
 * Events per kind of a window's {@link eventTable}: the chain notebook 04 shows in its analysis
 * cell, verb for verb (test/notebooks/visible-analysis.test.ts compares them).
 */
export function eventsByKind(events: Frame<Pick<Event, "event_id" | "kind">>) {
  return events.groupby("kind").agg({ events: ["event_id", "count"] });
}
