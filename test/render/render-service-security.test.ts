import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { paths } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { chromiumArgs } from "../../lib/src/render/browser";
import { renderStatic, stopRenderService } from "../../lib/src/render/service/client";
import { whyNotPrivate } from "../../lib/src/render/service/private-folder";
import { serviceAddress, serviceLogFile } from "../../lib/src/render/service/protocol";
import { requestLimits } from "../../lib/src/render/service/request-schema";
import type { Chart, PlotlyChart, VegaLiteChart } from "../../lib/src/vocabulary";
import { renderServicePids } from "../helpers/render-service-processes";

// A service of this test's own, in a runtime folder of its own.
process.env.SYRIA_RENDERER_INSTANCE = `security-${process.pid}`;
const serviceProcesses = () => renderServicePids(`SYRIA_RENDERER_INSTANCE=${process.env.SYRIA_RENDERER_INSTANCE}`);

const otherAccount = ["--reuid=65534", "--regid=65534", "--clear-groups"];
/** Acting as another account (setpriv, chown) needs root: as any other user, those checks cannot run. */
const asRootOnly = process.getuid?.() === 0 ? false : "acting as another account needs root";

/** Runs `args` as uid 65534 (nobody). */
function asOtherAccount(command: string, args: string[]) {
  return spawnSync("setpriv", [...otherAccount, command, ...args], { encoding: "utf8", timeout: 30_000 });
}

/**
 * A folder the other account can reach (it may enter every folder above it), so that what stops
 * it is the service's own folder: the temporary folder when other accounts can enter it (a test
 * run's TMPDIR may sit inside a private home), /tmp otherwise.
 */
function folderOthersCanReach(): string {
  for (const base of [os.tmpdir(), "/tmp"]) {
    const folder = fs.mkdtempSync(path.join(base, "render-security-"));
    fs.chmodSync(folder, 0o711);
    if (asOtherAccount("test", ["-x", folder]).status === 0) return folder;
    fs.rmSync(folder, { recursive: true, force: true });
  }
  throw new Error("no folder the other account can enter");
}

/** Connects to `socket` as uid 65534, writes a ping; prints "connected" and the reply, or the error code. */
const connectScript = `
const socket = require("node:net").createConnection(process.argv[1]);
let reply = "";
socket.on("connect", () => { console.log("connected"); socket.write('{"op":"stop"}\\n'); });
socket.on("data", (chunk) => (reply += chunk));
socket.on("end", () => console.log(reply));
socket.on("error", (error) => console.log(error.code));
`;

const charts = allCharts(loadDataset());
const plotly = charts.find((chart): chart is PlotlyChart => chart.library === "plotly")!;
const vegaLite = charts.find((chart): chart is VegaLiteChart => chart.library === "vega-lite")!;

function vegaLiteWithData(id: string, data: object): Chart {
  return { ...vegaLite, meta: { ...vegaLite.meta, id }, spec: { data, mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } } } as VegaLiteChart["spec"] };
}

/** Sends raw bytes to the service and resolves what came back before it closed ("" when nothing). */
function sendRaw(bytes: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.createConnection(serviceAddress());
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.end(bytes));
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", () => undefined);
  });
}

/** A small seeded generator (mulberry32): the same 1,000 requests on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hostile requests of every kind: random bytes, truncated JSON, wrong types, out-of-range values, deep nesting. */
function fuzzedRequests(count: number): Array<Buffer | string> {
  const next = random(23);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const valid = JSON.stringify({ op: "render", chart: vegaLite, formats: ["svg"], pngScale: 2 });
  // Wrong wherever they are put: the mutated requests are all invalid.
  const wrongValues: unknown[] = [null, true, -1, 1e308, "", [null], [[]]];
  const fields = ["op", "chart", "formats", "pngScale", "prepare", "chart.library", "chart.meta", "chart.meta.id", "chart.spec", "chart.figure"];
  const requests: Array<Buffer | string> = [];
  for (let index = 0; index < count; index++) {
    switch (index % 6) {
      case 0: {
        const bytes = Buffer.alloc(1 + Math.floor(next() * 2000));
        for (let at = 0; at < bytes.length; at++) bytes[at] = Math.floor(next() * 256);
        requests.push(bytes);
        break;
      }
      case 1:
        requests.push(`${valid.slice(0, Math.floor(next() * valid.length))}\n`);
        break;
      case 2: {
        const request = JSON.parse(valid) as Record<string, unknown>;
        const [head, ...rest] = pick(fields).split(".");
        let target = request;
        for (const key of [head!, ...rest].slice(0, -1)) target = (target[key] ?? {}) as Record<string, unknown>;
        target[[head!, ...rest].at(-1)!] = pick(wrongValues);
        requests.push(`${JSON.stringify(request)}\n`);
        break;
      }
      case 3:
        requests.push(`${JSON.stringify({ op: "render", chart: vegaLite, formats: ["png"], pngScale: pick([0, -2, 9, 1e6, Number.MAX_VALUE]) })}\n`);
        break;
      case 4: {
        const depth = 10 + Math.floor(next() * 100_000);
        requests.push(`${"[".repeat(depth)}${"]".repeat(next() < 0.5 ? depth : 10)}\n`);
        break;
      }
      default:
        requests.push(`${JSON.stringify({ op: pick(["render", "stop ", "eval", "", 1]), formats: pick([["svg", "svg"], ["exe"], "svg", []]) })}\n`);
    }
  }
  return requests;
}

