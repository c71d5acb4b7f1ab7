import type * as dfd from "danfojs-node";
import { compareValues } from "./aggregate";
import { checkColumns } from "./columns";
import { valueRows } from "./rows";

/**
 * Row positions in order of several columns at once (danfojs's sortValues takes one column),
 * stable: rows that tie keep their order. Missing values go last, as in pandas.
 */
export function sortOrder(frame: dfd.DataFrame, by: readonly string[], ascending: boolean, frameName: string): number[] {
  checkColumns(by, frame.columns, "sort", frameName);
  const positions = by.map((column) => frame.columns.indexOf(column));
  const rows = valueRows(frame);
  const missing = (value: unknown) => value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
  return rows
    .map((_, i) => i)
    .sort((a, b) => {
      for (const position of positions) {
        const [x, y] = [rows[a]![position], rows[b]![position]];
        if (missing(x) || missing(y)) {
          if (missing(x) && missing(y)) continue;
          return missing(x) ? 1 : -1;
        }
        const order = compareValues(x, y);
        if (order !== 0) return ascending ? order : -order;
      }
      return a - b;
    });
}
