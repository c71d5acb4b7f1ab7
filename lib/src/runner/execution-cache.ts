import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { paths } from "../config/paths";
import { CacheNamespace } from "../cache";
import { kernelSpecPath } from "../kernel/spec";
import { hasTag, joinText, parseNotebook, type Notebook } from "./notebook-format";
import { injectedParametersTag, type Parameters } from "./parameters";

/**
 * The execution cache: a notebook whose inputs did not change since its last successful
 * run is not run again, and its saved outputs stay as they are (Jupyter Book's execution
 * cache and Quarto's `freeze` do the same). One JSON entry per notebook and output file, in the
 * cache's `executions` namespace, written only after a run that went through, so a failed or
 * interrupted run leaves none.
 */
export interface CacheOptions {
  /** Folder of the entries. */
  dir: string;
  /** Run every notebook, and record the runs that go through. */
  force?: boolean;
  /**
   * The library's identity. Default: the stamp of the sources lib/dist was built from,
   * written by the set-up script (lib sources, build settings and locked dependencies).
   */
  libraryHash?: string;
}

/** What a notebook's run depends on besides the data files it reads. */
interface Inputs {
  /** sha256 of each code cell's source, by cell number (as the runner numbers cells in messages). */
  cells: Array<{ cell: number; sha256: string }>;
  parameters: string;
  /** The kernel spec, tslab and its TypeScript, and Node. */
  kernel: string;
  library: string;
  /** The data and figures folders the notebook is pointed at. */
  folders: string;
}

export interface CacheEntry {
  notebook: string;
  output: string;
  /** When the run that made this entry finished (ISO time). */
  ranAt: string;
  inputs: Inputs;
  /** sha256 of every data file the notebook read, by path (relative to the project when inside it). */
  data: Record<string, string>;
  /** sha256 of the executed notebook as written: an edited or replaced output is run again. */
  outputSha256: string;
}

export type CacheDecision = { run: true; reason: string } | { run: false; since: string };

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

function fileSha256(file: string): string {
  return fs.existsSync(file) ? sha256(fs.readFileSync(file)) : "missing";
}

function shown(file: string): string {
  const relative = path.relative(paths.root, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function packageVersion(name: string): string {
  const file = path.join(paths.root, "node_modules", name, "package.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version : "missing";
}

/** Object keys sorted, so that the same parameters always hash alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

export type SharedInputs = Omit<Inputs, "cells" | "parameters">;

/** The inputs every notebook of one runner call shares; null when the library has no build stamp to go by. */
export function sharedInputs(options: CacheOptions): SharedInputs | null {
  const library = options.libraryHash ?? (fs.existsSync(paths.libBuildStamp) ? fs.readFileSync(paths.libBuildStamp, "utf8").trim() : null);
  if (library === null) return null;
  const kernel = sha256(
    [fileSha256(kernelSpecPath()), `tslab ${packageVersion("tslab")}`, `typescript ${packageVersion("@tslab/typescript-for-tslab")}`, `node ${process.version}`].join("\n"),
  );
  return { kernel, library, folders: sha256(`${paths.data}\n${paths.figures}`) };
}

function notebookInputs(notebook: Notebook, parameters: Parameters, shared: SharedInputs): Inputs {
  const cells = notebook.cells.flatMap((cell, index) =>
    // An injected-parameters cell left by an earlier run is replaced at run time: the parameters stand for it.
    cell.cell_type === "code" && !hasTag(cell, injectedParametersTag) ? [{ cell: index + 1, sha256: sha256(joinText(cell.source)) }] : [],
  );
  return { cells, parameters: sha256(canonicalJson(parameters)), ...shared };
}

/** Entries kept: the newest by use (a notebook in each language and output folder is one). */
const keptEntries = 1000;

const entries = (dir: string) => new CacheNamespace(dir, keptEntries);
const entryKey = (notebook: string, output: string) => sha256(`${notebook}\n${output}`).slice(0, 32);

/** The notebook's entry; null when there is none or it fails its check (damaged, or not this cache's own): either way the notebook runs. */
export function readEntry(dir: string, notebook: string, output: string): CacheEntry | null {
  const entry = entries(dir).readJson<CacheEntry>(entryKey(notebook, output));
  const whole = entry && entry.inputs && Array.isArray(entry.inputs.cells) && typeof entry.data === "object" && entry.data !== null;
  return whole ? entry : null;
}

/** Removed as a run starts: whatever happens to that run, no entry outlives the outputs it described. */
export function removeEntry(dir: string, notebook: string, output: string): void {
  entries(dir).remove(entryKey(notebook, output));
}

export function writeEntry(dir: string, entry: Omit<CacheEntry, "data" | "outputSha256">, dataFiles: string[]): void {
  const data = Object.fromEntries([...new Set(dataFiles)].sort().map((file) => [shown(file), fileSha256(file)]));
  const complete: CacheEntry = { ...entry, data, outputSha256: fileSha256(entry.output) };
  entries(dir).writeJson(entryKey(entry.notebook, entry.output), complete);
}

function changedCell(before: Inputs["cells"], now: Inputs["cells"]): string | null {
  for (let index = 0; index < Math.max(before.length, now.length); index++) {
    const [old, current] = [before[index], now[index]];
    if (!current) return `code cell ${old!.cell} was removed`;
    if (!old) return `cell ${current.cell} is new`;
    if (old.sha256 !== current.sha256 || old.cell !== current.cell) return `cell ${current.cell} changed`;
  }
  return null;
}

/** Whether the notebook must run, and if so the first input found changed; if not, since when it is unchanged. */
function decide(entry: CacheEntry | null, inputs: Inputs): CacheDecision {
  if (!entry) return { run: true, reason: "no cache entry" };
  const cell = changedCell(entry.inputs.cells, inputs.cells);
  if (cell) return { run: true, reason: cell };
  if (entry.inputs.parameters !== inputs.parameters) return { run: true, reason: "parameters changed" };
  if (entry.inputs.kernel !== inputs.kernel) return { run: true, reason: "kernel, tslab, TypeScript or Node version changed" };
  if (entry.inputs.library !== inputs.library) return { run: true, reason: "library source changed" };
  if (entry.inputs.folders !== inputs.folders) return { run: true, reason: "data or figures folder moved" };
  for (const [file, hash] of Object.entries(entry.data)) {
    if (fileSha256(path.resolve(paths.root, file)) !== hash) return { run: true, reason: `data file ${file} changed` };
  }
  if (fileSha256(entry.output) !== entry.outputSha256) return { run: true, reason: `${shown(entry.output)} was changed or removed since its last run` };
  return { run: false, since: entry.ranAt };
}

/** Whether a notebook must run, and the inputs to record in its entry if the run goes through (null: record none). */
export function checkCache(cache: CacheOptions, shared: SharedInputs | null, notebook: string, output: string, parameters: Parameters): { decision: CacheDecision; inputs: Inputs | null } {
  if (!shared) return { decision: { run: true, reason: "no library build stamp (run the set-up)" }, inputs: null };
  let inputs: Inputs;
  try {
    inputs = notebookInputs(parseNotebook(fs.readFileSync(notebook, "utf8")), parameters, shared);
  } catch {
    // It runs, and fails with the reader's own message.
    return { decision: { run: true, reason: "the notebook cannot be read" }, inputs: null };
  }
  if (cache.force) return { decision: { run: true, reason: "--force" }, inputs };
  return { decision: decide(readEntry(cache.dir, notebook, output), inputs), inputs };
}
