/**
 * The render service: one long-lived process per user and checkout that keeps headless
 * Chromium with plotly.js (and vega, resvg, pdfkit) warm once a chart had to be drawn, so that
 * no notebook kernel pays a browser start for its charts, and answers charts drawn before from
 * its disk cache without loading any of them. Started on demand by the client, detached from it;
 * it exits after SYRIA_RENDERER_IDLE_SECONDS without a request, or on a "stop" request.
 *
 * Only its owner reaches it (a socket in the user's private folder, private-folder.ts); every
 * request is checked against request-schema.ts before anything reads it; and the renderers
 * load nothing but the chart they are sent (inline-only.ts).
 *
 *   node lib/dist/render/service/server.js
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import { paths } from "../../config/paths";
import type { Chart } from "../../vocabulary";
import { closeSharedBrowser, getSharedBrowser, leaveBrowserSignalsToProcess } from "../browser";
import { renderChartSvg } from "../chart-svg";
import { encode, idleSeconds, type IdentityReply, serviceAddress, serviceLogFile, type RenderReply, type Request, type StaticFormat } from "./protocol";
import { RenderCache, rendererIdentity } from "./render-cache";
import { parseRequest, requestLimits } from "./request-schema";
import { staticFileFromSvg } from "./static-formats";

/** The log's path, fixed as the service starts: the folder is not looked up again (it may be gone as the service stops). */
let logFile: string | undefined;

function log(message: string): void {
  try {
    logFile ??= serviceLogFile();
    fs.appendFileSync(logFile, `${new Date().toISOString()} [${process.pid}] ${message}\n`, { mode: 0o600 });
  } catch {
    // No private folder to write in (the service refuses to start then): nothing else to tell.
  }
}

// SVGs are drawn one at a time: one page, one Plotly state, the same bytes as in-process.
// PNG and PDF are made from a finished SVG, beside the next drawing.
let drawing: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = drawing.then(work);
  drawing = result.catch(() => undefined);
  return result;
}

/**
 * The files of the charts rendered lately, by chart content and file: a chart a kernel showed
 * and then exports is drawn once, and its PNG and PDF, prepared after the show, are ready.
 */
const recent = new Map<string, Map<string, Promise<string | Buffer>>>();
const chartsKept = 64;

/** The chart's store of files, made the most recent (the oldest chart goes first when the map is full). */
function filesOf(chart: Chart): Map<string, Promise<string | Buffer>> {
  const key = createHash("sha256").update(JSON.stringify(chart)).digest("hex");
  const files = recent.get(key) ?? new Map<string, Promise<string | Buffer>>();
  recent.delete(key);
  recent.set(key, files);
  if (recent.size > chartsKept) recent.delete(recent.keys().next().value as string);
  return files;
}

function fileOf(chart: Chart, files: Map<string, Promise<string | Buffer>>, format: StaticFormat, pngScale: number): Promise<string | Buffer> {
  const name = format === "png" ? `png@${pngScale}` : format;
  let file = files.get(name);
  if (!file) {
    file = keptOrMade(chart, files, format, pngScale);
    files.set(name, file);
    // A failure is not kept: the next request tries again.
    file.catch(() => files.delete(name));
  }
  return file;
}

/** The files of charts drawn before, on disk; none when the renderers' identity cannot be known (no Chromium). */
let diskCache: Promise<RenderCache | undefined> = Promise.resolve(undefined);
let writtenSincePrune = 0;

