import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { paths } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { testBrowser } from "../helpers/browser";
import { openOffline } from "../helpers/offline-page";
import { readManifest, type Manifest } from "../../lib/src/export/manifest";
import { buildReport } from "../../lib/src/report";
import { runNotebooks, type NotebookResult } from "../../lib/src/runner";
import { scratchFolder } from "../helpers/scratch-folder";
import { codeCells, readNotebook } from "../runner/fixtures";

const dataset = loadDataset();
// The README's walkthrough is this notebook: it must run in both languages and export what it says.
const example = path.join(paths.notebooks, "examples", "your-own-analysis.ipynb");
const exampleMadeBy = "notebooks/examples/your-own-analysis.ipynb";
const dir = scratchFolder("syria-notebooks-");
/**
 * Both languages' runs export into this one folder, as `npm run notebooks` with and without
 * --param lang=id both export into figures/: the report built from it then finds every figure
 * it links, and exports none of them again.
 */
const figures = path.join(dir, "figures");
const manifestFile = path.join(figures, "manifest.json");

interface Run {
  /** The five analysis notebooks' results. */
  analyses: NotebookResult[];
  example: NotebookResult;
}

/**
 * Runs every notebook of notebooks/ and the worked example into the scratch folder, figures
 * included, leaving the project's files alone: one run per language for all six, in this one
 * test process.
 */
async function runAll(parameters: Record<string, string>, outDir: string, jobs?: number): Promise<Run> {
  const previous = process.env.SYRIA_FIGURES_DIR;
  process.env.SYRIA_FIGURES_DIR = figures; // the kernels inherit it: exportFigure writes there
  try {
    const results = await runNotebooks([path.join(paths.notebooks, "*.ipynb"), example], { outDir: path.join(dir, outDir), parameters, jobs });
    return { analyses: results.filter((result) => result.notebook !== example), example: results.find((result) => result.notebook === example)! };
  } finally {
    if (previous === undefined) delete process.env.SYRIA_FIGURES_DIR;
    else process.env.SYRIA_FIGURES_DIR = previous;
  }
}

function failures(results: NotebookResult[]): string {
  return results
    .filter((result) => !result.ok)
    .map((result) => `${path.basename(result.notebook)}: ${JSON.stringify(result.failure)}`)
    .join("\n");
}

let english: Run;
/** The manifest as the English run left it, before the Indonesian run added its figures. */
let englishManifest: Manifest;
let indonesian: Run;
const byAnalyses = (manifest: Manifest) => manifest.figures.filter((figure) => figure.madeBy !== exampleMadeBy);

before(async () => {
  english = await runAll({}, "notebooks");
  englishManifest = readManifest(manifestFile);
  // The Indonesian run's cells are the English run's, which the conversion cache keeps, plus the
  // injected parameters cell, the same in the five analysis notebooks: run one at a time, the first
  // one's kernel type-checks it and the other four find it kept (two at once would both check it).
  indonesian = await runAll({ lang: "id" }, "notebooks-id", 1);
});

describe("the analysis notebooks, in English (the default)", () => {
  it("all five run top to bottom without an error", (t) => {
    assert.equal(english.analyses.length, 5);
    assert.equal(failures(english.analyses), "");
    for (const result of english.analyses) t.diagnostic(`${path.basename(result.notebook)}: ${result.seconds.toFixed(1)} s`);
  });

  it("export every chart of the library, each with its files", () => {
    const ids = byAnalyses(englishManifest).map((figure) => figure.id).sort();
    assert.deepEqual(ids, allCharts(dataset, "en").map((chart) => chart.meta.id).sort());
    for (const figure of byAnalyses(englishManifest)) {
      assert.match(figure.madeBy, /^notebooks\/0\d-[a-z0-9-]+\.ipynb$/);
      for (const file of figure.files) assert.equal(fs.statSync(path.join(figures, file.name)).size, file.bytes);
    }
  });
});

describe("the analysis notebooks with --param lang=id", () => {
  it("export every figure with its Indonesian title", () => {
    assert.equal(failures(indonesian.analyses), "");
    const manifest = readManifest(manifestFile);
    const englishIds = new Set(englishManifest.figures.map((figure) => figure.id));
    // The English run's entries are left as they were: the Indonesian run's are all new.
    assert.deepEqual(manifest.figures.filter((figure) => englishIds.has(figure.id)), englishManifest.figures);
    const added = byAnalyses(manifest).filter((figure) => !englishIds.has(figure.id));
    assert.equal(added.length, allCharts(dataset, "id").length);
    for (const figure of added) {
      assert.equal(figure.lang, "id");
      assert.match(figure.id, /-id$/);
      const svg = fs.readFileSync(path.join(figures, `${figure.id}.svg`), "utf8");
      const firstWords = figure.title.id.split(" ").slice(0, 3).join(" ");
      assert.ok(svg.includes(firstWords), `${figure.id}.svg lacks "${firstWords}"`);
    }
  });
});

