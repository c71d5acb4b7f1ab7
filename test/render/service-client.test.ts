/**
 * When the render-service client asks again: the errors a connection gets from a service that
 * is not there, or that was stopping when it took the connection, produced here by real sockets.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { notListening } from "../../lib/src/render/service/client";
import { scratchFolder } from "../helpers/scratch-folder";

const folder = scratchFolder("service-client-");
after(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Connects to `address`, writes a request once the service's side has closed, and resolves the error the client gets. */
function errorFrom(address: string, writeAfterClose: boolean): Promise<NodeJS.ErrnoException> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ path: address, allowHalfOpen: true });
    socket.on("error", resolve);
    socket.on("end", () => {
      if (writeAfterClose) socket.write('{"op":"ping"}\n');
    });
  });
}

describe("the render-service client", () => {
  it("asks again when nobody listens at the address", async () => {
    const missing = await errorFrom(path.join(folder, "missing.sock"), false);
    assert.equal(missing.code, "ENOENT");
    assert.ok(notListening(missing));
    // What a killed service leaves: its socket file, with nobody listening.
    const left = path.join(folder, "left.sock");
    const server = net.createServer().listen(left);
    await new Promise((resolve) => server.once("listening", resolve));
    const copy = path.join(folder, "copy.sock");
    fs.renameSync(left, copy);
    await new Promise((resolve) => server.close(resolve));
    const refused = await errorFrom(copy, false);
    assert.equal(refused.code, "ECONNREFUSED");
    assert.ok(notListening(refused));
  });

  it("asks again when the service closed the connection before the request was written to it, as a stopping service does", async () => {
    const address = path.join(folder, "stopping.sock");
    const server = net.createServer((connection) => connection.destroy()).listen(address);
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const closed = await errorFrom(address, true);
      assert.equal(closed.code, "EPIPE");
      assert.ok(notListening(closed));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("does not ask again on any other error", () => {
    assert.ok(!notListening(Object.assign(new Error("permission denied"), { code: "EACCES" })));
    assert.ok(!notListening(new Error("the render service closed the connection without a reply")));
  });
});
