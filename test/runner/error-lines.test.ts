import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, test } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { runNotebooks, type NotebookResult } from "../../lib/src/runner";
import { joinText } from "../../lib/src/runner/notebook-format";
import { codeCells, fixtureCopy, lineContaining, readNotebook, streamText, temporaryFolder, temporaryProjectFolder } from "./fixtures";

// Cells converted anew, as in a fresh clone: kept conversions would carry the source maps of
// an earlier kernel, and hide a kernel that no longer makes them. Conversions are kept per kernel
// folder, so the notebooks run from a new one: none is kept for it, while the kernels share the
// run's cache (and the render service they warm) with the other tests.
const notebooks = temporaryProjectFolder();

/** The name of the function declared nearest above a line. */
function functionAround(text: string, line: number): string {
  const declared = text.split("\n").slice(0, line).reverse().map((above) => /function (\w+)\(/.exec(above)).find(Boolean);
  assert.ok(declared, `a function declared above line ${line}`);
  return declared[1]!;
}

const out = temporaryFolder();
const results = new Map<string, NotebookResult>();
before(async () => {
  for (const result of await runNotebooks([fixtureCopy("error-in-cell", notebooks), fixtureCopy("error-in-lib", notebooks)], { outDir: out, jobs: 2, prepare: false })) {
    results.set(path.basename(result.notebook, ".ipynb"), result);
  }
});

/** What a reader of the saved notebook sees of the failing cell: its stderr and the runner's error output. */
function saved(name: string, cellIndex: number) {
  const text = fs.readFileSync(path.join(out, `${name}.ipynb`), "utf8");
  const cell = codeCells(readNotebook(path.join(out, `${name}.ipynb`)))[cellIndex]!;
  const error = cell.outputs.find((output) => output.output_type === "error");
  assert.ok(error && error.output_type === "error", `${name}: the failing cell keeps an error output`);
  return { text, source: joinText(cell.source), stderr: streamText(cell, "stderr"), traceback: error.traceback.join("\n") };
}

function assertNoMachinery(text: string): void {
  for (const machinery of ["evalmachine", "node_modules/tslab", "node:internal", "node:vm", "lib/dist", "tslab-cell-"]) {
    assert.ok(!text.includes(machinery), `no ${machinery} in the saved notebook`);
  }
}

test("an error thrown in a cell names the cell's TypeScript line, below interfaces and types the compiled code has not", () => {
  const { text, source, stderr, traceback } = saved("error-in-cell", 1);
  const throwLine = lineContaining(source, "throw new Error(`no alignment");
  const callLine = lineContaining(source, 'campOf("Turkey"');
  assert.ok(stderr.startsWith("Error: no alignment for Turkey\n"), `the message comes first:\n${stderr}`);
  const frames = [
    `at campOf (cell line ${throwLine}: ${source.split("\n")[throwLine - 1]!.trim()})`,
    `at cell line ${callLine}: ${source.split("\n")[callLine - 1]!.trim()}`,
  ];
  for (const frame of frames) {
    assert.ok(stderr.includes(`    ${frame}\n`), `stderr has "${frame}":\n${stderr}`);
    assert.ok(traceback.includes(frame), `the error output has "${frame}":\n${traceback}`);
  }
  assertNoMachinery(text);
  const failure = results.get("error-in-cell")!.failure!;
  assert.equal(failure.cellNumber, 2);
  assert.equal(failure.message, "Error: no alignment for Turkey");
  assert.deepEqual(failure.sourceLine, { line: throwLine, text: source.split("\n")[throwLine - 1] });
});

test("an error raised inside the library names the library function and its lib/src line, then the cell's line", () => {
  const { text, source, stderr, traceback } = saved("error-in-lib", 1);
  const libFile = path.join("lib", "src", "vocabulary", "format.ts");
  const libSource = fs.readFileSync(path.join(projectRoot, libFile), "utf8");
  const raisedLine = lineContaining(libSource, "not an ISO date (YYYY");
  const callLine = lineContaining(source, "formatDate(date");
  assert.ok(stderr.startsWith('RangeError: not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "July 2017"\n'), `the message comes first:\n${stderr}`);
  const raisedAt = new RegExp(`^    at ${functionAround(libSource, raisedLine)} \\(${libFile.replaceAll(".", "\\.")}:${raisedLine}:\\d+\\)$`, "m");
  assert.match(stderr, raisedAt);
  assert.match(stderr, new RegExp(`^    at formatDate \\(${libFile.replaceAll(".", "\\.")}:\\d+:\\d+\\)$`, "m"), "the function the cell called");
  assert.ok(stderr.includes(`    at cell line ${callLine}: ${source.split("\n")[callLine - 1]!.trim()}`), stderr);
  assert.match(traceback, raisedAt);
  assertNoMachinery(text);
  const failure = results.get("error-in-lib")!.failure!;
  assert.equal(failure.sourceLine?.line, callLine);
  assert.match(failure.stack![0]!, new RegExp(`^at \\w+ \\(${libFile.replaceAll(".", "\\.")}:${raisedLine}:`));
});
