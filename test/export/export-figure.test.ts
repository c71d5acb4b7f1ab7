import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { allCharts } from "../../lib/src/charts";
import { type Chart, type VegaLiteChart } from "../../lib/src/vocabulary";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer, exportFigure, FigureExportError, readManifest, type ExportResult } from "../../lib/src/export";
import { testBrowser } from "../helpers/browser";
import { paths } from "../../lib/src/config/paths";
import { scratchFolder } from "../helpers/scratch-folder";

const charts = allCharts(loadDataset());

function tempDir(): string {
  return scratchFolder("figures-test-");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Width and height attributes of an SVG's root. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return { width: Number(/\swidth="([\d.]+)/.exec(root)![1]), height: Number(/\sheight="([\d.]+)/.exec(root)![1]) };
}

/** Where two files part, with the bytes around it: enough to see what moved when a rerun is not identical. */
function firstDifference(first: Buffer, second: Buffer): string {
  let at = 0;
  while (at < first.length && at < second.length && first[at] === second[at]) at++;
  const around = (file: Buffer) => JSON.stringify(file.subarray(Math.max(0, at - 60), at + 60).toString("latin1"));
  return `${first.length} and ${second.length} bytes, first different at byte ${at}: ${around(first)} then ${around(second)}`;
}

/** Text of the chart that must appear in every rendering: its title (XML-escaped as in SVG). */
function titleOf(chart: Chart): string {
  return chart.meta.title[chart.meta.lang].replace(/&/g, "&amp;").replace(/'/g, "&#39;");
}

describe("exportFigure", () => {
  const outDir = tempDir();
  const results = new Map<string, ExportResult>();
  let browser: Browser;
  // One offline page for every chart's checks, each HTML file opened in turn: a page per check
  // (a renderer process, and plotly.js or vega compiled anew) cost Chromium 2 CPU seconds a chart.
  let page: Page;
  /** URLs off the file system the page asked for since the last check reset it. */
  let requested: string[] = [];

  before(async () => {
    for (const chart of charts) {
      results.set(chart.meta.id, await exportFigure(chart, { madeBy: "test/export/export-figure.test.ts", outDir }));
    }
    browser = await testBrowser();
    const context = await browser.newContext({ offline: true });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      requested.push(url);
      return route.abort();
    });
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await closeRenderer();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  for (const chart of charts) {
    describe(`${chart.meta.id} (${chart.library})`, () => {
      const file = (extension: string) => path.join(outDir, `${chart.meta.id}.${extension}`);

      it("writes an SVG that parses as XML and contains the chart's title", async () => {
        const svg = fs.readFileSync(file("svg"), "utf8");
        const parsed = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "image/svg+xml");
          return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.nodeName };
        }, svg);
        assert.equal(parsed.error, null);
        assert.equal(parsed.root, "svg");
        const plainText = svg.replace(/&#39;/g, "'").replace(/&amp;/g, "&");
        assert.ok(svg.includes(titleOf(chart)) || plainText.includes(chart.meta.title[chart.meta.lang]), "title in the SVG");
      });

      it("writes a PNG at twice the SVG's size", () => {
        const svg = svgSize(fs.readFileSync(file("svg"), "utf8"));
        assert.deepEqual(pngSize(fs.readFileSync(file("png"))), { width: Math.round(svg.width * 2), height: Math.round(svg.height * 2) });
      });

      it("writes a one-page PDF", () => {
        const pdf = fs.readFileSync(file("pdf"));
        assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
        assert.equal(pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length, 1);
      });

      it("writes a standalone HTML page that draws the chart offline", async () => {
        const html = fs.readFileSync(file("html"), "utf8");
        assert.ok(!/<script[^>]+src=/i.test(html), "no external scripts");
        requested = [];
        await page.goto(`file://${file("html")}`);
        const marks = chart.library === "plotly" ? "#chart svg.main-svg path, #chart svg.main-svg text" : "#chart svg g.mark-rect path, #chart svg [class*='mark-'] path, #chart svg [class*='mark-'] line";
        await page.waitForSelector(marks, { state: "attached", timeout: 10_000 });
        assert.ok((await page.locator(marks).count()) > 0);
        assert.deepEqual(requested, [], "no network requests");
      });

      it("records the figure in the manifest", () => {
        const entry = readManifest(path.join(outDir, "manifest.json")).figures.find((figure) => figure.id === chart.meta.id);
        assert.ok(entry);
        assert.deepEqual(entry.title, chart.meta.title);
        assert.deepEqual(entry.tables, chart.meta.tables);
        assert.deepEqual(entry.sourceIds, chart.meta.sourceIds);
        assert.equal(entry.madeBy, "test/export/export-figure.test.ts");
        assert.deepEqual(entry.files.map((f) => f.name), ["svg", "png", "pdf", "html", "json"].map((ext) => `${chart.meta.id}.${ext}`));
        for (const recorded of entry.files) {
          assert.equal(recorded.bytes, fs.statSync(path.join(outDir, recorded.name)).size);
          assert.match(recorded.sha256, /^[0-9a-f]{64}$/);
        }
        assert.deepEqual(entry.files, results.get(chart.meta.id)!.files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })));
      });

      it("writes the chart itself as JSON, for the report and other tools", () => {
        const saved = JSON.parse(fs.readFileSync(path.join(outDir, `${chart.meta.id}.json`), "utf8"));
        assert.deepEqual(saved, JSON.parse(JSON.stringify(chart)));
      });
    });
  }

  it("keeps every figure in the manifest, sorted by id", () => {
    const ids = readManifest(path.join(outDir, "manifest.json")).figures.map((figure) => figure.id);
    assert.deepEqual(ids, charts.map((chart) => chart.meta.id).sort());
  });

  it("is deterministic: a second export, by another render service drawing every chart anew, gives byte-identical SVG, PNG, PDF and JSON files and the same manifest entries", async () => {
    const secondDir = tempDir();
    // A service of its own, on an empty cache: the run's service would answer from the files of
    // the charts it drew, and compare a drawing with itself.
    const emptyCache = tempDir();
    const exportAll = `
      const { allCharts } = require("./lib/src/charts");
      const { loadDataset } = require("./lib/src/datasets");
      const { closeRenderer, exportFigure } = require("./lib/src/export");
      const { stopRenderService } = require("./lib/src/render/static");
      (async () => {
        try {
          for (const chart of allCharts(loadDataset())) await exportFigure(chart, { madeBy: "test/export/export-figure.test.ts", outDir: ${JSON.stringify(secondDir)}, formats: ["svg", "png", "pdf", "json"] });
        } finally {
          await closeRenderer();
          await stopRenderService();
        }
      })().catch((error) => { console.error(error); process.exitCode = 1; });`;
    try {
      const exported = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "-e", exportAll], { cwd: paths.root, env: { ...process.env, SYRIA_CACHE_DIR: emptyCache }, stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stderr }));
      });
      assert.equal(exported.code, 0, exported.stderr);
      assert.ok(fs.readdirSync(path.join(emptyCache, "renders")).length > 0, "the second service drew into its own cache");
      for (const chart of charts) {
        for (const extension of ["svg", "png", "pdf", "json"]) {
          const name = `${chart.meta.id}.${extension}`;
          const [again, first] = [path.join(secondDir, name), path.join(outDir, name)].map((file) => fs.readFileSync(file));
          assert.ok(again.equals(first), `${name} differs: ${firstDifference(first, again)}`);
        }
      }
      const withoutHtml = (dir: string) => readManifest(path.join(dir, "manifest.json")).figures.map((entry) => ({ ...entry, files: entry.files.filter((f) => !f.name.endsWith(".html")) }));
      assert.deepEqual(withoutHtml(secondDir), withoutHtml(outDir));
    } finally {
      fs.rmSync(secondDir, { recursive: true, force: true });
      fs.rmSync(emptyCache, { recursive: true, force: true });
    }
  });

  it("a failed export names the figure and why, and leaves the previous files and manifest intact", async () => {
    const chart = charts.find((c): c is VegaLiteChart => c.library === "vega-lite")!;
    const broken = { ...chart, spec: { ...chart.spec, vconcat: undefined, hconcat: undefined, facet: undefined, spec: undefined, layer: undefined, mark: "no-such-mark" } } as unknown as Chart;
    const before = fs.readFileSync(path.join(outDir, `${chart.meta.id}.svg`));
    const manifestBefore = fs.readFileSync(path.join(outDir, "manifest.json"));
    await assert.rejects(exportFigure(broken, { madeBy: "test", outDir }), (error: unknown) => {
      assert.ok(error instanceof FigureExportError);
      assert.match(error.message, new RegExp(`"${chart.meta.id}"`));
      assert.match(error.message, /failed: \S/, "says why");
      return true;
    });
    assert.ok(fs.readFileSync(path.join(outDir, `${chart.meta.id}.svg`)).equals(before));
    assert.ok(fs.readFileSync(path.join(outDir, "manifest.json")).equals(manifestBefore));
    assert.deepEqual(fs.readdirSync(outDir).filter((name) => name.endsWith(".tmp")), [], "no temporary files left");
  });

  it("exports an analyst's bare Plotly figure and Vega-Lite spec, deriving id and title, and records the description", async () => {
    const ownDir = tempDir();
    try {
      const plotly = await exportFigure({ data: [{ type: "bar", x: ["Astana", "Geneva"], y: [2, 1] }], layout: { title: { text: "Rounds in 2017" } } }, { outDir: ownDir, formats: ["svg", "json"], sourceIds: ["art-p03"], tables: ["talk_rounds"] });
      const vega = await exportFigure({ mark: "bar", data: { values: [{ track: "Astana", rounds: 2 }] }, encoding: { x: { field: "track", type: "nominal" }, y: { field: "rounds", type: "quantitative" } } }, { outDir: ownDir, formats: ["svg"], id: "my-rounds", title: { en: "My rounds", id: "Putaran saya" }, lang: "id" });
      assert.deepEqual([plotly.id, vega.id], ["rounds-in-2017", "my-rounds"]);
      assert.match(fs.readFileSync(path.join(ownDir, "rounds-in-2017.svg"), "utf8"), /Rounds in 2017/);
      assert.match(fs.readFileSync(path.join(ownDir, "my-rounds.svg"), "utf8"), /^<svg/);
      const saved = JSON.parse(fs.readFileSync(path.join(ownDir, "rounds-in-2017.json"), "utf8")) as Chart;
      assert.equal(saved.library, "plotly");
      const manifest = readManifest(path.join(ownDir, "manifest.json"));
      const entries = new Map(manifest.figures.map((entry) => [entry.id, entry]));
      assert.deepEqual(
        { madeBy: entries.get("rounds-in-2017")?.madeBy, sourceIds: entries.get("rounds-in-2017")?.sourceIds, tables: entries.get("rounds-in-2017")?.tables },
        { madeBy: "interactive session", sourceIds: ["art-p03"], tables: ["talk_rounds"] },
      );
      await assert.rejects(exportFigure({ data: [] }, { outDir: ownDir, sourceIds: ["art-p03", "no-such-source"] }), /unknown source id "no-such-source".*sources\.csv/);
      assert.deepEqual({ title: entries.get("my-rounds")?.title, lang: entries.get("my-rounds")?.lang }, { title: { en: "My rounds", id: "Putaran saya" }, lang: "id" });
    } finally {
      fs.rmSync(ownDir, { recursive: true, force: true });
    }
  });
});
