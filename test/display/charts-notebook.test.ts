import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { paths } from "../../lib/src/config/paths";
import { chartScripts, copyScriptsForExportedHtml } from "../../lib/src/render";
import { testBrowser } from "../helpers/browser";
import { jupyterPython, projectJupyterEnv } from "../../lib/src/config/jupyter";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder } from "../runner/fixtures";
import { openNotebookPage, startNotebookServer } from "./notebook-server";

// The charts fixture runs once; its outputs are checked as saved, then drawn in a browser:
// the interactive HTML must draw offline both where scripts load through require.js
// (classic Notebook 6) and where they load by plain <script> tags (HTML export).
const folder = temporaryFolder();
let browser: Browser;
let executed: string;

before(async () => {
  const [launched, [result]] = await Promise.all([testBrowser(), runNotebooks([fixture("charts")], { outDir: folder, prepare: false, timeoutSeconds: 120 })]);
  browser = launched;
  assert.equal(result.ok, true, result.failure?.message);
  executed = result.output;
});
after(() => browser?.close());

test("a notebook importing the lib shows Plotly and Vega-Lite charts and a table as full MIME bundles", () => {
  const cells = codeCells(readNotebook(executed));
  const bundle = (index: number) => {
    assert.equal(cells[index].outputs.length, 1, streamText(cells[index], "stderr"));
    return (cells[index].outputs[0] as { data: Record<string, unknown> }).data;
  };
  const join = (value: unknown) => [value].flat().join("");

  const plotly = bundle(1);
  assert.deepEqual(Object.keys(plotly).sort(), ["application/vnd.plotly.v1+json", "image/svg+xml", "text/html", "text/plain"]);
  assert.match(join(plotly["image/svg+xml"]), /^<svg[\s\S]*Actors per camp[\s\S]*<\/svg>/);
  assert.match(join(plotly["text/html"]), /plotly-project\.min\.js/);
  const image = /<img src="data:image\/svg\+xml,([^"]*)"/.exec(join(plotly["text/html"]));
  assert.equal(image && decodeURIComponent(image[1]!), join(plotly["image/svg+xml"]), "the HTML shows the static SVG until the chart is drawn");

  const vegaLite = bundle(2);
  assert.deepEqual(Object.keys(vegaLite).sort(), ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/html", "text/plain"]);
  assert.match(join(vegaLite["image/svg+xml"]), /^<svg[\s\S]*government[\s\S]*<\/svg>/);

  const table = bundle(3);
  assert.match(join(table["text/html"]), /<table class="dataframe"><caption>Actors per camp<\/caption>/);
  assert.match(join(table["text/plain"]), /government\s+3/);
  assert.ok(!cells.some((cell) => /node backend/.test(streamText(cell, "stderr") + streamText(cell, "stdout"))), "no tfjs banner");
  assert.ok(fs.statSync(executed).size < 300_000, "the saved notebook stays small");
});

async function expectChartsDrawn(page: Page): Promise<void> {
  await page.locator(".js-plotly-plot .main-svg").first().waitFor({ timeout: 30_000 });
  await page.locator(".vega-embed svg, .vega-embed canvas").first().waitFor({ timeout: 30_000 });
  // Each interactive chart took the place of its static image.
  await page.waitForFunction(() => document.querySelectorAll("img[src^='data:image/svg+xml']").length === 0, null, { timeout: 30_000 });
}

test("chart outputs draw in an HTML export, from vendor/ next to the page, with no network", async () => {
  const htmlFolder = path.join(folder, "html");
  const exported = spawnSync(jupyterPython, ["-m", "nbconvert", "--to", "html", "--output-dir", htmlFolder, executed], { env: projectJupyterEnv(), encoding: "utf8" });
  assert.equal(exported.status, 0, exported.stderr);
  copyScriptsForExportedHtml(htmlFolder);
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  await page.goto(`file://${path.join(htmlFolder, "charts.html")}`);
  await expectChartsDrawn(page);
  await context.close();
});

test("chart outputs draw in classic Notebook 6 (require.js) from the project's nbextensions folder", async () => {
  const notebookDir = path.join(folder, "server");
  fs.mkdirSync(notebookDir);
  fs.copyFileSync(executed, path.join(notebookDir, "charts.ipynb"));
  const server = await startNotebookServer(notebookDir, folder);
  try {
    server.sign("charts.ipynb");
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await openNotebookPage(page, server, "charts.ipynb");
    await expectChartsDrawn(page);
    assert.deepEqual(errors.filter((message) => /define|require/i.test(message)), []);
  } finally {
    await server.stop();
  }
});

test("the scripts are served from the project-local Jupyter folder, not the user's, as the vendored bundles", () => {
  const served = path.join(paths.jupyterData, "nbextensions", "syria-coalitions");
  assert.ok(served.startsWith(paths.root + path.sep), "inside the project");
  for (const script of chartScripts) {
    assert.ok(fs.readFileSync(path.join(served, script.file)).equals(fs.readFileSync(script.source)), `${script.file} is the ${script.module} bundle the project vendors or builds`);
  }
});
