/**
 * The render service: one long-lived process per user and checkout that keeps headless
 * Chromium with plotly.js (and vega, resvg, pdfkit) warm, so that no notebook kernel pays
 * a browser start for its first chart. Started on demand by the client, detached from it;
 * it exits after SYRIA_RENDERER_IDLE_SECONDS without a request, or on a "stop" request.
 *
 *   node lib/dist/render/service/server.js
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import type { Chart } from "../../vocabulary";
import { closeSharedBrowser, getSharedBrowser } from "../browser";
import { renderChartSvg } from "../chart-svg";
import { renderPlotlySvg } from "../plotly-svg";
import { encode, idleSeconds, serviceAddress, serviceLogFile, type RenderReply, type Request } from "./protocol";
import { staticFilesFromSvg } from "./static-formats";

function log(message: string): void {
  fs.appendFileSync(serviceLogFile(), `${new Date().toISOString()} [${process.pid}] ${message}\n`);
}

// SVGs are drawn one at a time: one page, one Plotly state, the same bytes as in-process.
// PNG and PDF are made from a finished SVG, beside the next drawing.
let drawing: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = drawing.then(work);
  drawing = result.catch(() => undefined);
  return result;
}

/** SVGs of the charts drawn lately, by content: a chart a kernel showed and then exports is drawn once. */
const recentSvgs = new Map<string, Promise<string>>();
const recentSvgsKept = 64;

function svgOf(chart: Chart): Promise<string> {
  const key = createHash("sha256").update(JSON.stringify(chart)).digest("hex");
  const svg = recentSvgs.get(key) ?? oneAtATime(() => renderChartSvg(chart));
  // Most recent last, so the oldest goes first when the map is full; a failure is not kept.
  recentSvgs.delete(key);
  recentSvgs.set(key, svg);
  svg.catch(() => recentSvgs.delete(key));
  if (recentSvgs.size > recentSvgsKept) recentSvgs.delete(recentSvgs.keys().next().value as string);
  return svg;
}

async function reply(request: Request): Promise<unknown> {
  switch (request.op) {
    case "ping":
      return { ok: true };
    case "stop":
      return { ok: true };
    case "render": {
      const files = request.formats.length === 0 ? {} : await staticFilesFromSvg(request.chart, await svgOf(request.chart), request.formats, request.pngScale);
      const encoded = Object.fromEntries(Object.entries(files).map(([format, content]) => [format, typeof content === "string" ? content : content.toString("base64")]));
      return { ok: true, files: encoded } satisfies RenderReply;
    }
  }
}

async function main(): Promise<void> {
  const answering = new Set<Promise<unknown>>();
  let idleTimer: NodeJS.Timeout | undefined;
  const server = net.createServer();

  const shutdown = async (why: string) => {
    log(`stopping: ${why}`);
    server.close();
    await Promise.allSettled([...answering]);
    await closeSharedBrowser();
    process.exit(0);
  };
  const armIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void shutdown(`idle for ${idleSeconds()} s`), idleSeconds() * 1000);
  };

  server.on("connection", (socket) => {
    armIdleTimer();
    let buffer = "";
    socket.setEncoding("utf8");
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf("\n");
      if (end < 0) return;
      const request = JSON.parse(buffer.slice(0, end)) as Request;
      const answer = reply(request);
      answering.add(answer);
      void answer.finally(() => answering.delete(answer)).catch(() => undefined);
      answer.then(
        (message) => socket.end(encode(message)),
        (error: unknown) => {
          log(`render failed: ${error instanceof Error ? error.stack : String(error)}`);
          socket.end(encode({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies RenderReply));
        },
      );
      if (request.op === "stop") {
        // No new connections from now on; the renders already queued finish first.
        server.close();
        void answer.then(() => shutdown("asked to stop"));
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(serviceAddress(), resolve);
  });
  log("listening");
  armIdleTimer();
  // Warm up at once (browser, page, plotly.js): whoever started the service is about to ask for a chart.
  void oneAtATime(async () => renderPlotlySvg(await getSharedBrowser(), { data: [], layout: {} })).catch(() => undefined);
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  // Another service won the race to this address: it serves, this one leaves quietly.
  if (code === "EADDRINUSE") process.exit(0);
  log(`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
