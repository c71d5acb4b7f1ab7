import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Chart } from "../../vocabulary";
import { vendorScripts } from "../../config/paths";

/** Static formats the render service produces: everything that needs a layout engine. */
export type StaticFormat = "svg" | "png" | "pdf";

export interface RenderRequest {
  op: "render";
  chart: Chart;
  formats: StaticFormat[];
  pngScale: number;
}

export type Request = RenderRequest | { op: "ping" } | { op: "stop" };

/** Text formats come back as text, binary ones as base64. */
export type RenderReply = { ok: true; files: Partial<Record<StaticFormat, string>> } | { ok: false; error: string };

/**
 * The files whose code (and the Plotly bundle) decide what the service renders: a service started from other
 * code (an older build, another checkout) must not answer, so they are part of its name.
 */
function rendererCodeFiles(): string[] {
  const folders = [__dirname, path.join(__dirname, "..")];
  const code = folders.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith(".d.ts"))
      .map((name) => path.join(folder, name)),
  );
  return [...code, vendorScripts.plotly];
}

let cachedAddress: string | undefined;

/**
 * The service's socket: a Linux abstract socket (no file to go stale when the service dies;
 * a second service cannot bind the same name), one per user, per checkout and per version
 * of the rendering code.
 */
export function serviceAddress(): string {
  if (cachedAddress) return cachedAddress;
  const hash = createHash("sha256").update(__dirname);
  for (const file of rendererCodeFiles().sort()) {
    const stat = fs.statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  // SYRIA_RENDERER_INSTANCE gives tests a service of their own.
  hash.update(process.env.SYRIA_RENDERER_INSTANCE ?? "");
  cachedAddress = `\0syria-coalitions-renderer-${os.userInfo().uid}-${hash.digest("hex").slice(0, 16)}`;
  return cachedAddress;
}

/** Where the service writes why it could not start: the client quotes it in its error. */
export function serviceLogFile(): string {
  return path.join(os.tmpdir(), `syria-coalitions-renderer-${os.userInfo().uid}.log`);
}

/** Seconds without a request after which the service exits (SYRIA_RENDERER_IDLE_SECONDS). */
export function idleSeconds(): number {
  const value = Number(process.env.SYRIA_RENDERER_IDLE_SECONDS ?? 300);
  return Number.isFinite(value) && value > 0 ? value : 300;
}

/** One JSON message per line; the peer closes after its reply. */
export function encode(message: unknown): string {
  return `${JSON.stringify(message)}\n`;
}
