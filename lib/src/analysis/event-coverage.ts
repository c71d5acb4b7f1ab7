import type { Dataset, Event } from "../datasets/tables";
import { eventsBetween } from "./diplomacy";

/** Which of a window's events the article mentions. */
export interface ArticleCoverage {
  events: number;
  /** The events an article paragraph mentions, in date order. */
  mentioned: Event[];
}

export function articleCoverage(dataset: Dataset, from: string, to: string): ArticleCoverage {
  const events = eventsBetween(dataset, from, to);
  return { events: events.length, mentioned: events.filter((event) => event.article_source_id !== null) };
}
