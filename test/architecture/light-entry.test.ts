import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { test } from "node:test";
import ts from "typescript";

const entry = path.resolve(__dirname, "..", "..", "lib", "src", "index.ts");

/** Packages only static images, figure export, the report or the runner need: a notebook's import must not load them. */
const heavy = ["vega", "vega-lite", "vega-embed", "playwright-core", "@resvg/resvg-js", "pdfkit", "svg-to-pdfkit", "zeromq"];

/**
 * Runs `steps` (an async function body given `lib`, the entry point, and `loaded()`,
 * the packages under node_modules loaded so far) in a fresh Node process and
 * returns what it returns.
 */
function inFreshProcess<T>(steps: string): T {
  const script = `
    const loaded = () => [...new Set(Object.keys(require.cache).flatMap((file) => {
      const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
      return match ? [match[1].replace(/\\\\/g, "/")] : [];
    }))];
    (async () => { const lib = require(${JSON.stringify(entry)}); ${steps} })().then(
      (result) => process.stdout.write(JSON.stringify(result)),
      (error) => { console.error(error); process.exit(1); });`;
  // A render service of this test's own: it is stopped at the end without touching another's.
  const env = { ...process.env, SYRIA_RENDERER_INSTANCE: `light-entry-${process.pid}` };
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8", cwd: path.dirname(entry), env });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as T;
}

/** What one fresh process loaded: on importing the entry point, then after showing a chart of each library (one process for both checks: each loads danfojs and the library anew). */
interface Probe {
  atImport: string[];
  afterShowing: string[];
  svgs: string[];
}
let probed: Probe | undefined;
function probe(): Probe {
  probed ??= inFreshProcess<Probe>(`
    if (typeof lib.exportFigure !== "function" || typeof lib.show !== "function") throw new Error("entry incomplete");
    const atImport = loaded();
    const vegaLite = { mark: "point", data: { values: [{ a: 1 }] }, encoding: { x: { field: "a", type: "quantitative" } } };
    const plotly = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { width: 300, height: 200 } };
    const bundles = [await lib.displayBundle(vegaLite), await lib.displayBundle(plotly)];
    await require(${JSON.stringify(path.resolve(__dirname, "..", "..", "lib", "src", "render", "static.ts"))}).stopRenderService();
    return { atImport, afterShowing: loaded(), svgs: bundles.map((bundle) => String(bundle["image/svg+xml"]).slice(0, 4)) };`);
  return probed;
}

test("importing the entry point loads danfojs but none of the image, export, report or runner machinery", () => {
  const loaded = probe().atImport;
  assert.ok(loaded.includes("danfojs-node"), "the check sees packages at all");
  assert.deepEqual(heavy.filter((name) => loaded.includes(name)), []);
});

test("a chart's static image comes from the shared render service: showing charts loads no renderer into the process", () => {
  const { afterShowing, svgs } = probe();
  assert.deepEqual(svgs, ["<svg", "<svg"]);
  assert.deepEqual(heavy.filter((name) => afterShowing.includes(name)), []);
});

test("the entry point's declarations, which notebook cells are type-checked against, reach no export, browser or runner types", () => {
  // Every notebook's import cell parses these files (playwright-core alone has 2 MB of declarations).
  const declarations = path.resolve(__dirname, "..", "..", "lib", "dist", "index.d.ts");
  const program = ts.createProgram([declarations], { noEmit: true, types: [], moduleResolution: ts.ModuleResolutionKind.Node10 });
  const packages = new Set(program.getSourceFiles().flatMap((file) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file.fileName)?.[1] ?? []));
  assert.ok(packages.has("danfojs-node"), "the check sees packages at all");
  assert.deepEqual(["playwright-core", "@types/pdfkit", "@resvg/resvg-js", "zeromq"].filter((name) => packages.has(name)), []);
});
