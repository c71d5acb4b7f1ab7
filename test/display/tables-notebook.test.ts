/**
 * Tables as a reader sees them in classic Notebook 6: the committed notebooks and a notebook
 * holding a 30-column table of long text, opened untrusted (as after a clone, where Jupyter's
 * sanitiser removes every style). No table output is wider than the output area without a
 * scrollbar, no row is taller than a few lines, and cut text keeps its whole text on hover. Set TABLE_SCREENSHOTS to a folder to keep a screenshot of each page.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { paths } from "../../lib/src/config/paths";
import { tableBundle } from "../../lib/src/display/table-bundle";
import { parseNotebook } from "../../lib/src/runner/notebook-format";
import { codeCells } from "../runner/fixtures";
import { startNotebookBrowser, type NotebookBrowser } from "./notebook-server";

const committed = fs.readdirSync(paths.notebooks).filter((file) => file.endsWith(".ipynb")).sort();
const wide = "wide-long-text-table.ipynb";
/** Each notebook the test opens, by file name: the committed ones and the wide table. */
const notebooks: Record<string, string> = Object.fromEntries(committed.map((notebook) => [notebook, fs.readFileSync(path.join(paths.notebooks, notebook), "utf8")]));
/** The window classic Notebook is read in: its output area is then 978 px wide. */
const viewport = { width: 1280, height: 900 };
/** A row of one line is 26.5 px at Notebook's 12 px table font, of two lines 40.5 px: every row is to be one line. */
const maxRowHeight = 34;

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

function tableOutputs(notebook: string): number {
  return codeCells(parseNotebook(notebooks[notebook]!))
    .flatMap((cell) => cell.outputs)
    .filter((output) => String((output as { data?: Record<string, unknown> }).data?.["text/html"] ?? "").includes('class="dataframe"')).length;
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

describe("tables in classic Notebook 6, opened untrusted", () => {
  let reader: NotebookBrowser;

  before(async () => {
    notebooks[wide] = notebookShowing(tableBundle(wideFrame(), { caption: "Thirty columns of long text" }));
    reader = await startNotebookBrowser(notebooks, viewport);
  });
  after(() => reader?.close());

  function onPage(notebook: string, check: (page: Page) => Promise<void>): Promise<void> {
    return reader.onPage(notebook, async (page) => {
      assert.equal(await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { trusted: boolean } } }).Jupyter.notebook.trusted), false, "not trusted");
      await check(page);
      const shots = process.env.TABLE_SCREENSHOTS;
      if (shots) {
        const outputs = await page.locator(".output_subarea:has(table.dataframe)").all();
        for (const [index, output] of outputs.entries()) await output.screenshot({ path: path.join(shots, `${path.basename(notebook, ".ipynb")}-${index + 1}.png`) });
      }
    });
  }

  it("a 30-column table of long text: one line per row, cut text with its whole text on hover, scrolling inside the output area", async () => {
    await onPage(wide, async (page) => {
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
    });
  });

  for (const notebook of committed) {
    it(`${notebook}: every table output fits its output area or scrolls, rows one line high`, async () => {
      await onPage(notebook, async (page) => {
        const boxes = await tableBoxes(page);
        assert.equal(boxes.length, tableOutputs(notebook), "one table per table output");
        for (const [index, box] of boxes.entries()) assertReadable(box, `table ${index + 1}: ${JSON.stringify(box)}`);
      });
    });
  }
});
