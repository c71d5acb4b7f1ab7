import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { standaloneChartHtml } from "../render";
import { renderStatic, serviceRendererIdentity, type StaticFormat } from "../render/static";
import type { TopLevelSpec } from "vega-lite";
import { asChart, assertFigureId, type ChartDescription, type PlotlyFigureInput, type Showable } from "../charts/own-chart";
import { runningNotebook } from "../config/running-notebook";
import type { Chart } from "../vocabulary";
import { paths } from "../config/paths";
import { openDataset } from "../datasets/open";
import { writeFileAtomic } from "../files/atomic-write";
import { exportKey, recordExport, unchangedExport } from "./export-records";
import { updateManifest, type ManifestFile } from "./manifest";

/**
 * Formats exportFigure writes. "json" is the chart itself (library, spec, meta): the
 * report draws interactive figures from it, and other tools can re-render it.
 */
export const figureFormats = ["svg", "png", "pdf", "html", "json"] as const;
/** A file format exportFigure writes: "svg", "png", "pdf", "html" or "json". */
export type FigureFormat = (typeof figureFormats)[number];

/**
 * Options of exportFigure: what to write where, and (for an analyst's own figure) the
 * description of the chart (id, title, language, tables, sources), derived when left out.
 */
export interface ExportOptions extends ChartDescription {
  /**
   * Notebook or script that makes the figure, relative to the project root (recorded in the
   * manifest). Default: the notebook the runner is running, else "interactive session".
   */
  madeBy?: string;
  /** Formats to write (default: all of figureFormats). */
  formats?: readonly FigureFormat[];
  /** Folder of the figures (default: the project's figures/). */
  outDir?: string;
  /** Manifest file (default: manifest.json inside outDir). */
  manifestPath?: string;
  /** PNG scale factor (default 2). */
  pngScale?: number;
}

/** An exported figure's files, as recorded in the manifest, with their full paths. */
export interface ExportResult {
  id: string;
  files: Array<ManifestFile & { path: string }>;
}

