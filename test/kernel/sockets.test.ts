import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import * as zeromq from "zeromq";
import { readKernelSpec } from "../../lib/src/kernel/spec";
import { KernelClient } from "../../lib/src/runner/kernel-client";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kernel-sockets-"));
const endpoint = (name: string) => `ipc://${path.join(folder, name)}`;

// A lost message would leave a receive waiting forever: each test fails after a bounded time instead.
describe("the sockets tslab binds (patches/tslab@1.0.22/bind-before-receive.patch)", { timeout: 120_000 }, () => {
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("are refused by zeromq while they bind: the race a kernel could lose as it started", async () => {
    const router = new zeromq.Router();
    const publisher = new zeromq.Publisher();
    const bound = [router.bind(endpoint("plain-router")), publisher.bind(endpoint("plain-publisher"))];
    assert.throws(() => router.receive(), { code: "EBUSY" });
    assert.throws(() => publisher.send("status"), { code: "EBUSY" });
    await Promise.all(bound);
    router.close();
    publisher.close();
  });

  it("are all bound before the kernel receives or sends on any of them: a request sent as it starts is answered", async () => {
    // The project's kernel, started as the runner starts it, with sockets whose binds last 500 ms
    // and that log any use while they bind (fixtures/strict-sockets.cjs).
    const log = path.join(folder, "strict-sockets.log");
    fs.writeFileSync(log, "");
    const spec = readKernelSpec();
    const tslab = spec.argv.findIndex((arg) => arg.endsWith(path.join("tslab", "bin", "tslab")));
    assert.ok(tslab > 0, "the kernel spec starts tslab's own binary");
    const argv = [...spec.argv.slice(0, tslab), "--require", path.join(__dirname, "fixtures", "strict-sockets.cjs"), ...spec.argv.slice(tslab)];
    const kernel = await KernelClient.start({ ...spec, argv, env: { ...spec.env, STRICT_SOCKETS_LOG: log } }, folder);
    try {
      const execution = await kernel.execute("console.log(6 * 7);", 60_000);
      assert.deepEqual(execution.outputs, [{ output_type: "stream", name: "stdout", text: "42\n" }]);
    } finally {
      await kernel.shutdown();
    }
    assert.equal(fs.readFileSync(log, "utf8"), "", "tslab used a socket while binding it");
  });
});
