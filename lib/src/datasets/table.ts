import { z } from "zod";
import type { Field } from "./fields";

/** A problem found in one row, before the other tables are looked at. */
export interface RowProblem {
  column: string;
  rule: string;
}

/**
 * One CSV table: its file, its columns and its constraints. The zod object schema,
 * the TypeScript row type and the Frictionless resource descriptor all derive from it.
 */
export interface TableDefinition<F extends Record<string, Field> = Record<string, Field>> {
  /** Resource name in datapackage.json and key of the loaded dataset's table. */
  name: string;
  /** File name inside data/. */
  file: string;
  title: string;
  description: string;
  fields: F;
  /** Columns whose combined values are unique in the table. */
  primaryKey: Array<keyof F & string>;
  foreignKeys: Array<{ field: keyof F & string; resource: string; referencedField: string }>;
  /** Rules within a row that a field type cannot express (date order, either/or columns). */
  rowChecks: Array<(row: RowOfFields<F>) => RowProblem[]>;
}

/** Any table, whatever its columns: what generic readers and checks take. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- row checks are contravariant in the row type
export type AnyTable = TableDefinition<any>;

/** The row a table with these fields parses to: each column typed by what its cell parses to. */
export type RowOfFields<F extends Record<string, Field>> = { [K in keyof F]: z.output<F[K]["schema"]> };
/**
 * The row type of a table definition: `RowOf<typeof actors>` is {@link Actor}.
 *
 * An indexed access, not `T extends TableDefinition<infer F>`: inferring F makes TypeScript
 * check it against Record<string, Field>, comparing every zod class structurally. A notebook
 * kernel type-checks each cell with a fresh checker, so that check cost ~0.4 s in every cell
 * passing the dataset to a chart builder.
 */
export type RowOf<T extends AnyTable> = RowOfFields<T["fields"]>;

export function defineTable<F extends Record<string, Field>>(definition: TableDefinition<F>): TableDefinition<F> {
  return definition;
}

export function rowSchema<F extends Record<string, Field>>(table: TableDefinition<F>) {
  const shape = Object.fromEntries(Object.entries(table.fields).map(([name, field]) => [name, field.schema]));
  return z.object(shape as { [K in keyof F]: F[K]["schema"] }).strict();
}

/** Date order check for an optional start/end pair (ISO dates compare as strings). */
export function startNotAfterEnd<R>(start: keyof R & string, end: keyof R & string) {
  return (row: R): RowProblem[] => {
    const from = row[start] as unknown as string | null;
    const to = row[end] as unknown as string | null;
    return from && to && from > to ? [{ column: end, rule: `must not be before ${start} (${from})` }] : [];
  };
}
