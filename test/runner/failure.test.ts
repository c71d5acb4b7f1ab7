import assert from "node:assert/strict";
import { test } from "node:test";
import { describeCellError, failureOutput } from "../../lib/src/runner/failure";
import { progressLines } from "../../lib/src/runner/report";

const stderr = (text: string) => [{ output_type: "stream" as const, name: "stderr" as const, text }];

test("a type error gives tslab's message and the cell line it points at", () => {
  const failure = describeCellError(3, "const a = 1;\nconst x: number = 'str';", stderr("2:7 - Type 'string' is not assignable to type 'number'.\n"));
  assert.deepEqual(failure, { kind: "error", cellNumber: 3, message: "Type 'string' is not assignable to type 'number'.", sourceLine: { line: 2, text: "const x: number = 'str';" } });
});

test("a runtime error gives the error line and the cell line its rewritten stack names", () => {
  const source = "interface Row { a: number }\nconst f = (row: Row): number => {\n  throw new Error('boom')\n};\nf({ a: 1 });";
  const text = "Error: boom\n    at f (cell line 3: throw new Error('boom'))\n    at cell line 5: f({ a: 1 });\n";
  const failure = describeCellError(1, source, stderr(text));
  assert.equal(failure.message, "Error: boom");
  assert.deepEqual(failure.sourceLine, { line: 3, text: "  throw new Error('boom')" });
  assert.deepEqual(failure.stack, ["at f (cell line 3: throw new Error('boom'))", "at cell line 5: f({ a: 1 });"]);
});

test("an error raised in the library keeps its frames and points at the cell line that called it", () => {
  const source = 'import { formatDate } from "syria-coalitions";\nconst d: string = formatDate("x", "en");';
  const text = [
    "some earlier output",
    'RangeError: not an ISO date: "x"',
    "    at dateParts (lib/src/vocabulary/format.ts:46:21)",
    "    at formatDate (lib/src/vocabulary/format.ts:55:32)",
    '    at cell line 2: const d: string = formatDate("x", "en"); {',
    "  code: 'E_DATE'",
    "}",
    "",
  ].join("\n");
  const failure = describeCellError(4, source, stderr(text));
  assert.equal(failure.message, 'RangeError: not an ISO date: "x"');
  assert.equal(failure.sourceLine?.line, 2);
  assert.equal(failure.stack?.at(-1), 'at cell line 2: const d: string = formatDate("x", "en");', "the opening brace of the error's properties is not part of the frame");
  assert.deepEqual(failureOutput(failure).traceback, [
    'CellError: RangeError: not an ISO date: "x"',
    "    at dateParts (lib/src/vocabulary/format.ts:46:21)",
    "    at formatDate (lib/src/vocabulary/format.ts:55:32)",
    '    at cell line 2: const d: string = formatDate("x", "en");',
  ]);
  const report = progressLines({ type: "done", result: { notebook: "/x/mine.ipynb", output: "/x/mine.ipynb", ok: false, seconds: 1, failure } });
  assert.deepEqual(report.slice(1), [
    '    cell 4 (error): RangeError: not an ISO date: "x"',
    "      at dateParts (lib/src/vocabulary/format.ts:46:21)",
    "      at formatDate (lib/src/vocabulary/format.ts:55:32)",
    '    line 2: const d: string = formatDate("x", "en");',
  ]);
});

test("a thrown value with no stack, such as a string, still gives its message", () => {
  // tslab prints what a cell threw with console.error: a string comes out as it is.
  const failure = describeCellError(1, 'throw "no such camp"', stderr("no such camp\n"));
  assert.equal(failure.message, "no such camp");
  assert.equal(failure.sourceLine, undefined);
  assert.equal(failure.stack, undefined);
});

test("the saved error output names the failure and the line", () => {
  const output = failureOutput({ kind: "timeout", cellNumber: 2, message: "the cell did not finish within 5 s" });
  assert.equal(output.ename, "CellTimeoutError");
  assert.deepEqual(output.traceback, ["CellTimeoutError: the cell did not finish within 5 s"]);
});
