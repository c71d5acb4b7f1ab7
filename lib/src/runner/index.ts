export { runNotebooks, defaultNotebookGlob, type RunOptions, type NotebookResult, type ProgressEvent } from "./run-notebooks";
export type { CacheOptions } from "./execution-cache";
export { progressLines, summaryLines } from "./report";
export { parseParameter, type Parameters, type ParameterValue } from "./parameters";
export type { CellFailure, FailureKind } from "./failure";
