import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { preloadedModules } from "../../lib/src/render/jupyter-preload";
import { startNotebookBrowser, type NotebookBrowser } from "./notebook-server";

// A notebook with no chart: whatever chart script the page holds, it loaded ahead of any chart.
const noChart = JSON.stringify({
  cells: [{ cell_type: "markdown", id: "intro", metadata: {}, source: "# No chart yet" }],
  metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (syria-coalitions)", language: "typescript" } },
  nbformat: 4,
  nbformat_minor: 5,
});

let notebooks: NotebookBrowser;
before(async () => {
  notebooks = await startNotebookBrowser({ "no-chart.ipynb": noChart }, { width: 1000, height: 700 });
});
after(() => notebooks?.close());

test("a notebook page of the project's server loads the scripts of the project's charts ahead of the first chart, not the full plotly.js", async () => {
  await notebooks.onPage("no-chart.ipynb", async (page) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.waitForFunction(
      (modules) => modules.every((module) => (window as unknown as { requirejs: { defined(name: string): boolean } }).requirejs.defined(module)),
      preloadedModules,
      { timeout: 60_000, polling: 100 },
    );
    // Each is the module a chart output asks require.js for: a Plotly chart gets the project's bundle.
    const drawn = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const target = document.createElement("div");
          document.body.appendChild(target);
          (window as unknown as { requirejs(modules: string[], done: (plotly: { newPlot(t: HTMLElement, d: unknown): Promise<unknown> }) => void, fail: (e: Error) => void): void }).requirejs(
            ["plotly-project"],
            (plotly) => void plotly.newPlot(target, [{ type: "bar", x: [1, 2], y: [3, 4] }]).then(() => resolve(target.querySelectorAll(".main-svg .trace").length), reject),
            reject,
          );
        }),
    );
    assert.equal(drawn, 1);
    const requested = (await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name))).map((url) => path.basename(new URL(url).pathname));
    assert.ok(requested.includes("plotly-project.min.js"));
    assert.ok(!requested.includes("plotly.min.js"), "the full plotly.js is left to figures that need it");
    assert.deepEqual(errors, []);
  });
});
