import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { installedVersion, projectRoot } from "../../config/paths";
import { CacheNamespace, cacheKey } from "../../cache";
import type { Chart } from "../../vocabulary";
import { chromiumPath } from "../browser";
import { exportFonts } from "../fonts";
import { renderSourceFiles } from "./protocol";
import type { StaticFormat } from "./protocol";

/**
 * The render service's files of charts it drew before, on disk: a chart whose content and
 * renderers are unchanged is not drawn again after the service restarts (a new session, a
 * rerun of a notebook, a run after one data row changed), as Quarto keeps the figures of a
 * frozen document. An entry is a file named after the hash of the renderers' identity, the
 * chart and the format, in a folder of that identity, in the cache's `renders` namespace
 * (files/cache.ts: written whole or not at all, signed); it is written only after rendering succeeded.
 */

/** Files kept: the newest by use. The project's charts in both languages, in three formats, make about 100. */
const keptFiles = 2000;

/** The folder of other renderers (another version of the code or of a package) is removed once unused this long. */
const otherRenderersKeptMs = 24 * 60 * 60 * 1000;

const extensions: Record<StaticFormat, string> = { svg: "svg", png: "png", pdf: "pdf" };

/** Whether `content` is a whole file of its format (a miss otherwise: an entry damaged outside this code is drawn again). */
function isWhole(format: StaticFormat, content: Buffer): boolean {
  switch (format) {
    case "svg": {
      const text = content.toString("utf8");
      return text.startsWith("<svg") && text.trimEnd().endsWith("</svg>");
    }
    case "png":
      return content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && content.subarray(-8, -4).toString("latin1") === "IEND";
    case "pdf":
      return content.subarray(0, 5).toString("latin1") === "%PDF-" && content.subarray(-7).toString("latin1").includes("%%EOF");
  }
}

const isEntry = (name: string) => /^[0-9a-f]{64}\.(svg|png|pdf)$/.test(name);
const identityFolder = (identity: string) => cacheKey(identity).slice(0, 16);

export class RenderCache {
  /** The folder of this identity's files (created on the first write). */
  readonly folder: string;
  private readonly entries: CacheNamespace;

  /**
   * @param dir folder of the cache: one folder inside per identity of the renderers
   * @param identity what else a chart's files depend on: see {@link rendererIdentity}
   */
  constructor(
    readonly dir: string,
    readonly identity: string,
  ) {
    this.entries = new CacheNamespace(dir, keptFiles);
    this.folder = path.join(dir, identityFolder(identity));
  }

  /** A PNG is told apart by its scale; SVG and PDF have none. */
  private fileOf(chart: Chart, format: StaticFormat, pngScale: number): string {
    const variant = format === "png" ? `${format} at ${pngScale}` : format;
    return this.entries.file(cacheKey(this.identity, JSON.stringify(chart), variant), extensions[format], identityFolder(this.identity));
  }

  /** The file drawn before, if any, intact and whole. */
  read(chart: Chart, format: StaticFormat, pngScale = 2): string | Buffer | undefined {
    const file = this.fileOf(chart, format, pngScale);
    const content = this.entries.readFile(file);
    if (content === undefined) return undefined;
    if (!isWhole(format, content)) {
      this.entries.discard(file);
      return undefined;
    }
    return format === "svg" ? content.toString("utf8") : content;
  }

  write(chart: Chart, format: StaticFormat, pngScale: number, content: string | Buffer): void {
    this.entries.writeFile(this.fileOf(chart, format, pngScale), content);
  }

  /** Whether no chart was drawn by these renderers yet (a new machine, or a renderer changed): every chart will be. */
  isEmpty(): boolean {
    try {
      return !fs.readdirSync(this.folder).some(isEntry);
    } catch {
      return true;
    }
  }

  /** Removes all but the `keep` files used last, and the folders of other renderers unused for a day. */
  prune(keep: number = keptFiles): void {
    this.entries.prune(this.folder, keep);
    let folders: fs.Dirent[];
    try {
      folders = fs.readdirSync(this.dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const other of folders) {
      const folder = path.join(this.dir, other.name);
      if (!other.isDirectory() || folder === this.folder || !/^[0-9a-f]{16}$/.test(other.name)) continue;
      if (Date.now() - fs.statSync(folder).mtimeMs > otherRenderersKeptMs) fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** Packages whose code draws or encodes the files: their version is part of the identity. */
const rendererPackages = ["plotly.js-dist-min", "vega", "vega-lite", "@resvg/resvg-js", "pdfkit", "svg-to-pdfkit", "playwright-core"];

/** The library's files the renderers read, besides lib/src/render: the font stack of the charts. */
const rendererLibraryFiles = [path.join(projectRoot, "lib", "src", "charts", "palette.ts")];

/**
 * Everything a chart's static files depend on besides the chart: the rendering code (by
 * content, so that a checkout of the same code finds its files), the versions of the packages
 * that draw and encode, Chromium's version (Plotly measures text in it) and the font files.
 */
export async function rendererIdentity(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [...renderSourceFiles().sort(), ...rendererLibraryFiles]) hash.update(`${path.relative(projectRoot, file)}\0`).update(fs.readFileSync(file)).update("\0");
  for (const name of rendererPackages) hash.update(`${name}@${installedVersion(name)}\0`);
  const { stdout } = await promisify(execFile)(chromiumPath, ["--version"], { timeout: 30_000 });
  hash.update(`${stdout.trim()}\0`);
  for (const file of Object.values(exportFonts)) {
    const stats = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${file}\0${stats?.size}\0${stats?.mtimeMs}\0`);
  }
  return hash.digest("hex");
}
