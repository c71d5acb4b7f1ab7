/**
 * The one check every verb makes before it touches danfojs: each column name it is given
 * exists in the frame. danfojs itself groups by the columns it finds and returns
 * `undefined` for a missing one; a frame verb stops with the name, the frame's columns
 * and the nearest of them instead.
 */
export class FrameColumnError extends Error {
  // The names live in the message only: own fields would be printed again under the stack.
  constructor(column: string, columns: readonly string[], verb: string, frameName: string) {
    const nearest = nearestName(column, columns);
    const hint = nearest === undefined ? "" : ` Did you mean "${nearest}"?`;
    super(`${verb}: no column "${column}" in ${frameName}.${hint} Its columns: ${columns.join(", ")}.`);
    this.name = "FrameColumnError";
  }
}

/** Throws a {@link FrameColumnError} for the first name that is not one of `columns`. */
export function checkColumns(names: readonly string[], columns: readonly string[], verb: string, frameName: string): void {
  for (const name of names) {
    if (typeof name !== "string" || !columns.includes(name)) throw new FrameColumnError(String(name), columns, verb, frameName);
  }
}

/** Throws when `value` is not one of `allowed`, naming it, what is allowed and the nearest. */
export function checkChoice(value: string, allowed: readonly string[], what: string): void {
  if (allowed.includes(value)) return;
  const nearest = nearestName(value, allowed);
  throw new Error(`${what}: "${value}" is not one of ${allowed.join(", ")}.${nearest === undefined ? "" : ` Did you mean "${nearest}"?`}`);
}

/** The candidate closest to `name` by edit distance, when it is close enough to be a slip (at most half its length). */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.ceil(name.length / 2)) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