describe("the report of the English notebooks", () => {
  let report: Awaited<ReturnType<typeof buildReport>>;
  before(async () => {
    // The PDFs are the report test's business (test/report); here the executed notebooks feed the pages.
    report = await buildReport(dataset, { notebooks: english.analyses.map((result) => result.output), figuresDir: figures, pdf: false });
  });

  it("finds every figure it links exported by the notebooks", () => {
    assert.deepEqual(report.exported, []);
  });

  it("draws every figure offline, with no console error", async () => {
    // The English page draws the English figures (the Indonesian ones are its other page's).
    const expected = byAnalyses(readManifest(manifestFile)).filter((figure) => figure.lang === "en").length;
    const browser = await testBrowser();
    try {
      const { page, errors, remote } = await openOffline(browser, report.pages.en);
      await page.waitForFunction((count) => Array.from(document.querySelectorAll(".figure .chart")).filter((chart) => chart.querySelector("svg")).length === count, expected, { timeout: 30_000 });
      assert.equal(await page.locator(".figure").count(), expected);
      assert.deepEqual(errors, []);
      assert.deepEqual(remote, []);
    } finally {
      await browser.close();
    }
  });

  it("links every notebook's HTML page, with its charts' scripts beside it", () => {
    const html = fs.readFileSync(report.page, "utf8") + fs.readFileSync(report.pages.en, "utf8");
    assert.equal(report.notebookPages.length, 5);
    for (const notebookPage of report.notebookPages) {
      assert.ok(html.includes(`href="notebooks/${path.basename(notebookPage)}"`));
      assert.doesNotMatch(fs.readFileSync(notebookPage, "utf8"), /<script[^>]+src="https?:/);
    }
    assert.ok(fs.existsSync(path.join(figures, "notebooks", "vendor", "plotly.min.js")));
  });
});

describe("the worked example", () => {
  it("runs in English and in Indonesian", () => {
    assert.equal(english.example.ok, true, JSON.stringify(english.example.failure));
    assert.equal(indonesian.example.ok, true, JSON.stringify(indonesian.example.failure));
  });

  it("exports its own Plotly and Vega-Lite figures in both languages, with their maker, table and sources", () => {
    const roundSources = [...new Set(dataset.talkRounds.map((round) => round.source_id))].sort();
    const entries = readManifest(manifestFile).figures;
    const expected = {
      "example-days-per-city": { en: "Days of talks per city", lang: "en" },
      "example-days-per-city-id": { en: "Hari perundingan per kota", lang: "id" },
      "example-rounds-per-year": { en: "Rounds of talks per year", lang: "en" },
      "example-rounds-per-year-id": { en: "Putaran perundingan per tahun", lang: "id" },
    } as const;
    // Its figures are those the analysis notebooks do not make (whose ids the library's charts name).
    const analysesIds = new Set([...allCharts(dataset, "en"), ...allCharts(dataset, "id")].map((chart) => chart.meta.id));
    const manifest = new Map(entries.filter((entry) => !analysesIds.has(entry.id)).map((entry) => [entry.id, entry]));
    assert.deepEqual([...manifest.keys()].sort(), Object.keys(expected).sort());
    for (const [id, { en: title, lang }] of Object.entries(expected)) {
      const entry = manifest.get(id)!;
      assert.equal(entry.madeBy, exampleMadeBy);
      assert.equal(entry.lang, lang);
      assert.deepEqual(entry.tables, ["talk_rounds"]);
      assert.deepEqual(entry.sourceIds, roundSources);
      assert.deepEqual(entry.files.map((file) => path.extname(file.name)).sort(), [".html", ".json", ".pdf", ".png", ".svg"]);
      assert.ok(fs.readFileSync(path.join(figures, `${id}.svg`), "utf8").includes(title), `${id}.svg shows its title`);
    }
  });

  it("its finding names the city with the most days of talks, as counted from the data", () => {
    const days = new Map<string, number>();
    for (const round of dataset.talkRounds) {
      const length = (Date.parse(round.end_date) - Date.parse(round.start_date)) / 86_400_000 + 1;
      days.set(round.city, (days.get(round.city) ?? 0) + length);
    }
    const [busiest, most] = [...days].sort((a, b) => b[1] - a[1])[0];
    const findings = codeCells(readNotebook(english.example.output))
      .flatMap((cell) => cell.outputs)
      .map((output) => [(output as { data?: Record<string, unknown> }).data?.["text/markdown"] ?? ""].flat().join(""))
      .join("\n");
    assert.match(findings, new RegExp(`${busiest} hosted the most days of talks: ${most} days`));
  });

  it("the committed notebook holds the outputs of its current code (rerun it when you change it)", () => {
    assert.equal(fs.readFileSync(english.example.output, "utf8"), fs.readFileSync(example, "utf8"));
  });
});
