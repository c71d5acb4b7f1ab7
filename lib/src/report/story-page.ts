import { verdictOrder, verdictTally } from "../analysis/claim-counts";
import type { Claim, Source } from "../datasets/tables";
import type { Finding } from "../findings";
import { drawChartsScript, escapeHtml, inlineChartScripts } from "../render";
import { formatDate, labels, reportText, type Chart, type Lang } from "../vocabulary";
import { citation } from "./citation";
import { markdownHtml } from "./markdown";
import { paragraphGlossEn, type StoryNotebook } from "./story";

/** One figure as the report shows it. */
export interface PageFigure {
  /** "3.2" */
  number: string;
  chart: Chart;
  /** The chart's static SVG: drawn in place of the interactive chart on the print page. */
  svg: string | null;
  /** Exported files of the figure, relative to the page. */
  files: string[];
  /** The notebook page (and cell) that made it, relative to the page. */
  cellHref: string | null;
}

/** One chapter of the report page: a notebook of the story, its findings in the page's language and its figures. */
export interface PageChapter {
  notebook: StoryNotebook;
  findings: Finding[];
  figures: PageFigure[];
}

/** Everything one report page shows: language, mode, the chapters, and the sources and claims it cites. */
export interface StoryPageInput {
  lang: Lang;
  /** "screen": interactive charts, the chart libraries inlined; "print": the static SVGs, for the PDF. */
  mode: "screen" | "print";
  sources: readonly Source[];
  claims: readonly Claim[];
  chapters: PageChapter[];
  /** The PDF of this page, relative to the page; null when none is printed (the page then links none). */
  pdfHref: string | null;
  /** The page in the other language, relative to the page. */
  otherLanguageHref: string;
}

const text = (key: keyof typeof reportText, lang: Lang) => reportText[key][lang];
const chapterAnchor = (notebook: StoryNotebook) => `chapter-${notebook.id}`;
const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** Sources in the order the page first cites them: each chapter's paragraphs, then its figures'. */
function citedSources(chapters: PageChapter[]): string[] {
  const ids = chapters.flatMap((chapter) => [...chapter.notebook.paragraphs, ...chapter.figures.flatMap((figure) => figure.chart.meta.sourceIds)]);
  return [...new Set(ids)];
}

/**
 * Several SVGs in one page share one id space: Plotly names every figure's clip paths alike.
 * Prefixing each figure's ids keeps every url(#…) pointing into its own figure.
 */
function withOwnIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`).replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

function verdictCounts(claims: readonly Claim[], lang: Lang): string {
  return verdictTally(claims)
    .map((count) => `${count.claims} ${escapeHtml(labels.verdicts[count.verdict][lang])}`)
    .join(" · ");
}

function overview(input: StoryPageInput): string {
  const { lang, claims, sources, chapters } = input;
  const paragraphOf = new Map(sources.map((source) => [source.source_id, source.paragraph]));
  const rows = chapters.map(({ notebook }) => {
    const ofChapter = claims.filter((claim) => notebook.paragraphs.includes(claim.source_id));
    const cells = verdictTally(ofChapter).map((count) => `<td>${count.claims}</td>`).join("");
    const paragraphs = notebook.paragraphs.map((id) => `¶${paragraphOf.get(id) ?? "?"}`).join(", ");
    return `<tr><td><a href="#${chapterAnchor(notebook)}">${notebook.number} · ${escapeHtml(notebook.title[lang])}</a></td><td>${paragraphs}</td>${cells}</tr>`;
  });
  const checked = chapters.find((chapter) => chapter.notebook.id === "05-claims-check")?.notebook;
  return `<section class="overview" id="overview">
