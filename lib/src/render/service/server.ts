/**
 * The render service: one long-lived process per user and checkout that keeps headless
 * Chromium with plotly.js (and vega, resvg, pdfkit) warm, so that no notebook kernel pays
 * a browser start for its first chart. Started on demand by the client, detached from it;
 * it exits after SYRIA_RENDERER_IDLE_SECONDS without a request, or on a "stop" request.
 *
 *   node lib/dist/render/service/server.js
 */
import * as fs from "node:fs";
import * as net from "node:net";
import { closeSharedBrowser, getSharedBrowser } from "../browser";
import { renderPlotlySvg } from "../plotly-svg";
import { encode, idleSeconds, serviceAddress, serviceLogFile, type RenderReply, type Request } from "./protocol";
import { renderStaticInProcess } from "./static-formats";

function log(message: string): void {
  fs.appendFileSync(serviceLogFile(), `${new Date().toISOString()} [${process.pid}] ${message}\n`);
}

async function reply(request: Request): Promise<unknown> {
  switch (request.op) {
    case "ping":
      return { ok: true };
    case "stop":
      return { ok: true };
    case "render": {
      const files = await renderStaticInProcess(request.chart, request.formats, request.pngScale);
      const encoded = Object.fromEntries(Object.entries(files).map(([format, content]) => [format, typeof content === "string" ? content : content.toString("base64")]));
      return { ok: true, files: encoded } satisfies RenderReply;
    }
  }
}

async function main(): Promise<void> {
  // Renders run one at a time: one page, one Plotly state, the same bytes as in-process.
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  const server = net.createServer();

  const shutdown = async (why: string) => {
    log(`stopping: ${why}`);
    server.close();
    await queue;
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
      const answer = queue.then(() => reply(request));
      queue = answer.catch(() => undefined);
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
  queue = queue.then(async () => renderPlotlySvg(await getSharedBrowser(), { data: [], layout: {} }));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  // Another service won the race to this address: it serves, this one leaves quietly.
  if (code === "EADDRINUSE") process.exit(0);
  log(`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
