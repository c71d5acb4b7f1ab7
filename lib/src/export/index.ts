/**
 * "syria-coalitions/export": figure export (SVG, PNG, PDF, standalone HTML and the chart's
 * JSON, recorded in figures/manifest.json) and the static renderers behind it. The main
 * entry point's exportFigure() loads this module on first use; scripts import it directly.
 *
 * ```ts
 * import { openDataset, roundsPerYearRows } from "syria-coalitions";
 * import { closeRenderer, exportFigure } from "syria-coalitions/export";
 *
 * const perYear = roundsPerYearRows(openDataset());
 * const figure = { data: [{ type: "bar" as const, x: perYear.map((row) => row.year), y: perYear.map((row) => row.total) }] };
 * await exportFigure(figure, { title: "Rounds per year", formats: ["svg", "png"] }); // figures/rounds-per-year.svg, .png
 * await closeRenderer();
 * ```
 *
 * @module syria-coalitions/export
 * @categoryDescription Export
 * Writing figures and keeping the manifest of what was written, by whom, from which sources.
 * @categoryDescription Rendering
 * Static images from SVG markup, and the renderer's life cycle.
 */
// Scripts that export figures close the renderer when done.
export { closeRenderer } from "../render";
export { exportFigure, figureFormats, FigureExportError } from "./export-figure";
export type { ExportOptions, ExportResult, FigureFormat } from "./export-figure";
export { exportAllCharts, exportCharts } from "./export-charts";
export type { ChartExportOutcome, ExportChartsOptions } from "./export-charts";
export { readManifest, mergeManifestEntry } from "./manifest";
export type { Manifest, ManifestEntry, ManifestFile } from "./manifest";
export { svgToPng } from "../render/svg-to-png";
export { svgToPdf } from "../render/svg-to-pdf";
export { MissingFontsError } from "../render/fonts";
