import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { paths } from "../../config/paths";
import type { Chart } from "../../vocabulary";
import { buildInfo, compiledServer, encode, renderSourceFiles, renderSources, serviceAddress, serviceLogFile, type IdentityReply, type RenderReply, type Request, type StaticFormat } from "./protocol";
import type { StaticFiles } from "./static-formats";

/** How long a client waits for a service it started to listen (a cold Chromium start takes ~2 s). */
const startTimeoutMs = 60_000;
const retryMs = 50;

/** Sends one request and reads the one-line reply. Rejects with the socket error (ECONNREFUSED when nobody listens). */
function ask(request: Request): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(serviceAddress());
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.write(encode(request)));
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      try {
        resolve(JSON.parse(answer));
      } catch {
        reject(new Error(`the render service closed the connection without a reply${answer ? `: ${answer.slice(0, 200)}` : ""}`));
      }
    });
  });
}

/** The compiled service when the build is at least as new as every rendering source; otherwise the sources, under tsx. */
function serverCommand(): string[] {
  const built = fs.existsSync(compiledServer) && fs.existsSync(buildInfo) ? fs.statSync(buildInfo).mtimeMs : -1;
  const current = built >= 0 && renderSourceFiles().every((file) => fs.statSync(file).mtimeMs <= built);
  if (current) return [process.execPath, compiledServer];
  return [process.execPath, "--import", "tsx", path.join(renderSources, "service", "server.ts")];
}

function startService(): void {
  const [command, ...args] = serverCommand();
  // Detached and silent: the service outlives the kernel or command that started it, and holds none of its pipes.
  // The service keeps drawn charts where this client's address says (serviceAddress hashes the folder).
  const env = { ...process.env, SYRIA_CACHE_DIR: paths.cache };
  const child = spawn(command, args, { detached: true, stdio: "ignore", cwd: path.dirname(renderSources), env });
  child.unref();
}

function lastLogLines(): string {
  try {
    return fs.readFileSync(serviceLogFile(), "utf8").trim().split("\n").slice(-5).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Nobody listens, or the service was stopping when it took the connection: it reset it
 * (ECONNRESET) or had closed it before the request was written (EPIPE). Its requests are
 * idempotent: ask again.
 */
export const notListening = (error: unknown) => ["ECONNREFUSED", "ENOENT", "ECONNRESET", "EPIPE"].includes((error as NodeJS.ErrnoException).code ?? "");

/**
 * When this process last started a service that has not answered yet: requests that find
 * nobody listening meanwhile (a notebook's charts asked for together) wait for that one
 * rather than each starting a service that would only find the address taken and exit.
 */
let startedAt: number | undefined;

/** Asks the service, starting it first when nobody listens. */
async function askService(request: Request): Promise<unknown> {
  try {
    return await ask(request);
  } catch (error) {
    if (!notListening(error)) throw error;
  }
  if (startedAt === undefined || Date.now() - startedAt > startTimeoutMs) {
    startService();
    startedAt = Date.now();
  }
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    try {
      const answer = await ask(request);
      // It listens: a request that later finds nobody (the service stopped or idled out) starts another.
      startedAt = undefined;
      return answer;
    } catch (error) {
      if (!notListening(error) || Date.now() > deadline) {
        throw new Error(`the render service did not start within ${startTimeoutMs / 1000} s; its log (${serviceLogFile()}) ends with:\n${lastLogLines()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}

/**
 * The chart's static files (SVG, PNG, PDF), rendered by the machine's shared render service
 * (started on first use, kept warm between kernels and commands): the same bytes as rendering
 * in-process, without launching a browser in every process. `prepare` names formats the
 * caller is likely to want next: the service makes them after replying, and keeps them.
 */
export async function renderStatic(chart: Chart, formats: readonly StaticFormat[], pngScale = 2, prepare: readonly StaticFormat[] = []): Promise<StaticFiles> {
  if (formats.length === 0) return {};
  const reply = (await askService({ op: "render", chart, formats: [...formats], pngScale, prepare: [...prepare] })) as RenderReply;
  if (!reply.ok) throw new Error(`rendering "${chart.meta.id}" failed in the render service: ${reply.error}`);
  const files: StaticFiles = {};
  for (const [format, content] of Object.entries(reply.files) as Array<[StaticFormat, string]>) {
    files[format] = format === "svg" ? content : Buffer.from(content, "base64");
  }
  return files;
}

/**
 * What the service's files depend on besides the chart (render-cache.ts, rendererIdentity),
 * starting the service if need be; undefined when the service cannot know it (no Chromium).
 * Asked each time rather than kept: a service restarted after an upgrade has another.
 */
export async function serviceRendererIdentity(): Promise<string | undefined> {
  const reply = (await askService({ op: "identity" })) as IdentityReply;
  return reply.identity ?? undefined;
}

let warmed = false;

/** Starts the service if it is not running, without waiting: for commands about to need it (once per process). */
export function warmRenderService(): void {
  if (warmed) return;
  warmed = true;
  void askService({ op: "ping" }).catch(() => undefined);
}

/**
 * Starts the service if it is not running and keeps it from idling out while this process
 * lives (a ping every minute), without keeping the process alive: for notebook kernels,
 * whose first chart would otherwise wait for Chromium and plotly.js to load (5 s or more).
 */
export function keepRenderServiceWarm(everyMs = 60_000): void {
  warmRenderService();
  setInterval(() => void askService({ op: "ping" }).catch(() => undefined), everyMs).unref();
}

/** Stops the service if it runs (tests and benchmarks that want a cold start). */
export async function stopRenderService(): Promise<void> {
  try {
    await ask({ op: "stop" });
  } catch (error) {
    if (!notListening(error)) throw error;
  }
}
