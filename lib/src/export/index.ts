// Scripts that export figures close the renderer when done.
export { closeRenderer } from "../render";
export { exportFigure, figureFormats, FigureExportError } from "./export-figure";
export type { ExportOptions, ExportResult, FigureFormat } from "./export-figure";
export { readManifest, mergeManifestEntry } from "./manifest";
export type { Manifest, ManifestEntry, ManifestFile } from "./manifest";
export { svgToPng } from "../render/svg-to-png";
export { svgToPdf } from "../render/svg-to-pdf";
export { MissingFontsError } from "../render/fonts";
