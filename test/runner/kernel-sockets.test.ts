import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import * as zeromq from "zeromq";
import { zeromqWaitingForBind } from "../../lib/src/runner/kernel-sockets";
import { scratchFolder } from "../helpers/scratch-folder";

const folder = scratchFolder("kernel-sockets-");
const endpoint = (name: string) => `ipc://${path.join(folder, name)}`;
const waiting = zeromqWaitingForBind(zeromq as unknown as Record<string, unknown>) as unknown as typeof zeromq;

// A lost message would leave a receive waiting forever: each test fails after 10 s instead.
describe("the sockets tslab binds", { timeout: 10_000 }, () => {
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

  it("receive a request asked for while they bind, and answer it", async () => {
    const router = new waiting.Router();
    const bound = router.bind(endpoint("router"));
    const received = router.receive();
    const client = new zeromq.Dealer();
    client.connect(endpoint("router"));
    await client.send("kernel_info_request");
    const [identity, request] = await received;
    assert.equal(request!.toString(), "kernel_info_request");
    await router.send([identity, "kernel_info_reply"]);
    const [reply] = await client.receive();
    assert.equal(reply!.toString(), "kernel_info_reply");
    await bound;
    client.close();
    router.close();
  });

  it("send at once once bound: a reply sent just before the socket closes still goes out, as tslab answers a shutdown_request", async () => {
    const router = new waiting.Router();
    await router.bind(endpoint("closing"));
    const client = new zeromq.Dealer();
    client.connect(endpoint("closing"));
    await client.send("shutdown_request");
    const [identity] = await router.receive();
    void router.send([identity, "shutdown_reply"]);
    router.close();
    const [reply] = await client.receive();
    assert.equal(reply!.toString(), "shutdown_reply");
    client.close();
  });

  it("send what is sent while they bind, once bound", async () => {
    const publisher = new waiting.Publisher();
    const bound = publisher.bind(endpoint("publisher"));
    await assert.doesNotReject(publisher.send("status: busy"));
    await bound;
    publisher.close();
  });
});
