import type { Dataset, Event } from "../datasets/tables";
import { eventsFrame, sourcesFrame } from "../datasets/frames";
import { daysBetween } from "../frames";

/** Events whose date falls in [from, to] (ISO dates), in date order (then by id). */
export function eventsInWindow<E extends Pick<Event, "date" | "event_id">>(events: readonly E[], from: string, to: string): E[] {
  return events.filter((event) => event.date >= from && event.date <= to).sort((a, b) => a.date.localeCompare(b.date) || a.event_id.localeCompare(b.event_id));
}

/** Whether the article mentions the event (it names the paragraph that does). */
export function mentionedInArticle(event: Pick<Event, "article_source_id">): boolean {
  return event.article_source_id !== null && event.article_source_id !== "";
}

/** The dataset's events in [from, to], in date order. */
export function eventsBetween(dataset: Dataset, from: string, to: string): Event[] {
  return eventsInWindow(dataset.events, from, to);
}

/**
 * Events in a window as a table, each with the days since the window's first
 * event and, where the article mentions it, the paragraph that does.
 */
export function eventTable(dataset: Dataset, from: string, to: string) {
  const events = eventsBetween(dataset, from, to);
  const start = events[0]?.date ?? from;
  const inWindow = eventsFrame(dataset)
    .select("event_id", "date", "date_precision", "kind", "title_en", "title_ind", "article_source_id", "source_id", "confidence")
    .filter((row) => events.some((event) => event.event_id === row.event_id))
    .derive({ day_of_window: (row) => daysBetween(start, row.date) });
  const sources = sourcesFrame(dataset).select("source_id", "publisher");
  return inWindow.merge(sources, { on: "source_id", how: "left" }).sort(["date", "event_id"]);
}

/** An announced event beside the event that fulfilled it: see {@link checkAnnouncement}. */
export interface AnnouncementCheck {
  announced: Event;
  happened: Event;
  /** Days from the first day of the announced month to the day it happened. */
  daysAfterAnnouncedMonthStart: number;
  /** Whether it happened within the announced month. */
  keptToMonth: boolean;
}

/**
 * An announcement ("the next round will be in October") against what happened.
 * The announced event carries the month it names as its date with precision month.
 * `announcedMonth` is "YYYY-MM"; the two ids are event_ids of data/events.csv (an
 * unknown id throws).
 */
export function checkAnnouncement(dataset: Dataset, announcedMonth: string, announcementId: string, happenedId: string): AnnouncementCheck {
  const find = (id: string) => {
    const event = dataset.events.find((candidate) => candidate.event_id === id);
    if (!event) throw new Error(`no event ${id} in data/events.csv`);
    return event;
  };
  const announced = find(announcementId);
  const happened = find(happenedId);
  const monthStart = `${announcedMonth}-01`;
  return {
    announced,
    happened,
    daysAfterAnnouncedMonthStart: daysBetween(monthStart, happened.date),
    keptToMonth: happened.date.startsWith(announcedMonth),
  };
}
