import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { RenderCache, rendererIdentity } from "../../lib/src/render/service/render-cache";
import { temporaryFolder } from "../runner/fixtures";

const [chart, other] = allCharts(loadDataset());
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
// The smallest whole files of each format: a PNG's signature and IEND chunk, a PDF's header and trailer.
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("....IEND\xaeB`\x82", "latin1")]);
const pdf = Buffer.from("%PDF-1.3\n...\n%%EOF\n", "latin1");

test("a chart's files are read back for the same chart, format, PNG scale and renderers only", () => {
  const cache = new RenderCache(temporaryFolder(), "renderers");
  assert.equal(cache.read(chart!, "svg"), undefined);
  cache.write(chart!, "svg", 2, svg);
  cache.write(chart!, "png", 2, png);
  cache.write(chart!, "pdf", 2, pdf);
  assert.equal(cache.read(chart!, "svg"), svg);
  assert.deepEqual(cache.read(chart!, "png", 2), png);
  assert.deepEqual(cache.read(chart!, "pdf"), pdf);
  assert.equal(cache.read(chart!, "png", 1), undefined, "another PNG scale");
  assert.deepEqual(cache.read(chart!, "pdf", 1), pdf, "a PDF has no scale");
  assert.equal(cache.read(other!, "svg"), undefined, "another chart");
  assert.equal(cache.read({ ...chart!, meta: { ...chart!.meta, lang: "id" } }, "svg"), undefined, "the same chart in another language");
  assert.equal(new RenderCache(cache.dir, "other renderers").read(chart!, "svg"), undefined, "other renderers");
});

test("a damaged file is a miss, and is removed", () => {
  const cache = new RenderCache(temporaryFolder(), "renderers");
  cache.write(chart!, "svg", 2, svg);
  cache.write(chart!, "png", 2, png);
  cache.write(chart!, "pdf", 2, pdf);
  for (const name of fs.readdirSync(cache.folder)) {
    const file = path.join(cache.folder, name);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 12));
  }
  assert.equal(cache.read(chart!, "svg"), undefined);
  assert.equal(cache.read(chart!, "png"), undefined);
  assert.equal(cache.read(chart!, "pdf"), undefined);
  assert.deepEqual(fs.readdirSync(cache.folder), []);
});

test("pruning keeps the files used last, and removes what a killed writer left", () => {
  const cache = new RenderCache(temporaryFolder(), "renderers");
  const charts = allCharts(loadDataset()).slice(0, 3);
  for (const each of charts) cache.write(each, "svg", 2, svg);
  const past = new Date(Date.now() - 2 * 60 * 60 * 1000);
  for (const name of fs.readdirSync(cache.folder)) fs.utimesSync(path.join(cache.folder, name), past, past);
  const abandoned = path.join(cache.folder, ".0123.svg.4242.tmp");
  const writing = path.join(cache.folder, ".4567.svg.4343.tmp");
  fs.writeFileSync(abandoned, "<svg");
  fs.utimesSync(abandoned, past, past);
  fs.writeFileSync(writing, "<svg");
  // Reading counts as a use.
  assert.equal(cache.read(charts[1]!, "svg"), svg);
  cache.prune(1);
  assert.equal(cache.read(charts[1]!, "svg"), svg);
  assert.equal(cache.read(charts[0]!, "svg"), undefined);
  assert.equal(cache.read(charts[2]!, "svg"), undefined);
  assert.equal(fs.existsSync(abandoned), false, "a temporary file older than an hour is removed");
  assert.equal(fs.existsSync(writing), true, "a file being written now is left alone");
});

test("a cache tells whether its renderers drew anything yet; pruning removes the files of other renderers unused for a day", () => {
  const dir = temporaryFolder();
  const [current, recent, old] = ["a", "b", "c"].map((digit) => new RenderCache(dir, digit.repeat(64)));
  assert.equal(current!.isEmpty(), true);
  for (const cache of [current!, recent!, old!]) cache.write(chart!, "svg", 2, svg);
  assert.equal(current!.isEmpty(), false);
  const past = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  fs.utimesSync(old!.folder, past, past);
  current!.prune();
  assert.equal(current!.read(chart!, "svg"), svg);
  assert.equal(recent!.read(chart!, "svg"), svg, "another renderers' folder used today is kept");
  assert.equal(fs.existsSync(old!.folder), false, "another renderers' folder unused for two days is removed");
});

/** The renderers' identity computed in a process of its own, with `env` added (chromiumPath is read as the module loads). */
function identityWith(env: Record<string, string>): string {
  const script = `require(${JSON.stringify(require.resolve("../../lib/src/render/service/render-cache"))}).rendererIdentity().then((identity) => process.stdout.write(identity))`;
  return execFileSync(process.execPath, ["--import", "tsx", "-e", script], { env: { ...process.env, ...env }, encoding: "utf8" });
}

test("the renderers' identity is stable, and changes with the Chromium that draws", async () => {
  const identity = await rendererIdentity();
  assert.match(identity, /^[0-9a-f]{64}$/);
  assert.equal(identityWith({}), identity);
  const otherChromium = path.join(temporaryFolder(), "chromium");
  fs.writeFileSync(otherChromium, "#!/bin/sh\necho Chromium 1.2.3.4\n", { mode: 0o755 });
  assert.notEqual(identityWith({ CHROMIUM_PATH: otherChromium }), identity);
});
