/**
 * The library notebooks import as "syria-coalitions": vocabulary, config,
 * datasets, analysis, charts and display, nothing heavier than danfojs. Figure
 * export loads on the first exportFigure() call; export, report and runner also
 * have their own entry points ("syria-coalitions/export", "/report", "/runner").
 */
import type * as FigureExport from "./export/export-figure";
import type { ExportOptions } from "./export/export-figure";
import type { Showable } from "./charts";
import type { Chart } from "./vocabulary";

export * from "./vocabulary";
export * from "./config/paths";
export * from "./datasets";
export * from "./analysis";
export * from "./charts";
export * from "./findings";
export * from "./display";
export * from "./notebook";
export type { ExportOptions, ExportResult, FigureFormat } from "./export/export-figure";

/**
 * Writes the chart to figures/<id>.svg, .png, .pdf, .html and .json and records it
 * in figures/manifest.json (see "syria-coalitions/export"). The export machinery
 * (resvg, pdfkit, and Chromium for Plotly) loads on the first call.
 */
// The cast keeps exportFigure's overloads, which one forwarding arrow function cannot declare.
export const exportFigure = ((figure: Showable, options?: ExportOptions) =>
  (require("./export/export-figure") as typeof FigureExport).exportFigure(figure as Chart, options)) as typeof FigureExport.exportFigure;
