import type { ErrorOutput, Output } from "./notebook-format";
import { joinText } from "./notebook-format";
import { cellFrameLine, isFrame, type CellLine } from "../kernel/cell-errors";

/** How a notebook stopped: a cell raised an error, a cell ran past the time limit, or the kernel died. */
export type FailureKind = "error" | "timeout" | "kernel-died";

/** Why a notebook stopped, in terms a reader of the runner's report can act on. */
export interface CellFailure {
  kind: FailureKind;
  /** 1-based position of the failing cell among all the notebook's cells. */
  cellNumber: number;
  message: string;
  /** The cell source line the error points at (1-based within the cell), when it can be found. */
  sourceLine?: CellLine;
  /**
   * A runtime error's stack as the kernel printed it, innermost frame first: functions of the
   * library at their lib/src lines, then the cell's own lines ("at cell line 3: …").
   */
  stack?: string[];
}

/** tslab's type errors: "LINE:COL - message", line and column within the cell. */
const compileError = /^(\d+):(\d+) - (.+)$/m;
const errorLine = /^(?:[\w.]*(?:Error|Exception)\b.*|Uncaught .*)$/;

function stderrText(outputs: Output[]): string {
  return outputs
    .filter((output) => output.output_type === "stream" && output.name === "stderr")
    .map((output) => joinText((output as { text: string | string[] }).text))
    .join("");
}

/**
 * The frames printed under the message (the message may take several lines). Node prints an
 * error's other properties (its cause, a code) after the stack, opening them with " {" on the
 * last frame's line.
 */
function framesAfter(lines: string[], messageIndex: number): string[] {
  const first = lines.findIndex((line, index) => index > messageIndex && isFrame(line));
  if (first < 0) return [];
  const end = lines.findIndex((line, index) => index > first && !isFrame(line));
  const frames = lines.slice(first, end < 0 ? undefined : end).map((line) => line.trim());
  if (end >= 0 && lines[end].startsWith("  ")) frames[frames.length - 1] = frames[frames.length - 1].replace(/ \{$/, "");
  return frames;
}

/**
 * Reads the failure out of what tslab wrote to stderr for a cell that returned status "error":
 * a type error's "LINE:COL - message", or a runtime error whose stack the kernel rewrote to
 * name the cell's lines (cell-errors.ts).
 */
export function describeCellError(cellNumber: number, source: string, outputs: Output[]): CellFailure {
  const stderr = stderrText(outputs);
  const sourceText = (line: number) => source.split("\n")[line - 1];
  const typeError = compileError.exec(stderr);
  if (typeError) {
    const line = Number(typeError[1]);
    return { kind: "error", cellNumber, message: typeError[3], sourceLine: { line, text: sourceText(line) ?? "" } };
  }
  const lines = stderr.split("\n");
  const messageIndex = lines.findIndex((line) => errorLine.test(line));
  const message = lines[messageIndex] ?? (stderr.trim().split("\n")[0] || "the cell failed without a message");
  const stack = messageIndex >= 0 ? framesAfter(lines, messageIndex) : [];
  const cellLine = stack.map(cellFrameLine).find((found) => found !== undefined);
  return {
    kind: "error",
    cellNumber,
    message,
    ...(cellLine ? { sourceLine: { line: cellLine.line, text: sourceText(cellLine.line) ?? cellLine.text } } : {}),
    ...(stack.length ? { stack } : {}),
  };
}

/** The error output saved in the executed notebook, so that every reader sees why it stopped. */
export function failureOutput(failure: CellFailure): ErrorOutput {
  const names: Record<FailureKind, string> = { error: "CellError", timeout: "CellTimeoutError", "kernel-died": "KernelDiedError" };
  const where = failure.stack ? failure.stack.map((frame) => `    ${frame}`) : failure.sourceLine ? [`line ${failure.sourceLine.line}: ${failure.sourceLine.text.trim()}`] : [];
  return { output_type: "error", ename: names[failure.kind], evalue: failure.message, traceback: [`${names[failure.kind]}: ${failure.message}`, ...where] };
}
