import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { testBrowser } from "../helpers/browser";
import { openOffline } from "../helpers/offline-page";
import { readManifest } from "../../lib/src/export/manifest";
import { buildReport } from "../../lib/src/report";
import { runNotebooks, type NotebookResult } from "../../lib/src/runner";
import { scratchFolder } from "../helpers/scratch-folder";

const dataset = loadDataset();

/** Runs every notebook of notebooks/ into a scratch folder, figures included, leaving the project's files alone. */
async function runAll(parameters: Record<string, string>): Promise<{ dir: string; figures: string; results: NotebookResult[] }> {
  const dir = scratchFolder("syria-notebooks-");
  const figures = path.join(dir, "figures");
  const previous = process.env.SYRIA_FIGURES_DIR;
  process.env.SYRIA_FIGURES_DIR = figures; // the kernels inherit it: exportFigure writes there
  try {
    const results = await runNotebooks([], { outDir: path.join(dir, "notebooks"), parameters });
    return { dir, figures, results };
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

describe("the analysis notebooks, in English (the default)", () => {
  let run: Awaited<ReturnType<typeof runAll>>;
  before(async () => {
    run = await runAll({});
  });

  it("all five run top to bottom without an error", (t) => {
    assert.equal(run.results.length, 5);
    assert.equal(failures(run.results), "");
    for (const result of run.results) t.diagnostic(`${path.basename(result.notebook)}: ${result.seconds.toFixed(1)} s`);
  });

  it("export every chart of the library, each with its files", () => {
    const manifest = readManifest(path.join(run.figures, "manifest.json"));
    const ids = manifest.figures.map((figure) => figure.id).sort();
    assert.deepEqual(ids, allCharts(dataset, "en").map((chart) => chart.meta.id).sort());
    for (const figure of manifest.figures) {
      assert.match(figure.madeBy, /^notebooks\/0\d-[a-z0-9-]+\.ipynb$/);
      for (const file of figure.files) assert.equal(fs.statSync(path.join(run.figures, file.name)).size, file.bytes);
    }
  });

  describe("the report", () => {
    let report: Awaited<ReturnType<typeof buildReport>>;
    before(async () => {
      // The PDFs are the report test's business (test/report); here the executed notebooks feed the pages.
      report = await buildReport(dataset, { notebooks: run.results.map((result) => result.output), figuresDir: run.figures, pdf: false });
    });

    it("draws every figure offline, with no console error", async () => {
      // The English page draws the English figures (the report adds the Indonesian ones its other page links).
      const expected = readManifest(path.join(run.figures, "manifest.json")).figures.filter((figure) => figure.lang === "en").length;
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
      assert.ok(fs.existsSync(path.join(run.figures, "notebooks", "vendor", "plotly.min.js")));
    });
  });
});

describe("the analysis notebooks with --param lang=id", () => {
  let run: Awaited<ReturnType<typeof runAll>>;
  before(async () => {
    run = await runAll({ lang: "id" });
  });
  after(() => fs.rmSync(run.dir, { recursive: true, force: true }));

  it("export every figure with its Indonesian title", () => {
    assert.equal(failures(run.results), "");
    const manifest = readManifest(path.join(run.figures, "manifest.json"));
    assert.equal(manifest.figures.length, allCharts(dataset, "id").length);
    for (const figure of manifest.figures) {
      assert.equal(figure.lang, "id");
      assert.match(figure.id, /-id$/);
      const svg = fs.readFileSync(path.join(run.figures, `${figure.id}.svg`), "utf8");
      const firstWords = figure.title.id.split(" ").slice(0, 3).join(" ");
      assert.ok(svg.includes(firstWords), `${figure.id}.svg lacks "${firstWords}"`);
    }
  });
});
