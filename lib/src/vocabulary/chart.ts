import type { Config, Data, Layout } from "plotly.js";
import type { TopLevelSpec } from "vega-lite";
import type { Lang } from "./lang";

/** What a figure shows and where it comes from: carried into exports, the manifest and the report. */
export interface ChartMeta {
  /** Stable figure id, also the exported file name (`figures/<id>.svg`). */
  id: string;
  /** Title in each language; empty in a language the chart has no title in (an analyst's own figure titled in one language). */
  title: Record<Lang, string>;
  /** Language the chart's labels are in. */
  lang: Lang;
  /** Dataset tables behind the chart (file names without .csv). */
  tables: string[];
  /** source_id values of the rows the chart shows. */
  sourceIds: string[];
  /**
   * What a reader needs beyond the title, in both languages, printed under it in the report:
   * e.g. which state of an interactive chart its static images and the PDF show.
   */
  caption?: Record<Lang, string>;
}

// Sunburst attributes of Plotly that @types/plotly.js 3.0 leaves out.
declare module "plotly.js" {
  interface PlotData {
    /** Orientation of the text inside sectors. */
    insidetextorientation: "horizontal" | "radial" | "tangential" | "auto";
    /** Font of the text inside sectors. */
    insidetextfont: Partial<Font>;
    /** Style of the outermost sectors. */
    leaf: { opacity: number };
    /** Whether sectors are sorted by size (false: in the order given). */
    sort: boolean;
  }
}

/**
 * A Plotly figure as Plotly.newPlot / Plotly.toImage take it, typed with the community's
 * definitions (@types/plotly.js): a misspelt trace type or attribute is a type error.
 */
export interface PlotlyFigure {
  data: Data[];
  layout: Partial<Layout>;
  config?: Partial<Config>;
}

/** A chart drawn with Plotly: the figure, and what it shows. */
export interface PlotlyChart {
  library: "plotly";
  figure: PlotlyFigure;
  meta: ChartMeta;
}

/** A chart drawn with Vega-Lite (version 5): the spec, and what it shows. */
export interface VegaLiteChart {
  library: "vega-lite";
  spec: TopLevelSpec;
  meta: ChartMeta;
}

/** What every chart builder returns: data in, a typed spec out, no side effects. */
export type Chart = PlotlyChart | VegaLiteChart;
