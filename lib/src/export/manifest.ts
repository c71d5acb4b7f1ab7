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
   * Notebook or script that made it, relative to the project root. The first export's maker
   * stays the origin when a script (npm run figures, npm run reproduce) exports the figure
   * again; a notebook's export makes that notebook the origin.
   */
  madeBy: string;
  files: ManifestFile[];
  /** Dataset tables behind it (file names without .csv). */
  tables: string[];
  /** source_id values of the rows it shows. */
  sourceIds: string[];
}

/**
 * figures/manifest.json: one entry per exported figure, sorted by id. It holds no time: it
 * changes when a figure's files (or what they show) change, and a change undone restores it
 * byte for byte.
 */
export interface Manifest {
  figures: ManifestEntry[];
}

/**
 * The manifest on disk, or an empty one if there is none yet. Only the fields of
 * {@link ManifestEntry} are kept: those of older manifests (exportedAt) go at the next write.
 */
export function readManifest(file: string): Manifest {
  if (!fs.existsSync(file)) return { figures: [] };
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
    if (!Array.isArray(parsed.figures)) throw new Error("no figures array");
    return { figures: parsed.figures.map(({ id, title, lang, madeBy, files, tables, sourceIds }) => ({ id, title, lang, madeBy, files, tables, sourceIds })) };
  } catch (error) {
    throw new Error(`Cannot read the figure manifest ${file}: ${(error as Error).message}. Fix or delete it, then export again.`);
  }
}

const isNotebook = (madeBy: string) => madeBy.endsWith(".ipynb");

/**
 * The manifest with `entry` added or replacing the entry of the same id, sorted by id for
 * stable diffs. The report links a figure to the notebook that made it, so a script's export
 * keeps the origin already recorded: scripts exporting again (npm run figures, reproduce)
 * leave the manifest as it was unless the figure's files changed.
 */
export function mergeManifestEntry(manifest: Manifest, entry: ManifestEntry): Manifest {
  const previous = manifest.figures.find((figure) => figure.id === entry.id);
  const madeBy = previous && !isNotebook(entry.madeBy) ? previous.madeBy : entry.madeBy;
  const figures = [...manifest.figures.filter((figure) => figure.id !== entry.id), { ...entry, madeBy }];
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
