import * as fs from "node:fs";
import type { Lang } from "../vocabulary";
import { writeFileAtomic } from "../files/atomic-write";
import { withFileLock } from "../files/file-lock";

/** One exported file of a figure. */
export interface ManifestFile {
  /** File name inside the figures folder. */
  name: string;
  bytes: number;
  sha256: string;
}

/** What figures/manifest.json records about one figure. */
export interface ManifestEntry {
  id: string;
  title: Record<Lang, string>;
  lang: Lang;
  /**
   * Notebook or script that made it, relative to the project root. A notebook stays the
   * origin when a script (npm run figures) exports the figure again.
   */
  madeBy: string;
  files: ManifestFile[];
  /** Dataset tables behind it (file names without .csv). */
  tables: string[];
  /** source_id values of the rows it shows. */
  sourceIds: string[];
  /** ISO time of the last export that changed the entry: an identical re-export keeps it. */
  exportedAt: string;
}

/** figures/manifest.json: one entry per exported figure, sorted by id. */
export interface Manifest {
  figures: ManifestEntry[];
}

/** The manifest on disk, or an empty one if there is none yet. */
export function readManifest(file: string): Manifest {
  if (!fs.existsSync(file)) return { figures: [] };
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
    if (!Array.isArray(parsed.figures)) throw new Error("no figures array");
    return parsed;
  } catch (error) {
    throw new Error(`Cannot read the figure manifest ${file}: ${(error as Error).message}. Fix or delete it, then export again.`);
  }
}

const isNotebook = (madeBy: string) => madeBy.endsWith(".ipynb");

function withoutTime(entry: ManifestEntry): string {
  return JSON.stringify({ ...entry, exportedAt: undefined });
}

/**
 * The manifest with `entry` added or replacing the entry of the same id, sorted by id for
 * stable diffs. The report links a figure to the notebook that made it, so a script's
 * export keeps a notebook's madeBy; and an export that changes nothing keeps the previous
 * entry, time included, so that rerunning everything leaves the committed manifest as it was.
 */
export function mergeManifestEntry(manifest: Manifest, entry: ManifestEntry): Manifest {
  const previous = manifest.figures.find((figure) => figure.id === entry.id);
  const madeBy = previous && isNotebook(previous.madeBy) && !isNotebook(entry.madeBy) ? previous.madeBy : entry.madeBy;
  const merged = { ...entry, madeBy };
  const kept = previous && withoutTime(previous) === withoutTime(merged) ? previous : merged;
  const figures = [...manifest.figures.filter((figure) => figure.id !== entry.id), kept];
  return { figures: figures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/**
 * Adds or updates one figure's entry in the manifest file, keeping the others (those that
 * processes exporting at the same time add too); an unchanged manifest is not rewritten.
 */
export function updateManifest(file: string, entry: ManifestEntry): void {
  withFileLock(file, () => {
    const text = `${JSON.stringify(mergeManifestEntry(readManifest(file), entry), null, 2)}\n`;
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
    writeFileAtomic(file, text);
  });
}
