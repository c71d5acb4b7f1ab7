import type { TopLevelSpec } from "vega-lite";
import type { Lang } from "./lang";

/** What a figure shows and where it comes from: carried into exports, the manifest and the report. */
export interface ChartMeta {
  /** Stable figure id, also the exported file name (figures/<id>.svg). */
  id: string;
  title: Record<Lang, string>;
  /** Language the chart's labels are in. */
  lang: Lang;
  /** Dataset tables behind the chart (file names without .csv). */
  tables: string[];
  /** source_id values of the rows the chart shows. */
  sourceIds: string[];
}

/** A Plotly figure as Plotly.newPlot / Plotly.toImage take it. */
export interface PlotlyFigure {
  data: Array<Record<string, unknown>>;
  layout: Record<string, unknown>;
  config?: Record<string, unknown>;
}

export interface PlotlyChart {
  library: "plotly";
  figure: PlotlyFigure;
  meta: ChartMeta;
}

export interface VegaLiteChart {
  library: "vega-lite";
  spec: TopLevelSpec;
  meta: ChartMeta;
}

/** What every chart builder returns: data in, a typed spec out, no side effects. */
export type Chart = PlotlyChart | VegaLiteChart;
