import * as dfd from "danfojs-node";
import { aggregate, compareValues, type Aggregation } from "./aggregate";
import { checkColumns } from "./columns";
import { mergeFrames, type MergeKind } from "./merge";
import { guardedRows, plainRows, valueRows } from "./rows";
import { sortOrder } from "./sort";

/** A row of a frame: column name → value. */
export type Row = Record<string, unknown>;
/** The column names of a row type (written out as their union in error messages). */
export type ColumnOf<R> = R extends unknown ? Extract<keyof R, string> : never;
/** A type written out field by field: what an editor shows for a frame's row. */
export type Flat<T> = { [K in keyof T]: T[K] } & {};

/** One named output of {@link Grouped.agg}: the column it reads and how it combines the group's values. */
export type NamedAggregation<R> = readonly [column: ColumnOf<R>, aggregation: Aggregation];
/** The value type of a named output: a number for counts, sums and averages; the column's own type for min, max and first. */
export type AggregatedValue<R, C, A> = A extends "min" | "max" | "first" ? R[C & keyof R] : number;
/** The row of a groupby's result: its key columns and its named outputs, typed without a hand-written row type. */
export type GroupedRow<R, K extends keyof R, S> = Flat<Pick<R, K> & { -readonly [N in keyof S]: S[N] extends readonly [infer C, infer A] ? AggregatedValue<R, C, A> : never }>;
/** A row after {@link Frame.rename}: each renamed column under its new name, with its type. */
export type RenamedRow<R, M> = Flat<{ [K in keyof R as K extends keyof M ? (M[K] extends string ? M[K] : K) : K]: R[K] }>;
/** A row after {@link Frame.derive}: the frame's columns and the derived ones, typed by what their functions return. */
// Keys remapped rather than Omit<R, keyof D>: Omit of a pivot's row (known columns and a string
// index) keeps the index only, and the known columns lose their types.
export type DerivedRow<R, D> = Flat<{ [K in keyof R as K extends keyof D ? never : K]: R[K] } & { [K in keyof D]: D[K] extends (row: never) => infer V ? V : never }>;
/** A row of a pivot: the index column, then one number column per value of the pivoted column (not known before the data are). */
export type PivotRow<R, I extends keyof R> = Flat<Pick<R, I>> & Record<string, unknown>;

/** Options of {@link Frame.pivot}. */
export interface PivotOptions<R, I extends ColumnOf<R>, C extends ColumnOf<R>> {
  /** Column whose values become the rows. */
  index: I;
  /** Column whose values become the new columns. */
  columns: C;
  /** Column to aggregate, and how (default: rows are counted). */
  values?: NamedAggregation<R>;
  /** Order of the new columns; values not listed follow in sorted order. */
  columnOrder?: readonly unknown[];
  /** Cells for combinations that never occur (default 0). */
  fill?: number | string;
}

/**
 * A table whose columns TypeScript knows: each verb takes column names of this frame only
 * (a misspelt one is a type error in the cell), checks them again when it runs (the error
 * names the column, the frame's columns and the nearest one), and returns a frame whose
 * columns are known too. danfojs holds the data and does the work; `frame.danfo` is the
 * DataFrame itself, for anything the verbs do not cover.
 *
 * @example
 * ```ts
 * const rounds = talkRoundsFrame(nb.dataset).derive({ days: (r) => daysBetween(r.start_date, r.end_date) + 1 });
 * const perCity = rounds.groupby("process", "city").agg({ rounds: ["round_id", "count"], days: ["days", "sum"] }).sort("days", { ascending: false });
 * perCity.rows()[0].days; // a number, known without a row type
 * ```
 */
export class Frame<out R extends object> {
  /** Never set: it carries the row type, so that a frame cannot pass for one with columns it lacks. */
  declare readonly rowType?: R;

  /**
   * @param danfo the DataFrame holding the data
   * @param name what errors call the frame, e.g. "talk_rounds"
   */
  constructor(
    readonly danfo: dfd.DataFrame,
    readonly name: string = "this frame",
  ) {}

  /** The column names, in order (typed as text, so that a frame passes for one with fewer columns). */
  get columns(): string[] {
    return [...this.danfo.columns];
  }

  /** The number of rows. */
  get length(): number {
    return this.danfo.shape[0]!;
  }

  /** The row labels (0, 1, 2...): with {@link Frame.values} and {@link Frame.shape}, what a table display reads. */
  get index(): Array<string | number> {
    return this.danfo.index;
  }

  /** The values, one array per row. */
  get values(): unknown[][] {
    return valueRows(this.danfo);
  }

  /** [rows, columns]. */
  get shape(): number[] {
    return this.danfo.shape;
  }

