import { createHash } from "node:crypto";

/** nbformat 4 multi-line text: Jupyter stores it as a list of lines, each ending in "\n" but the last. */
export type MultilineText = string | string[];

export interface StreamOutput {
  output_type: "stream";
  name: "stdout" | "stderr";
  text: MultilineText;
}

export interface DisplayDataOutput {
  output_type: "display_data";
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface ExecuteResultOutput {
  output_type: "execute_result";
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  execution_count: number | null;
}

export interface ErrorOutput {
  output_type: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}

export type Output = StreamOutput | DisplayDataOutput | ExecuteResultOutput | ErrorOutput;

export interface CodeCell {
  cell_type: "code";
  id?: string;
  source: MultilineText;
  metadata: Record<string, unknown> & { tags?: string[] };
  outputs: Output[];
  execution_count: number | null;
}

export interface TextCell {
  cell_type: "markdown" | "raw";
  id?: string;
  source: MultilineText;
  metadata: Record<string, unknown> & { tags?: string[] };
  attachments?: Record<string, unknown>;
}

export type Cell = CodeCell | TextCell;

export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

export function parseNotebook(json: string): Notebook {
  const notebook = JSON.parse(json) as Notebook;
  if (notebook.nbformat !== 4 || !Array.isArray(notebook.cells)) {
    throw new Error("not an nbformat 4 notebook");
  }
  return notebook;
}

export function joinText(text: MultilineText): string {
  return Array.isArray(text) ? text.join("") : text;
}

/** Splits text the way nbformat writes it: lines keep their "\n", the list joins back to the text. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function hasTag(cell: Cell, tag: string): boolean {
  return cell.metadata.tags?.includes(tag) ?? false;
}

/**
 * Cell ids are required from nbformat 4.5 on. A missing id is derived from the cell's
 * position and source, so that running the same notebook twice gives the same ids.
 */
export function withCellIds(cells: Cell[]): Cell[] {
  const used = new Set(cells.map((cell) => cell.id).filter((id): id is string => id !== undefined));
  return cells.map((cell, index) => {
    if (cell.id) return cell;
    let id = createHash("sha256").update(`${index}\n${joinText(cell.source)}`).digest("hex").slice(0, 8);
    while (used.has(id)) id = createHash("sha256").update(id).digest("hex").slice(0, 8);
    used.add(id);
    return { ...cell, id };
  });
}

/** Recursively sorts object keys: nbformat writes with sort_keys, and so must we for stable diffs. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The file text as Jupyter itself writes it (indent 1, sorted keys, lines as lists, final newline). */
export function serializeNotebook(notebook: Notebook): string {
  const cells = notebook.cells.map((cell) => ({
    ...cell,
    source: splitLines(joinText(cell.source)),
    ...(cell.cell_type === "code" ? { outputs: cell.outputs.map(outputWithLineLists) } : {}),
  }));
  return `${JSON.stringify(sortKeys({ ...notebook, nbformat: 4, nbformat_minor: 5, cells }), null, 1)}\n`;
}

function outputWithLineLists(output: Output): Output {
  switch (output.output_type) {
    case "stream":
      return { ...output, text: splitLines(joinText(output.text)) };
    case "display_data":
    case "execute_result":
      return { ...output, data: dataWithLineLists(output.data) };
    case "error":
      return output;
  }
}

/** nbformat's rule: text/*, SVG and JavaScript are stored as line lists; base64 images and JSON are not. */
function isLineListMime(mime: string): boolean {
  return mime.startsWith("text/") || mime === "image/svg+xml" || mime === "application/javascript";
}

function dataWithLineLists(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([mime, value]) => [mime, typeof value === "string" && isLineListMime(mime) ? splitLines(value) : value]),
  );
}
