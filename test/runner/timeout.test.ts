import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder } from "./fixtures";

test("a hanging cell and a dying kernel are reported as failures of their cell", async () => {
  const folder = temporaryFolder();
  const dying = path.join(folder, "dying.ipynb");
  const notebook = readNotebook(fixture("passing"));
  fs.writeFileSync(dying, JSON.stringify({ ...notebook, cells: [{ cell_type: "code", id: "exit", source: "process.exit(3);", metadata: {}, outputs: [], execution_count: null }] }));
  // A kernel left hanging would keep this test from ending; its "timeout" failure below shows it was stopped.
  // The limit leaves the first cell room to create tslab's converter on a loaded machine: about 2 s
  // alone, over 15 s with a load of 20 on 2 cores. The wait is idle: the other test files run meanwhile.
  const results = await runNotebooks([fixture("hanging"), dying], { timeoutSeconds: 60, jobs: 2, outDir: folder, prepare: false });
  const hanging = results.find((result) => result.notebook.endsWith("hanging.ipynb"));
  const died = results.find((result) => result.notebook === dying);
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
