import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { paths } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { launchBrowser } from "../../lib/src/render";
import { buildReport, markdownHtml, story, withFixedDates, type ReportResult } from "../../lib/src/report";
import { labels, type Lang } from "../../lib/src/vocabulary";
import { copyOfData, setCell } from "../helpers/data-copy";
import { openOffline } from "../helpers/offline-page";
import { scratchFolder } from "../helpers/scratch-folder";

const dataset = loadDataset();
const langs: Lang[] = ["en", "id"];
const scratch: string[] = [];
after(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A scratch figures folder holding the project's manifest (the figures' file links come from it). */
function figuresFolder(): string {
  const dir = scratchFolder("syria-report-");
  scratch.push(dir);
  fs.copyFileSync(paths.figureManifest, path.join(dir, "manifest.json"));
  return dir;
}

const notebookFiles = () => story.map((notebook) => path.join(paths.notebooks, `${notebook.id}.ipynb`));

/** Text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The first words of a finding as it reads once rendered (Markdown marks gone). */
function firstWords(markdown: string, count = 6): string {
  return visibleText(markdownHtml(markdown)).trim().split(" ").slice(0, count).join(" ");
}

/** Asserts that every needle occurs in `haystack`, each after the one before. */
function assertInOrder(haystack: string, needles: string[], what: string): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    assert.ok(at >= 0, `${what}: "${needle}" is missing, or out of order (looked from offset ${from})`);
    from = at + needle.length;
  }
}

function captions(lang: Lang): string[] {
  const word = lang === "en" ? "Figure" : "Gambar";
  const charts = new Map(allCharts(dataset, lang).map((chart) => [chart.meta.id, chart]));
  return story.flatMap((notebook) =>
    notebook.figures.map((figure, i) => `${word} ${notebook.number}.${i + 1} — ${charts.get(lang === "en" ? figure.id : `${figure.id}-id`)!.meta.title[lang]}`),
  );
}

