import assert from "node:assert/strict";
import { test } from "node:test";
import { asChart, isShowable, type PlotlyFigureInput } from "../../lib/src/charts/own-chart";
import { notebookChartHtml as chartHtml } from "../../lib/src/render";
import { sendBundle } from "../../lib/src/display/send-bundle";
import { tableBundle } from "../../lib/src/display/table-bundle";

const figure: PlotlyFigureInput = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { title: { text: "</script>" } } };
const spec = { mark: "bar" as const, data: { values: [{ a: 1 }] }, encoding: { x: { field: "a", type: "quantitative" as const } } };

test("asChart accepts Charts, bare Plotly figures and bare Vega-Lite specs, and rejects anything else with a TypeError", () => {
  assert.equal(asChart(figure).library, "plotly");
  assert.equal(asChart(spec).library, "vega-lite");
  assert.equal(asChart({ $schema: "https://vega.github.io/schema/vega-lite/v5.json", layer: [] }).library, "vega-lite");
  const chart = asChart(figure);
  assert.deepEqual(asChart(chart), chart);
  assert.equal(isShowable({ columns: [] }), false);
  assert.equal(isShowable("text"), false);
  assert.throws(() => asChart({ columns: [] } as never), (error: unknown) => error instanceof TypeError && /Plotly figure \{ data, layout\? \}/.test(error.message));
});

test("a bare figure's metadata comes from the description, else from the figure's own title, else from its content", () => {
  const titled: PlotlyFigureInput = { data: [{ type: "bar", x: ["Astana"], y: [22] }], layout: { title: { text: "Rounds per <b>track</b>, 2017–2024" } } };
  assert.deepEqual(asChart(titled).meta, { id: "rounds-per-track-2017-2024", title: { en: "Rounds per track, 2017–2024", id: "" }, lang: "en", tables: [], sourceIds: [] });
  const vegaTitled = { ...spec, title: ["Perundingan", "Astana"] };
  assert.equal(asChart(vegaTitled, { lang: "id" }).meta.id, "perundingan-astana");
  const described = asChart(titled, { id: "rounds", title: { id: "Putaran per jalur" }, lang: "id", tables: ["talk_rounds"], sourceIds: ["un-astana"] });
  assert.deepEqual(described.meta, { id: "rounds", title: { en: "", id: "Putaran per jalur" }, lang: "id", tables: ["talk_rounds"], sourceIds: ["un-astana"] });
  const untitled = asChart({ data: [{ type: "scatter", x: [1], y: [2] }] });
  assert.match(untitled.meta.id, /^chart-[0-9a-f]{10}$/);
  assert.notEqual(asChart({ data: [{ type: "scatter", x: [1], y: [3] }] }).meta.id, untitled.meta.id, "another content, another id");
  assert.deepEqual(untitled.library === "plotly" && untitled.figure.layout, {}, "a left-out layout becomes an empty one");
});

test("an id that cannot name a figure file is refused before anything is written", () => {
  for (const id of ["../escape", "Has Spaces", "-leading", ""]) {
    assert.throws(() => asChart(figure, { id }), (error: unknown) => error instanceof TypeError && error.message.includes(`"${id}"`));
  }
});

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"><text x="1" y="20">Iran &amp; Iraq: 50% #1 "quoted" </script>\nnext line – é</text></svg>`;

test("chart HTML loads the vendored scripts by URL (no CDN, no embedded bundle) through require.js when present", () => {
  const plotly = chartHtml(asChart(figure), "chart-1", svg);
  assert.ok(plotly.length < 5_000, "plotly.js is referenced, not embedded");
  assert.match(plotly, /"plotly-project\.min\.js"/, "a bar chart loads the project's Plotly bundle");
  assert.doesNotMatch(plotly, /"plotly\.min\.js"/);
  const pie = chartHtml(asChart({ data: [{ type: "pie", labels: ["a"], values: [1] }] }), "chart-3", svg);
  assert.match(pie, /"plotly\.min\.js"/, "a trace type outside the project's bundle loads the full one");
  assert.doesNotMatch(pie, /plotly-project/);
  assert.match(plotly, /nbextensions\/syria-coalitions\//);
  assert.match(plotly, /"vendor\/"/);
  assert.match(plotly, /requirejs\.config/);
  assert.doesNotMatch(plotly, /https?:\/\/(?!vega\.github\.io|www\.w3\.org)/, "no network URL");
  assert.ok(!plotly.includes("</script>\"") && plotly.split("</script>").length === 2, "neither the JSON nor the image can close the script tag");
  const vega = chartHtml(asChart(spec), "chart-2", svg);
  for (const file of ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"]) assert.ok(vega.includes(`"${file}"`));
  assert.ok(!vega.includes("plotly"));
});

test("chart HTML shows the static SVG as an image until a script draws the interactive chart", () => {
  const html = chartHtml(asChart(figure), "chart-1", svg);
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
  assert.match(bundle["text/html"] as string, /<td><nobr>gov &lt;b&gt;<\/nobr><\/td>/);
  assert.match(bundle["text/html"] as string, /… 1 more row</);
  assert.equal(bundle["text/plain"], "Camps\n   camp     n\n0  gov <b>  3\n1  opp      5.12346\n… 1 more row");
  const series = { columns: ["n"], index: ["a", "b"], values: [1, 2], shape: [2] };
  assert.match(tableBundle(series)["text/html"] as string, /<tr><th><nobr>b<\/nobr><\/th><td><nobr>2<\/nobr><\/td><\/tr>/);
});

test("tableBundle shows a missing value as an empty cell, never NaN", () => {
  const frame = { columns: ["source", "n"], index: [0, 1], values: [["ref-a", Number.NaN], [null, 2]], shape: [2, 2] };
  const bundle = tableBundle(frame);
  assert.doesNotMatch(bundle["text/html"] as string, /NaN|null/);
  assert.match(bundle["text/html"] as string, /<td><nobr>ref-a<\/nobr><\/td><td><\/td>/);
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
