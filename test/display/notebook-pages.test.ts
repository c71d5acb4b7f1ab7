/**
 * The project's notebooks as a reader sees them in classic Notebook 6, served by the project's
 * Notebook server and read in a 1280 px window (the output area is then 978 px wide). Each page
 * is opened once, and everything it shows is checked on it.
 *
 * Charts: untrusted (as after a clone, a download or a copy), every chart output shows its
 * static image, whole and unscaled, and no placeholder; signed, every chart is drawn
 * interactively in place of its image. Both fit the output area without a scrollbar.
 *
 * Tables, untrusted (Jupyter's sanitiser then removes every style), in the committed notebooks
 * and in a notebook holding a 30-column table of long text: no table output is wider than the
 * output area without a scrollbar, no row is taller than a line, and cut text keeps its whole
 * text on hover. Set TABLE_SCREENSHOTS to a folder to keep a screenshot of each table output.
 *
 * Chart scripts: a page loads those of the project's charts ahead of its first chart (checked on
 * the page of the wide table, which holds no chart).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { paths } from "../../lib/src/config/paths";
import { tableBundle } from "../../lib/src/display/table-bundle";
import { preloadedModules } from "../../lib/src/render/jupyter-preload";
import { parseNotebook } from "../../lib/src/runner/notebook-format";
import { codeCells } from "../runner/fixtures";
import { startNotebookBrowser, type NotebookBrowser } from "./notebook-server";

const committed = fs.readdirSync(paths.notebooks).filter((file) => file.endsWith(".ipynb")).sort();
const wide = "wide-long-text-table.ipynb";
/** Each notebook the test opens, by file name: the committed ones and the wide table. */
const notebooks: Record<string, string> = Object.fromEntries(committed.map((notebook) => [notebook, fs.readFileSync(path.join(paths.notebooks, notebook), "utf8")]));
const viewport = { width: 1280, height: 900 };
/** A row of one line is 26.5 px at Notebook's 12 px table font, of two lines 40.5 px: every row is to be one line. */
const maxRowHeight = 34;

/** How many saved outputs of a served notebook hold `mimeType` (with `content` in its text, if given). */
function outputsHolding(notebook: string, mimeType: string, content?: string): number {
  return codeCells(parseNotebook(notebooks[notebook]!))
    .flatMap((cell) => cell.outputs)
    .filter((output) => {
      const data = (output as { data?: Record<string, unknown> }).data?.[mimeType];
      return data !== undefined && (content === undefined || [data].flat().join("").includes(content));
    }).length;
}

/** How many chart outputs the saved notebook holds: display data carrying a static SVG. */
const chartOutputs = (notebook: string) => outputsHolding(notebook, "image/svg+xml");
/** How many table outputs the saved notebook holds: HTML holding a dataframe table. */
const tableOutputs = (notebook: string) => outputsHolding(notebook, "text/html", 'class="dataframe"');

/** Whether Notebook trusts the open notebook: it then runs the scripts of its outputs. */
function isTrusted(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { Jupyter: { notebook: { trusted: boolean } } }).Jupyter.notebook.trusted);
}

interface ChartBox {
  /** What the output shows: the static image or the drawn chart. */
  kind: "image" | "interactive";
  /** The chart's own size (the image's, or the drawn SVG's width and height attributes), and the size it is shown at. */
  ownWidth: number;
  ownHeight: number;
  width: number;
  height: number;
  /** Width of the output area's content box, and how wide its content is (a scrollbar when wider). */
  available: number;
  scrollWidth: number;
  clientWidth: number;
}

/** Each chart output of the page, in order: what it shows and how it is laid out. */
function chartBoxes(page: Page): Promise<ChartBox[]> {
  return page.$$eval(".output_subarea", (areas) =>
    areas.flatMap((area) => {
      const image = area.querySelector<HTMLImageElement>("img[src^='data:image/svg+xml']");
      const drawn = area.querySelector(".js-plotly-plot svg.main-svg, .vega-embed svg.marks");
      if (!image && !drawn) return [];
      const style = getComputedStyle(area);
      const shown = (drawn ?? image)!.getBoundingClientRect();
      return [{
        kind: drawn ? ("interactive" as const) : ("image" as const),
        ownWidth: drawn ? Number(drawn.getAttribute("width")) : image!.naturalWidth,
        ownHeight: drawn ? Number(drawn.getAttribute("height")) : image!.naturalHeight,
        width: shown.width,
        height: shown.height,
        available: area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        scrollWidth: area.scrollWidth,
        clientWidth: area.clientWidth,
      }];
    }),
  );
}

/** The chart fits: shown whole at its own size, within the output area, with no scrollbar. */
function assertFits(box: ChartBox, which: string): void {
  assert.ok(box.ownWidth >= 400 && box.ownHeight >= 200, `a chart of non-trivial size, ${which}`);
  assert.ok(box.ownWidth <= box.available, `narrower than the output area, ${which}`);
  assert.equal(Math.round(box.width), box.ownWidth, `shown at its own size, not scaled down, ${which}`);
  assert.ok(box.scrollWidth <= box.clientWidth, `no horizontal scrollbar, ${which}`);
}

