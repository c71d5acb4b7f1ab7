import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixtureCopy, readNotebook, streamText, temporaryFolder } from "./fixtures";

test("a hanging cell and a dying kernel are reported as failures of their cell", async () => {
  const folder = temporaryFolder();
  const out = path.join(folder, "out");
  const hangingCopy = fixtureCopy("hanging", folder);
  const notebook = readNotebook(hangingCopy);
  // The dying notebook runs the hanging one's first cell, in the same folder, before it exits: the
  // kernels' conversion cache then holds that cell, and the hanging notebook's first cell runs
  // from it, without creating tslab's converter first (about 2 CPU s; over 15 s with a load of 20
  // on 2 cores). The hanging notebook's limit then need not leave room for that, and it is the
  // time this test waits; the dying one's only caps a kernel that would not die.
  const dying = path.join(folder, "dying.ipynb");
  fs.writeFileSync(dying, JSON.stringify({ ...notebook, cells: [notebook.cells[0], { cell_type: "code", id: "exit", source: "process.exit(3);", metadata: {}, outputs: [], execution_count: null }] }));
  // A kernel left hanging would keep this test from ending; its "timeout" failure below shows it was stopped.
  const [died] = await runNotebooks([dying], { timeoutSeconds: 60, outDir: out, prepare: false });
  const [hanging] = await runNotebooks([hangingCopy], { timeoutSeconds: 20, outDir: out, prepare: false });
  assert.ok(hanging && died);

  assert.equal(hanging.ok, false);
  assert.equal(hanging.failure?.kind, "timeout");
  assert.equal(hanging.failure?.cellNumber, 2);
  const cells = codeCells(readNotebook(hanging.output));
  assert.equal(streamText(cells[0], "stdout"), "before the hang\n");
  assert.ok(cells[1].outputs.some((output) => output.output_type === "error" && output.ename === "CellTimeoutError"));

  assert.equal(died.failure?.kind, "kernel-died");
  assert.match(died.failure?.message ?? "", /exit code 3/);
});
