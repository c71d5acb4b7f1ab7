import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { paths } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { testBrowser } from "../helpers/browser";
import { readManifest } from "../../lib/src/export";
import { buildReport, markdownHtml, story, withFixedDates, type ReportResult } from "../../lib/src/report";
import { labels, reportText, type Lang } from "../../lib/src/vocabulary";
import { copyOfData, setCell } from "../helpers/data-copy";
import { openOffline } from "../helpers/offline-page";
import { scratchFolder } from "../helpers/scratch-folder";

const dataset = loadDataset();
const langs: Lang[] = ["en", "id"];
const scratch: string[] = [];
after(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/**
 * A scratch figures folder holding a figures folder's manifest and the files it lists that are
 * there (by default the project's: the figures' file links come from it; the report exports
 * any figure whose files are missing, such as the git-ignored interactive pages of a fresh checkout).
 */
function figuresFolder(from = paths.figures): string {
  const dir = scratchFolder("syria-report-");
  scratch.push(dir);
  fs.copyFileSync(path.join(from, "manifest.json"), path.join(dir, "manifest.json"));
  for (const entry of readManifest(path.join(from, "manifest.json")).figures) {
    for (const file of entry.files) if (fs.existsSync(path.join(from, file.name))) fs.copyFileSync(path.join(from, file.name), path.join(dir, file.name));
  }
  return dir;
}

/** Every link of an HTML page that does not resolve: a file missing beside the page, or an #anchor its target page lacks. */
function brokenLinks(page: string): string[] {
  const html = fs.readFileSync(page, "utf8").replace(/<script[\s\S]*?<\/script>/g, "");
  const hrefs = [...html.matchAll(/\bhref="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
  assert.ok(hrefs.length > 0, `${page} links nothing`);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...fs.readFileSync(file, "utf8").matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]!)));
    return ids.get(file)!;
  };
  return hrefs.filter((href) => {
    if (/^[a-z]+:/i.test(href)) return true; // the report is read offline: it links only its own files
    const [file, anchor] = href.split("#") as [string, string | undefined];
    const target = file === "" ? page : path.resolve(path.dirname(page), decodeURIComponent(file));
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) return true;
    return anchor !== undefined && !(target.endsWith(".html") && idsOf(target).has(anchor));
  });
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
    notebook.figures.map((figure, i) => {
      const { meta } = charts.get(lang === "en" ? figure.id : `${figure.id}-id`)!;
      return `${word} ${notebook.number}.${i + 1} — ${meta.title[lang]}${meta.caption ? ` ${meta.caption[lang]}` : ""}`;
    }),
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

  it("writes the Indonesian page in Indonesian: citations, round outcomes, captions and link labels", () => {
    const page = fs.readFileSync(report.pages.id, "utf8");
    const id = visibleText(page);
    // The sources list quotes each source in its own language: the page's own words are everything before it.
    const ownWords = visibleText(page.slice(0, page.indexOf('id="sources"')));
    const en = visibleText(fs.readFileSync(report.pages.en, "utf8"));
    assert.ok(id.includes("Artikel (komentar berbahasa Indonesia, 2017), paragraf 11"));
    assert.ok(en.includes("Article (Indonesian commentary, 2017), paragraph 11"));
    for (const english of ["Article (Indonesian commentary", "ringkasan berbahasa Inggris", "English gloss", "(interactive)", "The report in English"]) assert.ok(!id.includes(english), `report.id.html shows "${english}"`);
    for (const [key, words] of Object.entries(reportText) as Array<[string, Record<Lang, string>]>) {
      const english = new RegExp(`\\b${words.en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
      if (words.en !== words.id && words.en.length > 3 && !words.en.includes("{")) assert.doesNotMatch(ownWords, english, `report.id.html shows the English of reportText.${key}`);
    }
    const astana6 = dataset.talkRounds.find((round) => round.round_id === "astana-06")!;
    assert.ok(id.includes(astana6.key_outcome_ind) && !id.includes(astana6.key_outcome_en), "the Indonesian page states Astana 6's outcome in Indonesian");
    assert.ok(en.includes(astana6.key_outcome_en));
    // The slider figure says what its static images show, in the page's language.
    assert.ok(id.includes("PDF dan gambar ekspor menampilkan 9 Juli 2017 (artikel ¶3: Gencatan senjata Suriah barat daya mulai berlaku"));
    assert.ok(en.includes("The PDF and the exported images show 9 July 2017 (article ¶3: South-west Syria ceasefire takes effect"));
    // Dates of the sources list in the reader's words.
    assert.match(id, /dibaca di \S+ .*pada \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
    assert.ok(id.includes("HTML (interaktif)"));
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

  it("links only what is there: every href and #anchor of both pages and of the chooser resolves", () => {
    for (const page of [report.pages.en, report.pages.id, report.page]) assert.deepEqual(brokenLinks(page), [], page);
    for (const lang of langs) {
      const html = fs.readFileSync(report.pages[lang], "utf8");
      // Every figure links its own language's files, its interactive page among them.
      for (const notebook of story) {
        for (const figure of notebook.figures) {
          const id = lang === "en" ? figure.id : `${figure.id}-id`;
          for (const ext of ["svg", "png", "pdf", "html", "json"]) assert.ok(html.includes(`href="${id}.${ext}"`), `report.${lang}.html does not link ${id}.${ext}`);
        }
      }
      assert.ok(html.includes(`href="report.${lang}.pdf"`) && html.includes(`href="report.${lang === "en" ? "id" : "en"}.html"`));
    }
  });

  it("exports a figure whose files are missing, in the language that links it, and links no PDF it did not print", async () => {
    const dir = figuresFolder(report.pages.en.replace(/[^/]+$/, ""));
    fs.rmSync(path.join(dir, "coalition-structure-id.html"));
    const entry = () => readManifest(path.join(dir, "manifest.json")).figures.find((figure) => figure.id === "coalition-structure-id");
    const before = entry();
    const again = await buildReport(dataset, { figuresDir: dir, pdf: false });
    assert.deepEqual(again.exported, ["coalition-structure-id"]);
    // Its lost page written back as it was: the manifest entry keeps its origin, its bytes and its time.
    assert.deepEqual(entry(), before);
    assert.ok(fs.existsSync(path.join(dir, "coalition-structure-id.html")));
    for (const page of [again.pages.en, again.pages.id, again.page]) assert.deepEqual(brokenLinks(page), [], page);
    assert.ok(!fs.readFileSync(again.pages.id, "utf8").includes("report.id.pdf"));
    assert.ok(!fs.readFileSync(again.page, "utf8").includes(".pdf"));
  });

  it("opens offline in Chromium in both languages, every figure drawn and no console error", async () => {
    const browser = await testBrowser();
    try {
      // One page, given the second language's file once the first is checked.
      const { page, errors, remote } = await openOffline(browser, report.pages[langs[0]!]);
      for (const lang of langs) {
        if (lang !== langs[0]) {
          errors.length = 0;
          remote.length = 0;
          await page.goto(`file://${report.pages[lang]}`);
        }
        const expected = story.reduce((sum, notebook) => sum + notebook.figures.length, 0);
        await page.waitForFunction((count) => Array.from(document.querySelectorAll("figure.figure .chart")).filter((chart) => chart.querySelector("svg, canvas")).length === count, expected, { timeout: 30_000 });
        assert.equal(await page.locator("figure.figure").count(), expected);
        assert.deepEqual(errors, [], lang);
        assert.deepEqual(remote, [], lang);
      }
      await page.close();
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
    const again = figuresFolder(dir);
    const second = await buildReport(dataset, { figuresDir: again, notebooks: notebookFiles() });
    for (const lang of langs) assert.ok(fs.readFileSync(second.pages[lang]).equals(fs.readFileSync(report.pages[lang])), `report.${lang}.html differs between two builds`);
    assert.ok(fs.readFileSync(second.page).equals(fs.readFileSync(report.page)));
  });

  it("follows a changed data row into a finding's number", async () => {
    const data = copyOfData();
    scratch.push(data);
    // Iraq's US-led partnership ends before 2017: the article then differs on 2 actors, not 3.
    setCell(data, "alignments.csv", (row) => row.alignment_id === "al-ref-iraq-us_led", "valid_to", "2016-12-31");
    setCell(data, "alignments.csv", (row) => row.alignment_id === "al-ref-iraq-us_led", "end_status", "ended");
    const changed = await buildReport(loadDataset(data), { figuresDir: figuresFolder(dir), pdf: false });
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
