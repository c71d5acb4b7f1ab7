import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { testBrowser } from "../helpers/browser";
import { openOffline } from "../helpers/offline-page";
import { readManifest, type Manifest } from "../../lib/src/export/manifest";
import { buildReport } from "../../lib/src/report";
import { runNotebooks, type NotebookResult } from "../../lib/src/runner";
import { scratchFolder } from "../helpers/scratch-folder";

const dataset = loadDataset();
const dir = scratchFolder("syria-notebooks-");
/**
 * Both languages' runs export into this one folder, as `npm run notebooks` with and without
 * --param lang=id both export into figures/: the report built from it then finds every figure
 * it links, and exports none of them again.
 */
const figures = path.join(dir, "figures");
const manifestFile = path.join(figures, "manifest.json");

/** Runs every notebook of notebooks/ into the scratch folder, figures included, leaving the project's files alone. */
async function runAll(parameters: Record<string, string>, outDir: string, jobs?: number): Promise<NotebookResult[]> {
  const previous = process.env.SYRIA_FIGURES_DIR;
  process.env.SYRIA_FIGURES_DIR = figures; // the kernels inherit it: exportFigure writes there
  try {
    return await runNotebooks([], { outDir: path.join(dir, outDir), parameters, jobs });
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

let english: NotebookResult[];
/** The manifest as the English run left it, before the Indonesian run added its figures. */
let englishManifest: Manifest;
let indonesian: NotebookResult[];

before(async () => {
  english = await runAll({}, "notebooks");
  englishManifest = readManifest(manifestFile);
  // The Indonesian run's cells are the English run's, which the conversion cache keeps, plus the
  // injected parameters cell, the same in all five notebooks: run one at a time, the first
  // notebook's kernel type-checks it and the others find it kept (two at once would both check it).
  indonesian = await runAll({ lang: "id" }, "notebooks-id", 1);
});

describe("the analysis notebooks, in English (the default)", () => {
  it("all five run top to bottom without an error", (t) => {
    assert.equal(english.length, 5);
    assert.equal(failures(english), "");
    for (const result of english) t.diagnostic(`${path.basename(result.notebook)}: ${result.seconds.toFixed(1)} s`);
  });

  it("export every chart of the library, each with its files", () => {
    const ids = englishManifest.figures.map((figure) => figure.id).sort();
    assert.deepEqual(ids, allCharts(dataset, "en").map((chart) => chart.meta.id).sort());
    for (const figure of englishManifest.figures) {
      assert.match(figure.madeBy, /^notebooks\/0\d-[a-z0-9-]+\.ipynb$/);
      for (const file of figure.files) assert.equal(fs.statSync(path.join(figures, file.name)).size, file.bytes);
    }
  });
});

describe("the analysis notebooks with --param lang=id", () => {
  it("export every figure with its Indonesian title", () => {
    assert.equal(failures(indonesian), "");
    const manifest = readManifest(manifestFile);
    const englishIds = new Set(englishManifest.figures.map((figure) => figure.id));
    // The English run's entries are left as they were: the Indonesian run's are all new.
    assert.deepEqual(manifest.figures.filter((figure) => englishIds.has(figure.id)), englishManifest.figures);
    const added = manifest.figures.filter((figure) => !englishIds.has(figure.id));
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
    report = await buildReport(dataset, { notebooks: english.map((result) => result.output), figuresDir: figures, pdf: false });
  });

  it("finds every figure it links exported by the notebooks", () => {
    assert.deepEqual(report.exported, []);
  });

  it("draws every figure offline, with no console error", async () => {
    // The English page draws the English figures (the Indonesian ones are its other page's).
    const expected = readManifest(manifestFile).figures.filter((figure) => figure.lang === "en").length;
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
