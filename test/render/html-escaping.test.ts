import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { escapeHtml, notebookChartHtml, scriptJson, standaloneChartHtml } from "../../lib/src/render";
import { testBrowser } from "../helpers/browser";
import { markdownHtml } from "../../lib/src/report/markdown";
import type { Chart, PlotlyChart, VegaLiteChart } from "../../lib/src/vocabulary";

/** Text that would run a script, or break out of an element or an attribute, if it reached a page unescaped; each sets window.pwned. */
const hostile = [
  `</script><script>window.pwned = "script"</script>`,
  `"><img src=x onerror="window.pwned='attribute'">`,
  `'><svg onload="window.pwned='svg'">`,
  `<!--<script>window.pwned = "comment"</script>-->`,
  `\u2028</SCRIPT ><script>window.pwned = "upper"</script>`,
];

const charts = allCharts(loadDataset());
const plotly = charts.find((chart): chart is PlotlyChart => chart.library === "plotly")!;
const vegaLite = charts.find((chart): chart is VegaLiteChart => chart.library === "vega-lite")!;

/** The chart with hostile text in its title and in its data (trace names, category labels, values). */
function hostileCharts(): Chart[] {
  const title = { en: hostile.join(" "), id: hostile.join(" ") };
  return [
    { ...plotly, meta: { ...plotly.meta, title }, figure: { data: hostile.map((text) => ({ type: "bar", name: text, x: [text], y: [1], text: [text] })), layout: { title: { text: hostile[0] } } } },
    { ...vegaLite, meta: { ...vegaLite.meta, title }, spec: { title: hostile[1], data: { values: hostile.map((text, index) => ({ label: text, value: index })) }, mark: "bar", encoding: { x: { field: "label", type: "nominal" }, y: { field: "value", type: "quantitative" } } } },
  ];
}

describe("HTML made from text the project did not write", () => {
  let browser: Browser;
  // One page for every case, each in a fresh document (see below): a page each costs a renderer process.
  let page: Page;
  let dialogs: string[] = [];
  before(async () => {
    browser = await testBrowser();
    page = await browser.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(() => browser?.close());

  it("escapeHtml and scriptJson leave nothing that ends an element or an attribute", () => {
    for (const text of hostile) {
      assert.doesNotMatch(escapeHtml(text), /[<>"]/);
      assert.doesNotMatch(scriptJson({ text }), /<\/?script|<!--/i);
      assert.deepEqual(JSON.parse(scriptJson({ text })), { text });
    }
  });

  it("a notebook chart output and a standalone chart page with hostile titles and data run none of it in Chromium", async () => {
    for (const chart of hostileCharts()) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>${escapeHtml(hostile.join(""))}</text></svg>`;
      for (const [kind, html] of [
        ["notebook output with its image", notebookChartHtml(chart, `chart-${hostile[1]}`, svg)],
        ["notebook output without its image", notebookChartHtml(chart, "chart-1")],
        ["standalone page", standaloneChartHtml(chart)],
      ] as const) {
        // One script element of the project's in a notebook output, however many the text holds.
        if (kind !== "standalone page") assert.equal(html.match(/<script/gi)?.length, 1, `${chart.library} ${kind}`);
        dialogs = [];
        // A new window: setContent alone keeps the globals (window.pwned, a chart library) of the case before.
        await page.goto("about:blank");
        await page.setContent(`<!doctype html><html><body>${html}</body></html>`, { waitUntil: "load" });
        // Time for a chart script, and for anything injected, to run.
        await page.waitForTimeout(300);
        assert.equal(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned), undefined, `${chart.library} ${kind}`);
        assert.deepEqual(dialogs, []);
      }
    }
  });

  it("the report's Markdown escapes hostile text before adding its own markup", () => {
    const html = markdownHtml(hostile.map((text) => `- **${text}** *${text}*`).join("\n"));
    assert.doesNotMatch(html, /<(?!\/?(p|ul|li|strong|em)>)/);
    // It writes no attribute: a quote in the output could only come from the text.
    assert.doesNotMatch(html, /"/);
  });
});
