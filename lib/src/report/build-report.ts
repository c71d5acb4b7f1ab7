import * as fs from "node:fs";
import * as path from "node:path";
import { allCharts } from "../charts/all-charts";
import { paths } from "../config/paths";
import type { Dataset } from "../datasets/tables";
import { exportFigure } from "../export/export-figure";
import { readManifest } from "../export/manifest";
import { writeFileAtomic } from "../files/atomic-write";
import { renderStatic } from "../render/static";
import { escapeHtml } from "../render";
import { reportText, type Chart, type Lang } from "../vocabulary";
import { notebookTitle, renderNotebooksHtml } from "./notebook-html";
import { openPdfPrinter, type PdfPrinter } from "./print-pdf";
import { story, figureNumber } from "./story";
import { storyPage, type PageChapter } from "./story-page";

/** What {@link buildReport} renders and where. */
export interface ReportOptions {
  /** Executed notebooks to render and link (default: none). */
  notebooks?: string[];
  /** Folder the report is written to, beside the figures it links (default: the project's figures/). */
  figuresDir?: string;
  /** Also print each language's PDF (default true). */
  pdf?: boolean;
}

/** The files {@link buildReport} wrote, inside the figures folder. */
export interface ReportResult {
  /** figures/index.html: the language chooser. */
  page: string;
  /** The report page of each language, `figures/report.<lang>.html`. */
  pages: Record<Lang, string>;
  /** `figures/report.<lang>.pdf`, when printed. */
  pdfs: Partial<Record<Lang, string>>;
  /** Figures in each language's report. */
  figures: number;
  /** The executed notebooks rendered to HTML, in the figures folder's notebooks/. */
  notebookPages: string[];
  /** Ids of the figures exported because a file the report links was missing (e.g. the git-ignored interactive pages of a fresh checkout). */
  exported: string[];
}

const langs: readonly Lang[] = ["en", "id"];
const otherLang = (lang: Lang): Lang => (lang === "en" ? "id" : "en");
const pageName = (lang: Lang, ext: "html" | "pdf") => `report.${lang}.${ext}`;

const figureId = (baseId: string, lang: Lang) => (lang === "en" ? baseId : `${baseId}-id`);

/** The story's charts in one language, by id. */
function storyCharts(dataset: Dataset, lang: Lang): Map<string, Chart> {
  const charts = new Map(allCharts(dataset, lang).map((chart) => [chart.meta.id, chart]));
  const named = story.flatMap((notebook) =>
    notebook.figures.map((figure) => {
      const chart = charts.get(figureId(figure.id, lang));
      if (!chart) throw new Error(`The report's story (lib/src/report/story.ts) names figure "${figure.id}" of ${notebook.id}, but allCharts makes no chart "${figureId(figure.id, lang)}".`);
      return [chart.meta.id, chart] as const;
    }),
  );
  return new Map(named);
}

/**
 * Exports every figure of the story, in both languages, that the manifest does not list or
 * whose listed files are not all in the folder: the report links each figure's files in the
 * page's language, and the interactive pages are not committed (git-ignored), so a fresh
 * checkout has none until they are written.
 */
async function exportUnlinkedFigures(dataset: Dataset, figuresDir: string): Promise<string[]> {
  const manifest = new Map(readManifest(path.join(figuresDir, "manifest.json")).figures.map((entry) => [entry.id, entry]));
  const complete = (id: string) => manifest.get(id)?.files.every((file) => fs.existsSync(path.join(figuresDir, file.name))) ?? false;
  const missing = langs.flatMap((lang) => [...storyCharts(dataset, lang).values()]).filter((chart) => !complete(chart.meta.id));
  // A figure exported before keeps its origin (the notebook or script that made it), so that writing back its lost files changes no manifest entry.
  for (const chart of missing) await exportFigure(chart, { outDir: figuresDir, madeBy: manifest.get(chart.meta.id)?.madeBy ?? "lib/src/report/build-report.ts" });
  return missing.map((chart) => chart.meta.id);
}

/** The chapters of one language: each notebook's findings and its figures, numbered, with their files in that language and the cell that made them. */
function chapters(dataset: Dataset, lang: Lang, figuresDir: string, notebookPage: (notebookId: string, cellId: string) => string | null): PageChapter[] {
  const charts = storyCharts(dataset, lang);
  const manifest = new Map(readManifest(path.join(figuresDir, "manifest.json")).figures.map((entry) => [entry.id, entry]));
  return story.map((notebook) => ({
    notebook,
    findings: notebook.findings(dataset),
    figures: notebook.figures.map((figure, index) => {
      const id = figureId(figure.id, lang);
      const files = manifest.get(id)?.files.map((file) => file.name).filter((name) => fs.existsSync(path.join(figuresDir, name))) ?? [];
      return { number: figureNumber(notebook, index), chart: charts.get(id)!, svg: null, files, cellHref: notebookPage(notebook.id, figure.cellId) };
    }),
  }));
}