  private next<S extends object>(danfo: dfd.DataFrame): Frame<S> {
    return new Frame<S>(danfo, this.name);
  }

  private check(names: readonly string[], verb: string): void {
    checkColumns(names, this.danfo.columns, verb, this.name);
  }

  /** The values of one column, typed by the column (pandas' `df["city"]`). */
  column<C extends ColumnOf<R>>(name: C): Array<R[C]> {
    this.check([name], "column");
    return this.danfo[name].values as Array<R[C]>;
  }

  /** These columns only, in this order (pandas' `df[["a", "b"]]`). */
  select<C extends ColumnOf<R>>(...columns: C[]): Frame<Flat<Pick<R, C>>> {
    this.check(columns, "select");
    return this.next(this.danfo.loc({ columns }));
  }

  /** The rows for which `keep` is true, numbered again from 0. Reading a column the frame lacks in `keep` throws. */
  filter(keep: (row: R) => boolean): Frame<R> {
    const rows = guardedRows(this.danfo, "filter", this.name) as R[];
    const kept = rows.flatMap((row, i) => (keep(row) ? [i] : []));
    return this.take(kept);
  }

  // A new DataFrame of the kept rows, with the frame's dtypes: danfojs's iloc then resetIndex costs twice as much.
  private take(positions: number[]): Frame<R> {
    const values = valueRows(this.danfo);
    return this.next(frameFromValues(positions.map((i) => values[i]!), this.danfo.columns, this.danfo.dtypes));
  }

  /**
   * New columns computed row by row, e.g. `derive({ days: (r) => daysBetween(r.start_date, r.end_date) + 1, year: (r) => yearOf(r.start_date) })`.
   * A derived column with the name of an existing one replaces it.
   *
   * @typeParam D the new columns: name → function of a row
   */
  derive<D extends Record<string, (row: R) => unknown>>(columns: D): Frame<DerivedRow<R, D>> {
    const rows = guardedRows(this.danfo, "derive", this.name) as R[];
    const names = Object.keys(columns);
    if (rows.length === 0) return this.next(emptyFrame([...this.danfo.columns, ...names.filter((name) => !this.danfo.columns.includes(name))]));
    // A new DataFrame rather than addColumn: danfojs's copy() shares its data, and addColumn
    // replacing a column changes it in place (and returns nothing) whatever `inplace` says.
    const derived = new Map(names.map((name) => [name, rows.map((row) => columns[name]!(row))]));
    const old = this.danfo.columns;
    const all = [...old, ...names.filter((name) => !old.includes(name))];
    const sources = all.map((name) => derived.get(name) ?? old.indexOf(name));
    const values = valueRows(this.danfo).map((row, r) => sources.map((source) => (typeof source === "number" ? row[source] : source[r])));
    const dtypes = sources.map((source) => (typeof source === "number" ? this.danfo.dtypes[source]! : dtypeOf(source)));
    return this.next(frameFromValues(values, all, dtypes));
  }

  /**
   * Groups rows by the key columns; `.agg` then names each output, as pandas' named aggregation:
   * `groupby("process", "city").agg({ rounds: ["round_id", "count"], days: ["days", "sum"] })`.
   */
  groupby<K extends ColumnOf<R>>(...keys: K[]): Grouped<R, K> {
    this.check(keys, "groupby");
    return new Grouped(this.danfo, this.name, keys);
  }

  /** Rows of both frames joined on the key columns (pandas' `merge`; `how` defaults to "inner"). */
  merge<S extends object, K extends ColumnOf<R> & ColumnOf<S>>(right: Frame<S>, options: { on: K | K[]; how?: MergeKind }): Frame<Flat<R & Omit<S, K>>> {
    const on = Array.isArray(options.on) ? options.on : [options.on];
    return this.next(mergeFrames(this.danfo, right.danfo, on, options.how ?? "inner", { left: this.name, right: right.name }));
  }

  /**
   * A pivot table (danfojs has none): one row per value of `index` (sorted), one column per
   * value of `columns`, each cell the rows counted or `values` aggregated, `fill` (0) where a
   * combination never occurs.
   */
  pivot<I extends ColumnOf<R>, C extends ColumnOf<R>>(options: PivotOptions<R, I, C>): Frame<PivotRow<R, I>> {
    const { index, columns } = options;
    this.check([index, columns], "pivot");
    const [valueColumn, aggregation] = options.values ?? [index, "count"];
    const cells = aggregate(this.danfo, [index, columns], { value: [valueColumn, aggregation] }, this.name).rows;
    const seen = [...new Set(cells.map((cell) => cell[1]))];
    const order = options.columnOrder ?? [];
    const newColumns = [...order.filter((value) => seen.includes(value)), ...seen.filter((value) => !order.includes(value)).sort(compareValues)];
    const rowKeys = [...new Set(cells.map((cell) => cell[0]))];
    const fill = options.fill ?? 0;
    const rows = rowKeys.map((rowKey) => [rowKey, ...newColumns.map((columnKey) => cells.find((cell) => cell[0] === rowKey && cell[1] === columnKey)?.[2] ?? fill)]);
    return this.next(frameFromValues(rows, [index, ...newColumns.map(String)]));
  }

