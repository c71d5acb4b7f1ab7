import * as path from "node:path";
import { cellFrameLine } from "../kernel/cell-errors";
import type { NotebookResult, ProgressEvent } from "./run-notebooks";

/** Paths in the runner's messages are relative to where the command was started. */
function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function failureLines(result: NotebookResult): string[] {
  const failure = result.failure;
  if (!failure) return [];
  const where = failure.cellNumber > 0 ? `cell ${failure.cellNumber}` : "before the first cell";
  const kind = { error: "error", timeout: "timeout", "kernel-died": "kernel died" }[failure.kind];
  const lines = [`    ${where} (${kind}): ${failure.message}`, ...raisedIn(failure.stack ?? []).map((frame) => `      ${frame}`)];
  if (failure.sourceLine) lines.push(`    line ${failure.sourceLine.line}: ${failure.sourceLine.text.trim()}`);
  return lines;
}

const shownFrames = 6;

/**
 * The frames above the cell's own line: where in the library (or a package) the error was
 * raised. The saved notebook keeps the whole stack; the report shows its top.
 */
function raisedIn(stack: string[]): string[] {
  const cellFrame = stack.findIndex((frame) => cellFrameLine(frame));
  const inside = cellFrame < 0 ? [] : stack.slice(0, cellFrame);
  return inside.length > shownFrames ? [...inside.slice(0, shownFrames), `… ${inside.length - shownFrames} more frames in the saved notebook`] : inside;
}

/** "2026-11-27 15:20 UTC": the minute is enough to recognise a run. */
function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * One line when a notebook starts (with the reason the cache gave for running it), one
 * when it ends (with the failure under it), or one saying it was skipped and since when.
 */
export function progressLines(event: ProgressEvent): string[] {
  if (event.type === "running") return [`running  ${shown(event.notebook)}${event.reason ? ` (${event.reason})` : ""}`];
  const { result } = event;
  if (result.skippedSince) return [`skipped  ${shown(result.notebook)} (unchanged since ${shortTime(result.skippedSince)})`];
  const status = result.ok ? "ok      " : "failed  ";
  return [`${status} ${shown(result.notebook)} (${result.seconds.toFixed(1)} s)`, ...failureLines(result)];
}

/** The closing lines of a run: counts of ok, skipped and failed notebooks and the wall time, then each failure with its cell and line. */
export function summaryLines(results: NotebookResult[], wallSeconds: number): string[] {
  const failed = results.filter((result) => !result.ok);
  const skipped = results.filter((result) => result.skippedSince).length;
  const skippedText = skipped > 0 ? ` (${skipped} skipped: unchanged)` : "";
  const lines = [`${results.length} notebook(s): ${results.length - failed.length} ok${skippedText}, ${failed.length} failed, in ${wallSeconds.toFixed(1)} s`];
  for (const result of failed) lines.push(`  failed: ${shown(result.notebook)}`, ...failureLines(result));
  return lines;
}
