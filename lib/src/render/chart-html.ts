import * as fs from "node:fs";
import type { Chart, Lang } from "../vocabulary";
import { escapeHtml, inlineScript, scriptJson, svgDataUri } from "./html";
import type { ChartLibraries, ChartLibrary } from "./library";
import { plotlyLibrary } from "./plotly";
import { svgSize } from "./svg-size";
import { chartScripts, exportedScriptsFolder, jupyterScriptsUrlPath, scriptsOf, type ChartScriptModule } from "./vendor-scripts";
import { vegaLiteLibrary } from "./vega-lite";

const libraries: ChartLibraries = { plotly: plotlyLibrary, "vega-lite": vegaLiteLibrary };

/** The record of what is particular to the chart's library. */
export function libraryOf<C extends Chart>(chart: C): ChartLibrary<C> {
  // TypeScript cannot correlate chart.library with the record's value type by itself.
  return libraries[chart.library] as unknown as ChartLibrary<C>;
}

/** A JavaScript expression drawing `chart` into the element `target`, once its library's bundles are loaded as globals. */
export function drawExpression(chart: Chart, target: string): string {
  const library = libraryOf(chart);
  const [drawing] = scriptsOf(library.scripts(chart).slice(-1));
  return library.drawCall(chart, drawing!.global, target);
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

/**
 * text/html of a notebook output: the chart's static SVG as an image, which a script replaces
 * by the interactive chart drawn with the project's vendored scripts (no CDN). Wherever
 * scripts do not run (an untrusted notebook in Notebook 6, whose sanitizer keeps an <img>
 * with a data: URI but drops scripts and inline SVG; GitHub; nbviewer without the scripts;
 * an e-mail) the image is what the reader sees, and where a script runs but cannot load or
 * draw, the image stays. The scripts are referenced, not embedded, so saved notebooks stay
 * small; the last one loaded draws the chart. Without `svg` (the image is still being made),
 * a line of text holds the place of the image until the chart is drawn.
 */
export function notebookChartHtml(chart: Chart, elementId: string, svg?: string): string {
  const scripts = scriptsOf(libraryOf(chart).scripts(chart)).map(({ module, global, file }) => ({ module, global, file }));
  const title = chart.meta.title[chart.meta.lang];
  const alt = escapeHtml(title || `${libraryOf(chart).name} chart`);
  let placeholder: string;
  if (svg === undefined) {
    placeholder = `<p class="chart-placeholder">${alt}</p>`;
  } else {
    const { width, height } = svgSize(svg);
    placeholder = `<img src="${svgDataUri(svg)}" width="${width}" height="${height}" alt="${alt}">`;
  }
  return `<div id="${escapeHtml(elementId)}">${placeholder}</div>
<script type="text/javascript">
(function () {
  ${loader.replace(/\n/g, "\n  ")}
  var target = document.getElementById(${scriptJson(elementId)});
  var image = target.firstElementChild;
  function keepImage(error) {
    image.title = "Static image: the interactive chart could not be drawn (" + error + ")";
    console.error(error);
  }
  load(${scriptJson(scripts)}, function (libs) {
    // Drawn out of sight, in the width the chart will have, and shown once complete.
    var drawn = document.createElement("div");
    drawn.style.cssText = "visibility: hidden; height: 0; overflow: hidden";
    target.appendChild(drawn);
    Promise.resolve().then(function () { var draw = libs[libs.length - 1]; return ${libraryOf(chart).drawCall(chart, "draw", "drawn")}; }).then(function () {
      drawn.style.cssText = "";
      target.removeChild(image);
    }).catch(function (error) {
      target.removeChild(drawn);
      keepImage(error);
    });
  }, keepImage);
})();
</script>`;
}

const inlined = new Map<ChartScriptModule, string>();

/** The bundles the charts need, each inlined once as a <script> element, in load order: a page that works offline from any folder. */
export function inlineChartScripts(charts: readonly Chart[]): string {
  const needed = new Set(charts.flatMap((chart) => libraryOf(chart).scripts(chart)));
  return chartScripts
    .filter((script) => needed.has(script.module))
    .map((script) => {
      let tag = inlined.get(script.module);
      if (tag === undefined) {
        tag = inlineScript(fs.readFileSync(script.source, "utf8"));
        inlined.set(script.module, tag);
      }
      return tag;
    })
    .join("\n");
}

/**
 * A script drawing each chart into the element of its id once the page has loaded,
 * reporting a failure in the page and the console rather than stopping the others.
 */
export function drawChartsScript(charts: ReadonlyArray<{ elementId: string; chart: Chart }>, failure = "Could not draw this figure: "): string {
  const calls = charts.map(({ elementId, chart }) => `  draw(${scriptJson(elementId)}, function (target) { return ${drawExpression(chart, "target")}; });`);
  return inlineScript(`(function () {
  function draw(id, render) {
    var target = document.getElementById(id);
    Promise.resolve().then(function () { return render(target); }).catch(function (error) {
      target.textContent = ${scriptJson(failure)} + error;
      console.error(error);
    });
  }
${calls.join("\n")}
})();`);
}

/** A standalone interactive page of the chart: the library bundles inlined, so it opens offline and from any folder. */
export function standaloneChartHtml(chart: Chart): string {
  const lang: Lang = chart.meta.lang;
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(chart.meta.title[lang])}</title>`,
    "<style>body { margin: 16px; font-family: 'Liberation Sans', Arial, sans-serif; background: #fff; }</style>",
    inlineChartScripts([chart]),
    "</head>",
    "<body>",
    '<div id="chart"></div>',
    drawChartsScript([{ elementId: "chart", chart }]),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
