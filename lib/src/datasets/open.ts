import { paths } from "../config/paths";
import { articleIssues } from "./article-rules";
import type { Field } from "./fields";
import { foreignKeyIssues, uniquenessIssues, type ReadTables } from "./integrity";
import { DatasetValidationError, type DatasetIssue } from "./issues";
import { readTable } from "./read-table";
import type { AnyTable } from "./table";
import { claims, datasetTables, type Dataset, type TableKey } from "./tables";

const allTables = Object.values(datasetTables) as AnyTable[];

/**
 * The tables whose rows a table's checks look up: its foreign keys and id lists, and for
 * claims every table, since a claim's "concerns" entries may point into any of them.
 */
function lookedUp(table: AnyTable): AnyTable[] {
  if (table === claims) return allTables.filter((other) => other !== table);
  const resources = new Set([
    ...table.foreignKeys.map((key) => key.resource),
    ...(Object.values(table.fields) as Field[]).flatMap((field) => (field.listOf ? [field.listOf.resource] : [])),
  ]);
  return allTables.filter((other) => other !== table && resources.has(other.name));
}

/**
 * The dataset, each table read and validated on first use, with the tables its checks
 * look up: the same rows and the same checks as loadDataset, but a notebook reads only
 * the files it uses, so the runner's execution cache reruns it only when one of them
 * changes. Throws a DatasetValidationError (file, line, column, value, rule) on the first
 * access to a table with problems.
 */
export function openDataset(dataDir: string = paths.data): Dataset {
  const reads: ReadTables = new Map();
  const read = (table: AnyTable) => {
    if (!reads.has(table)) reads.set(table, readTable(table, dataDir));
    return reads.get(table)!;
  };
  const rowsOf = (table: AnyTable) => {
    const own = read(table);
    // A table is only as sound as the rows it points to: their own problems count too.
    const others = lookedUp(table).map(read);
    const issues: DatasetIssue[] = [
      ...own.issues,
      ...others.flatMap((other) => other.issues),
      ...uniquenessIssues(table, own),
      ...foreignKeyIssues(table, own, reads),
      ...articleIssues(reads).filter((issue) => issue.file === own.file),
    ];
    if (issues.length > 0) throw new DatasetValidationError(issues);
    return own.rows.map(({ row }) => row);
  };
  const dataset = {} as Dataset;
  for (const [key, table] of Object.entries(datasetTables) as Array<[TableKey, AnyTable]>) {
    let rows: unknown[] | undefined;
    Object.defineProperty(dataset, key, {
      enumerable: true,
      get: () => (rows ??= rowsOf(table)),
    });
  }
  return dataset;
}
