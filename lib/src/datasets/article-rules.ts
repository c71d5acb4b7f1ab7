import type { DatasetIssue } from "./issues";
import { checkableRows, columnValues, type ReadTables } from "./integrity";
import type { AnyTable } from "./table";
import { alignments, claims, sources, datasetTables } from "./tables";

/**
 * Rules that tie rows to the article itself: a claim quotes its paragraph word for
 * word, an 'article' alignment cites an article paragraph, and a claim's "concerns"
 * entries point at rows that exist.
 */
export function articleIssues(tables: ReadTables): DatasetIssue[] {
  const sourceRows = new Map((tables.get(sources)?.rows ?? []).map(({ row }) => [row.source_id as string, row]));
  const isParagraph = (sourceId: unknown) => sourceRows.get(sourceId as string)?.kind === "article_paragraph";
  const issues: DatasetIssue[] = [];

  const claimRead = tables.get(claims);
  for (const { line, row } of claimRead ? checkableRows(claimRead) : []) {
    const paragraph = sourceRows.get(row.source_id as string);
    if (paragraph && paragraph.kind !== "article_paragraph") {
      issues.push({ file: claimRead!.file, line, column: "source_id", value: String(row.source_id), rule: "must be an article paragraph (kind article_paragraph)" });
    } else if (paragraph && "text_ind" in row && !String(paragraph.text ?? "").includes(String(row.text_ind))) {
      issues.push({ file: claimRead!.file, line, column: "text_ind", value: String(row.text_ind), rule: `must appear word for word in ${String(row.source_id)}` });
    }
    // A rejected row lacks the cells that failed their own check (checkableRows).
    for (const reference of row.concerns === null || row.concerns === undefined ? [] : String(row.concerns).split(";")) {
      const rule = concernProblem(reference, tables);
      if (rule) issues.push({ file: claimRead!.file, line, column: "concerns", value: reference, rule });
    }
  }

  const alignmentRead = tables.get(alignments);
  for (const { line, row } of alignmentRead ? checkableRows(alignmentRead) : []) {
    if (row.perspective === "article" && sourceRows.has(row.source_id as string) && !isParagraph(row.source_id)) {
      issues.push({ file: alignmentRead!.file, line, column: "source_id", value: String(row.source_id), rule: "must be an article paragraph when perspective is article" });
    }
  }
  return issues;
}

function concernProblem(reference: string, tables: ReadTables): string | null {
  const [tableName, rowId, ...rest] = reference.split(":");
  const table = Object.values(datasetTables).find((definition) => definition.name === tableName) as AnyTable | undefined;
  if (!table || rowId === undefined || rest.length > 0) {
    return `must be "table:id" with a table among ${Object.values(datasetTables).map((definition) => definition.name).join(", ")}`;
  }
  if (table.primaryKey.length !== 1) return `cannot point into ${tableName}, whose key has several columns`;
  const [keyColumn] = table.primaryKey as [string];
  return columnValues(tables.get(table), keyColumn).has(rowId) ? null : `does not match any ${tableName}.${keyColumn}`;
}
