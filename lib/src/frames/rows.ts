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

/** Where a guarded row comes from, for the error a missing column raises. */
const origin = Symbol("frame row origin");
interface Origin {
  columns: string[];
  verb: string;
  frameName: string;
}
type OriginRow = Record<string, unknown> & { [origin]: Origin };

// One handler for every row of every frame. A row is a plain object behind a Proxy: a column
// it has is read from it, a name it lacks throws (symbols and Object's own members pass, so
// that printing or converting a row works).
const guard: ProxyHandler<OriginRow> = {
  get(row, property) {
    if (typeof property === "symbol" || Object.hasOwn(row, property) || property in Object.prototype || property === "then" || property === "toJSON") return Reflect.get(row, property);
    const { columns, verb, frameName } = row[origin];
    throw new FrameColumnError(property, columns, verb, frameName);
  },
};

/**
 * Rows handed to an analyst's callback (filter, derive): reading a column the frame lacks
 * throws, as a verb given a wrong name does, instead of giving `undefined`.
 */
export function guardedRows(frame: dfd.DataFrame, verb: string, frameName: string): Array<Record<string, unknown>> {
  const from: Origin = { columns: [...frame.columns], verb, frameName };
  return plainRows(frame).map((row) => {
    Object.defineProperty(row, origin, { value: from });
    return new Proxy(row as OriginRow, guard);
  });
}
