import assert from "node:assert/strict";
import * as fs from "node:fs";
import { SourceMap } from "node:module";
import * as path from "node:path";
import { test } from "node:test";
import * as vm from "node:vm";
import ts from "typescript";
import { projectRoot } from "../../lib/src/config/paths";
import { cellFrameLine, cellLocator, originalPosition, rewriteError, rewriteStack, type CellLocator, type StackContext } from "../../lib/src/kernel/cell-errors";
import { lineContaining } from "./fixtures";

/**
 * A cell compiled as tslab compiles it with source maps on (the kernel turns them on): the
 * source behind "export {};" made an ES module, that module made CommonJS, each step
 * appending its inline map, and the result wrapped in tslab's function.
 */
function compiledLikeTslab(source: string, options: { async?: boolean } = {}): string {
  const module = ts.transpileModule(`export {};\n${source}\nexport {}`, {
    fileName: "__tslab__.ts",
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true },
  }).outputText;
  const commonJs = ts.transpileModule(module, { fileName: "custom.js", compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, inlineSourceMap: true } }).outputText;
  return `(${options.async ? "async " : ""}function(exports, require) { ${commonJs}\n})(__tslab__.exports, __tslab__.require)`;
}

/** Runs compiled code under a script name and returns what it threw (or the rejection of its promise). */
async function thrownBy(code: string, filename: string): Promise<Error> {
  (globalThis as { __tslab__?: unknown }).__tslab__ = { exports: {}, require };
  try {
    await vm.runInThisContext(code, { filename, displayErrors: false });
  } catch (error) {
    return error as Error;
  }
  throw new Error("the code did not throw");
}

const noLibrary: StackContext["original"] = () => undefined;
const context = (cells: Map<string, CellLocator>, currentCell: string): StackContext => ({ currentCell, cells, original: noLibrary, root: projectRoot });

const source = [
  "interface Row {",
  "  camp: string;",
  "  share: number;",
  "}",
  "type Rows = Row[];",
  "function largest(rows: Rows): Row {",
  '  if (rows.length === 0) throw new RangeError("no rows");',
  "  return rows[0];",
  "}",
  "const rows: Rows = [];",
  "const top: Row = largest(rows);",
].join("\n");

test("a cell's frames name its TypeScript lines, not the compiled ones, and nothing below the cell", async () => {
  const code = compiledLikeTslab(source);
  const error = await thrownBy(code, "tslab-cell-1");
  assert.match(error.stack!, /tslab-cell-1:\d+:\d+/, "V8 names the compiled positions");
  const stack = rewriteStack(error.stack!, context(new Map([["tslab-cell-1", cellLocator(code)!]]), "tslab-cell-1"));
  const throwLine = lineContaining(source, "throw new RangeError");
  const callLine = lineContaining(source, "= largest(rows)");
  assert.notEqual(throwLine, lineContaining(code, "throw new RangeError"), "the TypeScript-only lines shift the compiled ones");
  assert.deepEqual(stack.split("\n"), [
    "RangeError: no rows",
    `    at largest (cell line ${throwLine}: if (rows.length === 0) throw new RangeError("no rows");)`,
    `    at cell line ${callLine}: const top: Row = largest(rows);`,
  ]);
});

test("a cell with top-level await maps its frames too", async () => {
  const asyncSource = `${source.replace("const top", "await Promise.resolve();\nconst top")}`;
  const code = compiledLikeTslab(asyncSource, { async: true });
  const error = await thrownBy(code, "tslab-cell-2");
  const stack = rewriteStack(error.stack!, context(new Map([["tslab-cell-2", cellLocator(code)!]]), "tslab-cell-2"));
  assert.ok(stack.includes(`at largest (cell line ${lineContaining(asyncSource, "throw new RangeError")}: `), stack);
  assert.ok(stack.includes(`cell line ${lineContaining(asyncSource, "= largest(rows)")}: const top: Row = largest(rows);`), stack);
  assert.ok(!stack.includes("tslab-cell-2"), stack);
});

test("a frame of a function defined in another cell says so", async () => {
  const code = compiledLikeTslab(source);
  const error = await thrownBy(code, "tslab-cell-3");
  const stack = rewriteStack(error.stack!, context(new Map([["tslab-cell-3", cellLocator(code)!]]), "tslab-cell-7"));
  assert.ok(stack.includes(`    at largest (another cell, line ${lineContaining(source, "throw new RangeError")}: `), stack);
});

