import type { DatasetIssue } from "./issues";
import type { LocatedRow, TableReadResult } from "./read-table";
import type { Field } from "./fields";
import type { AnyTable } from "./table";

type Cells = Record<string, unknown>;
export type ReadTables = Map<AnyTable, TableReadResult<Cells>>;

function keyOf(row: Cells, columns: readonly string[]): string {
  return JSON.stringify(columns.map((column) => row[column]));
}

/**
 * Values of one column across a table's rows, for foreign-key look-ups. A row rejected for a
 * problem of its own still counts, as written: one impossible date is one problem, not one
 * more for every row of other tables that points at that row.
 */
export function columnValues(read: TableReadResult<Cells> | undefined, column: string): Set<unknown> {
  return new Set([...(read?.rows ?? []).map(({ row }) => row[column]), ...(read?.rejected ?? []).map(({ cells }) => cells[column])]);
}

/**
 * Every row of the table in file order, rejected ones included with the values of their cells
 * that passed their own check: a row's problems are all reported, not only its first.
 */
export function checkableRows(read: TableReadResult<Cells>): Array<LocatedRow<Cells>> {
  return [...read.rows, ...read.rejected].sort((a, b) => a.line - b.line);
}

/** Whether every one of the columns holds a value that passed its own check. */
const checked = (row: Cells, columns: readonly string[]) => columns.every((column) => column in row);

/** Primary keys and unique columns: every later duplicate names the line of the first. */
export function uniquenessIssues(table: AnyTable, read: TableReadResult<Cells>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const uniqueColumnSets = [table.primaryKey, ...(Object.entries(table.fields) as Array<[string, Field]>).filter(([, f]) => f.descriptor.constraints.unique).map(([name]) => [name])];
  const distinct = new Map(uniqueColumnSets.map((columns) => [JSON.stringify(columns), columns] as const));
  for (const columns of distinct.values()) {
    const firstLine = new Map<string, number>();
    for (const { line, row, cells } of checkableRows(read)) {
      if (!checked(row, columns)) continue;
      const key = keyOf(row, columns);
      const seen = firstLine.get(key);
      if (seen === undefined) firstLine.set(key, line);
      else {
        const column = columns.join("+");
        const value = columns.map((name) => cells[name]).join("+");
        issues.push({ file: read.file, line, column, value, rule: `must be unique, but line ${seen} has the same ${column}` });
      }
    }
  }
  return issues;
}

function lookup(tablesByName: Map<string, AnyTable>, tables: ReadTables, resource: string, field: string): Set<unknown> {
  const target = tablesByName.get(resource);
  return columnValues(target ? tables.get(target) : undefined, field);
}

/** Foreign keys, including ";"-separated id lists. */
export function foreignKeyIssues(table: AnyTable, read: TableReadResult<Cells>, tables: ReadTables): DatasetIssue[] {
  const tablesByName = new Map([...tables.keys()].map((definition) => [definition.name, definition]));
  const checks = [
    ...table.foreignKeys.map((key) => ({ column: key.field, resource: key.resource, field: key.referencedField })),
    ...(Object.entries(table.fields) as Array<[string, Field]>).flatMap(([column, field]) => (field.listOf ? [{ column, ...field.listOf }] : [])),
  ];
  const issues: DatasetIssue[] = [];
  for (const check of checks) {
    const known = lookup(tablesByName, tables, check.resource, check.field);
    for (const { line, row } of checkableRows(read)) {
      if (!checked(row, [check.column])) continue;
      const value = row[check.column];
      const values = Array.isArray(value) ? value : value === null ? [] : [value];
      for (const single of values.filter((candidate) => !known.has(candidate))) {
        issues.push({ file: read.file, line, column: check.column, value: String(single), rule: `does not match any ${check.resource}.${check.field}` });
      }
    }
  }
  return issues;
}
