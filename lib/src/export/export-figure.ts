import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { standaloneChartHtml } from "../render";
import { renderStatic, type StaticFormat } from "../render/static";
import type { Chart } from "../vocabulary";
import { paths } from "../config/paths";
import { writeFileAtomic } from "../files/atomic-write";
import { updateManifest, type ManifestFile } from "./manifest";

/**
 * Formats exportFigure writes. "json" is the chart itself (library, spec, meta): the
 * report draws interactive figures from it, and other tools can re-render it.
 */
export const figureFormats = ["svg", "png", "pdf", "html", "json"] as const;
export type FigureFormat = (typeof figureFormats)[number];

/** Options of exportFigure. */
export interface ExportOptions {
  /** Notebook or script that makes the figure, relative to the project root (recorded in the manifest). */
  madeBy: string;
  /** Formats to write (default: all of figureFormats). */
  formats?: readonly FigureFormat[];
  /** Folder of the figures (default: the project's figures/). */
  outDir?: string;
  /** Manifest file (default: manifest.json inside outDir). */
  manifestPath?: string;
  /** PNG scale factor (default 2). */
  pngScale?: number;
  /** Clock of the manifest's exportedAt, replaceable in tests. */
  now?: () => Date;
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
 * Renders the chart to every requested format in memory, then writes
 * `<outDir>/<id>.<format>` atomically and updates the figure's manifest entry.
 * Nothing is written unless every format rendered.
 */
export async function exportFigure(chart: Chart, id: string, options: ExportOptions): Promise<ExportResult> {
  const outDir = options.outDir ?? paths.figures;
  const formats = figureFormats.filter((format) => (options.formats ?? figureFormats).includes(format));
  let contents: Array<[FigureFormat, string | Buffer]>;
  try {
    contents = await renderFormats(chart, formats, options.pngScale ?? 2);
  } catch (error) {
    throw new FigureExportError(id, error);
  }
  const files = contents.map(([format, content]) => {
    const name = `${id}.${format}`;
    const file = path.join(outDir, name);
    // Same bytes: the file is left alone (its time stamp too), so reruns touch only what changed.
    if (!(fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(content)))) writeFileAtomic(file, content);
    return { name, path: file, bytes: Buffer.byteLength(content), sha256: createHash("sha256").update(content).digest("hex") };
  });
  updateManifest(options.manifestPath ?? path.join(outDir, "manifest.json"), {
    id,
    title: chart.meta.title,
    lang: chart.meta.lang,
    madeBy: options.madeBy,
    files: files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })),
    tables: chart.meta.tables,
    sourceIds: chart.meta.sourceIds,
    exportedAt: (options.now ?? (() => new Date()))().toISOString(),
  });
  return { id, files };
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
