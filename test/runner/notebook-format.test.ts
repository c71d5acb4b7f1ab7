import assert from "node:assert/strict";
import { test } from "node:test";
import { serializeNotebook, splitLines, withCellIds, type Notebook } from "../../lib/src/runner/notebook-format";

test("splitLines keeps line ends and joins back to the text", () => {
  assert.deepEqual(splitLines("a\nb\n\nc"), ["a\n", "b\n", "\n", "c"]);
  assert.deepEqual(splitLines(""), []);
});

test("serializeNotebook writes nbformat 4.5 as Jupyter does: sorted keys, line lists, final newline", () => {
  const notebook: Notebook = {
    nbformat: 4,
    nbformat_minor: 2,
    metadata: { z: 1, a: 2 },
    cells: [
      {
        cell_type: "code",
        id: "x",
        source: "let a = 1;\na",
        metadata: {},
        execution_count: 1,
        outputs: [{ output_type: "display_data", data: { "text/plain": "1\n2", "image/png": "iVBOR\n", "application/json": { b: 1, a: 2 } }, metadata: {} }],
      },
    ],
  };
  const text = serializeNotebook(notebook);
  assert.ok(text.endsWith("}\n"));
  const parsed = JSON.parse(text);
  assert.equal(parsed.nbformat_minor, 5);
  assert.deepEqual(Object.keys(parsed.metadata), ["a", "z"]);
  assert.deepEqual(parsed.cells[0].source, ["let a = 1;\n", "a"]);
  assert.deepEqual(parsed.cells[0].outputs[0].data["text/plain"], ["1\n", "2"]);
  assert.equal(parsed.cells[0].outputs[0].data["image/png"], "iVBOR\n", "base64 stays one string");
  assert.deepEqual(Object.keys(parsed.cells[0].outputs[0].data["application/json"]), ["a", "b"]);
  assert.equal(serializeNotebook(JSON.parse(text)), text, "serializing is stable");
});

test("withCellIds keeps existing ids and derives missing ones deterministically and uniquely", () => {
  const cells = [
    { cell_type: "markdown" as const, source: "same", metadata: {} },
    { cell_type: "markdown" as const, id: "kept", source: "x", metadata: {} },
    { cell_type: "markdown" as const, source: "same", metadata: {} },
  ];
  const first = withCellIds(cells);
  assert.equal(first[1].id, "kept");
  assert.match(first[0].id ?? "", /^[0-9a-f]{8}$/);
  assert.notEqual(first[0].id, first[2].id);
  assert.deepEqual(withCellIds(cells), first);
});