describe("the report", () => {
  let dir: string;
  let report: ReportResult;
  before(async () => {
    dir = figuresFolder();
    report = await buildReport(dataset, { figuresDir: dir, notebooks: notebookFiles() });
  });

  it("tells the notebooks' story in order, in both languages, every figure captioned with a distinct number and title", () => {
    for (const lang of langs) {
      const html = fs.readFileSync(report.pages[lang], "utf8");
      assertInOrder(html, ['id="overview"', ...story.map((notebook) => `id="chapter-${notebook.id}"`), 'id="sources"'], `${lang} sections`);
      const found = [...visibleText(html).matchAll(/(?:Figure|Gambar) \d+\.\d+ — [^·]+?(?= Sources| Sumber)/g)].map((match) => match[0]);
      assert.deepEqual(found, captions(lang));
      assert.equal(new Set(found.map((caption) => caption.split(" — ")[1])).size, found.length, "two figures share a title");
      assertInOrder(
        visibleText(html),
        story.flatMap((notebook) => notebook.findings(dataset).map((finding) => firstWords(finding[lang]))),
        `${lang} findings`,
      );
    }
    // Both chapters quote the article in Indonesian; only the English one glosses it there (the sources list glosses in both).
    const chapterOne = (lang: Lang) => {
      const html = fs.readFileSync(report.pages[lang], "utf8");
      return html.slice(html.indexOf('id="chapter-01'), html.indexOf('id="chapter-02'));
    };
    assert.ok(chapterOne("id").includes("Sejak Perang Saudara Suriah berkecamuk"));
    assert.ok(!chapterOne("id").includes("Since the civil war broke out, two camps have formed"));
    assert.ok(chapterOne("en").includes("Sejak Perang Saudara Suriah berkecamuk"));
    assert.ok(chapterOne("en").includes("Since the civil war broke out, two camps have formed"));
  });

  it("opens the verdict counts with links into the chapters", () => {
    const html = fs.readFileSync(report.pages.en, "utf8");
    const overview = html.slice(html.indexOf('id="overview"'), html.indexOf('id="chapter-'));
    const supported = dataset.claims.filter((claim) => claim.verdict === "supported").length;
    assert.match(visibleText(overview), new RegExp(`makes ${dataset.claims.length} checkable claims.*${supported} supported`));
    for (const notebook of story) assert.ok(overview.includes(`href="#chapter-${notebook.id}"`), notebook.id);
  });

  it("links each figure to the notebook cell that drew it", () => {
    const html = fs.readFileSync(report.pages.en, "utf8");
    for (const notebook of story) {
      const page = fs.readFileSync(path.join(dir, "notebooks", `${notebook.id}.html`), "utf8");
      for (const figure of notebook.figures) {
        assert.ok(html.includes(`href="notebooks/${notebook.id}.html#cell-${figure.cellId}"`), `${figure.id}: no link to its cell`);
        assert.ok(page.includes(`<div id="cell-${figure.cellId}" class="jp-Cell`), `${notebook.id}.html has no cell ${figure.cellId}`);
      }
    }
  });

  it("opens offline in Chromium in both languages, every figure drawn and no console error", async () => {
    const browser = await launchBrowser();
    try {
      for (const lang of langs) {
        const { page, errors, remote } = await openOffline(browser, report.pages[lang]);
        const expected = story.reduce((sum, notebook) => sum + notebook.figures.length, 0);
        await page.waitForFunction((count) => Array.from(document.querySelectorAll("figure.figure .chart")).filter((chart) => chart.querySelector("svg, canvas")).length === count, expected, { timeout: 30_000 });
        assert.equal(await page.locator("figure.figure").count(), expected);
        assert.deepEqual(errors, [], lang);
        assert.deepEqual(remote, [], lang);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it("prints an A4 PDF per language with every caption and finding in order, figures as vector graphics", () => {
    for (const lang of langs) {
      const pdf = report.pdfs[lang]!;
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      assert.match(info, /Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      assert.match(info, /CreationDate:.*2017/, "the print time is not fixed");
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      const findings = story.map((notebook) => notebook.findings(dataset).map((finding) => firstWords(finding[lang], 4)));
      // Each chapter: its findings, then its figures' captions.
      const expected = story.flatMap((notebook, n) => [...findings[n]!, ...captions(lang).filter((caption) => caption.split(" ")[1]!.startsWith(`${notebook.number}.`))]);
      assertInOrder(text, expected, `${lang} PDF`);
      assert.match(text, / 1 \/ \d+ /, "no page numbers");
      // Charts are drawn as vector graphics, their labels text: an axis title (only charts have one) is selectable.
      assert.ok(text.includes(labels.axes.date[lang]), "chart text is not selectable");
    }
  });

  it("builds byte-identical pages from the same inputs", async () => {
    const again = figuresFolder();
    const second = await buildReport(dataset, { figuresDir: again, notebooks: notebookFiles(), pdf: false });
    for (const lang of langs) assert.ok(fs.readFileSync(second.pages[lang]).equals(fs.readFileSync(report.pages[lang])), `report.${lang}.html differs between two builds`);
    assert.ok(fs.readFileSync(second.page).equals(fs.readFileSync(report.page)));
  });

  it("follows a changed data row into a finding's number", async () => {
    const data = copyOfData();
    scratch.push(data);
    // Iraq's US-led partnership ends before 2017: the article then differs on 2 actors, not 3.
    setCell(data, "alignments.csv", (row) => row.alignment_id === "al-ref-iraq-us_led", "valid_to", "2016-12-31");
    const changed = await buildReport(loadDataset(data), { figuresDir: figuresFolder(), pdf: false });
    const before = visibleText(fs.readFileSync(report.pages.en, "utf8"));
    const afterText = visibleText(fs.readFileSync(changed.pages.en, "utf8"));
    assert.match(before, /place 3 of them differently/);
    assert.match(afterText, /place 2 of them differently/);
    assert.doesNotMatch(afterText, /place 3 of them differently/);
  });
});

describe("the report's pieces", () => {
  it("renders the findings' Markdown escaped: nothing in a data row becomes markup", () => {
    assert.equal(markdownHtml("A **bold** <b>x</b> & *it*\n- one\n- two"), "<p>A <strong>bold</strong> &lt;b&gt;x&lt;/b&gt; &amp; <em>it</em></p>\n<ul><li>one</li><li>two</li></ul>");
    assert.equal(markdownHtml("first\n\nsecond"), "<p>first</p>\n<p>second</p>");
  });

  it("fixes the PDF's dates without moving a byte", () => {
    const pdf = Buffer.from("%PDF-1.4\n<< /CreationDate (D:20261127164103+01'00') /ModDate (D:20261127164103+01'00') >>\nstartxref 42", "latin1");
    const fixed = withFixedDates(pdf);
    assert.equal(fixed.length, pdf.length);
    assert.equal(fixed.toString("latin1"), "%PDF-1.4\n<< /CreationDate (D:20170914000000+00'00') /ModDate (D:20170914000000+00'00') >>\nstartxref 42");
  });

  it("names every chart of the library exactly once, in its notebook's order", () => {
    const named = story.flatMap((notebook) => notebook.figures.map((figure) => figure.id));
    assert.deepEqual([...named].sort(), allCharts(dataset, "en").map((chart) => chart.meta.id).sort());
    assert.deepEqual(story.map((notebook) => notebook.number), [1, 2, 3, 4, 5]);
    for (const notebook of story) {
      const source = JSON.parse(fs.readFileSync(path.join(paths.notebooks, `${notebook.id}.ipynb`), "utf8")) as { cells: Array<{ id: string; source: string[] }> };
      const order = notebook.figures.map((figure) => source.cells.findIndex((cell) => cell.id === figure.cellId));
      assert.ok(order.every((index, i) => index > 0 && (i === 0 || index > order[i - 1]!)), `${notebook.id}: figure cells missing or out of order`);
      for (const [i, figure] of notebook.figures.entries()) {
        assert.match(source.cells[order[i]!]!.source.join(""), /Chart\(nb\.dataset/, `${notebook.id} cell ${figure.cellId} (${figure.id}) builds no chart`);
      }
      for (const id of notebook.paragraphs) assert.ok(dataset.sources.some((row) => row.source_id === id && row.kind === "article_paragraph"), id);
    }
  });
});
