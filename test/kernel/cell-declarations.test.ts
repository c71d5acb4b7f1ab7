/**
 * What a cell's declarations become in the next cells, in the project's kernel
 * (patches/tslab@1.0.22/failed-cell-declarations.patch and shorthand-properties.patch).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import { after, before, describe, it } from "node:test";
import { readKernelSpec } from "../../lib/src/kernel/spec";
import { KernelClient } from "../../lib/src/runner/kernel-client";
import { executeCell } from "../helpers/kernel-cell";
import { streamText, temporaryFolder } from "../runner/fixtures";

let kernel: KernelClient;
const folder = temporaryFolder();
before(async () => {
  kernel = await KernelClient.start(readKernelSpec(), folder);
});
after(async () => {
  await kernel.shutdown();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Runs a cell: its status and what it printed to stdout and stderr. */
async function run(code: string): Promise<{ status: string; stdout: string; stderr: string }> {
  const execution = await executeCell(kernel, code);
  return { status: execution.status, stdout: streamText(execution, "stdout"), stderr: streamText(execution, "stderr") };
}

describe("declarations across cells", { timeout: 300_000 }, () => {
  it("a cell queued behind a failed one is reported aborted, with nothing run, and runs when sent again", async () => {
    // Sent together: the second waits in tslab's queue behind the first, which fails.
    const [failed, queued] = await Promise.all([kernel.execute('throw new Error("first");', 120_000), kernel.execute('console.log("second");', 120_000)]);
    assert.equal(failed.status, "error");
    assert.deepEqual({ status: queued.status, outputs: queued.outputs }, { status: "aborted", outputs: [] });
    assert.deepEqual(await run('console.log("second");'), { status: "ok", stdout: "second\n", stderr: "" });
  });

  it("a cell that throws keeps what its lines before the error declared", async () => {
    assert.equal((await run('let total = 1;\nconst lang = "en";')).status, "ok");
    const failed = await run('const merged = [1, 2, 3];\nthrow new Error("boom");\nconst total = 2;\nconst unreached = "after the error";');
    assert.equal(failed.status, "error");
    assert.match(failed.stderr, /boom/);
    // Declared before the error: typed and holding its value in the next cell.
    assert.deepEqual(await run("console.log(merged.length);"), { status: "ok", stdout: "3\n", stderr: "" });
    // Declared after the error by this cell only: a clear error, not undefined.
    const unreached = await run("console.log(unreached);");
    assert.equal(unreached.status, "error");
    assert.match(unreached.stderr, /ReferenceError: unreached is not defined: the cell that declares it failed before its declaration ran/);
    // Declared after the error, and by an earlier cell: that cell's value stays.
    assert.deepEqual(await run("console.log(total);"), { status: "ok", stdout: "1\n", stderr: "" });
    // A later cell that declares the name again replaces the error.
    assert.deepEqual(await run('const unreached = "now declared";\nconsole.log(unreached);'), { status: "ok", stdout: "now declared\n", stderr: "" });
  });

  it("a cell whose awaited promise rejects keeps what it declared before the await", async () => {
    const failed = await run('const before = await Promise.resolve("resolved");\nawait Promise.reject(new Error("rejected"));\nconst later = 1;');
    assert.equal(failed.status, "error");
    assert.deepEqual(await run("console.log(before);"), { status: "ok", stdout: "resolved\n", stderr: "" });
  });

  it("shorthand properties read variables declared by earlier cells", async () => {
    assert.equal((await run('let language = "en";\nconst rounds = 14;')).status, "ok");
    assert.deepEqual(await run("console.log(JSON.stringify({ language, rounds }));"), { status: "ok", stdout: '{"language":"en","rounds":14}\n', stderr: "" });
    // In a function defined in a later cell, and as the target of a destructuring assignment.
    assert.deepEqual(await run('const describe = () => ({ language });\n({ language } = { language: "id" });\nconsole.log(describe().language);'), { status: "ok", stdout: "id\n", stderr: "" });
    assert.deepEqual(await run("console.log(language);"), { status: "ok", stdout: "id\n", stderr: "" });
  });
});
