import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { paths } from "../config/paths";
import { CacheNamespace, cacheKey } from "../cache";
import type { Chart } from "../vocabulary";
import type { ManifestFile } from "./manifest";

/**
 * What the last export of each figure wrote, in the cache's `exports` namespace (never committed):
 * a figure whose chart, formats and renderers did not change, and whose files are as that
 * export left them, is neither rendered nor written again (rendering, building the 3.6 MB
 * standalone page and hashing it cost about 0.1 s a figure even when every image was cached).
 * A record is written only after the files and the manifest entry, so that an export that
 * failed or was interrupted leaves none.
 */

/** Records kept: the newest by use (the project's figures in one folder make about 25). */
const keptRecords = 2000;

/** A file as the recorded export left it: a file whose size or time stamp differ was changed since. */
interface RecordedFile extends ManifestFile {
  mtimeMs: number;
}

/**
 * Time stamps within a millisecond are the same: a copy or an archive that keeps time stamps
 * keeps whole milliseconds at best, and setting one back (utimes) lands a few nanoseconds off.
 */
const sameTime = (a: number, b: number) => Math.abs(a - b) < 1;

interface ExportRecord {
  key: string;
  outDir: string;
  id: string;
  files: RecordedFile[];
}

/** Everything an export's files depend on: the renderers (by the render service's identity), the chart, the formats and the PNG scale. */
export function exportKey(rendererIdentity: string, chart: Chart, formats: readonly string[], pngScale: number): string {
  return createHash("sha256").update(`${rendererIdentity}\0${formats.join(",")}\0${pngScale}\0`).update(JSON.stringify(chart)).digest("hex");
}

const recordKey = (outDir: string, id: string) => cacheKey(path.resolve(outDir), id);

/**
 * The files of the figure's last export when it had this key and every file is still as it
 * left it (same size and time stamp); undefined otherwise, or when there is no readable record.
 */
export function unchangedExport(outDir: string, id: string, key: string, dir: string = paths.exportRecords): ManifestFile[] | undefined {
  const record = new CacheNamespace(dir, keptRecords).readJson<ExportRecord>(recordKey(outDir, id));
  if (record?.key !== key || record.outDir !== path.resolve(outDir) || record.id !== id || !Array.isArray(record.files)) return undefined;
  const asLeft = record.files.every(({ name, bytes, mtimeMs }) => {
    const stats = fs.statSync(path.join(outDir, name), { throwIfNoEntry: false });
    return stats !== undefined && stats.size === bytes && sameTime(stats.mtimeMs, mtimeMs);
  });
  if (!asLeft) return undefined;
  return record.files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 }));
}

/** Records an export whose files (in outDir) and manifest entry are written; not if a file is gone already. */
export function recordExport(outDir: string, id: string, key: string, files: readonly ManifestFile[], dir: string = paths.exportRecords): void {
  const recorded = files.map(({ name, bytes, sha256 }) => {
    const stats = fs.statSync(path.join(outDir, name), { throwIfNoEntry: false });
    return stats && { name, bytes, sha256, mtimeMs: stats.mtimeMs };
  });
  if (!recorded.every((file): file is RecordedFile => file !== undefined)) return;
  const record: ExportRecord = { key, outDir: path.resolve(outDir), id, files: recorded };
  new CacheNamespace(dir, keptRecords).writeJson(recordKey(outDir, id), record);
}
