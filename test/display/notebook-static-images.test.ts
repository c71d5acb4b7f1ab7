/**
 * The committed notebooks opened in classic Notebook 6 as a reader would: untrusted (as
 * after a clone, a download or a copy), every chart output shows its static image, whole
 * and unscaled, and no placeholder; signed, every chart is drawn interactively in place of
 * its image. Both fit the output area of a 1280 px window without a scrollbar.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { paths } from "../../lib/src/config/paths";
import { codeCells, readNotebook } from "../runner/fixtures";
import { startNotebookBrowser, type NotebookBrowser } from "./notebook-server";

const notebooks = fs.readdirSync(paths.notebooks).filter((file) => file.endsWith(".ipynb")).sort();
/** The window classic Notebook is read in: its output area is then 978 px wide. */
const viewport = { width: 1280, height: 900 };

/** How many chart outputs the saved notebook holds: display data carrying a static SVG. */
function chartOutputs(notebook: string): number {
  return codeCells(readNotebook(path.join(paths.notebooks, notebook)))
    .flatMap((cell) => cell.outputs)
    .filter((output) => (output as { data?: Record<string, unknown> }).data?.["image/svg+xml"] !== undefined).length;
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

/** Whether Notebook trusts the open notebook: it then runs the scripts of its outputs. */
function isTrusted(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { Jupyter: { notebook: { trusted: boolean } } }).Jupyter.notebook.trusted);
}

/** The chart fits: shown whole at its own size, within the output area, with no scrollbar. */
function assertFits(box: ChartBox, which: string): void {
  assert.ok(box.ownWidth >= 400 && box.ownHeight >= 200, `a chart of non-trivial size, ${which}`);
  assert.ok(box.ownWidth <= box.available, `narrower than the output area, ${which}`);
  assert.equal(Math.round(box.width), box.ownWidth, `shown at its own size, not scaled down, ${which}`);
  assert.ok(box.scrollWidth <= box.clientWidth, `no horizontal scrollbar, ${which}`);
}

describe("charts in saved notebooks, opened in classic Notebook 6", () => {
  let reader: NotebookBrowser;
  const onPage = (notebook: string, check: (page: Page) => Promise<void>) => reader.onPage(notebook, check);

  before(async () => {
    reader = await startNotebookBrowser(Object.fromEntries(notebooks.map((notebook) => [notebook, fs.readFileSync(path.join(paths.notebooks, notebook), "utf8")])), viewport);
  });
  after(() => reader?.close());

  it("the committed notebooks show charts", () => {
    assert.ok(notebooks.length >= 5);
    assert.ok(notebooks.every((notebook) => chartOutputs(notebook) >= 2), notebooks.map((notebook) => `${notebook}: ${chartOutputs(notebook)}`).join(", "));
  });

  describe("untrusted, as after a clone or a download", () => {
    for (const notebook of notebooks) {
      it(`${notebook}: every chart shows its static image, whole, unscaled and unclipped, and no placeholder`, async () => {
        await onPage(notebook, async (page) => {
          assert.equal(await isTrusted(page), false, "the copy is not trusted");
          const images = page.locator(".output_subarea img[src^='data:image/svg+xml']");
          assert.equal(await images.count(), chartOutputs(notebook), "one image per chart output");
          for (const image of await images.all()) {
            await image.scrollIntoViewIfNeeded();
            // Decoded and laid out: a broken data: URI would reject here.
            await image.evaluate((element: HTMLImageElement) => element.decode());
            assert.ok(await image.isVisible(), "the image is visible");
          }
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
      });
    }
  });

  describe("signed: trusted, as after running or `jupyter trust`", () => {
    // Notebook trusts by content: signing now, after the untrusted checks, trusts these very copies.
    before(() => reader.server.sign(...notebooks));

    for (const notebook of notebooks) {
      it(`${notebook}: every chart is drawn interactively in place of its image, within the output area`, async () => {
        await onPage(notebook, async (page) => {
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
