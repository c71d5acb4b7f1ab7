import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { paths } from "../../lib/src/config/paths";
import { scratchFolder } from "./scratch-folder";

/** A throwaway copy of data/ that a test may break without touching the real files, removed when the process exits. */
export function copyOfData(): string {
  const dir = scratchFolder("syria-data-");
  for (const file of fs.readdirSync(paths.data).filter((name) => name.endsWith(".csv"))) {
    fs.copyFileSync(path.join(paths.data, file), path.join(dir, file));
  }
  return dir;
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function readRows(file: string): string[][] {
  return parse(fs.readFileSync(file, "utf8"), { bom: true, relax_column_count: true });
}

function writeRows(file: string, rows: string[][]): void {
  fs.writeFileSync(file, rows.map((row) => row.map(quote).join(",")).join("\n") + "\n");
}

/**
 * Sets one cell of the first data row matching `where` and returns the file line of
 * that row, so that a test can assert the error names it. Rows are rewritten one
 * per line, so the line is the row's index plus 2 (the header is line 1).
 */
export function setCell(dir: string, file: string, where: (row: Record<string, string>) => boolean, column: string, value: string): number {
  const filePath = path.join(dir, file);
  const [header, ...body] = readRows(filePath);
  const index = body.findIndex((cells) => where(Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ""]))));
  if (index < 0) throw new Error(`no row of ${file} matches`);
  body[index]![header!.indexOf(column)] = value;
  writeRows(filePath, [header!, ...body]);
  return index + 2;
}

/** Appends a copy of the first data row (a duplicate key) and returns its line. */
export function duplicateFirstRow(dir: string, file: string): number {
  const filePath = path.join(dir, file);
  const rows = readRows(filePath);
  writeRows(filePath, [...rows, rows[1]!]);
  return rows.length + 1;
}

export function appendLine(dir: string, file: string, line: string): number {
  const filePath = path.join(dir, file);
  const rows = readRows(filePath);
  writeRows(filePath, rows);
  fs.appendFileSync(filePath, `${line}\n`);
  return rows.length + 1;
}
