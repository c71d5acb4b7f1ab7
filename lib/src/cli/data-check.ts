/**
 * npm run data:check: validates every table and prints one line per table (rows,
 * distinct sources cited), then every problem found. Exit code 1 on any problem.
 */
import { datasetTables, formatIssue, validateDataset, type TableKey } from "../datasets";

function citedSources(rows: Array<Record<string, unknown>>): number {
  const columns = ["source_id", "article_source_id", "evidence_source_id"];
  return new Set(rows.flatMap((row) => columns.map((column) => row[column]).filter((value) => typeof value === "string"))).size;
}

const { dataset, issues, files } = validateDataset();
for (const key of Object.keys(datasetTables) as TableKey[]) {
  const rows = dataset[key] as Array<Record<string, unknown>>;
  const problems = issues.filter((issue) => issue.file === files[key]).length;
  const status = problems === 0 ? "ok" : `${problems} problem${problems === 1 ? "" : "s"}`;
  console.log(`${files[key].padEnd(30)} ${String(rows.length).padStart(4)} rows  ${String(citedSources(rows)).padStart(3)} sources cited  ${status}`);
}
if (issues.length > 0) {
  console.error(`\n${issues.length} problem${issues.length === 1 ? "" : "s"}:`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  process.exitCode = 1;
} else {
  console.log("\nAll tables valid.");
}
