/**
 * The library notebooks import as "syria-coalitions": vocabulary, config,
 * datasets, analysis, charts and display, nothing heavier than danfojs. Figure
 * export loads on the first exportFigure() call; export, report and runner also
 * have their own entry points ("syria-coalitions/export", "/report", "/runner").
 *
 * A notebook opens with {@link openNotebook}, computes with the analysis functions on
 * `nb.dataset` (plain rows) or on the DataFrames, and shows and exports charts:
 *
 * ```ts
 * import { openNotebook, roundsPerYearWithTotal, show, talkRoundsTimelineChart } from "syria-coalitions";
 *
 * const nb = openNotebook("03-talk-rounds", { lang: "en" });
 * nb.table(roundsPerYearWithTotal(nb.dataset), "roundsPerYear");
 * const timeline = talkRoundsTimelineChart(nb.dataset, { lang: nb.lang });
 * show(timeline);
 * await nb.export(timeline);
 * ```
 *
 * @module syria-coalitions
 * @categoryDescription Notebook
 * Start here: what a notebook's import cell opens (dataset, language, captioned tables, findings, export).
 * @categoryDescription Display
 * Charts, DataFrames and findings shown in a notebook cell, as one output every Jupyter front end can render.
 * @categoryDescription Datasets
 * The tables of data/: their schemas, row types, loading and validation.
 * @categoryDescription DataFrames
 * The tables as typed frames over danfojs: select, filter, derive, groupby, merge, pivot, sort, head, rename, rows; a misspelt column is a type error and a run-time error naming the nearest column.
 * @categoryDescription Analysis
 * The one place each computation lives: plain rows for charts, DataFrames for notebooks.
 * @categoryDescription Findings
 * Each notebook's findings as Markdown in English and Indonesian, computed from the analysis.
 * @categoryDescription Charts
 * Pure chart builders: dataset in, a Plotly figure or Vega-Lite spec out, in either language.
 * @categoryDescription Own charts
 * An analyst's own Plotly figure or Vega-Lite spec, made into a chart that show() and exportFigure() take.
 * @categoryDescription Palette
 * The colours every chart shares: camps, sects, processes, verdicts and roles, colour-blind safe.
 * @categoryDescription Export
 * Writing a chart to figures/ (SVG, PNG, PDF, HTML, JSON) and the figure manifest; loads on first use.
 * @categoryDescription Vocabulary
 * Languages, labels, captions, and the formatting of numbers, dates and lists in English and Indonesian.
 * @categoryDescription Paths
 * Where the project keeps its data, figures, notebooks and caches.
 */
import type * as FigureExport from "./export/export-figure";
import type { ExportOptions } from "./export/export-figure";
import type { Showable } from "./charts";
import type { Chart } from "./vocabulary";

export * from "./vocabulary";
export * from "./config/paths";
export * from "./frames";
export * from "./datasets";
export * from "./analysis";
export * from "./charts";
export * from "./findings";
export * from "./display";
export * from "./notebook";
export type { ExportOptions, ExportResult, FigureFormat } from "./export/export-figure";

/**
 * Writes the chart to `figures/<id>.svg`, `.png`, `.pdf`, `.html` and `.json` and records it
 * in figures/manifest.json (see "syria-coalitions/export"). The export machinery
 * (resvg, pdfkit, and Chromium for Plotly) loads on the first call.
 *
 * @function
 */
// The cast keeps exportFigure's overloads, which one forwarding arrow function cannot declare.
export const exportFigure = ((figure: Showable, options?: ExportOptions) =>
  (require("./export/export-figure") as typeof FigureExport).exportFigure(figure as Chart, options)) as typeof FigureExport.exportFigure;
