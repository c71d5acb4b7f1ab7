import { createHash, createHmac, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkPrivateFolder } from "../config/folder-variable";
import { paths } from "../config/paths";
import { writeFileAtomic } from "../files/atomic-write";

/**
 * The project's one cache: a folder (`node_modules/.cache/syria-coalitions`, moved by
 * SYRIA_CACHE_DIR) with one namespace per kind of entry (executions, conversions, renders,
 * exports, tables), never committed, emptied by `npm run clean`.
 *
 * Every entry is a file written whole or not at all, whose first line marks it as this
 * cache's own: the format, the entry's name, and an HMAC of both and of its content under a key
 * kept in the cache folder (made at random on first use, readable by the user only, so an entry
 * made on another machine or by another program never passes). An entry that
 * is cut short, edited, renamed, copied from another cache or written by another program fails
 * that check: it is ignored, as if absent, and the next write replaces it. A cache never fails
 * a command: a folder that cannot be written costs the next reader a miss.
 */

/** The first line's opening: the format's name and version. */
const magic = "syria-coalitions-cache/1";
/** The file that holds the key entries are signed with. */
const keyFileName = ".entry-key";
/** Temporary files of writeFileAtomic older than this were left by a process that was killed while writing. */
const abandonedAfterMs = 60 * 60 * 1000;

