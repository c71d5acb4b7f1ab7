import * as fs from "node:fs";
import * as path from "node:path";
import { checkedTable, type CheckedTable } from "./checked-table-cache";
import { parseCsv } from "./csv";
import { displayPath, type DatasetIssue } from "./issues";
import { recordRead } from "../config/read-log";
import { rowSchema, type AnyTable } from "./table";

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

/** Parses the table's text and checks each row on its own. */
function checkRows<R>(table: AnyTable, text: string, file: string): CheckedTable<R> {
  const { records, problems } = parseCsv(text, Object.keys(table.fields));
  const issues: DatasetIssue[] = problems.map((problem) => ({ file, ...problem }));
  const schema = rowSchema(table);
  const rows: Array<LocatedRow<R>> = [];
  const rejected: CheckedTable<R>["rejected"] = [];
  for (const { line, cells } of records) {
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        const column = String(problem.path[0] ?? "");
        issues.push({ file, line, column, value: cells[column] ?? null, rule: problem.message });
      }
      rejected.push({ line, cells });
      continue;
    }
    const rowProblems = table.rowChecks.flatMap((check) => check(parsed.data));
    for (const problem of rowProblems) issues.push({ file, line, column: problem.column, value: cells[problem.column] ?? null, rule: problem.rule });
    if (rowProblems.length === 0) rows.push({ line, row: parsed.data as R, cells });
    else rejected.push({ line, cells });
  }
  return { rows, rejected, issues };
}
