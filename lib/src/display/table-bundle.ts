import { escapeHtml } from "../render";
import type { MimeBundle } from "./mime-bundle";

/** The parts of a danfojs DataFrame or Series a table needs (duck-typed: any danfojs copy works). */
export interface FrameLike {
  columns: string[];
  index: Array<string | number>;
  values: unknown[] | unknown[][];
  shape: number[];
}

/** How {@link showTable} shows a table. */
export interface TableOptions {
  /** Shown above the table. */
  caption?: string;
  /** Rows shown before the table is cut, with a note of how many were left out. Default 20. */
  maxRows?: number;
}

const defaultMaxRows = 20;

export function isFrameLike(value: unknown): value is FrameLike {
  if (value === null || typeof value !== "object") return false;
  const frame = value as Partial<FrameLike>;
  return Array.isArray(frame.columns) && Array.isArray(frame.index) && Array.isArray(frame.values) && Array.isArray(frame.shape);
}

interface Table {
  header: string[];
  rows: string[][];
  hiddenRows: number;
}

function cellText(value: unknown): string {
  // danfojs turns a missing value into NaN: a reader sees an empty cell, as in the CSV.
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return String(value);
}

/** A Series is one column: danfojs gives its values as a flat list. */
function toTable(frame: FrameLike, maxRows: number): Table {
  const isSeries = frame.shape.length === 1 || !Array.isArray(frame.values[0]);
  const rows = (frame.values as unknown[]).slice(0, maxRows).map((row, i) => [cellText(frame.index[i]), ...(isSeries ? [row] : (row as unknown[])).map(cellText)]);
  return { header: ["", ...frame.columns], rows, hiddenRows: Math.max(0, frame.index.length - maxRows) };
}

function tableHtml(table: Table, caption: string | undefined): string {
  const headerRow = `<tr>${table.header.map((name) => `<th>${escapeHtml(name)}</th>`).join("")}</tr>`;
  const bodyRows = table.rows.map((row) => `<tr><th>${escapeHtml(row[0])}</th>${row.slice(1).map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`);
  const more = table.hiddenRows > 0 ? `\n<p>… ${table.hiddenRows} more rows</p>` : "";
  const captionHtml = caption ? `<caption>${escapeHtml(caption)}</caption>` : "";
  return `<table class="dataframe">${captionHtml}\n<thead>${headerRow}</thead>\n<tbody>\n${bodyRows.join("\n")}\n</tbody>\n</table>${more}`;
}

/** Columns padded to their widest cell: readable in a terminal and in text-only viewers. */
function tableText(table: Table, caption: string | undefined): string {
  const lines = [table.header, ...table.rows];
  const widths = table.header.map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const body = lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd());
  const more = table.hiddenRows > 0 ? [`… ${table.hiddenRows} more rows`] : [];
  return [...(caption ? [caption] : []), ...body, ...more].join("\n");
}

/** A DataFrame or Series as an HTML table with a plain-text twin. */
export function tableBundle(frame: FrameLike, options: TableOptions = {}): MimeBundle {
  const table = toTable(frame, options.maxRows ?? defaultMaxRows);
  return { "text/html": tableHtml(table, options.caption), "text/plain": tableText(table, options.caption) };
}
