import type { VegaLiteChart } from "../vocabulary";
import { labels } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import type { ChartData } from "./data";
import { highlightRange, timelineContent, timelineTables } from "./talk-rounds-timeline";
import { vegaLiteConfig, vegaLiteTitle } from "./vega-config";

/** Width of the plots and of the longest round or event name (cut with "…"; the tooltip gives it whole): within maxChartWidth. */
const plotWidth = 580;
const labelWidth = 280;

/**
 * The Astana and Geneva rounds over the whole war (top: one lane per process,
 * the highlighted year shaded) and the highlighted year in detail (bottom: one
 * row per round or event, so every label is readable).
 */
export function talkRoundsTimelineChart(
  data: Pick<ChartData, "talkRounds" | "events" | "sources">,
  { lang = "en" }: ChartOptions = {},
): VegaLiteChart {
  const content = timelineContent(data, lang);
  const color = {
    field: "lane",
    type: "nominal" as const,
    title: null,
    scale: { domain: content.lanes.map((lane) => lane.name), range: content.lanes.map((lane) => lane.color) },
    legend: { orient: "top" as const, direction: "horizontal" as const },
  };
  const tooltip = [{ field: "label", title: labels.axes.roundOrEvent[lang] }, { field: "start" }, { field: "end" }, { field: "detail" }];
  // The overview's axis spans the years of the rounds: a round added later widens it.
  const overview = utcDomain([content.span.from, content.span.to]);
  const highlighted = content.bars.filter((bar) => bar.end >= highlightRange[0] && bar.start <= highlightRange[1]);
  return {
    library: "vega-lite",
    meta: chartMeta("talk-rounds-timeline", "talkRoundsTimeline", lang, timelineTables, content.sourceIds, content.titleFill),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      title: vegaLiteTitle(content.title, content.sourceLines),
      config: vegaLiteConfig,
      vconcat: [
        {
          width: plotWidth,
          height: { step: 28 },
          layer: [
            {
              data: { values: [{ start: highlightRange[0], end: highlightRange[1] }] },
              mark: { type: "rect", color: "#eeeeee" },
              encoding: { x: { field: "start", type: "temporal", scale: { type: "utc", ...overview } }, x2: { field: "end" } },
            },
            {
              data: { values: content.bars },
              mark: { type: "tick", thickness: 2, size: 18 },
              encoding: {
                x: { field: "start", type: "temporal", title: labels.axes.date[lang], scale: { type: "utc", ...overview }, axis: { format: "%Y", tickCount: { interval: "year", step: 1 } } },
                y: { field: "lane", type: "nominal", title: null, sort: content.lanes.map((lane) => lane.name) },
                color,
                tooltip,
              },
            },
          ],
        },
        {
          width: plotWidth,
          height: { step: 15 },
          data: { values: highlighted },
          layer: [
            { mark: { type: "bar", height: 9 }, encoding: { x2: { field: "end" } } },
            { mark: { type: "point", filled: true, size: 40 } },
          ],
          encoding: {
            x: {
              field: "start",
              type: "temporal",
              title: labels.axes.date2017[lang],
              scale: { type: "utc", ...utcDomain(highlightRange) },
              axis: { format: "%b", tickCount: { interval: "month", step: 1 } },
            },
            y: { field: "label", type: "nominal", title: null, sort: { field: "start", order: "ascending" }, axis: { labelLimit: labelWidth } },
            color,
            tooltip,
          },
        },
      ],
    },
  };
}

/**
 * A scale domain of ISO dates, as UTC timestamps (strings would be read in the
 * local time zone). domainMin/domainMax rather than domain: with an x2 channel,
 * vega-lite 5 warns about a conflicting explicit domain.
 */
function utcDomain([from, to]: readonly [string, string]): { domainMin: number; domainMax: number } {
  return { domainMin: Date.parse(`${from}T00:00:00Z`), domainMax: Date.parse(`${to}T00:00:00Z`) };
}
