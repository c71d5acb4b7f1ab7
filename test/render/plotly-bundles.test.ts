import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { allCharts, asChart } from "../../lib/src/charts";
import { installedVersion, paths, vendorScripts } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { copyScriptsForExportedHtml, notebookChartHtml } from "../../lib/src/render";
import { fitsProjectPlotlyBundle, plotlyTraceTypes, projectPlotlyTraceTypes } from "../../lib/src/render/plotly-bundles";
import type { Chart, PlotlyChart } from "../../lib/src/vocabulary";
import { testBrowser } from "../helpers/browser";
import { temporaryFolder } from "../runner/fixtures";

const dataset = loadDataset();
const libraryPlotlyCharts = (["en", "id"] as const).flatMap((lang) => allCharts(dataset, lang)).filter((chart): chart is PlotlyChart => chart.library === "plotly");
/** The trace types the chart builders emit over the dataset, from their output. */
const emittedTypes = [...new Set(libraryPlotlyCharts.flatMap((chart) => plotlyTraceTypes(chart.figure)))].sort();

let browser: Browser;
before(async () => {
  browser = await testBrowser();
});
after(() => browser?.close());

type PlotlyGlobal = { version: string; PlotSchema: { get(): { traces: Record<string, unknown> } }; newPlot(target: HTMLElement, data: unknown, layout: unknown): Promise<unknown> };

/** A blank page with `bundles` loaded as plain scripts (their globals, no require.js). */
async function pageWith(...bundles: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><body></body>");
  for (const bundle of bundles) await page.addScriptTag({ path: bundle });
  return page;
}

test("the project's Plotly bundle registers exactly the trace types the library's chart builders emit, and draws every Plotly chart of the library", async () => {
  assert.deepEqual([...projectPlotlyTraceTypes].sort(), emittedTypes, "projectPlotlyTraceTypes lists what the builders emit, no more");
  for (const chart of libraryPlotlyCharts) assert.ok(fitsProjectPlotlyBundle(chart.figure), `${chart.meta.id} (${chart.meta.lang}) loads the project's bundle`);
  const page = await pageWith(vendorScripts.plotlyProject);
  try {
    const registered = await page.evaluate(() => Object.keys((window as unknown as { PlotlyProject: PlotlyGlobal }).PlotlyProject.PlotSchema.get().traces));
    for (const type of emittedTypes) assert.ok(registered.includes(type), `the bundle registers ${type}`);
    assert.ok(!registered.includes("pie"), "and is a partial bundle");
    for (const chart of libraryPlotlyCharts) {
      const drawn = await page.evaluate(async ({ data, layout }) => {
        const target = document.createElement("div");
        document.body.replaceChildren(target);
        await (window as unknown as { PlotlyProject: PlotlyGlobal }).PlotlyProject.newPlot(target, data, layout);
        // Every trace drew a group of its own in its layer (a sunburst, a bar, a heatmap...).
        return target.querySelectorAll(".main-svg .trace").length;
      }, { data: chart.figure.data, layout: chart.figure.layout });
      assert.ok(drawn >= 1, `${chart.meta.id} (${chart.meta.lang}) drew its traces`);
    }
  } finally {
    await page.close();
  }
});

test("which bundle a figure loads: the project's only when every trace is of its types and needs no module it leaves out", () => {
  const fits = (data: object[], layout: object = {}) => fitsProjectPlotlyBundle({ data, layout } as PlotlyChart["figure"]);
  assert.equal(fits([{ x: [1], y: [2] }]), true, "a trace without type is a scatter");
  assert.equal(fits([{ type: "bar", x: [1], y: [2] }, { type: "heatmap", z: [[1]] }]), true);
  assert.equal(fits([{ type: "bar", x: [1], y: [2] }, { type: "pie", values: [1] }]), false, "one trace of another type");
  assert.equal(fits([{ type: "scatter3d", x: [1], y: [2], z: [3] }]), false);
  assert.equal(fits([{ type: "bar", x: [1], y: [2], transforms: [{ type: "filter" }] }]), false, "transforms");
  assert.equal(fits([{ type: "scatter", x: [1], y: [2], xcalendar: "chinese" }]), false, "a world calendar on a trace");
  assert.equal(fits([{ type: "scatter", x: [1], y: [2] }], { xaxis: { calendar: "coptic" } }), false, "a world calendar on an axis");
  assert.equal(fits([{ type: "bar", x: ["calendar\":"], y: [2] }]), true, "a label is not a key");
});

