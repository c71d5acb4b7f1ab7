import assert from "node:assert/strict";
import { test } from "node:test";
import { describeCellError, failureOutput } from "../../lib/src/runner/failure";

const stderr = (text: string) => [{ output_type: "stream" as const, name: "stderr" as const, text }];

test("a type error gives tslab's message and the cell line it points at", () => {
  const failure = describeCellError(3, "const a = 1;\nconst x: number = 'str';", stderr("2:7 - Type 'string' is not assignable to type 'number'.\n"));
  assert.deepEqual(failure, { kind: "error", cellNumber: 3, message: "Type 'string' is not assignable to type 'number'.", sourceLine: { line: 2, text: "const x: number = 'str';" } });
});

test("a runtime error gives the error line and finds the source line from the compiled one", () => {
  const source = "const f = () => {\n  throw new Error('boom')\n};\nf();";
  const text = "evalmachine.<anonymous>:4\n    throw new Error('boom');\n    ^\n\nError: boom\n    at f (evalmachine.<anonymous>:4:11)\n";
  const failure = describeCellError(1, source, stderr(text));
  assert.equal(failure.message, "Error: boom");
  assert.deepEqual(failure.sourceLine, { line: 2, text: "  throw new Error('boom')" });
});

test("a failing last expression is matched without tslab's exports.tsLastExpr", () => {
  const text = "evalmachine.<anonymous>:3\nexports.tsLastExpr = console.log({ a });\n   ^\n\nReferenceError: a is not defined\n";
  const failure = describeCellError(1, "console.log({ a })", stderr(text));
  assert.equal(failure.message, "ReferenceError: a is not defined");
  assert.equal(failure.sourceLine?.line, 1);
});

test("the saved error output names the failure and the line", () => {
  const output = failureOutput({ kind: "timeout", cellNumber: 2, message: "the cell did not finish within 5 s" });
  assert.equal(output.ename, "CellTimeoutError");
  assert.deepEqual(output.traceback, ["CellTimeoutError: the cell did not finish within 5 s"]);
});
