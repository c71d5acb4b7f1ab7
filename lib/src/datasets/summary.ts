import { formatIssue } from "./issues";
import type { ValidationReport } from "./load";
import { datasetTables, type TableKey } from "./tables";

const CITING_COLUMNS = ["source_id", "article_source_id", "evidence_source_id"];

function citedSources(key: TableKey, rows: Array<Record<string, unknown>>): string {
  if (key === "sources") {
    const paragraphs = rows.filter((row) => row.kind === "article_paragraph").length;
    return `${paragraphs} article paragraphs, ${rows.length - paragraphs} references`;
  }
  const cited = new Set(rows.flatMap((row) => CITING_COLUMNS.map((column) => row[column]).filter((value) => typeof value === "string")));
  return `${cited.size} sources cited`;
}

/** One line per table (file, rows, sources cited, status), then one line per problem. */
export function validationSummary({ dataset, issues, files }: ValidationReport): string[] {
  const lines = (Object.keys(datasetTables) as TableKey[]).map((key) => {
    const rows = dataset[key] as Array<Record<string, unknown>>;
    const problems = issues.filter((issue) => issue.file === files[key]).length;
    const status = problems === 0 ? "ok" : `${problems} problem${problems === 1 ? "" : "s"}`;
    return `${files[key].padEnd(30)} ${String(rows.length).padStart(4)} rows  ${citedSources(key, rows).padEnd(36)} ${status}`;
  });
  if (issues.length === 0) return [...lines, "All tables valid."];
  return [...lines, `${issues.length} problem${issues.length === 1 ? "" : "s"}:`, ...issues.map((issue) => `  ${formatIssue(issue)}`)];
}
