import type { TopLevelSpec } from "vega-lite";
import type { Chart, PlotlyFigure } from "../vocabulary";

/** What show() accepts as a chart: a project Chart, or a bare Plotly figure or Vega-Lite spec. */
export type Showable = Chart | PlotlyFigure | TopLevelSpec;

function isChart(value: object): value is Chart {
  return "library" in value && "meta" in value;
}

function isPlotlyFigure(value: object): value is PlotlyFigure {
  return "data" in value && Array.isArray((value as PlotlyFigure).data) && !("mark" in value) && !("$schema" in value);
}

/** Vega-Lite specs are recognised by their grammar: a mark, a composition or a vega-lite $schema. */
function isVegaLiteSpec(value: object): value is TopLevelSpec {
  const schema = (value as { $schema?: unknown }).$schema;
  if (typeof schema === "string") return schema.includes("vega-lite");
  return ["mark", "layer", "hconcat", "vconcat", "concat", "facet", "repeat"].some((key) => key in value);
}

/** Wraps bare figures and specs in a Chart (with empty metadata), or returns undefined for anything else. */
export function asChart(value: unknown): Chart | undefined {
  if (value === null || typeof value !== "object") return undefined;
  if (isChart(value)) return value;
  const meta = { id: "untitled", title: { en: "", id: "" }, lang: "en" as const, tables: [], sourceIds: [] };
  if (isPlotlyFigure(value)) return { library: "plotly", figure: { ...value, layout: value.layout ?? {} }, meta };
  if (isVegaLiteSpec(value)) return { library: "vega-lite", spec: value, meta };
  return undefined;
}
