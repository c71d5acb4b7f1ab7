import type * as dfd from "danfojs-node";
import { checkChoice, checkColumns } from "./columns";

/** What a groupby can compute per group, as in pandas (missing numbers are skipped, as pandas skips NaN). */
export const AGGREGATIONS = ["count", "sum", "mean", "median", "min", "max", "nunique", "first"] as const;
/** One of {@link AGGREGATIONS}: count (rows), sum, mean, median, min, max, nunique (distinct values), first (value of the group's first row). */
export type Aggregation = (typeof AGGREGATIONS)[number];

const isMissing = (value: unknown) => value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));

function numbers(values: unknown[], column: string, aggregation: string): number[] {
  const present = values.filter((value) => !isMissing(value));
  const text = present.find((value) => typeof value !== "number");
  if (text !== undefined) throw new Error(`groupby: "${aggregation}" of column "${column}" needs numbers, and it holds ${JSON.stringify(text)}`);
  return present as number[];
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

const reducers: Record<Aggregation, (values: unknown[], column: string) => unknown> = {
  count: (values) => values.length,
  sum: (values, column) => numbers(values, column, "sum").reduce((total, value) => total + value, 0),
  mean: (values, column) => {
    const present = numbers(values, column, "mean");
    return present.length === 0 ? NaN : present.reduce((total, value) => total + value, 0) / present.length;
  },
  median: (values, column) => {
    const sorted = numbers(values, column, "median").sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  },
  min: (values) => values.filter((value) => !isMissing(value)).sort(compareValues)[0] ?? NaN,
  max: (values) => values.filter((value) => !isMissing(value)).sort(compareValues).at(-1) ?? NaN,
  nunique: (values) => new Set(values.filter((value) => !isMissing(value))).size,
  first: (values) => values[0],
};

/** Named aggregations, as pandas' `agg(rounds=("round_id", "count"))`: output name → [column, aggregation]. */
export type AggregationSpec = Record<string, readonly [string, Aggregation]>;

/**
 * One row per group of the key columns (groups in sorted key order, as pandas sorts them),
 * with the key columns and one column per named aggregation. danfojs groups the rows; the
 * aggregations are computed here, as danfojs has no nunique or first per column and does not
 * skip missing numbers.
 */
export function aggregate(frame: dfd.DataFrame, keys: readonly string[], spec: AggregationSpec, frameName: string): { columns: string[]; rows: unknown[][] } {
  checkColumns(keys, frame.columns, "groupby", frameName);
  const outputs = Object.entries(spec);
  for (const [name, entry] of outputs) {
    if (!Array.isArray(entry) || entry.length !== 2) throw new Error(`groupby: output "${name}" must be [column, aggregation], e.g. ["round_id", "count"]`);
    checkColumns([entry[0]], frame.columns, `groupby output "${name}"`, frameName);
    checkChoice(entry[1], AGGREGATIONS, `groupby output "${name}": aggregation`);
  }
  const clash = outputs.find(([name]) => keys.includes(name));
  if (clash) throw new Error(`groupby: output "${clash[0]}" has the name of a key column; choose another name`);
  const rows: unknown[][] = [];
  if (frame.shape[0] > 0) {
    const groups = frame.groupby([...keys]) as unknown as { colDict: Record<string, Record<string, unknown[]>>; keyToValue: Record<string, unknown[]> };
    for (const [group, columns] of Object.entries(groups.colDict)) {
      rows.push([...groups.keyToValue[group]!, ...outputs.map(([, [column, aggregation]]) => reducers[aggregation](columns[column]!, column))]);
    }
  }
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const order = compareValues(a[i], b[i]);
      if (order !== 0) return order;
    }
    return 0;
  });
  return { columns: [...keys, ...outputs.map(([name]) => name)], rows };
}

export { compareValues };
