import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { paths } from "../config/paths";
import { readLogVariable } from "../config/read-log";
import { runningNotebookVariable } from "../config/running-notebook";
import { writeFileAtomic } from "../files/atomic-write";
import { removeTemporaryFolder, temporaryFolder } from "../files/temporary-folder";
import { ensureNotebookEnvironment } from "./environment";
import { checkCache, removeEntry, sharedInputs, writeEntry, type CacheOptions, type SharedInputs } from "./execution-cache";
import { executeNotebook } from "./execute-notebook";
import { expandPaths } from "./expand-paths";
import type { CellFailure } from "./failure";
import { KernelClient } from "./kernel-client";
import { headlessKernelVariable, kernelName, readKernelSpec, type KernelSpec } from "../kernel/spec";
import { parseNotebook, serializeNotebook } from "./notebook-format";
import type { Parameters } from "./parameters";
import { mapWithConcurrency } from "./pool";
import { signExecutedNotebooks } from "./sign-notebooks";

/** How {@link runNotebooks} runs the notebooks and where it writes them. */
export interface RunOptions {
  /** Values for the notebooks' `parameters` cells (papermill's convention). */
  parameters?: Parameters;
  /** Notebooks run at the same time, each in its own kernel. Default: the number of cores. */
  jobs?: number;
  /** Time limit of each cell, in seconds. Default: 600. */
  timeoutSeconds?: number;
  /**
   * Folder for the executed notebooks (by file name). Default: each notebook in place
   * without parameters; with parameters, `runs/<parameters>/<name>.ipynb` beside it,
   * so that a parameterised run never changes the source (see parameterisedOutput).
   */
  outDir?: string;
  /** With parameters and no outDir: write into the source notebook all the same. */
  inPlace?: boolean;
  /** Skip notebooks whose inputs did not change since their last successful run. Default: no cache. */
  cache?: CacheOptions;
  /** Folder that relative paths and globs start from. Default: process.cwd(). */
  cwd?: string;
  /** Bring the lib build and the kernel spec up to date first. Default: true. */
  prepare?: boolean;
  /** Called when a notebook starts and when it ends. */
  onProgress?: (event: ProgressEvent) => void;
}

/** How one notebook's run went: where it was written, whether it ran through, and if not, why. */
export interface NotebookResult {
  /** The notebook that ran, absolute. */
  notebook: string;
  /** Where the executed notebook was written, absolute. */
  output: string;
  /** True when every cell ran (or the cache skipped the notebook). */
  ok: boolean;
  /** Wall time of the run, in seconds. */
  seconds: number;
  /** Where and why it stopped, when it did. */
  failure?: CellFailure;
  /** With the cache: why it ran (the first input found changed, "no cache entry", "--force"). */
  reason?: string;
  /** With the cache: set when it was skipped, to the time of the run whose outputs it kept. */
  skippedSince?: string;
}

/** What {@link RunOptions.onProgress} hears: a notebook starts running (with the cache's reason), or is done. */
export type ProgressEvent = { type: "running"; notebook: string; reason?: string } | { type: "done"; result: NotebookResult };

/** The notebooks run when no path is given, relative to the project root. */
export const defaultNotebookGlob = "notebooks/*.ipynb";
const defaultTimeoutSeconds = 600;

/**
 * Where a parameterised run goes by default, as papermill asks for an output path:
 * `runs/lang-id/03-talk-rounds.ipynb` beside the source, which keeps its defaults. The
 * file name stays the notebook's own, which the report links figures by.
 */
export function parameterisedOutput(notebook: string, parameters: Parameters): string {
  const slug = Object.entries(parameters)
    .map(([key, value]) => `${key}-${(typeof value === "string" ? value : JSON.stringify(value)).replace(/[^\w.-]+/g, "_").replace(/^_+|_+$/g, "")}`)
    .join(".");
  const name = slug.length <= 80 ? slug : `${slug.slice(0, 60)}.${createHash("sha256").update(slug).digest("hex").slice(0, 8)}`;
  return path.join(path.dirname(notebook), "runs", name, path.basename(notebook));
}

function outputPathFor(notebook: string, options: RunOptions, cwd: string): string {
  if (options.outDir) return path.join(path.resolve(cwd, options.outDir), path.basename(notebook));
  const parameters = options.parameters ?? {};
  return Object.keys(parameters).length > 0 && !options.inPlace ? parameterisedOutput(notebook, parameters) : notebook;
}