async function withSvgs(chapterList: PageChapter[]): Promise<PageChapter[]> {
  const svgOf = async (chart: Chart) => (await renderStatic(chart, ["svg"])).svg as string;
  return Promise.all(chapterList.map(async (chapter) => ({ ...chapter, figures: await Promise.all(chapter.figures.map(async (figure) => ({ ...figure, svg: await svgOf(figure.chart) }))) })));
}

function chooserPage(notebookLinks: Array<{ title: string; href: string }>, withPdfs: boolean): string {
  const pdf = (lang: Lang) => (withPdfs ? ` (<a href="${pageName(lang, "pdf")}">PDF</a>)` : "");
  const item = (lang: Lang) => `<li lang="${lang}"><a href="${pageName(lang, "html")}">${escapeHtml(reportText.title[lang])}</a>${pdf(lang)}</li>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(reportText.title.en)}</title>
<style>body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 800px; padding: 24px; color: #222; } li { margin: 8px 0; }</style>
</head>
<body>
<h1>Coalitions of the Syrian war · Koalisi perang Suriah</h1>
<ul>${langs.map(item).join("\n")}</ul>
<h2>The executed notebooks · Notebook yang telah dijalankan</h2>
<ul>${notebookLinks.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.title)}</a></li>`).join("\n")}</ul>
</body>
</html>
`;
}

/**
 * Builds the report in figures/: report.en.html and report.id.html (the notebooks' story in
 * order, charts drawn from allCharts in the page's language), their PDFs printed from the same
 * chapters with static SVGs, and index.html choosing between them. Pages carry no time stamp:
 * the same data and notebooks give the same bytes.
 */
export async function buildReport(dataset: Dataset, options: ReportOptions = {}): Promise<ReportResult> {
  const figuresDir = options.figuresDir ?? paths.figures;
  const notebooks = options.notebooks ?? [];
  // Chromium starts while nbconvert renders the notebooks, and prints both languages.
  const printer = options.pdf !== false ? openPdfPrinter() : undefined;
  try {
    return await buildPages(dataset, figuresDir, notebooks, printer);
  } finally {
    await (await printer?.catch(() => undefined))?.close();
  }
}

/** The report's pages from the notebooks' HTML; PDFs when given a printer. */
async function buildPages(dataset: Dataset, figuresDir: string, notebooks: string[], printer: Promise<PdfPrinter> | undefined): Promise<ReportResult> {
  const notebookDir = path.join(figuresDir, "notebooks");
  const [notebookPages, exported] = await Promise.all([notebooks.length > 0 ? renderNotebooksHtml(notebooks, notebookDir) : [], exportUnlinkedFigures(dataset, figuresDir)]);
  const pageOf = new Map(notebooks.map((notebook, i) => [path.basename(notebook, ".ipynb"), notebookPages[i]!]));
  const pageHtml = new Map<string, string>();
  const notebookPage = (notebookId: string, cellId: string): string | null => {
    const file = pageOf.get(notebookId);
    if (!file) return null;
    if (!pageHtml.has(file)) pageHtml.set(file, fs.readFileSync(file, "utf8"));
    const href = path.relative(figuresDir, file).split(path.sep).join("/");
    return pageHtml.get(file)!.includes(`id="cell-${cellId}"`) ? `${href}#cell-${cellId}` : href;
  };

  const pages = {} as Record<Lang, string>;
  const pdfs: Partial<Record<Lang, string>> = {};
  let figures = 0;
  for (const lang of langs) {
    const chapterList = chapters(dataset, lang, figuresDir, notebookPage);
    figures = chapterList.reduce((sum, chapter) => sum + chapter.figures.length, 0);
    const input = { lang, sources: dataset.sources, claims: dataset.claims, pdfHref: printer ? pageName(lang, "pdf") : null, otherLanguageHref: pageName(otherLang(lang), "html") };
    pages[lang] = path.join(figuresDir, pageName(lang, "html"));
    writeFileAtomic(pages[lang], storyPage({ ...input, mode: "screen", chapters: chapterList }));
    if (printer) {
      pdfs[lang] = path.join(figuresDir, pageName(lang, "pdf"));
      writeFileAtomic(pdfs[lang]!, await (await printer).print(storyPage({ ...input, mode: "print", chapters: await withSvgs(chapterList) })));
    }
  }
  const page = path.join(figuresDir, "index.html");
  const notebookLinks = notebooks.map((notebook, i) => ({ title: notebookTitle(notebook), href: path.relative(figuresDir, notebookPages[i]!).split(path.sep).join("/") }));
  writeFileAtomic(page, chooserPage(notebookLinks, printer !== undefined));
  return { page, pages, pdfs, figures, notebookPages, exported };
}