test("code that is not a tslab cell is not located; a cell compiled without source maps shows its compiled line", async () => {
  assert.equal(cellLocator("(x) => {globalThis.__tslab__ = x; }"), undefined);
  const withoutMaps = `(function(exports, require) { const a = 1;\nthrow new Error("x");\n})(__tslab__.exports, __tslab__.require)`;
  const error = await thrownBy(withoutMaps, "tslab-cell-4");
  const stack = rewriteStack(error.stack!, context(new Map([["tslab-cell-4", cellLocator(withoutMaps)!]]), "tslab-cell-4"));
  assert.deepEqual(stack.split("\n"), ["Error: x", "    at cell compiled line 2"]);
});

test("library frames name their lib/src file through the build's source maps", () => {
  const compiled = path.join(projectRoot, "lib", "dist", "vocabulary", "format.js");
  const map = new SourceMap(JSON.parse(fs.readFileSync(`${compiled}.map`, "utf8")));
  const message = "not an ISO date";
  const compiledLine = lineContaining(fs.readFileSync(compiled, "utf8"), message);
  const column = fs.readFileSync(compiled, "utf8").split("\n")[compiledLine - 1]!.indexOf("throw") + 1;
  const original = originalPosition(map, `${compiled}.map`, compiledLine, column);
  const sourceFile = path.join(projectRoot, "lib", "src", "vocabulary", "format.ts");
  assert.equal(original?.file, sourceFile);
  assert.equal(original?.line, lineContaining(fs.readFileSync(sourceFile, "utf8"), message));
});

test("machinery frames go, names lose tslab's exports, paths become project-relative", () => {
  // Line 9 is tslab's wrapper calling the cell.
  const cell: CellLocator = (line) => (line === 4 ? { line: 2, text: '  const x = frame.column("nope");' } : null);
  const dist = path.join(projectRoot, "lib", "dist", "datasets", "frame.js");
  const stack = [
    'Error: no column "nope"',
    "in the frame",
    `    at Frame.column (${dist}:10:11)`,
    "    at node:internal/util:5:3",
    `    at Proxy.pick (${path.join(projectRoot, "node_modules", "tslab", "dist", "executor.js")}:160:38)`,
    `    at exports.pick (${path.join(projectRoot, "node_modules", "danfojs-node", "dist", "index.js")}:7:1)`,
    "    at Array.map (<anonymous>)",
    "    at tslab-cell-2:4:9",
    "    at tslab-cell-2:9:3",
    `    at Object.runCell [as runInThisContext] (${path.join(projectRoot, "lib", "dist", "kernel", "readable-errors.js")}:73:31)`,
    "    at async JupyterHandlerImpl.handleExecute (/elsewhere/tslab/dist/jupyter.js:208:21)",
  ].join("\n");
  const original: StackContext["original"] = (file, line) => (file === dist ? { file: path.join(projectRoot, "lib", "src", "datasets", "frame.ts"), line: line + 5, column: 3 } : undefined);
  const rewritten = rewriteStack(stack, { currentCell: "tslab-cell-2", cells: new Map([["tslab-cell-2", cell]]), original, root: projectRoot });
  assert.deepEqual(rewritten.split("\n"), [
    'Error: no column "nope"',
    "in the frame",
    "    at Frame.column (lib/src/datasets/frame.ts:15:3)",
    "    at pick (node_modules/danfojs-node/dist/index.js:7:1)",
    "    at Array.map (<anonymous>)",
    '    at cell line 2: const x = frame.column("nope");',
  ]);
});

test("the error's cause is rewritten too", () => {
  const cell: CellLocator = (line) => ({ line, text: `line ${line}` });
  const cause = new Error("inner");
  cause.stack = "Error: inner\n    at tslab-cell-1:3:1\n    at node:vm:1:1";
  const error = new Error("outer", { cause });
  error.stack = "Error: outer\n    at tslab-cell-1:5:1";
  rewriteError(error, context(new Map([["tslab-cell-1", cell]]), "tslab-cell-1"));
  assert.equal(error.stack, "Error: outer\n    at cell line 5: line 5");
  assert.equal(cause.stack, "Error: inner\n    at cell line 3: line 3");
});

test("the runner reads back the cell line a rewritten frame names", () => {
  assert.deepEqual(cellFrameLine('    at cell line 3: const x = f("a")'), { line: 3, text: 'const x = f("a")' });
  assert.deepEqual(cellFrameLine("at check (cell line 12: throw new Error(`x (y)`))"), { line: 12, text: "throw new Error(`x (y)`)" });
  assert.equal(cellFrameLine("at check (another cell, line 2: check())"), undefined);
  assert.equal(cellFrameLine("at formatDate (lib/src/vocabulary/format.ts:55:32)"), undefined);
});
