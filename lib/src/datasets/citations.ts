import { splitIdList, type Field } from "./fields";
import type { DatasetIssue } from "./issues";
import type { ReadTables } from "./integrity";
import type { AnyTable } from "./table";
import { sources } from "./tables";

type Cells = Record<string, unknown>;

/** One place where a row cites a source: the file, line and column of the citing cell. */
export interface Citation {
  sourceId: string;
  file: string;
  line: number;
  column: string;
}

/**
 * The citing columns of a table, read from its schema: foreign keys to
 * sources.source_id and ";"-separated lists of source ids. A new source column is
 * counted without touching this code.
 */
export function citingColumns(table: AnyTable): string[] {
  const keys = table.foreignKeys.filter((key) => key.resource === sources.name && key.referencedField === "source_id").map((key) => key.field as string);
  const lists = (Object.entries(table.fields) as Array<[string, Field]>).filter(([, field]) => field.listOf?.resource === sources.name).map(([name]) => name);
  return [...keys, ...lists];
}

/**
 * Every citation of a source in a source column of any table, in table and line order. A row
 * rejected for a problem of its own still cites its sources, as written: the problem is
 * reported once, not again as each source it alone cites being "cited by no row".
 */
export function citations(tables: ReadTables): Citation[] {
  const found: Citation[] = [];
  for (const [table, read] of tables) {
    const columns = citingColumns(table);
    const idsOf = (value: unknown) => (Array.isArray(value) ? (value as string[]) : typeof value === "string" ? [value] : []);
    const rows = [
      ...(read.rows as Array<{ line: number; row: Cells }>).map(({ line, row }) => ({ line, ids: (column: string) => idsOf(row[column]) })),
      ...read.rejected.map(({ line, cells }) => ({ line, ids: (column: string) => splitIdList(cells[column] ?? "") })),
    ].sort((a, b) => a.line - b.line);
    for (const { line, ids } of rows) {
      for (const column of columns) for (const sourceId of ids(column)) found.push({ sourceId, file: read.file, line, column });
    }
  }
  return found;
}

/**
 * The rules that keep every source accountable to a reader. Errors: an external
 * reference that a row cites but that has no quote (and is not marked
 * no_readable_copy), and a source that no row cites. Warnings: the sources marked
 * no_readable_copy, listed so that a reader knows which rows rest on an unread copy.
 */
export interface CitationReport {
  unquoted: DatasetIssue[];
  uncited: DatasetIssue[];
  noReadableCopy: DatasetIssue[];
}

export function citationReport(tables: ReadTables): CitationReport {
  const read = tables.get(sources);
  const report: CitationReport = { unquoted: [], uncited: [], noReadableCopy: [] };
  if (!read) return report;
  const firstCitation = new Map<string, Citation>();
  for (const citation of citations(tables)) if (!firstCitation.has(citation.sourceId)) firstCitation.set(citation.sourceId, citation);

  for (const { line, row } of read.rows as Array<{ line: number; row: Cells }>) {
    const sourceId = String(row.source_id);
    const cited = firstCitation.get(sourceId);
    if (!cited) {
      report.uncited.push({ file: read.file, line, column: "source_id", value: sourceId, rule: "is cited by no row: cite it in a source column (source_id, other_source_ids ...) or remove it" });
      continue;
    }
    if (row.quote_status === "no_readable_copy") {
      report.noReadableCopy.push({ file: read.file, line, column: "source_id", value: sourceId, rule: `is marked no_readable_copy, and ${cited.file}:${cited.line} (${cited.column}) cites it: ${String(row.note)}` });
    } else if (row.kind === "external_reference" && row.quote_status !== "quoted") {
      report.unquoted.push({
        file: read.file,
        line,
        column: "source_id",
        value: sourceId,
        rule: `is cited by ${cited.file}:${cited.line} (${cited.column}) but has no quote: fill text, read_on, read_at and quote_status=quoted, or quote_status=no_readable_copy with a note`,
      });
    }
  }
  return report;
}
