import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "./atomic-write";

/**
 * Bookkeeping of a cache folder whose entries are files: the time an entry was last used is
 * its modification time, so that pruning keeps the entries used last whatever made them.
 */

/** Marks an entry as just used. A folder that cannot be written is still read. */
export function markUsed(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // Only the order of pruning suffers.
  }
}

/** Temporary files of writeFileAtomic older than this were left by a process that was killed while writing. */
const abandonedAfterMs = 60 * 60 * 1000;

/**
 * Removes all but the `keep` entries of `dir` used last (the names `isEntry` accepts), and the
 * temporary files that a killed writer left there.
 */
export function pruneLeastUsed(dir: string, isEntry: (name: string) => boolean, keep: number): void {
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
  const entries = names.filter(isEntry);
  if (entries.length <= keep) return;
  const used = entries.map((name) => ({ name, mtimeMs: modified(name) })).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { name } of used.slice(keep)) fs.rmSync(path.join(dir, name), { force: true });
}

/** A cache entry's JSON value, marked as used; undefined when there is none or it cannot be read (a damaged entry is a miss). */
export function readJsonEntry<T>(file: string): T | undefined {
  let value: T;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
  markUsed(file);
  return value;
}

/**
 * Writes a cache entry whole (or not at all), then prunes its folder to the `keep` entries used
 * last. A folder that cannot be written costs the next reader a miss, not this writer an error.
 */
export function writeJsonEntry(file: string, value: unknown, isEntry: (name: string) => boolean, keep: number): void {
  try {
    writeFileAtomic(file, JSON.stringify(value));
    pruneLeastUsed(path.dirname(file), isEntry, keep);
  } catch {
    // Only the next read pays: it finds no entry.
  }
}