/** The file from the disk cache, else drawn (SVG) or made from the SVG (PNG, PDF), and kept on disk once made. */
async function keptOrMade(chart: Chart, files: Map<string, Promise<string | Buffer>>, format: StaticFormat, pngScale: number): Promise<string | Buffer> {
  const disk = await diskCache;
  const kept = disk?.read(chart, format, pngScale);
  if (kept !== undefined) return kept;
  warmUpOnce();
  const made =
    format === "svg"
      ? await oneAtATime(() => renderChartSvg(chart))
      : await staticFileFromSvg(chart, (await fileOf(chart, files, "svg", pngScale)) as string, format, pngScale);
  if (disk) {
    try {
      disk.write(chart, format, pngScale, made);
      if (++writtenSincePrune >= 100) {
        writtenSincePrune = 0;
        disk.prune();
      }
    } catch (error) {
      // A full or read-only disk costs the next service a drawing, not this answer.
      log(`could not keep ${chart.meta.id}.${format} in ${disk.folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return made;
}

async function reply(request: Request): Promise<unknown> {
  switch (request.op) {
    case "ping":
      return { ok: true };
    case "identity":
      return { ok: true, identity: (await diskCache)?.identity ?? null } satisfies IdentityReply;
    case "stop":
      return { ok: true };
    case "render": {
      const files = filesOf(request.chart);
      const contents = await Promise.all(request.formats.map((format) => fileOf(request.chart, files, format, request.pngScale)));
      const encoded = Object.fromEntries(request.formats.map((format, index) => [format, typeof contents[index] === "string" ? contents[index] : contents[index]!.toString("base64")]));
      // Made while the client goes on; a failure shows when (and if) the client asks.
      for (const format of request.prepare ?? []) fileOf(request.chart, files, format, request.pngScale).catch(() => undefined);
      return { ok: true, files: encoded } satisfies RenderReply;
    }
  }
}

let warmingUp = false;

/**
 * Loads every renderer at once, on the first chart the service must draw, or as it starts when
 * its disk cache holds no chart of these renderers (none is loaded before otherwise: a service
 * whose charts all come from the disk cache never starts Chromium, which takes 5 s or more of
 * a 2-core machine's CPU from the kernels that asked). Chromium with plotly.js, the longest;
 * vega and vega-lite, resvg and pdfkit with a blank chart, which a first Vega-Lite chart or
 * export would otherwise load one after the other (about 0.4 s). Only Plotly's page is loaded,
 * not drawn on: drawings on it go one at a time.
 */
function warmUpOnce(): void {
  if (warmingUp) return;
  warmingUp = true;
  void Promise.all([
    Promise.all([getSharedBrowser(), import("../plotly-svg")]).then(([browser, { plotlyPage }]) => plotlyPage(browser)),
    (async () => {
      const [{ renderVegaLiteSvg }, { svgToPng }, { svgToPdf }] = await Promise.all([import("../vega-lite-svg"), import("../svg-to-png"), import("../svg-to-pdf")]);
      const svg = await renderVegaLiteSvg({ data: { values: [] }, mark: "point" });
      await Promise.all([svgToPng(svg, 1), svgToPdf(svg, "")]);
    })(),
  ]).catch((error: unknown) => log(`warm-up failed (the charts that need it will say why): ${error instanceof Error ? error.message : String(error)}`));
}

/** A connection that sends no whole request in this time is closed (a client sends its one line at once). */
const requestTimeoutMs = 30_000;

/**
 * Listens on the socket file. One left by a service that was killed (nobody answers on it) is
 * removed first, if it is still the same file once found dead: a service that started meanwhile
 * keeps its own. Resolves false when another service already answers there.
 */
async function listenOnce(server: net.Server, address: string): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(address, () => {
          server.off("error", reject);
          resolve();
        });
      });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || attempt > 3) throw error;
    }
    const found = fs.statSync(address, { throwIfNoEntry: false });
    const answers = await new Promise<boolean>((resolve) => {
      const probe = net.createConnection(address);
      probe.once("connect", () => {
        probe.destroy();
        resolve(true);
      });
      probe.once("error", () => resolve(false));
    });
    if (answers) return false;
    const now = fs.statSync(address, { throwIfNoEntry: false });
    if (found && now && found.ino === now.ino && found.isSocket()) fs.rmSync(address, { force: true });
  }
}

/** Reads one request line from `socket`, bounded: resolves the line, or undefined when the connection ends, times out or overflows (then closed). */
function readRequestLine(socket: net.Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (line: string | undefined) => {
      socket.off("data", onData);
      socket.setTimeout(0);
      resolve(line);
    };
    const onData = (chunk: Buffer) => {
      const end = chunk.indexOf(0x0a);
      if (end >= 0) {
        chunks.push(chunk.subarray(0, end));
        size += end;
      } else {
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size > requestLimits.bytes) {
        socket.destroy();
        return finish(undefined);
      }
      if (end >= 0) finish(Buffer.concat(chunks).toString("utf8"));
    };
    socket.on("data", onData);
    socket.once("end", () => finish(undefined));
    socket.once("close", () => finish(undefined));
    socket.setTimeout(requestTimeoutMs, () => {
      socket.destroy();
      finish(undefined);
    });
  });
}

async function main(): Promise<void> {
  // SIGTERM, SIGINT and SIGHUP close the browser (shutdown, below): not killed, Chromium leaves no scratch folder behind.
  leaveBrowserSignalsToProcess();
  const answering = new Set<Promise<unknown>>();
  let idleTimer: NodeJS.Timeout | undefined;
  const server = net.createServer();
  const address = serviceAddress();
  logFile = serviceLogFile();
  // A new log per service: the client quotes the last lines of this one's start.
  fs.writeFileSync(logFile, "", { mode: 0o600 });

  let stopping = false;
  const shutdown = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`stopping: ${why}`);
    server.close();
    await Promise.allSettled([...answering]);
    await closeSharedBrowser();
    // Nothing left behind: the socket goes with server.close(); the log once all went well.
    if (logFile) fs.rmSync(logFile, { force: true });
    process.exit(0);
  };
  const armIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void shutdown(`idle for ${idleSeconds()} s`), idleSeconds() * 1000);
  };

  const answer = (socket: net.Socket, message: unknown) => {
    if (!socket.destroyed) socket.end(encode(message));
  };

  server.on("connection", (socket) => {
    armIdleTimer();
    socket.on("error", () => socket.destroy());
    void readRequestLine(socket).then((line) => {
      if (line === undefined) return;
      const parsed = parseRequest(line);
      if (!parsed.ok) {
        log(`refused a request: ${parsed.error}`);
        answer(socket, { ok: false, error: parsed.error } satisfies RenderReply);
        return;
      }
      const { request } = parsed;
      const replied = reply(request);
      answering.add(replied);
      void replied.finally(() => answering.delete(replied)).catch(() => undefined);
      replied.then(
        (message) => answer(socket, message),
        (error: unknown) => {
          log(`render failed: ${error instanceof Error ? error.stack : String(error)}`);
          answer(socket, { ok: false, error: error instanceof Error ? error.message : String(error) } satisfies RenderReply);
        },
      );
      if (request.op === "stop") {
        // No new connections from now on; the renders already queued finish first.
        server.close();
        void replied.then(() => shutdown("asked to stop"));
      }
    });
  });

  if (!(await listenOnce(server, address))) {
    // Another service won the race to this address: it serves, this one leaves quietly.
    process.exit(0);
  }
  log(`listening on ${address}`);
  diskCache = rendererIdentity().then(
    (identity) => {
      const cache = new RenderCache(paths.renderCache, identity);
      // Every chart will be drawn: the renderers load now, while the kernel that started the service runs its first cells.
      if (cache.isEmpty()) warmUpOnce();
      cache.prune();
      return cache;
    },
    (error: unknown) => {
      log(`charts are drawn without the disk cache: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    },
  );
  armIdleTimer();
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
