import { parse } from "csv-parse/sync";

/** A CSV data row with the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

export interface CsvProblem {
  line: number;
  column: string | null;
  value: string | null;
  rule: string;
}

/**
 * Reads CSV text into records keyed by header, without coercing anything: types are
 * the schemas' job. Structural problems (a missing or unknown column, a row with the
 * wrong number of cells, a broken quote) are returned, not thrown, so that a file's
 * problems can be reported together.
 */
export function parseCsv(content: string, expectedColumns: readonly string[]): { records: CsvRecord[]; problems: CsvProblem[] } {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(content, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { records: [], problems: [{ line, column: null, value: null, rule: `is not valid CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = rows;
  if (!header) return { records: [], problems: [{ line: 1, column: null, value: null, rule: "is empty: a header row is required" }] };

  const problems: CsvProblem[] = [];
  const present = header.record;
  for (const column of expectedColumns.filter((name) => !present.includes(name))) {
    problems.push({ line: 1, column, value: null, rule: "is a required column missing from the header" });
  }
  for (const column of present.filter((name) => !expectedColumns.includes(name))) {
    problems.push({ line: 1, column, value: null, rule: `is not a column of this table (expected: ${expectedColumns.join(", ")})` });
  }
  if (problems.length > 0) return { records: [], problems };

  const records: CsvRecord[] = [];
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a quoted cell may span several lines.
    const line = info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== present.length) {
      problems.push({ line, column: null, value: record.join(","), rule: `has ${record.length} cells, the header has ${present.length}` });
      continue;
    }
    records.push({ line, cells: Object.fromEntries(present.map((name, index) => [name, record[index] ?? ""])) });
  }
  return { records, problems };
}
