/**
 * "syria-coalitions/runner": the headless notebook runner behind `npm run notebooks` and
 * `npm run reproduce`. {@link runNotebooks} executes notebooks in the project's tslab kernel,
 * in parallel, with papermill-style parameters and an execution cache, and reports each
 * failure by cell and source line.
 *
 * ```ts
 * import { progressLines, runNotebooks, summaryLines } from "syria-coalitions/runner";
 *
 * const started = Date.now();
 * const results = await runNotebooks(["notebooks/03-talk-rounds.ipynb"], {
 *   parameters: { lang: "id" },
 *   onProgress: (event) => progressLines(event).forEach((line) => console.log(line)),
 * });
 * summaryLines(results, (Date.now() - started) / 1000).forEach((line) => console.log(line));
 * ```
 *
 * @module syria-coalitions/runner
 */
export { runNotebooks, defaultNotebookGlob, type RunOptions, type NotebookResult, type ProgressEvent } from "./run-notebooks";
export type { CacheOptions } from "./execution-cache";
export { progressLines, summaryLines } from "./report";
export { parseParameter, type Parameters, type ParameterValue } from "./parameters";
export type { CellFailure, FailureKind } from "./failure";
export type { CellLine } from "../kernel/cell-errors";
