/**
 * The runner names the notebook a kernel runs (its path from the project root), so that a
 * figure exported there without an explicit maker still records which notebook made it.
 */
export const runningNotebookVariable = "SYRIA_NOTEBOOK";

/** The notebook this process runs for the runner, or undefined in an interactive kernel or a script. */
export function runningNotebook(): string | undefined {
  return process.env[runningNotebookVariable] || undefined;
}
