import { citingColumns } from "./citations";
import { formatIssue, type DatasetIssue } from "./issues";
import type { ValidationReport } from "./load";
import { datasetTables, type TableKey } from "./tables";

function citedSources(key: TableKey, rows: Array<Record<string, unknown>>): string {
  if (key === "sources") {
    const paragraphs = rows.filter((row) => row.kind === "article_paragraph").length;
    const quoted = rows.filter((row) => row.quote_status === "quoted").length;
    return `${paragraphs} paragraphs, ${rows.length - paragraphs} refs (${quoted} quoted)`;
  }
  const columns = citingColumns(datasetTables[key]);
  const cited = new Set(rows.flatMap((row) => columns.flatMap((column) => row[column] ?? [])));
  return `${cited.size} sources cited`;
}

function section(title: string, issues: DatasetIssue[]): string[] {
  return issues.length === 0 ? [] : [`${title} (${issues.length}):`, ...issues.map((issue) => `  ${formatIssue(issue)}`)];
}

/** True when data:check passes: no problem in the tables and no broken citation rule (warnings aside). */
export function passesDataCheck({ issues, citations }: ValidationReport): boolean {
  return issues.length === 0 && citations.unquoted.length === 0 && citations.uncited.length === 0;
}

/**
 * One line per table (file, rows, sources cited, status), then one line per problem,
 * then the citation errors and, as warnings, the sources without a readable copy.
 */
export function validationSummary(report: ValidationReport): string[] {
  const { dataset, issues, files, citations } = report;
  const lines = (Object.keys(datasetTables) as TableKey[]).map((key) => {
    const rows = dataset[key] as Array<Record<string, unknown>>;
    const problems = issues.filter((issue) => issue.file === files[key]).length;
    const status = problems === 0 ? "ok" : `${problems} problem${problems === 1 ? "" : "s"}`;
    return `${files[key].padEnd(30)} ${String(rows.length).padStart(4)} rows  ${citedSources(key, rows).padEnd(36)} ${status}`;
  });
  const problems = issues.length === 0 ? ["All tables valid."] : [`${issues.length} problem${issues.length === 1 ? "" : "s"}:`, ...issues.map((issue) => `  ${formatIssue(issue)}`)];
  return [
    ...lines,
    ...problems,
    ...section("Error: cited references without a quote", citations.unquoted),
    ...section("Error: sources cited by no row", citations.uncited),
    ...section("Warning: sources without a readable copy", citations.noReadableCopy),
    passesDataCheck(report) ? "Data check passed." : "Data check FAILED.",
  ];
}
