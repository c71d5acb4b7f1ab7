/**
 * tslab's converter as the kernel uses it (installed by compiler.ts): created on first
 * need, with the conversion cache in front of each cell's conversion.
 *
 * Creating the converter builds a TypeScript program of the lib and every @types package
 * (about a second), and converting a cell checks it against every type it uses. A notebook
 * run again with the cells and types it had converts nothing: its cells come from the cache,
 * and the converter is never created. The first cell the cache does not hold creates it.
 *
 * A kernel someone may type into reads the packages' declarations while it is idle (the
 * prewarm), so that a new cell is checked at once; a headless run (the runner sets
 * SYRIA_HEADLESS_KERNEL) never does.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ts from "@tslab/typescript-for-tslab";
import { ConversionCache, type Conversion } from "./conversion-cache";
import { headlessKernelVariable } from "./spec";

/** The subset of tslab's converter used here (tslab/dist/converter.d.ts). */
export interface Converter {
  convert(prevDecl: string, src: string): Conversion;
  inspect(prevDecl: string, src: string, position: number): unknown;
  complete(prevDecl: string, src: string, position: number): unknown;
  addModule(name: string, content: string, meta?: unknown): unknown;
  close(): void;
}

/** What notebooks import first: their declarations are read while the kernel is idle. */
const prewarmedModules = ["danfojs-node", "syria-coalitions"];

/**
 * How long a kernel must have been idle before the prewarm begins, after its start and after
 * a cell taken from the cache. The prewarm takes the kernel 2-3 s, and a Run All that comes
 * meanwhile waits for it; cells from the cache do not need it. So it starts once someone who
 * opened a notebook would have clicked Run All (a Run All's cells follow each other closely),
 * and before they would have written a new cell of their own.
 */
const prewarmDelayMs = { afterStart: 4000, afterCachedCell: 3000 };

/**
 * The programs TypeScript builds during a conversion, collected by the tuned compiler host
 * (compiler.ts): the last one is the cell's, whose files the cache entry stamps.
 */
export const programsBuilt: { during?: ts.Program[] } = {};

/** The files of the program a conversion used, but the cell's and its previous declarations' (tslab names them after the folder). */
function typeFilesOf(program: ts.Program, cwd: string): string[] {
  const cellFiles = new Set([path.join(cwd, "__tslab__.ts"), path.join(cwd, "__prev__.d.ts")]);
  return program
    .getSourceFiles()
    .map((file) => file.fileName)
    .filter((file) => !cellFiles.has(path.normalize(file)));
}

export interface ConverterOptions {
  /** The kernel's folder (tslab's cwd). */
  cwd: string;
  /** Where conversions are kept; none: every cell is converted. */
  cache?: ConversionCache;
  /** Read the packages' declarations when idle (interactive kernels). */
  prewarm: boolean;
}

/**
 * A converter that creates tslab's (`create`) on first need: a conversion the cache does not
 * hold, a completion, a hover or a module cell. Conversions that went through are kept.
 */
export function cachedConverter(create: () => Converter, options: ConverterOptions): Converter {
  let converter: Converter | undefined;
  let cache = options.cache;
  const created = () => (converter ??= create());
  let prewarmTimer: NodeJS.Timeout | undefined;
  const stopPrewarm = () => clearTimeout(prewarmTimer);
  const prewarmLater = (delayMs: number) => {
    stopPrewarm();
    if (!options.prewarm || converter) return;
    prewarmTimer = setTimeout(() => prewarm(created(), options.cwd), delayMs);
    prewarmTimer.unref();
  };
  prewarmLater(prewarmDelayMs.afterStart);

  return {
    convert(prevDecl, src) {
      stopPrewarm();
      const kept = cache?.read(prevDecl, src);
      if (kept) {
        prewarmLater(prewarmDelayMs.afterCachedCell);
        return kept;
      }
      const programs: ts.Program[] = [];
      programsBuilt.during = programs;
      let conversion: Conversion;
      try {
        conversion = created().convert(prevDecl, src);
      } finally {
        programsBuilt.during = undefined;
      }
      const program = programs.at(-1);
      if (cache && program) {
        try {
          cache.write(prevDecl, src, conversion, typeFilesOf(program, options.cwd));
        } catch {
          // The cache only saves time: a folder that cannot be written leaves every cell converted.
        }
      }
      return conversion;
    },
    inspect(prevDecl, src, position) {
      stopPrewarm();
      return created().inspect(prevDecl, src, position);
    },
    complete(prevDecl, src, position) {
      stopPrewarm();
      return created().complete(prevDecl, src, position);
    },
    addModule(name, content, meta) {
      stopPrewarm();
      // A module cell's file lives in the converter's memory, where no stamp can follow it.
      cache = undefined;
      return created().addModule(name, content, meta);
    },
    close() {
      stopPrewarm();
      converter?.close();
    },
  };
}

/** Files read by the prewarm: the tuned compiler host keeps them when a program no longer holds them. */
export const prewarmed = { reading: false, files: new Set<string>() };

/** Reads the declarations of `prewarmedModules` into the converter (parsed and bound files are kept across rebuilds). */
function prewarm(converter: Converter, cwd: string): void {
  const resolvable = prewarmedModules.filter((name) => {
    try {
      require.resolve(name, { paths: [cwd] });
      return true;
    } catch {
      return false;
    }
  });
  if (resolvable.length === 0) return;
  const source = resolvable.map((name) => `import ${JSON.stringify(name)};`).join("\n");
  try {
    // A quick-info request: it builds the program and binds every file (what is kept),
    // without checking or emitting anything.
    prewarmed.reading = true;
    converter.inspect("", source, 0);
  } catch {
    // A prewarm only saves time: a failure here shows again, with its message, in the cell.
  } finally {
    prewarmed.reading = false;
  }
}

/**
 * sha256 of every file of the project's compiled library loaded so far: when tslab creates its
 * converter, the kernel's preloads (source maps of cells, this tuning) and what they import.
 * A change to any of them changes what a conversion gives, so it starts the cache anew.
 */
function loadedProjectCode(): string {
  const hash = createHash("sha256");
  const compiled = path.resolve(__dirname, "..");
  for (const file of Object.keys(require.cache).filter((name) => name.startsWith(compiled + path.sep)).sort()) {
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** The kernel's conversion cache, in `dir`: entries depend on tslab (`versions`: its version, TypeScript's, its patched converter), Node's version, the kernel's preloads and folder. */
export function kernelConversionCache(dir: string, versions: Record<string, string>, cwd: string): ConversionCache {
  const identity = JSON.stringify({ format: 1, ...versions, node: process.version, preloads: process.execArgv, preloadSources: loadedProjectCode(), cwd });
  const cache = new ConversionCache(dir, identity, Boolean(process.env[headlessKernelVariable]));
  // Pruned while the kernel starts idle, not while a cell waits.
  setTimeout(() => {
    try {
      cache.prune();
    } catch {
      // Pruning only saves space.
    }
  }, 5000).unref();
  return cache;
}
