import { createHash } from "node:crypto";
import type { Config, Data, Layout } from "plotly.js";
import type { TopLevelSpec } from "vega-lite";
import type { Chart, Lang } from "../vocabulary";

/** A Plotly figure as an analyst writes it: only `data` is required. */
export interface PlotlyFigureInput {
  data: Data[];
  layout?: Partial<Layout>;
  config?: Partial<Config>;
}

/** What show() and exportFigure() take: a chart of the library, a bare Plotly figure or a Vega-Lite spec. */
export type Showable = Chart | PlotlyFigureInput | TopLevelSpec;

/** What an analyst may say about their own chart; whatever is left out is derived from the figure. */
export interface ChartDescription {
  /**
   * File name of the exported figure (`figures/<id>.svg`…): lower-case letters, digits and
   * hyphens, at most 100 characters. Default: the title made into such a name, else `chart-`
   * and a hash of the content.
   */
  id?: string;
  /**
   * Title: a string is in the chart's language (`lang`), an object gives one language or
   * both. A language without a title stays empty (nothing is translated or copied across).
   * Default: the figure's own title (Plotly `layout.title`, Vega-Lite `title`), in the chart's language.
   */
  title?: string | Partial<Record<Lang, string>>;
  /** Language of the chart's labels (default "en"). */
  lang?: Lang;
  /** Dataset tables behind the chart, e.g. ["talk_rounds"] (recorded in the figure manifest). */
  tables?: string[];
  /** `source_id` values of data/sources.csv the chart relies on (recorded in the figure manifest). */
  sourceIds?: string[];
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
/** Longest figure id: with its longest extension it stays far below any file system's 255-byte name limit. */
const maxIdLength = 100;

/**
 * Throws a TypeError unless `id` can name a figure file inside the figures folder: lower-case
 * ASCII letters, digits and hyphens only (so no "..", "/", backslash, NUL, space or other
 * character a path or a shell would read), starting with a letter or digit, at most 100 long.
 */
export function assertFigureId(id: unknown): asserts id is string {
  if (typeof id !== "string" || !idPattern.test(id) || id.length > maxIdLength) {
    throw new TypeError(`chart id ${JSON.stringify(id)} cannot name a figure file: use lower-case letters, digits and hyphens (at most ${maxIdLength}), starting with a letter or digit`);
  }
}

function isChart(value: object): value is Chart {
  return "library" in value && "meta" in value;
}

function isPlotlyFigure(value: object): value is PlotlyFigureInput {
  return "data" in value && Array.isArray((value as PlotlyFigureInput).data) && !("mark" in value) && !("$schema" in value);
}

/** Vega-Lite specs are recognised by their grammar: a mark, a composition or a vega-lite $schema. */
function isVegaLiteSpec(value: object): value is TopLevelSpec {
  const schema = (value as { $schema?: unknown }).$schema;
  if (typeof schema === "string") return schema.includes("vega-lite");
  return ["mark", "layer", "hconcat", "vconcat", "concat", "facet", "repeat"].some((key) => key in value);
}

/** Whether show() and exportFigure() can draw the value. */
export function isShowable(value: unknown): value is Showable {
  return value !== null && typeof value === "object" && (isChart(value) || isPlotlyFigure(value) || isVegaLiteSpec(value));
}

/** Plotly: a string or { text }, with HTML-like tags; Vega-Lite: a string, lines, or { text }. */
function ownTitle(title: unknown): string {
  const text = title !== null && typeof title === "object" && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  if (Array.isArray(text)) return text.join(" ");
  return typeof text === "string" ? text.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim() : "";
}

/** The title in the languages it was given in; the other stays empty rather than being copied across. */
function titleIn(title: string | Partial<Record<Lang, string>>, lang: Lang): Record<Lang, string> {
  const given = typeof title === "string" ? { [lang]: title } : title;
  return { en: given.en ?? "", id: given.id ?? "" };
}

/** "Astana rounds per year (2017–2024)" → "astana-rounds-per-year-2017-2024". */
function idFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/**
 * Makes a Chart of a bare Plotly figure or Vega-Lite spec, with the metadata that the
 * description gives or the figure implies; a Chart of the library keeps its metadata
 * except what the description overrides. Throws a TypeError for anything else, and for
 * an id that cannot be a file name.
 *
 * @example
 * ```ts
 * const perYear = roundsPerYearRows(nb.dataset);
 * const chart = asChart(
 *   { data: [{ type: "bar", x: perYear.map((row) => row.year), y: perYear.map((row) => row.total) }] },
 *   { title: { en: "Rounds per year", id: "Putaran per tahun" }, tables: ["talk_rounds"] },
 * );
 * chart.meta.id; // "rounds-per-year"
 * ```
 */
export function asChart(value: Showable, description: ChartDescription = {}): Chart {
  if (!isShowable(value)) {
    throw new TypeError("expected a chart: a Chart of the library, a Plotly figure { data, layout? } or a Vega-Lite spec (with a mark, a layer or a composition)");
  }
  const chart: Chart = isChart(value)
    ? value
    : isPlotlyFigure(value)
      ? { library: "plotly", figure: { ...value, layout: value.layout ?? {} }, meta: { id: "", title: { en: "", id: "" }, lang: "en", tables: [], sourceIds: [] } }
      : { library: "vega-lite", spec: value, meta: { id: "", title: { en: "", id: "" }, lang: "en", tables: [], sourceIds: [] } };
  const figureTitle = ownTitle(chart.library === "plotly" ? chart.figure.layout.title : (chart.spec as { title?: unknown }).title);
  const lang = description.lang ?? chart.meta.lang;
  const title = description.title !== undefined ? titleIn(description.title, lang) : chart.meta.title.en || chart.meta.title.id ? chart.meta.title : titleIn(figureTitle, lang);
  const content = chart.library === "plotly" ? chart.figure : chart.spec;
  const id = description.id ?? (chart.meta.id || idFromTitle(title[lang] || title.en || title.id) || `chart-${createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 10)}`);
  assertFigureId(id);
  const meta = { ...chart.meta, id, title, lang, tables: description.tables ?? chart.meta.tables, sourceIds: description.sourceIds ?? chart.meta.sourceIds };
  return { ...chart, meta };
}