  /** Rows ordered by one or more columns (ties keep their order; missing values last). */
  sort(by: ColumnOf<R> | Array<ColumnOf<R>>, options: { ascending?: boolean } = {}): Frame<R> {
    return this.take(sortOrder(this.danfo, Array.isArray(by) ? by : [by], options.ascending ?? true, this.name));
  }

  /** The first `n` rows (5 by default; all of them when there are fewer). */
  head(n = 5): Frame<R> {
    return this.take([...Array(Math.min(n, this.length)).keys()]);
  }

  /** Columns under new names: `rename({ name_en: "camp_en" })`. */
  rename<const M extends { [K in ColumnOf<R>]?: string }>(mapping: M): Frame<RenamedRow<R, M>> {
    this.check(Object.keys(mapping), "rename");
    return this.next(this.danfo.rename(mapping as Record<string, string>, { inplace: false }) as dfd.DataFrame);
  }

  /**
   * The rows as plain objects: all columns, or the ones named (checked like every verb). The
   * row type is the frame's: a field the frame lacks is a type error, not `undefined` at run time.
   */
  rows(): R[];
  rows<C extends ColumnOf<R>>(...columns: C[]): Array<Flat<Pick<R, C>>>;
  rows(...columns: string[]): unknown[] {
    if (columns.length === 0) return plainRows(this.danfo);
    this.check(columns, "rows");
    return plainRows(this.danfo, columns);
  }
}

/** A frame grouped by key columns, waiting for its named outputs: see {@link Frame.groupby}. */
export class Grouped<out R extends object, K extends ColumnOf<R>> {
  /** Never set: it carries the row type of the grouped frame. */
  declare readonly rowType?: R;

  constructor(
    private readonly danfo: dfd.DataFrame,
    private readonly name: string,
    private readonly keys: readonly K[],
  ) {}

  /**
   * One row per group: the key columns, then each named output, e.g.
   * `{ rounds: ["round_id", "count"], cities: ["city", "nunique"], first_round: ["start_date", "min"] }`.
   * Aggregations: count, sum, mean, median, min, max, nunique, first.
   */
  agg<const S extends Record<string, NamedAggregation<R>>>(outputs: S): Frame<GroupedRow<R, K, S>> {
    const { columns, rows } = aggregate(this.danfo, this.keys, outputs, this.name);
    return new Frame(frameFromValues(rows, columns), this.name);
  }
}

/** The danfojs dtype of computed values: whole numbers int32, other numbers float32 (NaN is a missing number), true/false boolean, anything else string. */
function dtypeOf(values: unknown[]): string {
  const present = values.filter((value) => !(typeof value === "number" && Number.isNaN(value)) && value !== null && value !== undefined);
  if (present.length > 0 && present.every((value) => typeof value === "boolean")) return "boolean";
  if (!values.every((value) => typeof value === "number")) return "string";
  return values.every((value) => Number.isInteger(value)) ? "int32" : "float32";
}

/** A DataFrame of these rows; dtypes given, or found from the values here (danfojs's own inference costs ten times the rest). */
function frameFromValues(rows: unknown[][], columns: string[], dtypes?: string[]): dfd.DataFrame {
  if (rows.length === 0) return emptyFrame(columns);
  return new dfd.DataFrame(rows, { columns, dtypes: dtypes ?? columns.map((_, i) => dtypeOf(rows.map((row) => row[i]))) });
}

function emptyFrame(columns: string[]): dfd.DataFrame {
  return new dfd.DataFrame([], { columns });
}

/**
 * A frame of row objects, columns in the order given (the first row's keys when not
 * given), named `name` in errors. `frameOf(rows)` is how analysis results become frames.
 */
export function frameOf<R extends object>(rows: readonly R[], options: { columns?: Array<ColumnOf<R>>; name?: string } = {}): Frame<R> {
  const columns = options.columns ?? (Object.keys(rows[0] ?? {}) as Array<ColumnOf<R>>);
  const values = rows.map((row) => columns.map((column) => row[column]));
  return new Frame<R>(frameFromValues(values, columns), options.name);
}
