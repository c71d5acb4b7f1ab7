import * as fs from "node:fs";
import type { Lang } from "../vocabulary";
import { writeFileAtomic } from "./atomic-write";

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
  /** Notebook or script that made it, relative to the project root. */
  madeBy: string;
  files: ManifestFile[];
  /** Dataset tables behind it (file names without .csv). */
  tables: string[];
  /** source_id values of the rows it shows. */
  sourceIds: string[];
  /** ISO time of the export: the only field that changes between identical exports. */
  exportedAt: string;
}

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

/** The manifest with `entry` added or replacing the entry of the same id, sorted by id for stable diffs. */
export function mergeManifestEntry(manifest: Manifest, entry: ManifestEntry): Manifest {
  const figures = [...manifest.figures.filter((figure) => figure.id !== entry.id), entry];
  return { figures: figures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** Adds or updates one figure's entry in the manifest file, keeping the others. */
export function updateManifest(file: string, entry: ManifestEntry): void {
  writeFileAtomic(file, `${JSON.stringify(mergeManifestEntry(readManifest(file), entry), null, 2)}\n`);
}
