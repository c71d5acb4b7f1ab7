import * as fs from "node:fs";
import * as path from "node:path";
import type { Chart } from "../vocabulary";
import { paths } from "../config/paths";
import type { Dataset } from "../datasets/tables";
import { writeFileAtomic } from "../files/atomic-write";
import { readManifest } from "../export/manifest";
import { citation } from "./citation";
import { notebookTitle, renderNotebooksHtml } from "./notebook-html";
import { reportPage, type ReportFigure } from "./report-page";

export interface ReportOptions {
  /** Executed notebooks to render and link (default: none). */
  notebooks?: string[];
  figuresDir?: string;
}

export interface ReportResult {
  page: string;
  figures: number;
  notebookPages: string[];
}

function readIfExists(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

/**
 * Builds figures/index.html from figures/manifest.json: each figure drawn from its
 * exported chart JSON (or shown as its SVG), captioned with its sources, and
 * linked to the notebook page that made it.
 */
export async function buildReport(dataset: Dataset, options: ReportOptions = {}): Promise<ReportResult> {
  const figuresDir = options.figuresDir ?? paths.figures;
  const notebookDir = path.join(figuresDir, "notebooks");
  const notebooks = options.notebooks ?? [];
  const notebookPages = notebooks.length > 0 ? await renderNotebooksHtml(notebooks, notebookDir) : [];
  // Figures record the notebook that made them as notebooks/<name>.ipynb; the executed copy may live elsewhere.
  const pageOf = new Map(notebooks.map((notebook, i) => [path.basename(notebook), path.relative(figuresDir, notebookPages[i]!)]));

  const sources = new Map(dataset.sources.map((source) => [source.source_id, source]));
  const manifest = readManifest(path.join(figuresDir, "manifest.json"));
  const figures: ReportFigure[] = manifest.figures.map((entry) => {
    const json = readIfExists(path.join(figuresDir, `${entry.id}.json`));
    return {
      entry,
      chart: json === null ? null : (JSON.parse(json) as Chart),
      svg: readIfExists(path.join(figuresDir, `${entry.id}.svg`)),
      citations: entry.sourceIds.map((id) => (sources.has(id) ? citation(sources.get(id)!) : `${id} (not in data/sources.csv)`)),
      notebookHref: pageOf.get(path.basename(entry.madeBy)) ?? null,
    };
  });
  const notebookLinks = notebooks.map((notebook, i) => ({ title: notebookTitle(notebook), href: path.relative(figuresDir, notebookPages[i]!) }));
  const page = path.join(figuresDir, "index.html");
  writeFileAtomic(page, reportPage(figures, notebookLinks));
  return { page, figures: figures.length, notebookPages };
}
