import { paths } from "../config/paths";
import { articleIssues } from "./article-rules";
import { citationReport, type CitationReport } from "./citations";
import { foreignKeyIssues, uniquenessIssues, type ReadTables } from "./integrity";
import { DatasetValidationError, type DatasetIssue } from "./issues";
import { readTable } from "./read-table";
import { datasetTables, type Dataset, type TableKey } from "./tables";

/** What {@link validateDataset} found: the rows that passed, every problem, and the citation rules' verdict. */
export interface ValidationReport {
  /** The rows of each table that passed their own checks (all rows when there are no issues). */
  dataset: Dataset;
  /** Every problem in the tables, located by file, line, column and value; empty when the data are valid. */
  issues: DatasetIssue[];
  /** File path of each table as shown in messages. */
  files: Record<TableKey, string>;
  /**
   * The citation rules (every cited reference quoted, every source cited), kept apart
   * from `issues`: data:check fails on them, but loadDataset does not, so that the
   * analysis runs on data whose quotes are still being collected.
   */
  citations: CitationReport;
}

/** Reads and checks every table, collecting all problems instead of stopping at the first. */
export function validateDataset(dataDir: string = paths.data): ValidationReport {
  const reads: ReadTables = new Map();
  for (const table of Object.values(datasetTables)) reads.set(table, readTable(table, dataDir));

  const issues: DatasetIssue[] = [];
  for (const [table, read] of reads) {
    issues.push(...read.issues, ...uniquenessIssues(table, read), ...foreignKeyIssues(table, read, reads));
  }
  issues.push(...articleIssues(reads));

  const entries = Object.entries(datasetTables) as Array<[TableKey, (typeof datasetTables)[TableKey]]>;
  const dataset = Object.fromEntries(entries.map(([key, table]) => [key, reads.get(table)!.rows.map(({ row }) => row)])) as Dataset;
  const files = Object.fromEntries(entries.map(([key, table]) => [key, reads.get(table)!.file])) as Record<TableKey, string>;
  return { dataset, issues, files, citations: citationReport(reads) };
}

/**
 * Every table, validated and typed. Throws a DatasetValidationError listing every
 * problem (file, line, column, value, rule) when any file is wrong. The citation
 * rules are not applied here: see ValidationReport.citations.
 */
export function loadDataset(dataDir: string = paths.data): Dataset {
  const { dataset, issues } = validateDataset(dataDir);
  if (issues.length > 0) throw new DatasetValidationError(issues);
  return dataset;
}
