import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { ConversionCache, type Conversion } from "../../lib/src/kernel/conversion-cache";
import { temporaryFolder } from "./fixtures";

const converted: Conversion = { output: "const a = 1;\nexports.a = a;", declOutput: "export declare const a = 1;\n", diagnostics: [], hasToplevelAwait: false };

/** A cache in a fresh folder, and a declaration file its conversions depend on. */
function setUp(): { cache: ConversionCache; types: string; dir: string } {
  const dir = temporaryFolder();
  const types = path.join(temporaryFolder(), "types.d.ts");
  fs.writeFileSync(types, "export declare const a: number;\n");
  return { cache: new ConversionCache(dir, "identity"), types, dir };
}

test("a conversion kept is read back for the same cell after the same declarations", () => {
  const { cache, types } = setUp();
  assert.equal(cache.read("", "const a = 1;"), undefined);
  assert.equal(cache.write("", "const a = 1;", converted, [types]), true);
  assert.deepEqual(cache.read("", "const a = 1;"), converted);
  assert.equal(cache.read("", "const a = 2;"), undefined, "another source");
  assert.equal(cache.read("export declare const b: 1;\n", "const a = 1;"), undefined, "other previous declarations");
  assert.equal(new ConversionCache(cache.dir, "another tslab").read("", "const a = 1;"), undefined, "another identity");
});

test("a conversion is not read back once a file of its program changed or went away", () => {
  const { cache, types } = setUp();
  cache.write("", "const a = 1;", converted, [types]);
  fs.appendFileSync(types, "export declare const b: string;\n");
  assert.equal(cache.read("", "const a = 1;"), undefined, "a longer file");
  cache.write("", "const a = 1;", converted, [types]);
  const later = new Date(Date.now() + 5000);
  fs.utimesSync(types, later, later);
  assert.equal(cache.read("", "const a = 1;"), undefined, "a newer file of the same size");
  cache.write("", "const a = 1;", converted, [types]);
  fs.rmSync(types);
  assert.equal(cache.read("", "const a = 1;"), undefined, "a removed file");
});

test("a headless run stamps each type file once: files as they were when first stamped, and anew in the next run", () => {
  const { cache, types, dir } = setUp();
  cache.write("", "const a = 1;", converted, [types]);
  fs.appendFileSync(types, "export declare const b: string;\n");
  const run = new ConversionCache(dir, "identity", true);
  assert.equal(run.read("", "const a = 1;"), undefined, "a file changed before the run");
  assert.equal(run.write("", "const a = 1;", converted, [types]), true);
  assert.deepEqual(run.read("", "const a = 1;"), converted);
  fs.appendFileSync(types, "export declare const c: string;\n");
  assert.deepEqual(run.read("", "const a = 1;"), converted, "the run goes on with the files as it found them");
  assert.equal(new ConversionCache(dir, "identity", true).read("", "const a = 1;"), undefined, "the next run sees the change");
  assert.equal(cache.read("", "const a = 1;"), undefined, "a kernel someone types into sees it at once");
});

test("a cell with a type error, one compiling a file beside it, or a program holding one, is not kept", () => {
  const { cache, types, dir } = setUp();
  const source = path.join(path.dirname(types), "helper.ts");
  fs.writeFileSync(source, "export const twice = (n: number) => n * 2;\n");
  assert.equal(cache.write("", "a", { ...converted, diagnostics: [{ messageText: "Type 'string' is not assignable to type 'number'." }] }, [types]), false);
  assert.equal(cache.write("", "b", { ...converted, sideOutputs: [{ path: source, data: "" }] }, [types]), false);
  assert.equal(cache.write("", "c", converted, [types, source]), false);
  assert.equal(cache.write("", "d", converted, [types, path.join(dir, "missing.d.ts")]), false, "a file that cannot be stamped");
  assert.deepEqual(fs.existsSync(dir) ? fs.readdirSync(dir) : [], []);
});

test("an unreadable entry is a miss, and is written over", () => {
  const { cache, types, dir } = setUp();
  cache.write("", "const a = 1;", converted, [types]);
  const [entry] = fs.readdirSync(dir);
  fs.writeFileSync(path.join(dir, entry!), '{"files": [');
  assert.equal(cache.read("", "const a = 1;"), undefined);
  cache.write("", "const a = 1;", converted, [types]);
  assert.deepEqual(cache.read("", "const a = 1;"), converted);
});

test("pruning keeps the entries used last", () => {
  const { cache, types, dir } = setUp();
  for (const source of ["one", "two", "three"]) cache.write("", source, converted, [types]);
  const past = new Date(Date.now() - 60_000);
  for (const name of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, name), past, past);
  // Reading an entry counts as a use.
  assert.ok(cache.read("", "two"));
  cache.prune(1);
  assert.equal(fs.readdirSync(dir).length, 1);
  assert.ok(cache.read("", "two"));
  assert.equal(cache.read("", "one"), undefined);
});
