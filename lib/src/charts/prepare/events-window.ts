import type { Lang } from "../../vocabulary";
import { labels } from "../../vocabulary";
import type { ChartData, TalkRoundRow } from "../rows";
import { eventsInWindow } from "../../analysis/diplomacy";

/** Event kinds in lane order: diplomacy first, then force. */
export const eventKindOrder = ["talks", "meeting", "agreement", "ceasefire", "announcement", "military", "attack"] as const;

/** An event of the window as the events timeline draws it. */
export interface WindowEvent {
  eventId: string;
  date: string;
  end: string;
  kindId: string;
  /** Lane: the kind of event, localised. */
  lane: string;
  title: string;
  /** Whether the article mentions it (article_source_id not empty). */
  inArticle: boolean;
  /** Sub-row inside the lane, so that labels never overlap (0 = first). */
  slot: number;
  /** Side of the point the label is written on: right, unless it would run past the window's end. */
  labelSide: "right" | "left";
  sourceId: string;
}

/** A round of talks that overlaps the window. */
export interface WindowRound {
  roundId: string;
  processId: TalkRoundRow["process"];
  lane: string;
  label: string;
  start: string;
  end: string;
  city: string;
  /** Sub-row inside the process lane, so that labels never overlap (0 = first). */
  slot: number;
  labelSide: "right" | "left";
  sourceId: string;
}

/** How the label packing measures the chart: plot width in px and label font size. */
export interface LabelGeometry {
  width: number;
  fontSize: number;
}

/** Rounds of talks that overlap [from, to], in date order. */
export function roundsInWindow(rounds: readonly TalkRoundRow[], from: string, to: string): TalkRoundRow[] {
  return rounds
    .filter((round) => round.end_date >= from && round.start_date <= to)
    .sort((a, b) => a.start_date.localeCompare(b.start_date) || a.round_id.localeCompare(b.round_id));
}

const dayMs = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / dayMs;
}

/** Rough width of a label in px: average glyph of a sans-serif font at 0.55 em. */
function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/** Sub-rows of one lane: the px extents already taken on each. */
type Slots = Array<Array<[number, number]>>;

/** The first sub-row where `extent` overlaps nothing (a new one if none), now taken. */
function takeSlot(slots: Slots, extent: [number, number]): number {
  let slot = slots.findIndex((taken) => taken.every(([a, b]) => extent[1] < a || extent[0] > b));
  if (slot < 0) slot = slots.push([]) - 1;
  slots[slot].push(extent);
  return slot;
}

/**
 * Where a mark from x0 to x1 (px) puts its label of `width` px: to the right,
 * unless that runs past the plot; the px extent of mark and label together.
 */
function placeLabel(x0: number, x1: number, width: number, plotWidth: number): { side: "right" | "left"; extent: [number, number] } {
  return x1 + width > plotWidth ? { side: "left", extent: [x0 - width, x1 + 6] } : { side: "right", extent: [x0 - 6, x1 + width] };
}

/**
 * Lays labels out across one window: positions in px, and per lane the sub-rows
 * already taken, so that events and rounds pack their labels by the same rule.
 */
function labelPacker(from: string, to: string, geometry: LabelGeometry) {
  const pxPerDay = geometry.width / Math.max(1, dayNumber(to) - dayNumber(from));
  const occupied = new Map<string, Slots>();
  return {
    /** Px position of a date, clamped to the window. */
    x: (date: string) => (Math.min(Math.max(dayNumber(date), dayNumber(from)), dayNumber(to)) - dayNumber(from)) * pxPerDay,
    /** Label side and sub-row in `lane` for a mark from x0 to x1 with a label `labelPx` wide. */
    place(lane: string, x0: number, x1: number, labelPx: number): { labelSide: "right" | "left"; slot: number } {
      const { side, extent } = placeLabel(x0, x1, labelPx, geometry.width);
      const slots = occupied.get(lane) ?? [];
      occupied.set(lane, slots);
      return { labelSide: side, slot: takeSlot(slots, extent) };
    },
  };
}

/**
 * The events of the window, one lane per kind, each with a label side and a
 * sub-row: greedy interval packing of point + label extents, so labels of
 * nearby events in the same lane go on separate sub-rows instead of overlapping.
 */
export function windowEvents(
  data: Pick<ChartData, "events">,
  from: string,
  to: string,
  lang: Lang,
  geometry: LabelGeometry,
): WindowEvent[] {
  const packer = labelPacker(from, to, geometry);
  return eventsInWindow(data.events, from, to).map((event) => {
    const title = lang === "en" ? event.title_en : event.title_ind;
    const x = packer.x(event.date);
    const { labelSide, slot } = packer.place(event.kind, x, x, labelWidth(title, geometry.fontSize) + 10);
    return {
      eventId: event.event_id,
      date: event.date,
      end: event.end_date ?? event.date,
      kindId: event.kind,
      lane: eventKindLabel(event.kind, lang),
      title,
      inArticle: event.article_source_id !== null && event.article_source_id !== "",
      slot,
      labelSide,
      sourceId: event.source_id,
    };
  });
}

/**
 * The rounds of the window, one lane per process, clipped to the window,
 * labelled on the side that stays inside it and packed into sub-rows like the events
 * (labels are bold: measured 10% wider).
 */
export function windowRounds(
  data: Pick<ChartData, "talkRounds">,
  from: string,
  to: string,
  lang: Lang,
  geometry: LabelGeometry,
): WindowRound[] {
  const packer = labelPacker(from, to, geometry);
  return roundsInWindow(data.talkRounds, from, to).map((round) => {
    const label = lang === "en" ? round.label_en : round.label_ind;
    const { labelSide, slot } = packer.place(round.process, packer.x(round.start_date), packer.x(round.end_date), labelWidth(label, geometry.fontSize) * 1.1 + 10);
    return {
      roundId: round.round_id,
      processId: round.process,
      lane: labels.processes[round.process][lang],
      label,
      start: round.start_date < from ? from : round.start_date,
      end: round.end_date > to ? to : round.end_date,
      city: round.city,
      slot,
      labelSide,
      sourceId: round.source_id,
    };
  });
}

/** An event kind's label, or the raw kind for a kind the labels do not know. */
export function eventKindLabel(kind: string, lang: Lang): string {
  return kind in labels.eventKinds ? labels.eventKinds[kind as keyof typeof labels.eventKinds][lang] : kind;
}

/** "1 July 2017 – 31 December 2017" (en) or "1 Juli 2017 – 31 Desember 2017" (id), read in UTC. */
export function formatWindow(from: string, to: string, lang: Lang): string {
  const format = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return `${format.format(new Date(`${from}T00:00:00Z`))} – ${format.format(new Date(`${to}T00:00:00Z`))}`;
}
