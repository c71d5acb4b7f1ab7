import * as fs from "node:fs";
import { CacheNamespace, cacheKey } from "../cache";

/**
 * The cache of tslab's cell conversions (type check and emit): a cell whose source, whose
 * previous cells' declarations and whose every type file are as they were when it last went
 * through is not checked again, and its JavaScript is taken from the cache (as tsc's
 * incremental builds and Deno's type-check cache skip what did not change). Every cell with
 * a type error is checked again, since only conversions without a diagnostic are kept.
 */

/** What tslab's converter returns for a cell (tslab/dist/converter.d.ts, ConvertResult). */
export interface Conversion {
  output?: string;
  declOutput?: string;
  diagnostics: unknown[];
  hasToplevelAwait?: boolean;
  sideOutputs?: unknown[];
  lastExpressionVar?: string;
}

/** A file's size and modification time, as when the conversion was made. */
type FileStamp = [file: string, size: number, mtimeMs: number];

interface Entry {
  /** The type files the cell's program held (lib, @types, packages, the library's declarations). */
  files: FileStamp[];
  conversion: Conversion;
}

/** Entries kept: the newest by use. A notebook's cells in both languages make about 25. */
const keptEntries = 1000;

/**
 * tslab compiles a file of a cell's program beside the cell (a side output, and a dependency
 * it checks) when it is JavaScript or non-declaration TypeScript: such a program is never cached.
 */
export function isCompiledSource(fileName: string): boolean {
  return fileName.endsWith(".js") || (fileName.endsWith(".ts") && !fileName.endsWith(".d.ts"));
}

function stamp(file: string): FileStamp | undefined {
  try {
    const stats = fs.statSync(file);
    return [file, stats.size, stats.mtimeMs];
  } catch {
    return undefined;
  }
}

export class ConversionCache {
  /** With `typeFilesFixed`: each file's stamp as first taken. */
  private readonly stamps = new Map<string, FileStamp | undefined>();
  private readonly entries: CacheNamespace;

  /**
   * @param dir folder of the entries (created on the first write)
   * @param identity what else a conversion depends on: tslab's and TypeScript's versions, Node's
   *   (tslab picks its target from it) and the kernel's folder (cell files are named after it)
   * @param typeFilesFixed the type files are taken as they are when first stamped, for the
   *   cache's life: a headless run's, whose every cell checks the same 400 or so files (about
   *   2 ms a cell). A kernel someone types into stamps them at every cell, since the library
   *   may be rebuilt while the notebook is open.
   */
  constructor(
    readonly dir: string,
    private readonly identity: string,
    private readonly typeFilesFixed = false,
  ) {
    this.entries = new CacheNamespace(dir, keptEntries);
  }

  private stamp(file: string): FileStamp | undefined {
    if (!this.typeFilesFixed) return stamp(file);
    if (!this.stamps.has(file)) this.stamps.set(file, stamp(file));
    return this.stamps.get(file);
  }

  private isCurrent([file, size, mtimeMs]: FileStamp): boolean {
    const now = this.stamp(file);
    return now !== undefined && now[1] === size && now[2] === mtimeMs;
  }

  private key(previousDeclarations: string, source: string): string {
    return cacheKey(this.identity, previousDeclarations, source);
  }

  /** The conversion kept for this cell, when every file its program read is unchanged. */
  read(previousDeclarations: string, source: string): Conversion | undefined {
    // None, or failing its check (damaged, or not this cache's own): converted anew, then written over.
    const entry = this.entries.readJson<Entry>(this.key(previousDeclarations, source));
    if (!entry || !Array.isArray(entry.files) || typeof entry.conversion !== "object" || !entry.files.every((file) => this.isCurrent(file))) return undefined;
    return entry.conversion;
  }

  /**
   * Keeps a conversion that went through, with the stamps of `programFiles` (every file of the
   * cell's program but the cell's and the previous declarations' own). Returns whether it was kept:
   * not when the cell has a diagnostic or compiled a file beside it, or a file cannot be stamped.
   */
  write(previousDeclarations: string, source: string, conversion: Conversion, programFiles: readonly string[]): boolean {
    if (conversion.diagnostics.length > 0 || (conversion.sideOutputs?.length ?? 0) > 0) return false;
    if (programFiles.some(isCompiledSource)) return false;
    const files = programFiles.map((file) => this.stamp(file));
    if (!files.every((file): file is FileStamp => file !== undefined)) return false;
    const entry: Entry = { files, conversion };
    return this.entries.writeFile(this.entries.file(this.key(previousDeclarations, source)), JSON.stringify(entry));
  }

  /** Removes all but the `keep` entries used last. */
  prune(keep: number = keptEntries): void {
    this.entries.prune(this.dir, keep);
  }
}
