import type { ManifestEntry } from "../export/manifest";
import { drawChartsScript, escapeHtml, inlineChartScripts } from "../render";
import type { Chart, Lang } from "../vocabulary";

/** One figure of the report: its manifest entry, the chart to draw (or its static SVG), and its citations. */
export interface ReportFigure {
  entry: ManifestEntry;
  /** The exported chart (<id>.json); when absent the static SVG is shown. */
  chart: Chart | null;
  svg: string | null;
  /** Citations of the sources behind the figure, in manifest order. */
  citations: string[];
  /** Link to the rendered notebook that made the figure, if a notebook did. */
  notebookHref: string | null;
}

export interface ReportNotebook {
  title: string;
  href: string;
}

function linkify(text: string): string {
  return escapeHtml(text).replace(/(https?:\/\/[^\s<]+[^\s<.,;)])/g, '<a href="$1">$1</a>');
}

function figureSection(figure: ReportFigure, lang: Lang): string {
  const { entry } = figure;
  const title = escapeHtml(entry.title[entry.lang] ?? entry.title[lang]);
  const files = entry.files.map((file) => `<a href="${escapeHtml(file.name)}">${escapeHtml(file.name.split(".").pop()!.toUpperCase())}</a>`).join(" · ");
  const madeBy = figure.notebookHref ? `<a href="${escapeHtml(figure.notebookHref)}">${escapeHtml(entry.madeBy)}</a>` : escapeHtml(entry.madeBy);
  const body = figure.chart ? `<div class="chart" id="chart-${escapeHtml(entry.id)}"></div>` : `<div class="chart static">${figure.svg ?? "<em>No drawable file was exported for this figure.</em>"}</div>`;
  return `<section class="figure" id="${escapeHtml(entry.id)}">
<h2>${title}</h2>
${body}
<p class="meta">Figure <code>${escapeHtml(entry.id)}</code> · made by ${madeBy} · data: ${entry.tables.map((table) => `<code>${escapeHtml(table)}</code>`).join(", ")} · files: ${files}</p>
<details><summary>Sources (${figure.citations.length})</summary><ol>${figure.citations.map((text) => `<li>${linkify(text)}</li>`).join("")}</ol></details>
</section>`;
}

/**
 * The report: one self-contained offline page with every exported figure
 * (interactive, the chart libraries inlined once), its caption and sources, and
 * links to the executed notebooks.
 */
export function reportPage(figures: ReportFigure[], notebooks: ReportNotebook[], lang: Lang = "en"): string {
  const charts = figures.flatMap((figure) => (figure.chart ? [{ elementId: `chart-${figure.entry.id}`, chart: figure.chart }] : []));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Coalitions of the Syrian war: figures</title>
<style>
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 0; }
.figure { border-top: 1px solid #ddd; padding: 24px 0; }
.chart { overflow-x: auto; }
.meta { color: #555; font-size: 0.9em; }
details { font-size: 0.9em; } li { margin: 2px 0; word-break: break-word; }
nav ul { columns: 2; }
</style>
${inlineChartScripts(charts.map((item) => item.chart))}
</head>
<body>
<h1>Coalitions of the Syrian war: figures</h1>
<p>Every figure exported by the notebooks, with the sources of the data it shows. The datasets are in <code>data/</code>; each row cites a paragraph of the article or an external reference. This page works offline.</p>
<nav>
<h2>Notebooks</h2>
<ul>${notebooks.map((notebook) => `<li><a href="${escapeHtml(notebook.href)}">${escapeHtml(notebook.title)}</a></li>`).join("")}</ul>
<h2>Figures (${figures.length})</h2>
<ul>${figures.map((figure) => `<li><a href="#${escapeHtml(figure.entry.id)}">${escapeHtml(figure.entry.title[figure.entry.lang])}</a></li>`).join("")}</ul>
</nav>
${figures.map((figure) => figureSection(figure, lang)).join("\n")}
${drawChartsScript(charts)}
</body>
</html>
`;
}
