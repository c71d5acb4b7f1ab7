import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { eventsTimelineChart } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { renderChartSvg } from "../../lib/src/render";
import { testBrowser } from "../helpers/browser";
import type { Lang } from "../../lib/src/vocabulary";

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the text marks (the event and round labels, not the axes) as Chromium lays the SVG out. */
async function labelBoxes(browser: Browser, svg: string): Promise<Box[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    return await page.$$eval("g.mark-text.role-mark text", (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { text: element.textContent ?? "", x: box.x, y: box.y, width: box.width, height: box.height };
      }),
    );
  } finally {
    await page.close();
  }
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("events timeline labels", () => {
  const data = loadDataset();
  let browser: Browser;
  before(async () => {
    browser = await testBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const lang of ["en", "id"] as Lang[]) {
    for (const window of [{}, { from: "2017-01-01", to: "2017-06-30" }, { from: "2012-01-01", to: "2024-12-31" }]) {
      it(`no two labels overlap as drawn (lang=${lang}, window ${JSON.stringify(window)})`, async () => {
        const boxes = await labelBoxes(browser, await renderChartSvg(eventsTimelineChart(data, { lang, ...window })));
        assert.ok(boxes.length > 1, "the chart has labels");
        const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `"${a.text}" and "${b.text}"`));
        assert.deepEqual(clashes, []);
      });
    }
  }
});
