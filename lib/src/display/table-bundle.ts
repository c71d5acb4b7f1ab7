import { escapeHtml } from "../render";
import { formatDate, formatNumber, labels, nouns, type Lang, type Noun } from "../vocabulary";
import type { MimeBundle } from "./mime-bundle";

/** The parts of a danfojs DataFrame or Series a table needs (duck-typed: any danfojs copy works). */
export interface FrameLike {
  columns: string[];
  index: Array<string | number>;
  values: unknown[] | unknown[][];
  shape: number[];
}

/** How {@link showTable} shows a table. Limits as pandas' display options, so a table stays readable whatever the frame. */
export interface TableOptions {
  /** Shown above the table. */
  caption?: string;
  /** Language of numbers ("1.5" / "1,5"), dates ("7 July 2017" / "7 Juli 2017") and the notes of what was left out. Default "en". */
  lang?: Lang;
  /** Rows shown before the table is cut, with a note of how many were left out. Default 20. */
  maxRows?: number;
  /** Columns shown (besides the index) before the table is cut, with a note of how many were left out. Default 20 (pandas' `display.max_columns`). */
  maxColumns?: number;
  /** Characters of a cell or header shown before it is cut with "…"; its full text shows on hover. Default 50 (pandas' `display.max_colwidth`). */
  maxColumnWidth?: number;
}

/** The defaults of {@link TableOptions}. */
export const tableDefaults = { maxRows: 20, maxColumns: 20, maxColumnWidth: 50 } as const;

export function isFrameLike(value: unknown): value is FrameLike {
  if (value === null || typeof value !== "object") return false;
  const frame = value as Partial<FrameLike>;
  return Array.isArray(frame.columns) && Array.isArray(frame.index) && Array.isArray(frame.values) && Array.isArray(frame.shape);
}

/** A cell as shown: its text, cut to the column width, and its whole text when it was cut. */
interface Cell {
  text: string;
  whole?: string;
}

