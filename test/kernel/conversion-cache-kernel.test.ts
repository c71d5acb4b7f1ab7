import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder } from "../runner/fixtures";

// The kernels this file starts keep their conversions (their whole cache) apart from the run's.
// Sharing the run's cache, a run whose cells should all have come from it converted one again,
// once, in a loaded full run (cause not found yet): kept apart, the test checks this cache alone.
process.env.SYRIA_CACHE_DIR = temporaryFolder();

// Conversions are kept per kernel folder (tslab names the cell's files after it): one for all runs.
const folder = temporaryFolder();

/** A notebook of `sources`, one code cell each. */
function notebookOf(sources: string[]): string {
  const file = path.join(folder, "cells.ipynb");
  const cells = sources.map((source, index) => ({ cell_type: "code", id: `cell-${index}`, source, metadata: {}, outputs: [], execution_count: null }));
  fs.writeFileSync(file, JSON.stringify({ ...readNotebook(fixture("passing")), cells }));
  return file;
}

/** Runs the notebook in a fresh kernel and returns what each cell printed, with its errors. */
async function run(file: string): Promise<Array<{ stdout: string; stderr: string }>> {
  const [result] = await runNotebooks([file], { outDir: temporaryFolder(), prepare: false, timeoutSeconds: 120 });
  return codeCells(readNotebook(result!.output)).map((cell) => ({ stdout: streamText(cell, "stdout"), stderr: streamText(cell, "stderr") }));
}

const typescriptLoaded = 'console.log(Object.keys(require.cache).some((file) => file.includes("typescript-for-tslab")) ? "TypeScript loaded" : "no TypeScript");';

test("a kernel whose cells all come from the conversion cache never loads TypeScript, and loads it for a new cell", async () => {
  const cells = ['const rounds: number = 7;\nconsole.log(`${rounds} rounds`);', typescriptLoaded];
  const first = await run(notebookOf(cells));
  assert.deepEqual(first.map((cell) => cell.stdout), ["7 rounds\n", "TypeScript loaded\n"], "the first run converts its cells");
  const again = await run(notebookOf(cells));
  assert.deepEqual(again.map((cell) => cell.stdout), ["7 rounds\n", "no TypeScript\n"], "the same cells come from the cache");

  // A cell the cache does not hold is checked as ever: here a type error, after cells from the cache.
  const withError = await run(notebookOf([...cells, 'const count: number = "three";']));
  assert.equal(withError[1]!.stdout, "no TypeScript\n");
  assert.match(withError[2]!.stderr, /1:7 - Type 'string' is not assignable to type 'number'/);
});
