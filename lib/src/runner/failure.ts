import type { ErrorOutput, Output } from "./notebook-format";
import { joinText } from "./notebook-format";

/** How a notebook stopped: a cell raised an error, a cell ran past the time limit, or the kernel died. */
export type FailureKind = "error" | "timeout" | "kernel-died";

/** Why a notebook stopped, in terms a reader of the runner's report can act on. */
export interface CellFailure {
  kind: FailureKind;
  /** 1-based position of the failing cell among all the notebook's cells. */
  cellNumber: number;
  message: string;
  /** The cell source line the error points at (1-based within the cell), when it can be found. */
  sourceLine?: { line: number; text: string };
}

/** tslab's type errors: "LINE:COL - message", line and column within the cell. */
const compileError = /^(\d+):(\d+) - (.+)$/m;
/** tslab's runtime errors start like Node's: "evalmachine.<anonymous>:N", the compiled line, a caret. */
const runtimeErrorHeader = /^evalmachine\.<anonymous>:\d+\n(.*)\n/;
const errorLine = /^(?:[\w.]*(?:Error|Exception)\b.*|Uncaught .*)$/m;

function stderrText(outputs: Output[]): string {
  return outputs
    .filter((output) => output.output_type === "stream" && output.name === "stderr")
    .map((output) => joinText((output as { text: string | string[] }).text))
    .join("");
}

/**
 * Compiled JavaScript differs from the TypeScript source in whitespace and semicolons, and
 * tslab assigns a cell's last expression to exports.tsLastExpr to display its value.
 */
function looseForm(line: string): string {
  return line.replace(/^\s*exports\.tsLastExpr\s*=/, "").replace(/[\s;]/g, "");
}

function findSourceLine(source: string, compiledLine: string): { line: number; text: string } | undefined {
  const wanted = looseForm(compiledLine);
  if (!wanted) return undefined;
  const lines = source.split("\n");
  const index = lines.findIndex((line) => looseForm(line) === wanted);
  return index >= 0 ? { line: index + 1, text: lines[index] } : undefined;
}

/** Reads the failure out of what tslab wrote to stderr for a cell that returned status "error". */
export function describeCellError(cellNumber: number, source: string, outputs: Output[]): CellFailure {
  const stderr = stderrText(outputs);
  const typeError = compileError.exec(stderr);
  if (typeError) {
    const line = Number(typeError[1]);
    return { kind: "error", cellNumber, message: typeError[3], sourceLine: { line, text: source.split("\n")[line - 1] ?? "" } };
  }
  const message = errorLine.exec(stderr)?.[0] ?? (stderr.trim().split("\n")[0] || "the cell failed without a message");
  const compiledLine = runtimeErrorHeader.exec(stderr)?.[1];
  return { kind: "error", cellNumber, message, sourceLine: compiledLine ? findSourceLine(source, compiledLine) : undefined };
}

/** The error output saved in the executed notebook, so that every reader sees why it stopped. */
export function failureOutput(failure: CellFailure): ErrorOutput {
  const names: Record<FailureKind, string> = { error: "CellError", timeout: "CellTimeoutError", "kernel-died": "KernelDiedError" };
  const where = failure.sourceLine ? [`line ${failure.sourceLine.line}: ${failure.sourceLine.text.trim()}`] : [];
  return { output_type: "error", ename: names[failure.kind], evalue: failure.message, traceback: [`${names[failure.kind]}: ${failure.message}`, ...where] };
}