interface Table {
  /** The index header (empty) and the column names shown. */
  header: Cell[];
  /** Each row: its index, then its cells. */
  rows: Cell[][];
  hiddenRows: number;
  hiddenColumns: number;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Six significant digits, as pandas shows a float; grouping only from five whole digits, so years read as years. */
function numberText(value: number, lang: Lang): string {
  const wholeDigits = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  const digits = Number.isInteger(value) ? 0 : Math.min(6, Math.max(0, 6 - wholeDigits));
  return formatNumber(value, lang, digits, 2);
}

function cellText(value: unknown, lang: Lang): string {
  // danfojs turns a missing value into NaN: a reader sees an empty cell, as in the CSV.
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "";
  if (typeof value === "number") return numberText(value, lang);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return formatDate(value.toISOString().slice(0, 10), lang);
  if (typeof value === "string" && isoDay.test(value)) return formatDate(value, lang);
  return String(value);
}

/** The text on one line, cut to `width` characters (whole code points) with an ellipsis; the whole text kept when it was changed. */
function cut(text: string, width: number): Cell {
  const flat = text.replace(/\s+/g, " ");
  const characters = [...flat];
  if (characters.length <= width) return flat === text ? { text } : { text: flat, whole: text };
  return { text: `${characters.slice(0, Math.max(1, width - 1)).join("").trimEnd()}…`, whole: text };
}

/** A Series is one column: danfojs gives its values as a flat list. */
function toTable(frame: FrameLike, options: Required<Omit<TableOptions, "caption">>): Table {
  const { lang, maxRows, maxColumns, maxColumnWidth } = options;
  const isSeries = frame.shape.length === 1 || !Array.isArray(frame.values[0]);
  const shownColumns = frame.columns.slice(0, maxColumns);
  const cell = (value: unknown) => cut(cellText(value, lang), maxColumnWidth);
  const rows = (frame.values as unknown[]).slice(0, maxRows).map((row, i) => [
    cell(frame.index[i]),
    ...(isSeries ? [row] : (row as unknown[]).slice(0, maxColumns)).map(cell),
  ]);
  return {
    header: [{ text: "" }, ...shownColumns.map((name) => cut(name, maxColumnWidth))],
    rows,
    hiddenRows: Math.max(0, frame.index.length - maxRows),
    hiddenColumns: frame.columns.length - shownColumns.length,
  };
}

function moreNote(count: number, noun: Noun, lang: Lang): string {
  const word = lang === "id" ? noun.id : noun.en[count === 1 ? 0 : 1];
  return labels.tableMore[lang].replace("{n}", formatNumber(count, lang, 0)).replace("{noun}", word);
}

/** What the table leaves out: "… 12 more rows · … 3 more columns", or nothing. */
function notes(table: Table, lang: Lang): string[] {
  return [
    ...(table.hiddenRows > 0 ? [moreNote(table.hiddenRows, nouns.row, lang)] : []),
    ...(table.hiddenColumns > 0 ? [moreNote(table.hiddenColumns, nouns.column, lang)] : []),
  ];
}

/**
 * A reader may open the notebook untrusted: Notebook's sanitiser then removes every inline
 * style and <style> element (it keeps elements, classes and titles), and Notebook's own CSS
 * sets `white-space: normal` on every cell. So each cell's text is a <nobr>, which every
 * browser keeps on one line by its default style: a row is one line high whatever page shows it.
 */
function cellHtml(tag: "th" | "td", cell: Cell): string {
  const title = cell.whole === undefined ? "" : ` title="${escapeHtml(cell.whole)}"`;
  return `<${tag}${title}>${cell.text === "" ? "" : `<nobr>${escapeHtml(cell.text)}</nobr>`}</${tag}>`;
}

/**
 * A table wider than the page scrolls sideways in its own box: by its inline style where the page
 * keeps it (a trusted notebook, nbconvert's pages, the report); in an untrusted classic Notebook,
 * whose sanitiser drops the style, by Bootstrap's `table-responsive` class that Notebook ships,
 * and the output area's own scrollbar.
 */
const scrollBox = `<div class="table-responsive" style="overflow-x: auto; max-width: 100%">`;

/**
 * The one HTML form of a table, for the notebook, its saved and exported pages and the
 * report: long text cut with its whole text on hover, at most maxRows rows and maxColumns
 * columns with a note of what was left out, and a box that scrolls sideways when the table
 * is wider than the page.
 */
function tableHtml(table: Table, caption: string | undefined, lang: Lang): string {
  const headerRow = `<tr>${table.header.map((cell) => cellHtml("th", cell)).join("")}</tr>`;
  const bodyRows = table.rows.map((row) => `<tr>${cellHtml("th", row[0]!)}${row.slice(1).map((cell) => cellHtml("td", cell)).join("")}</tr>`);
  const captionHtml = caption ? `<caption>${escapeHtml(caption)}</caption>` : "";
  const left = notes(table, lang);
  const more = left.length > 0 ? `\n<p>${escapeHtml(left.join(" · "))}</p>` : "";
  return `${scrollBox}\n<table class="dataframe">${captionHtml}\n<thead>${headerRow}</thead>\n<tbody>\n${bodyRows.join("\n")}\n</tbody>\n</table>\n</div>${more}`;
}

/** Columns padded to their widest cell: readable in a terminal and in text-only viewers. */
function tableText(table: Table, caption: string | undefined, lang: Lang): string {
  const lines = [table.header, ...table.rows].map((line) => line.map((cell) => cell.text));
  const widths = table.header.map((_, column) => Math.max(...lines.map((line) => [...line[column]!].length)));
  const body = lines.map((line) => line.map((cell, column) => cell + " ".repeat(widths[column]! - [...cell].length)).join("  ").trimEnd());
  return [...(caption ? [caption] : []), ...body, ...notes(table, lang)].join("\n");
}

/** A DataFrame or Series as an HTML table with a plain-text twin, both cut as the options say. */
export function tableBundle(frame: FrameLike, options: TableOptions = {}): MimeBundle {
  const lang = options.lang ?? "en";
  const limit = (value: number | undefined, fallback: number, name: string) => {
    const chosen = value ?? fallback;
    if (!Number.isInteger(chosen) || chosen < 1) throw new RangeError(`${name} must be a whole number of at least 1, not ${value}`);
    return chosen;
  };
  const table = toTable(frame, {
    lang,
    maxRows: limit(options.maxRows, tableDefaults.maxRows, "maxRows"),
    maxColumns: limit(options.maxColumns, tableDefaults.maxColumns, "maxColumns"),
    maxColumnWidth: limit(options.maxColumnWidth, tableDefaults.maxColumnWidth, "maxColumnWidth"),
  });
  return { "text/html": tableHtml(table, options.caption, lang), "text/plain": tableText(table, options.caption, lang) };
}