/** sha256 (hex) of the parts, each closed by a NUL byte, so that ("ab", "c") and ("a", "bc") differ. */
export function cacheKey(...parts: ReadonlyArray<string | Buffer>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/** The cache folder, created private (mode 0700) if missing, and checked: owned by the user, not writable by others. */
function privateFolder(dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  checkPrivateFolder(dir, "SYRIA_CACHE_DIR (the cache folder)");
  return dir;
}

let signingKeyRead: { file: string; key: Buffer } | undefined;

/**
 * The key entries are signed with, kept in the cache folder: made once (when `create`), then
 * read, so that every process of the project agrees on it. Undefined when there is none yet.
 */
function signingKey(create: boolean): Buffer | undefined {
  const file = path.join(paths.cache, keyFileName);
  if (signingKeyRead?.file === file) return signingKeyRead.key;
  let key: Buffer;
  try {
    key = fs.readFileSync(file);
  } catch {
    if (!create) return undefined;
    // Written beside, then linked into place: of two processes making one, the first link wins and both use its key.
    const temporary = `${path.join(privateFolder(paths.cache), keyFileName)}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, randomBytes(32), { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    key = fs.readFileSync(file);
  }
  if (key.length !== 32) return undefined;
  signingKeyRead = { file, key };
  return key;
}

/** One namespace of the cache: a folder of entries, each a file named after its key. */
export class CacheNamespace {
  /**
   * @param dir the namespace's folder (one of `paths`' cache folders; tests give theirs another), created on the first write
   * @param keep entries kept by {@link prune}: the newest by use
   */
  constructor(
    readonly dir: string,
    readonly keep: number,
  ) {}

  /** The file of an entry: its key (hex), an extension telling what it holds, and a subfolder (hex) if the namespace has them. */
  file(key: string, extension = "json", folder = ""): string {
    if (!/^[0-9a-f]{16,64}$/.test(key) || !/^[a-z]+$/.test(extension) || !/^[0-9a-f]*$/.test(folder)) throw new Error(`not a cache entry name: ${folder}/${key}.${extension}`);
    return path.join(this.dir, folder, `${key}.${extension}`);
  }

  /** The first line of an entry: the format, where the entry sits, and the HMAC of both and of the content; undefined without a key. */
  private header(file: string, content: Buffer, create: boolean): string | undefined {
    const key = signingKey(create);
    if (!key) return undefined;
    const name = path.relative(this.dir, file).split(path.sep).join("/");
    const mac = createHmac("sha256", key).update(`${magic}\0${name}\0`).update(content).digest("hex");
    return `${magic} ${name} ${mac}\n`;
  }

  /** The entry's content, marked as just used; undefined when there is none or it fails its check. */
  readFile(file: string): Buffer | undefined {
    let stored: Buffer;
    try {
      stored = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    const newline = stored.indexOf(0x0a);
    const content = stored.subarray(newline + 1);
    // Without a key (none made yet, or the cache was emptied) no entry can pass.
    const expected = this.header(file, content, false);
    if (expected === undefined) return undefined;
    if (newline < 0 || stored.subarray(0, newline + 1).toString("latin1") !== expected) {
      this.discard(file);
      return undefined;
    }
    markUsed(file);
    return content;
  }

  /** Removes an entry that failed its check (the next write would replace it anyway). */
  discard(file: string): void {
    fs.rmSync(file, { force: true });
  }

  /** Writes an entry whole (or not at all), signed. Returns whether it was written. */
  writeFile(file: string, content: string | Buffer): boolean {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    try {
      writeFileAtomic(file, Buffer.concat([Buffer.from(this.header(file, bytes, true)!, "latin1"), bytes]));
      return true;
    } catch {
      // Only the next read pays: it finds no entry.
      return false;
    }
  }

  /** A JSON entry's value, or undefined (none, failed its check, or not JSON). */
  readJson<T>(key: string): T | undefined {
    const content = this.readFile(this.file(key));
    if (content === undefined) return undefined;
    try {
      return JSON.parse(content.toString("utf8")) as T;
    } catch {
      return undefined;
    }
  }

  /** Writes a JSON entry, then prunes the namespace. Returns whether it was written. */
  writeJson(key: string, value: unknown): boolean {
    const written = this.writeFile(this.file(key), JSON.stringify(value));
    if (written) this.prune();
    return written;
  }

  /** Removes an entry. */
  remove(key: string, extension = "json"): void {
    fs.rmSync(this.file(key, extension), { force: true });
  }

  /** Removes all but the `keep` entries used last in `folder` (the namespace's own by default), and temporary files a killed writer left there. */
  prune(folder: string = this.dir, keep: number = this.keep): void {
    pruneLeastUsed(folder, keep);
  }
}

/** Marks an entry as just used (its modification time): pruning keeps the entries used last. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // A folder that cannot be written is still read: only the order of pruning suffers.
  }
}

const isEntryName = (name: string) => /^[0-9a-f]{16,64}\.[a-z]+$/.test(name);

function pruneLeastUsed(dir: string, keep: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const modified = (name: string) => {
    try {
      return fs.statSync(path.join(dir, name)).mtimeMs;
    } catch {
      return 0;
    }
  };
  for (const name of names.filter((name) => name.startsWith(".") && name.endsWith(".tmp"))) {
    if (Date.now() - modified(name) > abandonedAfterMs) fs.rmSync(path.join(dir, name), { force: true });
  }
  const entries = names.filter(isEntryName);
  if (entries.length <= keep) return;
  const used = entries.map((name) => ({ name, mtimeMs: modified(name) })).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { name } of used.slice(keep)) fs.rmSync(path.join(dir, name), { force: true });
}

/** The namespace folders of the cache folder (paths.ts names each). */
export const cacheNamespaces = ["executions", "conversions", "renders", "exports", "tables"] as const;

/**
 * Empties the cache (`npm run clean`): every namespace, keys included. Returns the bytes freed.
 * Only the project's own folders are removed, so a cache folder pointed at a folder that also
 * holds other files keeps them.
 */
export function clearCache(root: string = paths.cache): number {
  let freed = 0;
  for (const name of [...cacheNamespaces, keyFileName]) freed += removeMeasured(path.join(root, name));
  signingKeyRead = undefined;
  try {
    fs.rmdirSync(root);
  } catch {
    // Not empty (it holds files of the user's own) or already gone.
  }
  return freed;
}

/** Removes a file or folder; returns the bytes its files held. */
export function removeMeasured(target: string): number {
  const size = sizeOf(target);
  fs.rmSync(target, { recursive: true, force: true });
  return size;
}

function sizeOf(target: string): number {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}
