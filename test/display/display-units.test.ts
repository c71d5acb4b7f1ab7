import assert from "node:assert/strict";
import { test } from "node:test";
import { asChart } from "../../lib/src/display/as-chart";
import { notebookChartHtml as chartHtml } from "../../lib/src/render";
import { sendBundle } from "../../lib/src/display/send-bundle";
import { tableBundle } from "../../lib/src/display/table-bundle";

const figure = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { title: { text: "</script>" } } };
const spec = { mark: "bar" as const, data: { values: [{ a: 1 }] }, encoding: { x: { field: "a", type: "quantitative" as const } } };

test("asChart accepts Charts, bare Plotly figures and bare Vega-Lite specs, and nothing else", () => {
  assert.equal(asChart(figure)?.library, "plotly");
  assert.equal(asChart(spec)?.library, "vega-lite");
  assert.equal(asChart({ $schema: "https://vega.github.io/schema/vega-lite/v5.json", layer: [] })?.library, "vega-lite");
  const chart = asChart(figure);
  assert.equal(asChart(chart), chart);
  assert.equal(asChart({ columns: [] }), undefined);
  assert.equal(asChart("text"), undefined);
});

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"><text x="1" y="20">Iran &amp; Iraq: 50% #1 "quoted" </script>\nnext line – é</text></svg>`;

test("chart HTML loads the vendored scripts by URL (no CDN, no embedded bundle) through require.js when present", () => {
  const plotly = chartHtml(asChart(figure)!, "chart-1", svg);
  assert.ok(plotly.length < 5_000, "plotly.js is referenced, not embedded");
  assert.match(plotly, /"plotly\.min\.js"/);
  assert.match(plotly, /nbextensions\/syria-coalitions\//);
  assert.match(plotly, /"vendor\/"/);
  assert.match(plotly, /requirejs\.config/);
  assert.doesNotMatch(plotly, /https?:\/\/(?!vega\.github\.io|www\.w3\.org)/, "no network URL");
  assert.ok(!plotly.includes("</script>\"") && plotly.split("</script>").length === 2, "neither the JSON nor the image can close the script tag");
  const vega = chartHtml(asChart(spec)!, "chart-2", svg);
  for (const file of ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"]) assert.ok(vega.includes(`"${file}"`));
  assert.ok(!vega.includes("plotly.min.js"));
});

test("chart HTML shows the static SVG as an image until a script draws the interactive chart", () => {
  const html = chartHtml(asChart(figure)!, "chart-1", svg);
  const before = html.slice(0, html.indexOf("<script"));
  const image = /^<div id="chart-1"><img src="data:image\/svg\+xml,([^"]*)" width="640" height="300" alt="[^"]*"><\/div>\n$/.exec(before);
  assert.ok(image, `only the image before the script: ${before.slice(0, 200)}`);
  assert.equal(decodeURIComponent(image[1]!), svg, "the image is the SVG, byte for byte");
  assert.doesNotMatch(image[1]!, /[<>"&#\n]/, "nothing in the URI that HTML or URL parsing would change");
  assert.doesNotMatch(html, /loading its scripts/i);
});

test("tableBundle gives an HTML table and an aligned text twin, cut at maxRows", () => {
  const frame = { columns: ["camp", "n"], index: [0, 1, 2], values: [["gov <b>", 3], ["opp", 5.123456789], ["kurd", 1]], shape: [3, 2] };
  const bundle = tableBundle(frame, { caption: "Camps", maxRows: 2 });
  assert.match(bundle["text/html"] as string, /<caption>Camps<\/caption>/);
  assert.match(bundle["text/html"] as string, /<td>gov &lt;b&gt;<\/td>/);
  assert.match(bundle["text/html"] as string, /… 1 more rows/);
  assert.equal(bundle["text/plain"], "Camps\n   camp     n\n0  gov <b>  3\n1  opp      5.12346\n… 1 more rows");
  const series = { columns: ["n"], index: ["a", "b"], values: [1, 2], shape: [2] };
  assert.match(tableBundle(series)["text/html"] as string, /<tr><th>b<\/th><td>2<\/td><\/tr>/);
});

test("tableBundle shows a missing value as an empty cell, never NaN", () => {
  const frame = { columns: ["source", "n"], index: [0, 1], values: [["ref-a", Number.NaN], [null, 2]], shape: [2, 2] };
  const bundle = tableBundle(frame);
  assert.doesNotMatch(bundle["text/html"] as string, /NaN|null/);
  assert.match(bundle["text/html"] as string, /<td>ref-a<\/td><td><\/td>/);
  assert.doesNotMatch(bundle["text/plain"] as string, /NaN|null/);
});

test("sendBundle sends the whole bundle as one display_data through the kernel's tslab", () => {
  const sent: unknown[] = [];
  const fakeFile = "/fake/node_modules/tslab/dist/jupyter.js";
  require.cache[fakeFile] = { exports: { lastWriteDisplayData: (content: unknown, update: boolean) => sent.push({ content, update }) } } as NodeJS.Module;
  try {
    sendBundle({ "text/plain": "x", "text/html": "<b>x</b>" });
  } finally {
    delete require.cache[fakeFile];
  }
  assert.deepEqual(sent, [{ content: { data: { "text/plain": "x", "text/html": "<b>x</b>" }, metadata: {}, transient: {} }, update: false }]);
});