const longText =
  "Russia, Turkey and Iran set up a trilateral mechanism to observe and ensure compliance with the ceasefire in force since 30 December 2016; neither Syrian side signed the statement.";

/** 30 columns of long text, numbers and dates: what an analyst gets by showing a whole wide table. */
function wideFrame() {
  const columns = Array.from({ length: 30 }, (_, c) => (c % 3 === 0 ? `outcome_and_its_long_explanation_${c}` : c % 3 === 1 ? `days_${c}` : `date_${c}`));
  const values = Array.from({ length: 8 }, (_, r) => columns.map((_, c) => (c % 3 === 0 ? `${r}: ${longText}` : c % 3 === 1 ? 1234.5678 * (r + 1) : `2017-0${1 + (r % 9)}-1${c % 10}`)));
  return { columns, index: values.map((_, r) => r), values, shape: [values.length, columns.length] };
}

/** A saved notebook whose one code cell shows the table, as the kernel sends it. */
function notebookShowing(bundle: Record<string, unknown>): string {
  const cell = { cell_type: "code", execution_count: 1, id: "wide-table", metadata: {}, source: ["show(wide);"], outputs: [{ output_type: "display_data", data: bundle, metadata: {} }] };
  return JSON.stringify({ cells: [cell], metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

interface TableBox {
  caption: string;
  /** The output area's content width, how wide its content is, and whether it scrolls when that is wider. */
  available: number;
  areaScrollWidth: number;
  areaClientWidth: number;
  areaScrolls: boolean;
  /** The table's width, and its own scroll box: its visible width, its content width and whether it scrolls. */
  tableWidth: number;
  boxWidth: number;
  boxScrollWidth: number;
  boxScrolls: boolean;
  tallestRow: number;
  /** Cut cells (ending in "…") and those of them without their whole text as a title. */
  cutCells: number;
  cutWithoutTitle: number;
}

function tableBoxes(page: Page): Promise<TableBox[]> {
  return page.$$eval(".output_subarea table.dataframe", (tables) =>
    tables.map((table) => {
      const area = table.closest(".output_subarea")!;
      const box = table.parentElement!;
      const style = getComputedStyle(area);
      const cells = Array.from(table.querySelectorAll("th, td"));
      const cut = cells.filter((cell) => cell.textContent!.endsWith("…"));
      return {
        caption: table.querySelector("caption")?.textContent ?? "",
        available: area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        areaScrollWidth: area.scrollWidth,
        areaClientWidth: area.clientWidth,
        areaScrolls: ["auto", "scroll"].includes(style.overflowX),
        tableWidth: table.getBoundingClientRect().width,
        boxWidth: box.getBoundingClientRect().width,
        boxScrollWidth: box.scrollWidth,
        boxScrolls: ["auto", "scroll"].includes(getComputedStyle(box).overflowX),
        tallestRow: Math.max(...Array.from(table.querySelectorAll("tr")).map((row) => row.getBoundingClientRect().height)),
        cutCells: cut.length,
        cutWithoutTitle: cut.filter((cell) => !cell.getAttribute("title") || cell.getAttribute("title")!.length <= cell.textContent!.length).length,
      };
    }),
  );
}

/** Fits the output area: the table is narrower than it, or scrolls (in its own box, or the output area does). */
function assertReadable(box: TableBox, which: string): void {
  assert.ok(box.boxWidth <= box.available + 1, `the table's box is within the output area, ${which}`);
  const overflows = box.tableWidth > box.boxWidth + 1;
  const scrolls = (box.boxScrolls && box.boxScrollWidth > box.boxWidth + 1) || (box.areaScrolls && box.areaScrollWidth > box.areaClientWidth);
  assert.ok(!overflows || scrolls, `a table wider than the output area has a scrollbar, ${which}`);
  assert.ok(box.tallestRow <= maxRowHeight, `every row one line high (${box.tallestRow} px), ${which}`);
  assert.equal(box.cutWithoutTitle, 0, `every cut cell has its whole text on hover, ${which}`);
}

/** With TABLE_SCREENSHOTS set, a screenshot of each table output of the page, to look at. */
async function keepTableScreenshots(page: Page, notebook: string): Promise<void> {
  const shots = process.env.TABLE_SCREENSHOTS;
  if (!shots) return;
  const outputs = await page.locator(".output_subarea:has(table.dataframe)").all();
  for (const [index, output] of outputs.entries()) await output.screenshot({ path: path.join(shots, `${path.basename(notebook, ".ipynb")}-${index + 1}.png`) });
}

describe("the project's notebooks in classic Notebook 6", () => {
  let reader: NotebookBrowser;

  before(async () => {
    notebooks[wide] = notebookShowing(tableBundle(wideFrame(), { caption: "Thirty columns of long text" }));
    reader = await startNotebookBrowser(notebooks, viewport);
  });
  after(() => reader?.close());

  it("the committed notebooks show charts", () => {
    assert.ok(committed.length >= 5);
    assert.ok(committed.every((notebook) => chartOutputs(notebook) >= 2), committed.map((notebook) => `${notebook}: ${chartOutputs(notebook)}`).join(", "));
  });

  describe("untrusted, as after a clone or a download: charts and tables", () => {
    for (const notebook of committed) {
      describe(notebook, () => {
        let page: Page;
        before(async () => {
          page = await reader.openPage(notebook);
          assert.equal(await isTrusted(page), false, "the copy is not trusted");
        });
        after(() => page?.close());

        it(`${notebook}: every chart shows its static image, whole, unscaled and unclipped, and no placeholder`, async () => {
          const images = page.locator(".output_subarea img[src^='data:image/svg+xml']");
          assert.equal(await images.count(), chartOutputs(notebook), "one image per chart output");
          // Decoded and laid out: a broken data: URI would reject here.
          await images.evaluateAll((elements: HTMLImageElement[]) => Promise.all(elements.map((element) => element.decode())));
          for (const image of await images.all()) assert.ok(await image.isVisible(), "the image is visible");
          const boxes = await chartBoxes(page);
          assert.equal(boxes.length, chartOutputs(notebook));
          for (const [index, box] of boxes.entries()) {
            const which = `chart ${index + 1}: ${JSON.stringify(box)}`;
            assert.equal(box.kind, "image", which);
            assertFits(box, which);
          }
          const text = await page.locator("#notebook-container").innerText();
          assert.doesNotMatch(text, /loading its scripts|Interactive chart/i, "no placeholder text");
        });

        it(`${notebook}: every table output fits its output area or scrolls, rows one line high`, async () => {
          const boxes = await tableBoxes(page);
          assert.equal(boxes.length, tableOutputs(notebook), "one table per table output");
          for (const [index, box] of boxes.entries()) assertReadable(box, `table ${index + 1}: ${JSON.stringify(box)}`);
          await keepTableScreenshots(page, notebook);
        });
      });
    }
  });

  describe("a notebook holding a 30-column table and no chart, untrusted", () => {
    let page: Page;
    const errors: string[] = [];
    before(async () => {
      page = await reader.openPage(wide);
      page.on("pageerror", (error) => errors.push(error.message));
    });
    after(() => page?.close());

    it("a 30-column table of long text: one line per row, cut text with its whole text on hover, scrolling inside the output area", async () => {
      assert.equal(await isTrusted(page), false, "not trusted");
      const boxes = await tableBoxes(page);
      assert.equal(boxes.length, 1);
      const [box] = boxes;
      const which = JSON.stringify(box);
      assertReadable(box!, which);
      assert.ok(box!.tableWidth > box!.available, `wide enough to need scrolling, ${which}`);
      assert.ok(box!.cutCells >= 8, `the long texts are cut, ${which}`);
      assert.match(await page.locator(".output_subarea").innerText(), /… 10 more columns/);
      // The last columns are reachable: scrolled to the end, the last header shown is in view.
      const lastHeader = page.locator("table.dataframe thead th").last();
      await lastHeader.scrollIntoViewIfNeeded();
      assert.ok(await lastHeader.isVisible());
      assert.equal(await lastHeader.innerText(), "days_19");
      await keepTableScreenshots(page, wide);
    });

    // With no chart on the page, whatever chart script it holds loaded ahead of any chart.
    it("a notebook page of the project's server loads the scripts of the project's charts ahead of the first chart, not the full plotly.js", async () => {
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

  describe("signed: trusted, as after running or `jupyter trust`", () => {
    // Notebook trusts by content: signing now, after the untrusted checks, trusts these very copies.
    before(() => reader.server.sign(...committed));

    for (const notebook of committed) {
      it(`${notebook}: every chart is drawn interactively in place of its image, within the output area`, async () => {
        await reader.onPage(notebook, async (page) => {
          assert.equal(await isTrusted(page), true, "the copy is trusted");
          const expected = chartOutputs(notebook);
          try {
            await page.waitForFunction(
              (count) =>
                document.querySelectorAll(".output_subarea img[src^='data:image/svg+xml']").length === 0 &&
                Array.from(document.querySelectorAll(".output_subarea")).filter((area) => area.querySelector(".js-plotly-plot svg.main-svg, .vega-embed svg.marks")).length === count,
              expected,
              { timeout: 120_000, polling: 250 },
            );
          } catch (error) {
            assert.fail(`charts not drawn: ${(error as Error).message}\n${JSON.stringify(await chartBoxes(page), null, 1)}`);
          }
          const boxes = await chartBoxes(page);
          assert.equal(boxes.length, expected);
          for (const [index, box] of boxes.entries()) {
            const which = `chart ${index + 1}: ${JSON.stringify(box)}`;
            assert.equal(box.kind, "interactive", which);
            assertFits(box, which);
          }
        });
      });
    }
  });
});
