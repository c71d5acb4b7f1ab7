import type { Lang } from "../vocabulary";
import { labels } from "../vocabulary";
import { eventColor, processColors } from "./palette";
import { highlightYear, timelineBars, timelineEvents, timelineLanes, timelineRounds, type TimelineBar } from "./prepare/timeline";
import type { ChartData } from "./rows";
import { collectSourceIds, sourceLines } from "./source-line";

/** What both timeline variants draw: the bars, the lanes and the caption. */
export interface TimelineContent {
  bars: TimelineBar[];
  lanes: Array<{ name: string; color: string }>;
  title: string;
  sourceLines: string[];
  sourceIds: string[];
}

/** Shared data preparation of the Vega-Lite and Plotly timelines. */
export function timelineContent(data: Pick<ChartData, "talkRounds" | "events" | "sources">, lang: Lang, titleKey: "talkRoundsTimeline" | "talkRoundsTimelinePlotly" = "talkRoundsTimeline"): TimelineContent {
  const rounds = timelineRounds(data, lang);
  const events = timelineEvents(data, lang);
  const sourceIds = collectSourceIds(rounds.map((r) => ({ source_id: r.sourceId })), events.map((e) => ({ source_id: e.sourceId })));
  return {
    bars: timelineBars(rounds, events, lang),
    lanes: timelineLanes(lang, { ...processColors, events: eventColor }),
    title: labels.titles[titleKey][lang],
    sourceLines: sourceLines(sourceIds, data.sources, lang),
    sourceIds,
  };
}

/** Tables behind both timelines. */
export const timelineTables = ["events", "talk_rounds"];

/** First and last day of the highlighted year, as ISO dates. */
export const highlightRange = [`${highlightYear}-01-01`, `${highlightYear}-12-31`] as const;

/** Span of the whole timeline, as ISO dates: the years the issue covers. */
export const timelineRange = ["2012-01-01", "2024-12-31"] as const;
