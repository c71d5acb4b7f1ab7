import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Chart } from "../../vocabulary";
import { paths, projectRoot, vendorScripts } from "../../config/paths";
import { privateFolder } from "./private-folder";

/** Static formats the render service produces: everything that needs a layout engine. */
export type StaticFormat = "svg" | "png" | "pdf";

export interface RenderRequest {
  op: "render";
  chart: Chart;
  formats: StaticFormat[];
  pngScale: number;
  /** Formats the client is likely to ask for next (show() before an export): made after the reply, kept for that request. */
  prepare?: StaticFormat[];
}

export type Request = RenderRequest | { op: "ping" } | { op: "identity" } | { op: "stop" };

/** The renderers' identity (see rendererIdentity), or null when the service could not know it. */
export type IdentityReply = { ok: true; identity: string | null };

/** Text formats come back as text, binary ones as base64. */
export type RenderReply = { ok: true; files: Partial<Record<StaticFormat, string>> } | { ok: false; error: string };

/** The rendering code's TypeScript sources (lib/src/render), whether this module runs from them or from lib/dist. */
export const renderSources = path.join(projectRoot, "lib", "src", "render");

/** The compiled service that clients start when the build is current. */
export const compiledServer = path.join(projectRoot, "lib", "dist", "render", "service", "server.js");

/** Written by every build that changed something (tsc -b leaves unchanged outputs, server.js among them, untouched). */
export const buildInfo = path.join(projectRoot, "lib", "dist", ".tsbuildinfo");

/** Every file of the rendering code, recursively. */
export function renderSourceFiles(folder: string = renderSources): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? renderSourceFiles(file) : entry.name.endsWith(".ts") ? [file] : [];
  });
}

let cachedName: string | undefined;

/**
 * The service's name: one per checkout and per version of the rendering code and the Plotly
 * bundle (a service started from other code must not answer), and one per disk cache of drawn
 * charts. Clients running from lib/src (tsx) and from lib/dist (kernels) share it.
 */
function serviceName(): string {
  if (cachedName) return cachedName;
  const hash = createHash("sha256").update(projectRoot);
  for (const file of [...renderSourceFiles().sort(), vendorScripts.plotly]) {
    const stat = fs.statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  // A client whose disk cache is elsewhere (a test, a benchmark) is not answered from this one.
  hash.update(`${paths.renderCache}\0`);
  // SYRIA_RENDERER_INSTANCE gives tests a service of their own.
  hash.update(process.env.SYRIA_RENDERER_INSTANCE ?? "");
  cachedName = `renderer-${hash.digest("hex").slice(0, 12)}`;
  return cachedName;
}

/** The longest file name the service uses in its folder (its log). */
const longestName = "renderer-0123456789ab.sock".length + 1;

/**
 * The service's socket: a file in the user's private folder (private-folder.ts), so that only
 * the user's own processes can connect; a second service cannot listen on the same path while
 * the first one does. The folder is checked on every call: a changed owner or mode is refused.
 */
export function serviceAddress(): string {
  return path.join(privateFolder(longestName), `${serviceName()}.sock`);
}

/** Where the service writes what it did and why it could not start: the client quotes it in its error. Removed when the service stops. */
export function serviceLogFile(): string {
  return path.join(privateFolder(longestName), `${serviceName()}.log`);
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