describe("the render service's security", () => {
  let reachable: string;
  before(async () => {
    await stopRenderService();
    reachable = asRootOnly ? fs.mkdtempSync(path.join(os.tmpdir(), "render-security-")) : folderOthersCanReach();
    const runtime = path.join(reachable, "runtime");
    fs.mkdirSync(runtime, { mode: 0o700 });
    process.env.XDG_RUNTIME_DIR = runtime;
  });
  after(async () => {
    await stopRenderService();
    for (let tries = 0; serviceProcesses().length > 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    fs.rmSync(reachable, { recursive: true, force: true });
  });

  it("listens on a socket file in the user's runtime folder, mode 0700, and another account cannot connect", { skip: asRootOnly }, async () => {
    assert.match((await renderStatic(vegaLite, ["svg"])).svg as string, /^<svg/);
    const socket = serviceAddress();
    assert.equal(path.dirname(path.dirname(socket)), process.env.XDG_RUNTIME_DIR);
    assert.equal(whyNotPrivate(path.dirname(socket)), undefined);
    assert.ok(fs.statSync(socket).isSocket());

    const other = asOtherAccount(process.execPath, ["-e", connectScript, socket]);
    assert.equal(other.stdout.trim(), "EACCES", other.stderr);
    // The test reaches what it claims to: with the folder and socket opened to everyone, the same account gets in (and may stop it).
    const folders = [path.dirname(socket), process.env.XDG_RUNTIME_DIR!];
    for (const folder of folders) fs.chmodSync(folder, 0o755);
    fs.chmodSync(socket, 0o777);
    try {
      const opened = asOtherAccount(process.execPath, ["-e", connectScript, socket]);
      assert.match(opened.stdout, /^connected/, opened.stderr);
    } finally {
      for (const folder of folders) fs.chmodSync(folder, 0o700);
    }
  });

  it("refuses a runtime folder that is not the user's own and private", { skip: asRootOnly }, () => {
    const loose = fs.mkdtempSync(path.join(reachable, "loose-"));
    fs.chmodSync(loose, 0o755);
    assert.match(whyNotPrivate(loose) ?? "", /mode 755/);
    fs.chmodSync(loose, 0o700);
    fs.chownSync(loose, 65534, 65534);
    assert.match(whyNotPrivate(loose) ?? "", /owned by uid 65534/);
    const link = path.join(reachable, "link");
    fs.symlinkSync(path.join(reachable, "runtime"), link);
    assert.match(whyNotPrivate(link) ?? "", /symbolic link/);
    // An XDG_RUNTIME_DIR that is not private is not used.
    const before = process.env.XDG_RUNTIME_DIR;
    process.env.XDG_RUNTIME_DIR = loose;
    try {
      assert.ok(!serviceAddress().startsWith(loose));
    } finally {
      process.env.XDG_RUNTIME_DIR = before;
    }
  });

  it("loads no file and no URL a chart names: each such chart gets an error, and nothing of the file or the server shows", async () => {
    const marker = `PRIVATE-${process.pid}-CONTENT`;
    const privateFile = path.join(reachable, "runtime", "private.csv");
    fs.writeFileSync(privateFile, `a,b\n${marker},1\n`, { mode: 0o600 });
    let requestsReceived = 0;
    const server = http.createServer((request, response) => {
      requestsReceived++;
      response.end(request.url?.endsWith(".png") ? Buffer.from("89504e47", "hex") : `a,b\n${marker},2\n`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const hostile: Chart[] = [
        vegaLiteWithData("private-path", { url: privateFile }),
        vegaLiteWithData("file-url", { url: `file://${privateFile}` }),
        vegaLiteWithData("http-url", { url: `http://127.0.0.1:${port}/data.csv` }),
        { ...vegaLite, meta: { ...vegaLite.meta, id: "image-url" }, spec: { data: { values: [{ u: `http://127.0.0.1:${port}/mark.png` }] }, mark: "image", encoding: { url: { field: "u", type: "nominal" } } } as VegaLiteChart["spec"] },
        {
          ...plotly,
          meta: { ...plotly.meta, id: "plotly-image-url" },
          figure: { ...plotly.figure, layout: { ...plotly.figure.layout, images: [{ source: `http://127.0.0.1:${port}/logo.png`, xref: "paper", yref: "paper", x: 0, y: 1, sizex: 0.2, sizey: 0.2 }] } },
        },
      ];
      for (const chart of hostile) {
        const error = await renderStatic(chart, ["svg", "png", "pdf"]).then(
          () => assert.fail(`${chart.meta.id}: rendered`),
          (error: Error) => error,
        );
        assert.match(error.message, /chart data must be inline/, chart.meta.id);
        assert.ok(!error.message.includes(marker), `${chart.meta.id}: the error quotes the file`);
      }
      assert.equal(requestsReceived, 0, "a request reached the test server");
      // Nor does any file of the service hold a byte of it: its log, its drawn charts.
      const files = [serviceLogFile(), ...fs.readdirSync(paths.renderCache, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))];
      for (const file of files) assert.ok(!fs.readFileSync(file, "utf8").includes(marker), file);
      // A chart that carries its data still renders.
      assert.match((await renderStatic(vegaLiteWithData("inline", { values: [{ a: "x", b: 1 }] }), ["svg"])).svg as string, /^<svg/);
    } finally {
      server.close();
    }
  });

  it("answers 1,000 malformed, oversized and random requests with an error or a closed connection, and goes on serving", async () => {
    assert.match((await renderStatic(vegaLite, ["svg"])).svg as string, /^<svg/);
    const [pid] = serviceProcesses();
    const requests = fuzzedRequests(1000);
    // A few beyond the size limit, one of them with no line end at all.
    const oversized = `{"op":"render","chart":${JSON.stringify("x".repeat(requestLimits.bytes))}}`;
    requests.push(`${oversized}\n`, oversized);
    for (let at = 0; at < requests.length; at += 20) {
      const replies = await Promise.all(requests.slice(at, at + 20).map(sendRaw));
      for (const reply of replies) {
        if (reply === "") continue;
        const parsed = JSON.parse(reply) as { ok: boolean; error?: string };
        assert.equal(parsed.ok, false, reply.slice(0, 200));
        assert.equal(typeof parsed.error, "string");
      }
    }
    assert.deepEqual(serviceProcesses(), [pid], "the same service serves");
    assert.match((await renderStatic(plotly, ["svg", "png"])).svg as string, /^<svg/);
    await assert.rejects(renderStatic(vegaLite, ["png"], 100), /pngScale/);
  });

  it("removes its socket and log when it stops, or is stopped by a signal, and a socket left by a killed service does not block the next", async () => {
    await renderStatic(vegaLite, ["svg"]);
    const folder = path.dirname(serviceAddress());
    const waitGone = async () => {
      for (let tries = 0; serviceProcesses().length > 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await stopRenderService();
    await waitGone();
    assert.deepEqual(fs.readdirSync(folder), []);

    await renderStatic(vegaLite, ["svg"]);
    for (const pid of serviceProcesses()) process.kill(pid, "SIGTERM");
    await waitGone();
    assert.deepEqual(fs.readdirSync(folder), []);

    await renderStatic(vegaLite, ["svg"]);
    for (const pid of serviceProcesses()) process.kill(pid, "SIGKILL");
    await waitGone();
    assert.ok(fs.readdirSync(folder).some((name) => name.endsWith(".sock")), "a killed service leaves its socket");
    assert.match((await renderStatic(plotly, ["svg"])).svg as string, /^<svg/);
    assert.equal(serviceProcesses().length, 1);
  });

  it("keeps Chromium's sandbox on for every user but root (where Chromium cannot start with it)", () => {
    assert.ok(!chromiumArgs(1000).includes("--no-sandbox"));
    assert.ok(chromiumArgs(0).includes("--no-sandbox"));
  });
});
