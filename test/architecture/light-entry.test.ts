import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { test } from "node:test";

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
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8", cwd: path.dirname(entry) });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as T;
}

test("importing the entry point loads danfojs but none of the image, export, report or runner machinery", () => {
  const loaded = inFreshProcess<string[]>(`if (typeof lib.exportFigure !== "function" || typeof lib.show !== "function") throw new Error("entry incomplete"); return loaded();`);
  assert.ok(loaded.includes("danfojs-node"), "the check sees packages at all");
  assert.deepEqual(heavy.filter((name) => loaded.includes(name)), []);
});

test("vega loads when a Vega-Lite chart's static image is rendered, and no browser does", () => {
  const { before, after, svg } = inFreshProcess<{ before: string[]; after: string[]; svg: string }>(`
    const before = loaded();
    const bundle = await lib.displayBundle({ mark: "point", data: { values: [{ a: 1 }] }, encoding: { x: { field: "a", type: "quantitative" } } });
    return { before, after: loaded(), svg: String(bundle["image/svg+xml"]).slice(0, 4) };`);
  assert.equal(svg, "<svg");
  assert.ok(!before.includes("vega") && after.includes("vega") && after.includes("vega-lite"));
  assert.ok(!after.includes("playwright-core"));
});
