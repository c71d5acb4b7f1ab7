import * as path from "node:path";
import { projectRoot } from "../config/paths";

/** One validation problem, located precisely enough to fix it in an editor. */
export interface DatasetIssue {
  /** File path, relative to the project root when inside it. */
  file: string;
  /** 1-based line of the file (the header is line 1); null when the whole file is at fault. */
  line: number | null;
  column: string | null;
  value: string | null;
  /** The rule broken, worded to follow the column name: 'must be one of: ...'. */
  rule: string;
}

export function displayPath(file: string): string {
  const relative = path.relative(projectRoot, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** One problem as one line: `data/actors.csv:12 column "sect" value "sunny": must be one of: …`. */
export function formatIssue(issue: DatasetIssue): string {
  const place = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  const column = issue.column === null ? "" : ` column "${issue.column}"`;
  const value = issue.value === null ? "" : ` value ${JSON.stringify(issue.value)}`;
  return `${place}${column}${value}: ${issue.rule}`;
}

/** Thrown by loadDataset (and by openDataset, on first use of a table) with every problem found, not only the first. */
export class DatasetValidationError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? "" : "s"} in the datasets:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join("\n")}`);
    this.name = "DatasetValidationError";
  }
}
