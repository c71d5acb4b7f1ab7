import type * as dfd from "danfojs-node";
import { FrameColumnError } from "./columns";

/** The values of a frame as one array per row (a one-row frame's values too). */
export function valueRows(frame: dfd.DataFrame): unknown[][] {
  return frame.shape[0] === 0 ? [] : (frame.values as unknown[][]);
}

/** Each row of the frame as a plain object, keyed by column. */
export function plainRows(frame: dfd.DataFrame, columns: readonly string[] = frame.columns): Array<Record<string, unknown>> {
  const positions = columns.map((column) => frame.columns.indexOf(column));
  return valueRows(frame).map((values) => {
    const row: Record<string, unknown> = {};
    columns.forEach((column, i) => (row[column] = values[positions[i]!]));
    return row;
  });
}

/**
 * Rows handed to an analyst's callback (filter, derive, sort by function): reading a column
 * the frame lacks throws, as a verb given a wrong name does, instead of giving `undefined`.
 * The columns are the rows' own properties; only a miss reaches the guard on their prototype,
 * so reading a column costs what it costs on a plain object.
 */
export function guardedRows(frame: dfd.DataFrame, verb: string, frameName: string): Array<Record<string, unknown>> {
  const columns = [...frame.columns];
  const guard = new Proxy(Object.prototype, {
    get(target, property, receiver) {
      if (typeof property === "symbol" || property in target || property === "then" || property === "toJSON") return Reflect.get(target, property, receiver);
      throw new FrameColumnError(property, columns, verb, frameName);
    },
  });
  const positions = columns.map((_, i) => i);
  return valueRows(frame).map((values) => {
    const row = Object.create(guard) as Record<string, unknown>;
    for (const i of positions) row[columns[i]!] = values[i];
    return row;
  });
}
