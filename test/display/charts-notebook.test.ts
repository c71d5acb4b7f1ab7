import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { paths } from "../../lib/src/config/paths";
import { copyScriptsForExportedHtml, launchBrowser } from "../../lib/src/render";
import { jupyterPython, projectJupyterEnv } from "../../lib/src/config/jupyter";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder } from "../runner/fixtures";

// The charts fixture runs once; its outputs are checked as saved, then drawn in a browser:
// the interactive HTML must draw offline both where scripts load through require.js
// (classic Notebook 6) and where they load by plain <script> tags (HTML export).
const folder = temporaryFolder();
let browser: Browser;
let executed: string;

before(async () => {
  const [launched, [result]] = await Promise.all([launchBrowser(), runNotebooks([fixture("charts")], { outDir: folder, prepare: false, timeoutSeconds: 120 })]);
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
  assert.match(join(plotly["text/html"]), /plotly\.min\.js/);

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
  assert.equal(await page.getByText("Could not draw the chart").count(), 0);
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
  // Signatures go to a throw-away data folder; kernel specs and scripts still come from JUPYTER_PATH.
  const env = { ...projectJupyterEnv(), JUPYTER_DATA_DIR: path.join(folder, "data"), JUPYTER_RUNTIME_DIR: path.join(folder, "runtime") };
  assert.equal(spawnSync(jupyterPython, ["-m", "nbformat.sign", path.join(notebookDir, "charts.ipynb")], { env }).status, 0);
  // Notebook refuses to run as root (CI containers) without this flag.
  const rootFlag = process.getuid?.() === 0 ? ["--allow-root"] : [];
  const port = 18_000 + (process.pid % 1000);
  const server = spawn(jupyterPython, ["-m", "notebook", "--no-browser", "--ip=127.0.0.1", `--port=${port}`, "--NotebookApp.token=test", `--notebook-dir=${notebookDir}`, ...rootFlag], { env, stdio: "ignore" });
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${port}/notebooks/charts.ipynb?token=test`;
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(url);
        break;
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await expectChartsDrawn(page);
    assert.deepEqual(errors.filter((message) => /define|require/i.test(message)), []);
  } finally {
    server.kill("SIGTERM");
  }
});

test("the scripts are served from the project-local Jupyter folder, not the user's", () => {
  assert.ok(fs.existsSync(path.join(paths.jupyterData, "nbextensions", "syria-coalitions", "plotly.min.js")));
});
