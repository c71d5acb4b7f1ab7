import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { paths } from "../config/paths";
import { ensureNotebookEnvironment } from "./environment";
import { executeNotebook } from "./execute-notebook";
import { expandPaths } from "./expand-paths";
import type { CellFailure } from "./failure";
import { KernelClient } from "./kernel-client";
import { kernelName, readKernelSpec, type KernelSpec } from "./kernel-spec";
import { parseNotebook, serializeNotebook } from "./notebook-format";
import type { Parameters } from "./parameters";
import { mapWithConcurrency } from "./pool";

export interface RunOptions {
  /** Values for the notebooks' `parameters` cells (papermill's convention). */
  parameters?: Parameters;
  /** Notebooks run at the same time, each in its own kernel. Default: the number of cores. */
  jobs?: number;
  /** Time limit of each cell, in seconds. Default: 600. */
  timeoutSeconds?: number;
  /** Folder for the executed notebooks (by file name). Default: overwrite each notebook in place. */
  outDir?: string;
  /** Folder that relative paths and globs start from. Default: process.cwd(). */
  cwd?: string;
  /** Bring the lib build and the kernel spec up to date first. Default: true. */
  prepare?: boolean;
  /** Called when a notebook starts and when it ends. */
  onProgress?: (event: ProgressEvent) => void;
}

export interface NotebookResult {
  /** The notebook that ran, absolute. */
  notebook: string;
  /** Where the executed notebook was written, absolute. */
  output: string;
  ok: boolean;
  seconds: number;
  failure?: CellFailure;
}

export type ProgressEvent = { type: "running"; notebook: string } | { type: "done"; result: NotebookResult };

export const defaultNotebookGlob = "notebooks/*.ipynb";
const defaultTimeoutSeconds = 600;

function outputPathFor(notebook: string, outDir: string | undefined): string {
  return outDir ? path.join(outDir, path.basename(notebook)) : notebook;
}

/** A notebook that cannot even start (unreadable file, kernel that fails to start) is reported like a failing first cell. */
function startFailure(error: unknown): CellFailure {
  return { kind: "error", cellNumber: 0, message: error instanceof Error ? error.message : String(error) };
}

async function runNotebook(file: string, output: string, spec: KernelSpec, options: RunOptions): Promise<NotebookResult> {
  const started = performance.now();
  let failure: CellFailure | undefined;
  try {
    const input = parseNotebook(fs.readFileSync(file, "utf8"));
    // Jupyter starts a notebook's kernel in the notebook's folder: tslab compiles cells relative to it.
    const kernel = await KernelClient.start(spec, path.dirname(file));
    try {
      const metadata = { kernelspec: { name: kernelName, display_name: spec.display_name, language: spec.language }, language_info: kernel.languageInfo };
      const executed = await executeNotebook(input, kernel, { parameters: options.parameters ?? {}, cellTimeoutMs: (options.timeoutSeconds ?? defaultTimeoutSeconds) * 1000, metadata });
      failure = executed.failure;
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, serializeNotebook(executed.notebook));
    } finally {
      await kernel.shutdown();
    }
  } catch (error) {
    failure = startFailure(error);
  }
  return { notebook: file, output, ok: !failure, seconds: (performance.now() - started) / 1000, failure };
}

/**
 * Executes notebooks with the project's tslab kernel, in parallel, and writes each executed
 * notebook (outputs, execution counts) as clean nbformat 4.5. Never throws for a failing
 * notebook: every result says whether it ran through, and if not, where and why it stopped.
 */
export async function runNotebooks(patterns: string[], options: RunOptions = {}): Promise<NotebookResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = expandPaths(patterns.length > 0 ? patterns : [path.join(paths.root, defaultNotebookGlob)], cwd);
  const outputs = files.map((file) => outputPathFor(file, options.outDir && path.resolve(cwd, options.outDir)));
  const clash = outputs.find((output, index) => outputs.indexOf(output) !== index);
  if (clash) throw new Error(`two notebooks would be written to ${clash}: give them distinct file names or no --out`);
  if (options.prepare ?? true) ensureNotebookEnvironment();
  const spec = readKernelSpec();
  const queue = files.map((file, index) => ({ file, output: outputs[index] }));
  return mapWithConcurrency(queue, options.jobs ?? os.availableParallelism(), async ({ file, output }) => {
    options.onProgress?.({ type: "running", notebook: file });
    const result = await runNotebook(file, output, spec, options);
    options.onProgress?.({ type: "done", result });
    return result;
  });
}