/** A notebook that cannot even start (unreadable file, kernel that fails to start) is reported like a failing first cell. */
function startFailure(error: unknown): CellFailure {
  return { kind: "error", cellNumber: 0, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Packages resolve from the notebook's folder upwards, as in Node, and the project's
 * node_modules sits at its root: a notebook outside the project finds neither.
 */
function withPlacementHint(failure: CellFailure | undefined, notebook: string): CellFailure | undefined {
  const outside = path.relative(paths.root, notebook).startsWith("..");
  if (!failure || !outside || !/Cannot find module '(syria-coalitions|danfojs-node)/.test(failure.message)) return failure;
  const hint = `notebooks must live inside the project folder ${paths.root} (any subfolder will do): tslab resolves packages from the notebook's folder upwards, and the library and danfojs-node are installed in ${path.join(paths.root, "node_modules")}`;
  return { ...failure, message: `${failure.message}\n    ${hint}` };
}

interface Executed {
  failure?: CellFailure;
  /** Whether the executed notebook was written (false when it could not even start). */
  written: boolean;
  /** The data files the notebook's kernel read, from the read log. */
  dataFiles: string[];
}

async function execute(file: string, output: string, spec: KernelSpec, options: RunOptions): Promise<Executed> {
  const readLog = path.join(temporaryFolder(os.tmpdir(), "notebook-reads-"), "reads.log");
  try {
    const input = parseNotebook(fs.readFileSync(file, "utf8"));
    // Jupyter starts a notebook's kernel in the notebook's folder: tslab compiles cells relative to it.
    const kernel = await KernelClient.start({ ...spec, env: { ...spec.env, [readLogVariable]: readLog, [runningNotebookVariable]: path.relative(paths.root, file), [headlessKernelVariable]: "1" } }, path.dirname(file));
    try {
      const metadata = { kernelspec: { name: kernelName, display_name: spec.display_name, language: spec.language }, language_info: kernel.languageInfo };
      const executed = await executeNotebook(input, kernel, { parameters: options.parameters ?? {}, cellTimeoutMs: (options.timeoutSeconds ?? defaultTimeoutSeconds) * 1000, metadata });
      writeFileAtomic(output, serializeNotebook(executed.notebook));
      const dataFiles = fs.existsSync(readLog) ? fs.readFileSync(readLog, "utf8").split("\n").filter(Boolean) : [];
      return { failure: withPlacementHint(executed.failure, file), dataFiles, written: true };
    } finally {
      await kernel.shutdown();
    }
  } catch (error) {
    return { failure: startFailure(error), dataFiles: [], written: false };
  } finally {
    removeTemporaryFolder(path.dirname(readLog));
  }
}

/** `written` collects the notebooks this run wrote, to be signed. */
async function runNotebook(file: string, output: string, spec: KernelSpec, options: RunOptions, shared: SharedInputs | null, written: string[]): Promise<NotebookResult> {
  const started = performance.now();
  const cache = options.cache;
  let check: ReturnType<typeof checkCache> | undefined;
  if (cache) {
    check = checkCache(cache, shared, file, output, options.parameters ?? {});
    if (!check.decision.run) return { notebook: file, output, ok: true, seconds: (performance.now() - started) / 1000, skippedSince: check.decision.since };
    removeEntry(cache.dir, file, output);
  }
  const reason = check?.decision.run ? check.decision.reason : undefined;
  options.onProgress?.({ type: "running", notebook: file, reason });
  const { failure, dataFiles, written: wrote } = await execute(file, output, spec, options);
  if (wrote) written.push(output);
  if (cache && check?.inputs && !failure) writeEntry(cache.dir, { notebook: file, output, ranAt: new Date().toISOString(), inputs: check.inputs }, dataFiles);
  return { notebook: file, output, ok: !failure, seconds: (performance.now() - started) / 1000, failure, reason };
}

/**
 * Executes notebooks with the project's tslab kernel, in parallel, and writes each executed
 * notebook (outputs, execution counts) as clean nbformat 4.5, signed as trusted in the
 * project's Notebook (it made their outputs: see sign-notebooks.ts). Never throws for a failing
 * notebook: every result says whether it ran through, and if not, where and why it stopped.
 */
export async function runNotebooks(patterns: string[], options: RunOptions = {}): Promise<NotebookResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = expandPaths(patterns.length > 0 ? patterns : [path.join(paths.root, defaultNotebookGlob)], cwd);
  const outputs = files.map((file) => outputPathFor(file, options, cwd));
  const clash = outputs.find((output, index) => outputs.indexOf(output) !== index);
  if (clash) throw new Error(`two notebooks would be written to ${clash}: give them distinct file names or no --out`);
  if (options.prepare ?? true) ensureNotebookEnvironment();
  const spec = readKernelSpec();
  const shared = options.cache ? sharedInputs(options.cache) : null;
  const queue = files.map((file, index) => ({ file, output: outputs[index] }));
  const written: string[] = [];
  const results = await mapWithConcurrency(queue, options.jobs ?? os.availableParallelism(), async ({ file, output }) => {
    const result = await runNotebook(file, output, spec, options, shared, written);
    options.onProgress?.({ type: "done", result });
    return result;
  });
  // What this run executed is trusted in the project's Notebook; a notebook the cache skipped keeps the signature of the run that wrote it.
  await signExecutedNotebooks(written).catch((error: unknown) => process.emitWarning(error instanceof Error ? error.message : String(error)));
  return results;
}