/** A page of chart outputs as Notebook shows them, with the scripts in vendor/ beside it; require.js first when asked. */
function outputsPage(folder: string, charts: Chart[], withRequireJs: boolean): string {
  copyScriptsForExportedHtml(folder);
  const requireJs = "/usr/lib/python3/dist-packages/notebook/static/components/requirejs/require.js";
  const outputs = charts.map((chart, index) => notebookChartHtml(chart, `chart-${index}`)).join("\n");
  const file = path.join(folder, withRequireJs ? "with-require.html" : "plain.html");
  fs.writeFileSync(file, `<!doctype html><meta charset="utf-8">${withRequireJs ? `<script src="${pathToFileURL(requireJs).href}"></script>` : ""}<body>${outputs}</body>`);
  return file;
}

test("a page holding a library chart and a figure of another trace type draws each, with the project's bundle and the full one", async () => {
  const folder = temporaryFolder();
  const own = asChart({ data: [{ type: "pie", labels: ["government", "opposition"], values: [3, 5] }], layout: { width: 400, height: 300 } });
  const library = libraryPlotlyCharts.find((chart) => chart.meta.lang === "en")!;
  const context = await browser.newContext({ offline: true });
  try {
    // One page, given each version of the outputs in turn.
    const page = await context.newPage();
    let errors: string[] = [];
    let loaded: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("requestfinished", (request) => loaded.push(path.basename(new URL(request.url()).pathname)));
    for (const withRequireJs of [false, true]) {
      errors = [];
      loaded = [];
      await page.goto(pathToFileURL(outputsPage(folder, [library, own], withRequireJs)).href);
      await page.locator("#chart-0 .main-svg .trace").first().waitFor({ timeout: 30_000 });
      await page.locator("#chart-1 .pielayer .trace").first().waitFor({ timeout: 30_000 });
      assert.deepEqual(errors, [], withRequireJs ? "through require.js" : "by <script> tags");
      assert.ok(loaded.includes("plotly-project.min.js") && loaded.includes("plotly.min.js"), `each bundle loaded: ${loaded.join(", ")}`);
    }
  } finally {
    await context.close();
  }
  fs.rmSync(folder, { recursive: true, force: true });
});

test("plotly.js and plotly.js-dist-min are pinned to one exact version, installed at it, and the project's bundle is built from it", async () => {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const source = read(path.join(paths.root, "package.json")).devDependencies?.["plotly.js"];
  const full = read(path.join(paths.root, "lib", "package.json")).dependencies?.["plotly.js-dist-min"];
  assert.match(source ?? "", /^\d+\.\d+\.\d+$/, "plotly.js pinned exactly");
  assert.equal(full, source, "plotly.js-dist-min pinned to the same version");
  assert.equal(installedVersion("plotly.js"), source);
  assert.equal(installedVersion("plotly.js-dist-min"), source);
  assert.ok(fs.readFileSync(vendorScripts.plotlyProject, "utf8").startsWith(`/* plotly.js ${source} `), "the bundle names the version it was built from");
  // One page for both: each bundle has a global of its own.
  const page = await pageWith(vendorScripts.plotlyProject, vendorScripts.plotly);
  const versions = await page.evaluate(() => [(window as unknown as { PlotlyProject: PlotlyGlobal }).PlotlyProject.version, (window as unknown as { Plotly: PlotlyGlobal }).Plotly.version]);
  await page.close();
  assert.deepEqual(versions, [source, source], "both bundles report that version in the browser");
  const { matchingPlotlyVersion } = (await import(pathToFileURL(path.join(paths.root, "lib", "setup", "plotly-bundle.mjs")).href)) as { matchingPlotlyVersion(source: string, full: string): string };
  assert.equal(matchingPlotlyVersion("2.35.3", "2.35.3"), "2.35.3");
  assert.throws(() => matchingPlotlyVersion("2.35.3", "3.0.1"), /plotly\.js 2\.35\.3 .* plotly\.js-dist-min 3\.0\.1 .*pin both/, "the set-up refuses to build from differing versions");
});