/** Names the figure whose export failed and why; the figure's previous files are left as they were. */
export class FigureExportError extends Error {
  constructor(readonly figureId: string, readonly cause: unknown) {
    super(`Export of figure "${figureId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "FigureExportError";
  }
}

/**
 * Renders the chart (a Chart of the library, or a bare Plotly figure or Vega-Lite spec
 * described by the options) to every requested format in memory, then writes
 * `<outDir>/<id>.<format>` atomically and updates the figure's manifest entry.
 * Nothing is written unless every format rendered. Resolves to the files written, with
 * their sizes and hashes; a failure is a {@link FigureExportError} naming the figure.
 *
 * @example
 * ```ts
 * const perYear = roundsPerYearRows(nb.dataset);
 * const sourceIds = [...new Set(nb.dataset.talkRounds.map((round) => round.source_id))];
 * await exportFigure(
 *   { data: [{ type: "bar", x: perYear.map((row) => row.year), y: perYear.map((row) => row.total) }] },
 *   { title: "Rounds per year", tables: ["talk_rounds"], sourceIds: sourceIds },
 * );
 * // figures/rounds-per-year.svg, .png, .pdf, .html, .json, and its entry in figures/manifest.json
 * ```
 */
export function exportFigure(figure: PlotlyFigureInput, options?: ExportOptions): Promise<ExportResult>;
/** Exports a Vega-Lite (version 5) spec, as the first signature does a Plotly figure. */
export function exportFigure(spec: TopLevelSpec, options?: ExportOptions): Promise<ExportResult>;
/** Exports a chart of the library (with its own id, titles, tables and sources unless the options override them), or a value that may be any kind of chart (e.g. from a list of mixed ones). */
export function exportFigure(chart: Showable, options?: ExportOptions): Promise<ExportResult>;
// As for show(): a signature per kind of bare chart, so that a mistake in one is reported
// against the kind meant, then one for any chart (a Chart, or a list of mixed ones).
// TypeScript details the error of each signature only up to three.
export async function exportFigure(figure: Showable, options: ExportOptions = {}): Promise<ExportResult> {
  // The id names files: it is checked before anything else is read or written.
  if (options.id !== undefined) assertFigureId(options.id);
  if (options.sourceIds) assertKnownSources(options.sourceIds);
  const chart = asChart(figure, options);
  const id = chart.meta.id;
  if (chart.meta.sourceIds.length === 0) {
    console.warn(`Figure "${id}" cites no source: give its sourceIds (source_id values of data/sources.csv, e.g. "art-p03") so that its readers can check it.`);
  }
  const outDir = options.outDir ?? paths.figures;
  const formats = figureFormats.filter((format) => (options.formats ?? figureFormats).includes(format));
  const pngScale = options.pngScale ?? 2;
  let key: string | undefined;
  let files: ExportResult["files"];
  try {
    // An export of only html and json needs no renderer, and is cheap enough to redo.
    const identity = formats.some(isStatic) ? await serviceRendererIdentity() : undefined;
    key = identity === undefined ? undefined : exportKey(identity, chart, formats, pngScale);
    const unchanged = key === undefined ? undefined : unchangedExport(outDir, id, key);
    files = unchanged?.map((file) => ({ ...file, path: path.join(outDir, file.name) })) ?? writeFiles(id, outDir, await renderFormats(chart, formats, pngScale));
  } catch (error) {
    throw new FigureExportError(id, error);
  }
  updateManifest(options.manifestPath ?? path.join(outDir, "manifest.json"), {
    id,
    title: chart.meta.title,
    lang: chart.meta.lang,
    madeBy: options.madeBy ?? runningNotebook() ?? "interactive session",
    files: files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })),
    tables: chart.meta.tables,
    sourceIds: chart.meta.sourceIds,
  });
  if (key !== undefined) recordExport(outDir, id, key, files);
  return { id, files };
}

/**
 * The file of one format of a figure, `<outDir>/<id>.<format>`. The id was checked (assertFigureId);
 * this second check, where paths are made, keeps any file from landing outside outDir.
 */
function figureFile(outDir: string, id: string, format: FigureFormat): { name: string; file: string } {
  const name = `${id}.${format}`;
  const resolved = path.resolve(outDir, name);
  if (path.dirname(resolved) !== path.resolve(outDir) || path.basename(resolved) !== name) {
    throw new Error(`figure file ${JSON.stringify(name)} would not be inside ${outDir}`);
  }
  return { name, file: path.join(outDir, name) };
}

/** Writes each file that differs from the one on disk (an identical file keeps its time stamp, so reruns touch only what changed). */
function writeFiles(id: string, outDir: string, contents: Array<[FigureFormat, string | Buffer]>): ExportResult["files"] {
  return contents.map(([format, content]) => {
    const { name, file } = figureFile(outDir, id, format);
    // Encoded once: a standalone page is 3.6 MB, and hashing it as a string costs 15 ms more.
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    if (!(fs.existsSync(file) && fs.readFileSync(file).equals(bytes))) writeFileAtomic(file, bytes);
    return { name, path: file, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
}

/** A figure may cite only rows of sources.csv: the report links each cited source to its quote. */
function assertKnownSources(sourceIds: readonly string[]): void {
  const known = new Set(openDataset().sources.map((source) => source.source_id));
  const unknown = sourceIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(`unknown source id ${unknown.map((id) => JSON.stringify(id)).join(", ")}: sourceIds name rows of ${path.join(paths.data, "sources.csv")} (its source_id column, e.g. "art-p03" for the article's paragraph 3)`);
  }
}

const isStatic = (format: FigureFormat): format is StaticFormat => format === "svg" || format === "png" || format === "pdf";

/** Every requested format's content; SVG, PNG and PDF come from the shared render service. */
async function renderFormats(chart: Chart, formats: readonly FigureFormat[], pngScale: number): Promise<Array<[FigureFormat, string | Buffer]>> {
  const rendered = await renderStatic(chart, formats.filter(isStatic), pngScale);
  return formats.map((format): [FigureFormat, string | Buffer] => {
    if (isStatic(format)) return [format, rendered[format]!];
    return [format, format === "html" ? standaloneChartHtml(chart) : `${JSON.stringify(chart, null, 2)}\n`];
  });
}
