import type { Chart } from "../vocabulary";
import { chartScripts, exportedScriptsFolder, jupyterScriptsUrlPath, type ChartScript } from "./vendor-scripts";

/** JSON inside a <script> must not contain "</script>": "<" is written as its JSON escape. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * Loads the chart scripts, from wherever the page is:
 * - in Jupyter Notebook 6, from <base_url>nbextensions/syria-coalitions/ (see vendor-scripts.ts),
 *   through require.js: Notebook 6 has it, and a UMD bundle loaded by a plain <script> there
 *   calls its anonymous define() and fails with "Mismatched anonymous define()";
 * - in an exported HTML page, from vendor/ next to the page, through require.js too if the
 *   page loaded it (nbconvert's templates do, from a CDN, when online), else by <script> tags.
 * Plain ES5 with no dependency: it runs in whatever browser opens the notebook.
 */
const loader = `function load(scripts, done, fail) {
  var base = window.Jupyter && document.body && document.body.getAttribute("data-base-url");
  var folder = base != null ? base + ${JSON.stringify(jupyterScriptsUrlPath)} : ${JSON.stringify(`${exportedScriptsFolder}/`)};
  var urls = scripts.map(function (s) { return new URL(folder + s.file, document.baseURI).href; });
  if (typeof window.requirejs === "function" && typeof window.define === "function" && window.define.amd) {
    var paths = {};
    scripts.forEach(function (s, i) { paths[s.module] = urls[i].replace(/\\.js$/, ""); });
    window.requirejs.config({ paths: paths });
    window.requirejs(scripts.map(function (s) { return s.module; }), function () { done([].slice.call(arguments)); }, fail);
    return;
  }
  (function next(i) {
    if (i === scripts.length) return done(scripts.map(function (s) { return window[s.global]; }));
    if (window[scripts[i].global]) return next(i + 1);
    var tag = document.createElement("script");
    tag.src = urls[i];
    tag.onload = function () { next(i + 1); };
    tag.onerror = function () { fail(new Error("could not load " + urls[i])); };
    document.head.appendChild(tag);
  })(0);
}`;

function scriptsFor(chart: Chart): ChartScript[] {
  const modules = chart.library === "plotly" ? ["plotly"] : ["vega", "vega-lite", "vega-embed"];
  return chartScripts.filter((script) => modules.includes(script.module));
}

/** The call that draws the chart into `target` once the libraries are loaded (the last one loaded is the one called). */
function drawCall(chart: Chart): string {
  if (chart.library === "plotly") {
    const { data, layout, config } = chart.figure;
    return `libs[0].newPlot(target, ${scriptSafeJson(data)}, ${scriptSafeJson(layout)}, ${scriptSafeJson(config ?? { responsive: true })})`;
  }
  // The editor and source actions link to vega.github.io: useless offline.
  return `libs[2](target, ${scriptSafeJson(chart.spec)}, { actions: { export: true, source: false, compiled: false, editor: false } })`;
}

/**
 * text/html that draws the interactive chart with the project's vendored scripts (no CDN).
 * The scripts are referenced, not embedded, so saved notebooks stay small.
 */
export function chartHtml(chart: Chart, elementId: string): string {
  const scripts = scriptsFor(chart).map(({ module, global, file }) => ({ module, global, file }));
  return `<div id="${elementId}"><em>Interactive chart: loading its scripts (run or trust the notebook if this stays).</em></div>
<script type="text/javascript">
(function () {
  ${loader.replace(/\n/g, "\n  ")}
  var target = document.getElementById(${JSON.stringify(elementId)});
  function show(error) { target.textContent = "Could not draw the chart: " + error; }
  load(${scriptSafeJson(scripts)}, function (libs) {
    target.innerHTML = "";
    Promise.resolve().then(function () { return ${drawCall(chart)}; }).catch(show);
  }, show);
})();
</script>`;
}
