import type { PlotlyChart } from "../vocabulary";
import { labels } from "../vocabulary";
import { chartMeta } from "./meta";
import type { ChartOptions } from "./options";
import { plotlyBaseLayout, plotlyConfig } from "./plotly-layout";
import type { ChartData } from "./data";
import { highlightRange, timelineContent, timelineTables } from "./talk-rounds-timeline";

/**
 * The Plotly variant of the talk-rounds timeline: one lane per process and one
 * for the events of the highlighted year (shaded), details on hover.
 */
export function talkRoundsTimelinePlotlyChart(
  data: Pick<ChartData, "talkRounds" | "events" | "sources">,
  { lang = "en" }: ChartOptions = {},
): PlotlyChart {
  const content = timelineContent(data, lang, "talkRoundsTimelinePlotly");
  const traces = content.lanes.map((lane) => {
    const bars = content.bars.filter((bar) => bar.lane === lane.name);
    return {
      type: "scatter" as const,
      mode: "markers" as const,
      name: lane.name,
      x: bars.map((bar) => bar.start),
      y: bars.map((bar) => bar.lane),
      hovertext: bars.map((bar) => `${bar.label} (${bar.start}${bar.end !== bar.start ? ` – ${bar.end}` : ""}), ${bar.detail}`),
      hoverinfo: "text" as const,
      marker: { symbol: "line-ns-open", size: 22, color: lane.color, line: { width: 2.5, color: lane.color } },
    };
  });
  const base = plotlyBaseLayout(content.title, content.sourceLines, lang);
  return {
    library: "plotly",
    meta: chartMeta("talk-rounds-timeline-plotly", "talkRoundsTimelinePlotly", lang, timelineTables, content.sourceIds, content.titleFill),
    figure: {
      data: traces,
      layout: {
        ...base,
        height: 520,
        // Wide enough for the lane names and the vertical axis title beside them.
        margin: { ...(base.margin as object), l: 190 },
        xaxis: { type: "date", title: { text: labels.axes.date[lang] }, range: [content.span.from, dayAfter(content.span.to)], dtick: "M12", tickformat: "%Y", showgrid: true, gridcolor: "#eeeeee" },
        yaxis: { type: "category", categoryorder: "array", categoryarray: content.lanes.map((lane) => lane.name), autorange: "reversed", title: { text: labels.axes.process[lang], standoff: 12 } },
        legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
        shapes: [
          {
            type: "rect",
            xref: "x",
            yref: "paper",
            x0: highlightRange[0],
            x1: highlightRange[1],
            y0: 0,
            y1: 1,
            fillcolor: "#eeeeee",
            line: { width: 0 },
            layer: "below",
          },
        ],
      },
      config: plotlyConfig,
    },
  };
}

/** The ISO day after `iso`: Plotly's range ends at midnight, so the last day of the span needs the next. */
function dayAfter(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
