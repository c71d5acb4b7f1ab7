import * as dfd from "danfojs-node";

/** Options of {@link pivotTable}: the column whose values become rows, the one whose values become columns, and what each cell holds. */
export interface PivotOptions {
  /** Column whose values become the rows. */
  index: string;
  /** Column whose values become the new columns. */
  columns: string;
  /** Column to aggregate; when omitted, rows are counted. */
  values?: string;
  /** How `values` are combined (default "sum"); rows are counted when `values` is omitted. */
  aggregate?: "count" | "sum";
  /** Order of the new columns; values not listed follow in sorted order. */
  columnOrder?: readonly string[];
}

/**
 * A pivot table (danfojs has none): groupby index × columns, then spread the
 * groups into one column per value, with 0 where a combination never occurs.
 * Rows are sorted by the index value.
 *
 * @example
 * ```ts
 * // Members of each camp by the sect of their leadership, 2017, reference sources
 * pivotTable(campMembers(nb.dataset, "reference"), { index: "camp_id", columns: "sect" });
 * ```
 */
export function pivotTable(frame: dfd.DataFrame, options: PivotOptions): dfd.DataFrame {
  const { index, columns } = options;
  const values = options.values ?? index;
  const aggregate = options.values ? options.aggregate ?? "sum" : "count";
  const grouped = frame.groupby([index, columns]).agg({ [values]: aggregate });
  const cells = dfd.toJSON(grouped) as Array<Record<string, string | number>>;
  const aggregated = `${values}_${aggregate}`;

  const seen = [...new Set(cells.map((cell) => String(cell[columns])))];
  const ordered = [...(options.columnOrder ?? []).filter((value) => seen.includes(value)), ...seen.filter((value) => !(options.columnOrder ?? []).includes(value)).sort()];
  const rowKeys = [...new Set(cells.map((cell) => String(cell[index])))].sort();
  const rows = rowKeys.map((rowKey) => [
    rowKey,
    ...ordered.map((columnKey) => Number(cells.find((cell) => String(cell[index]) === rowKey && String(cell[columns]) === columnKey)?.[aggregated] ?? 0)),
  ]);
  return new dfd.DataFrame(rows, { columns: [index, ...ordered] });
}

/** Plain row objects of a DataFrame, for assertions and hand-made tables. */
export function frameRows<T = Record<string, unknown>>(frame: dfd.DataFrame): T[] {
  return dfd.toJSON(frame) as T[];
}

/** Rows ordered by several columns at once (danfo's sortValues takes one column). */
export function sortedBy(frame: dfd.DataFrame, columns: string[]): dfd.DataFrame {
  const rows = frameRows<Record<string, string | number>>(frame);
  const compare = (a: Record<string, string | number>, b: Record<string, string | number>) => {
    for (const column of columns) {
      const [x, y] = [a[column], b[column]];
      if (x === y) continue;
      if (typeof x === "number" && typeof y === "number") return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
  return new dfd.DataFrame(rows.sort(compare), { columns: frame.columns });
}

/**
 * Rows for which `keep` is true, re-indexed from 0. danfo's query keeps the
 * original index, and a later boolean mask built from values would then misalign.
 */
export function filterRows(frame: dfd.DataFrame, keep: (row: Record<string, unknown>) => boolean): dfd.DataFrame {
  const mask = new dfd.Series(frameRows(frame).map(keep));
  const kept = frame.query(mask);
  return kept.resetIndex();
}