<h2>${escapeHtml(text("overview", lang))}</h2>
<p>${escapeHtml(text("overviewLead", lang).replace("{claims}", String(claims.length)))} <strong>${verdictCounts(claims, lang)}</strong>${checked ? ` (<a href="#${chapterAnchor(checked)}">${escapeHtml(text("chapter", lang))} ${checked.number}</a>)` : ""}.</p>
<table>
<caption>${escapeHtml(text("overviewTable", lang))}</caption>
<thead><tr><th>${escapeHtml(text("chapter", lang))}</th><th>${escapeHtml(text("paragraphs", lang))}</th>${verdictOrder.map((verdict) => `<th>${escapeHtml(labels.verdicts[verdict][lang])}</th>`).join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table>
</section>`;
}

function figureHtml(figure: PageFigure, mode: StoryPageInput["mode"], lang: Lang, sourceNumber: Map<string, number>): string {
  const { meta } = figure.chart;
  const anchor = `figure-${meta.id}`;
  const body = mode === "print" && figure.svg !== null ? withOwnIds(figure.svg, anchor) : `<div class="chart-target" id="chart-${escapeHtml(meta.id)}"></div>`;
  const refs = [...meta.sourceIds]
    .sort((a, b) => sourceNumber.get(a)! - sourceNumber.get(b)!)
    .map((id) => `<a href="#${sourceAnchor(id)}">[${sourceNumber.get(id)}]</a>`)
    .join(" ");
  const fileLabel = (file: string) => (file.endsWith(".html") ? text("interactivePage", lang) : file.split(".").pop()!.toUpperCase());
  const files = figure.files.map((file) => `<a href="${escapeHtml(file)}">${escapeHtml(fileLabel(file))}</a>`).join(" · ");
  const caption = meta.caption ? `\n<span class="caption">${escapeHtml(meta.caption[lang])}</span>` : "";
  const cell = figure.cellHref ? ` · <a href="${escapeHtml(figure.cellHref)}">${escapeHtml(text("notebookCell", lang))}</a>` : "";
  return `<figure class="figure" id="${escapeHtml(anchor)}">
<div class="chart">${body}</div>
<figcaption><strong>${escapeHtml(text("figure", lang))} ${figure.number} — ${escapeHtml(meta.title[lang])}</strong>${caption}
<span class="meta">${escapeHtml(text("sources", lang))}: ${refs}${files ? ` · ${escapeHtml(text("files", lang))}: ${files}` : ""}${cell}</span></figcaption>
</figure>`;
}

function chapterHtml(chapter: PageChapter, input: StoryPageInput, sourceNumber: Map<string, number>): string {
  const { lang } = input;
  const { notebook } = chapter;
  const sources = new Map(input.sources.map((source) => [source.source_id, source]));
  const quotes = notebook.paragraphs.map((id) => {
    const source = sources.get(id);
    const gloss = lang === "en" && paragraphGlossEn[id] ? `<p class="gloss">${escapeHtml(paragraphGlossEn[id]!)}</p>` : "";
    return `<blockquote><p lang="id">${escapeHtml(source?.text ?? id)}</p>${gloss}<footer><a href="#${sourceAnchor(id)}">${escapeHtml(text("paragraph", lang))} ${source?.paragraph ?? "?"}</a></footer></blockquote>`;
  });
  return `<section class="chapter" id="${chapterAnchor(notebook)}">
<h2>${notebook.number} · ${escapeHtml(notebook.title[lang])}</h2>
<p class="question"><strong>${escapeHtml(text("question", lang))}.</strong> ${escapeHtml(notebook.question[lang])}</p>
<h3>${escapeHtml(text("article", lang))}</h3>
${quotes.join("\n")}
<h3>${escapeHtml(text("findings", lang))}</h3>
<ul class="findings">${chapter.findings.map((finding) => `<li>${markdownHtml(finding[lang])}</li>`).join("\n")}</ul>
${chapter.figures.map((figure) => figureHtml(figure, input.mode, lang, sourceNumber)).join("\n")}
</section>`;
}

function sourcesHtml(ids: string[], input: StoryPageInput): string {
  const { lang } = input;
  const sources = new Map(input.sources.map((source) => [source.source_id, source]));
  const items = ids.map((id) => {
    const source = sources.get(id);
    if (!source) return `<li id="${sourceAnchor(id)}"><code>${escapeHtml(id)}</code> (${escapeHtml(text("notInSources", lang))})</li>`;
    // The article is in Indonesian: only the English page glosses its paragraphs.
    const gloss = source.text_gloss_en ?? (lang === "en" ? paragraphGlossEn[id] : undefined) ?? null;
    const quote = source.text ? `<q>${escapeHtml(source.text)}</q>` : "";
    const glossHtml = gloss ? ` <span class="gloss">(${escapeHtml(text("gloss", lang))}: ${escapeHtml(gloss)})</span>` : "";
    const read = source.read_at ? ` <span class="meta">${escapeHtml(text("readAt", lang))} ${escapeHtml(source.read_at)}${source.read_on ? ` ${escapeHtml(text("readOn", lang))} ${escapeHtml(formatDate(source.read_on, lang))}` : ""}</span>` : "";
    return `<li id="${sourceAnchor(id)}">${escapeHtml(citation(source, lang))} <code>${escapeHtml(id)}</code>${quote ? `<br>${quote}` : ""}${glossHtml}${read}</li>`;
  });
  return `<section class="sources" id="sources">
<h2>${escapeHtml(text("sources", lang))}</h2>
<p>${escapeHtml(text("sourcesLead", lang))}</p>
<ol>${items.join("\n")}</ol>
</section>`;
}

const style = `
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.05em; }
blockquote { margin: 0.6em 0; padding: 0.2em 1em; border-left: 3px solid #bbb; } blockquote p { margin: 0.3em 0; }
.gloss { color: #444; font-style: italic; } .caption { display: block; margin: 0.2em 0; } .meta { color: #555; font-size: 0.9em; display: block; }
.figure { margin: 1.5em 0; break-inside: avoid; page-break-inside: avoid; }
.chart { overflow-x: auto; } .chart svg { max-width: 100%; height: auto; }
figcaption { margin-top: 0.4em; }
table { border-collapse: collapse; margin: 0.6em 0; } th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; } caption { text-align: left; font-size: 0.9em; color: #555; }
.sources li { margin: 6px 0; word-break: break-word; } .sources q { color: #333; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .chapter { break-before: page; } .sources { break-before: page; }
  .chart { overflow: visible; } a { color: inherit; text-decoration: none; }
}
`;

/** The report page in one language: opening, one chapter per notebook, the sources. Same input, same bytes. */
export function storyPage(input: StoryPageInput): string {
  const { lang } = input;
  const sourceIds = citedSources(input.chapters);
  const sourceNumber = new Map(sourceIds.map((id, i) => [id, i + 1]));
  const charts = input.mode === "screen" ? input.chapters.flatMap((chapter) => chapter.figures.map((figure) => ({ elementId: `chart-${figure.chart.meta.id}`, chart: figure.chart }))) : [];
  const pdfLead = input.pdfHref === null ? "" : ` ${escapeHtml(text("pdfLead", lang)).replace("{pdf}", `<a href="${escapeHtml(input.pdfHref)}">${escapeHtml(input.pdfHref)}</a>`)}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(text("title", lang))}</title>
<style>${style}</style>
${charts.length > 0 ? inlineChartScripts(charts.map((item) => item.chart)) : ""}
</head>
<body>
<h1>${escapeHtml(text("title", lang))}</h1>
<p>${escapeHtml(text("lead", lang))}${pdfLead} <a href="${escapeHtml(input.otherLanguageHref)}">${escapeHtml(text("otherLanguage", lang))}</a>.</p>
${overview(input)}
${input.chapters.map((chapter) => chapterHtml(chapter, input, sourceNumber)).join("\n")}
${sourcesHtml(sourceIds, input)}
${charts.length > 0 ? drawChartsScript(charts) : ""}
</body>
</html>
`;
}
