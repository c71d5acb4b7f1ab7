import { describeCellError, failureOutput, type CellFailure } from "./failure";
import type { Execution } from "./kernel-client";
import { joinText, withCellIds, type Cell, type CodeCell, type Notebook } from "./notebook-format";
import { withInjectedParameters, type Parameters } from "./parameters";
import { scrubOutputs } from "./scrub";

/** What the executor needs from a kernel: run code, with a time limit, and report how it ended. */
export interface CodeRunner {
  execute(code: string, timeoutMs: number): Promise<Execution>;
}

export interface ExecuteOptions {
  parameters: Parameters;
  /** Time limit of each cell. */
  cellTimeoutMs: number;
  /** The kernel's language_info and kernelspec, recorded in the notebook's metadata. */
  metadata: Record<string, unknown>;
}

export interface ExecutedNotebook {
  notebook: Notebook;
  failure?: CellFailure;
}

function cleared(cell: Cell): Cell {
  return cell.cell_type === "code" ? { ...cell, outputs: [], execution_count: null } : cell;
}

function failureOf(execution: Execution, cellNumber: number, source: string, timeoutMs: number): CellFailure | undefined {
  switch (execution.status) {
    case "ok":
      return undefined;
    case "error":
      return describeCellError(cellNumber, source, execution.outputs);
    case "aborted":
      // Only after a failed cell, and the runner stops at the first one.
      return { kind: "error", cellNumber, message: "the kernel cancelled the cell: it followed a failed cell too closely" };
    case "timeout":
      return { kind: "timeout", cellNumber, message: `the cell did not finish within ${timeoutMs / 1000} s` };
    case "kernel-died":
      return { kind: "kernel-died", cellNumber, message: `the kernel died (${execution.detail})` };
  }
}

/**
 * Runs a notebook's code cells top to bottom, as "Run all" does, and stops at the first
 * failure: later cells keep no outputs, so a stale result is never mistaken for a fresh one.
 */
export async function executeNotebook(input: Notebook, kernel: CodeRunner, options: ExecuteOptions): Promise<ExecutedNotebook> {
  const cells = withCellIds(withInjectedParameters(input.cells, options.parameters)).map(cleared);
  let failure: CellFailure | undefined;
  for (const [index, cell] of cells.entries()) {
    const source = joinText(cell.source);
    // Like nbclient, blank code cells are not sent to the kernel.
    if (cell.cell_type !== "code" || source.trim() === "") continue;
    const execution = await kernel.execute(source, options.cellTimeoutMs);
    failure = failureOf(execution, index + 1, source, options.cellTimeoutMs);
    const outputs = scrubOutputs(failure ? [...execution.outputs, failureOutput(failure)] : execution.outputs);
    cells[index] = { ...(cell as CodeCell), outputs, execution_count: execution.executionCount };
    if (failure) break;
  }
  return { notebook: { ...input, metadata: { ...input.metadata, ...options.metadata }, cells }, failure };
}
