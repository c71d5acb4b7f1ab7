import * as fs from "node:fs";
import * as path from "node:path";
import { checkedTable, type CheckedTable } from "./checked-table-cache";
import { parseCsv } from "./csv";
import { displayPath, type DatasetIssue } from "./issues";
import { recordRead } from "../config/read-log";
import type { Field } from "./fields";
import { rowSchema, type AnyTable, type RowProblem } from "./table";

/** A validated row, with the file line it came from for later cross-table messages. */
export interface LocatedRow<R> {
  line: number;
  row: R;
  /** The cells as written, to quote a value back in a message. */
  cells: Record<string, string>;
}

/** A table's checked rows and problems, with the file they come from as messages name it. */
export interface TableReadResult<R> extends CheckedTable<R> {
  file: string;
}

/** Reads one table and checks each row on its own: types, enums, ranges, row rules. */
export function readTable<R>(table: AnyTable, dataDir: string): TableReadResult<R> {
  const filePath = path.join(dataDir, table.file);
  const file = displayPath(filePath);
  recordRead(filePath);
  if (!fs.existsSync(filePath)) {
    return { file, rows: [], rejected: [], issues: [{ file, line: null, column: null, value: null, rule: "is missing" }] };
  }
  const text = fs.readFileSync(filePath);
  return { file, ...checkedTable<R>(table, text, file, () => checkRows<R>(table, text.toString("utf8"), file)) };
}

/** Parses the table's text and checks each row on its own, reporting every problem of the row. */
function checkRows<R>(table: AnyTable, text: string, file: string): CheckedTable<R> {
  const { records, problems } = parseCsv(text, Object.keys(table.fields));
  const issues: DatasetIssue[] = problems.map((problem) => ({ file, ...problem }));
  const schema = rowSchema(table);
  const rows: Array<LocatedRow<R>> = [];
  const rejected: CheckedTable<R>["rejected"] = [];
  for (const { line, cells } of records) {
    const parsed = schema.safeParse(cells);
    const failed = new Set<string>();
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        const column = String(problem.path[0] ?? "");
        failed.add(column);
        issues.push({ file, line, column, value: cells[column] ?? null, rule: problem.message });
      }
    }
    // A rejected row keeps the cells that passed their own check, so that the row rules and the
    // other tables' checks still find the row's other problems.
    const row = parsed.success ? (parsed.data as Record<string, unknown>) : validCells(table, cells, failed);
    const rowProblems = table.rowChecks.flatMap((check) => checkWithout(check, row, failed));
    for (const problem of rowProblems) issues.push({ file, line, column: problem.column, value: cells[problem.column] ?? null, rule: problem.rule });
    if (parsed.success && rowProblems.length === 0) rows.push({ line, row: row as R, cells });
    else rejected.push({ line, row: row as Partial<R>, cells });
  }
  return { rows, rejected, issues };
}

/** The values of the cells outside `failed`, each parsed by its own field. */
function validCells(table: AnyTable, cells: Record<string, string>, failed: ReadonlySet<string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, field] of Object.entries(table.fields) as Array<[string, Field]>) {
    if (failed.has(column)) continue;
    const parsed = field.schema.safeParse(cells[column]);
    if (parsed.success) row[column] = parsed.data;
  }
  return row;
}

/** Thrown when a row rule reads a cell that failed its own check. */
class UncheckableCell extends Error {}

/**
 * The rule's problems in the row, or none when it reads a cell that failed its own check:
 * its verdict would rest on a value that is not there, and that cell's problem is reported already.
 */
function checkWithout(check: AnyTable["rowChecks"][number], row: Record<string, unknown>, failed: ReadonlySet<string>): RowProblem[] {
  if (failed.size === 0) return check(row);
  const guarded = new Proxy(row, {
    get(target, column) {
      if (typeof column === "string" && failed.has(column)) throw new UncheckableCell(column);
      return target[column as string];
    },
  });
  try {
    return check(guarded);
  } catch (error) {
    if (error instanceof UncheckableCell) return [];
    throw error;
  }
}
