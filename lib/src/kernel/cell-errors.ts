/**
 * Stacks of errors raised by notebook cells, rewritten to name what the user wrote: the
 * cell's TypeScript line instead of tslab's compiled JavaScript, the library's lib/src
 * file instead of lib/dist, and none of the frames of tslab and Node that ran the cell.
 *
 * Pure: the kernel end (readable-errors.ts) feeds it the code tslab ran and the source maps
 * it reads; the runner reads the rewritten stack back from the cell's stderr.
 */
import { SourceMap, type SourceMapPayload, type SourceMapping } from "node:module";
import * as path from "node:path";

/** How tslab's executor wraps a compiled cell before vm.runInThisContext (tslab/dist/executor.js). */
const cellPrefixes = ["(function(exports, require) { ", "(async function(exports, require) { "];
const cellSuffix = "\n})(__tslab__.exports, __tslab__.require)";
/** tslab compiles a cell as "export {};\n" + source, so that TypeScript treats it as a module (tslab/dist/converter.js). */
const sourcePrefix = "export {};\n";
const inlineSourceMap = /^\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)$/gm;

/** A line of a cell: its number (1-based) and its text. */
export interface CellLine {
  line: number;
  text: string;
}

/**
 * Where a position (1-based line and column) of the code that vm ran comes from in the cell:
 * a line of it, null for tslab's wrapper (no line of the cell), or undefined when the maps
 * do not tell.
 */
export type CellLocator = (line: number, column: number) => CellLine | null | undefined;

function decoded(base64: string): SourceMap {
  return new SourceMap(JSON.parse(Buffer.from(base64, "base64").toString("utf8")) as SourceMapPayload);
}

function entry(map: SourceMap, line: number, column: number): SourceMapping | undefined {
  const found = map.findEntry(line, column);
  return "originalLine" in found ? found : undefined;
}

/**
 * Recognises a cell as tslab runs it and finds its way back to the TypeScript source.
 * tslab compiles in two steps, TypeScript to an ES module, then that module to CommonJS,
 * and with source maps on (patches/tslab@1.0.22/inline-source-maps.patch) each step
 * appends its inline map: the last one maps the CommonJS code to the module, the one
 * before maps the module to the cell, whose source it carries. The maps are decoded on the first question, that is, only for
 * cells whose code appears in an error.
 */
export function cellLocator(code: string): CellLocator | undefined {
  const prefix = cellPrefixes.find((candidate) => code.startsWith(candidate));
  if (!prefix || !code.endsWith(cellSuffix)) return undefined;
  const lastLine = code.split("\n").length;
  let maps: { toModule: SourceMap; toCell: SourceMap; cellLines: string[] } | null | undefined;
  const load = () => {
    const found = [...code.matchAll(inlineSourceMap)].map((match) => match[1]);
    if (found.length < 2) return null;
    const toCell = decoded(found[found.length - 2]);
    const content = toCell.payload.sourcesContent?.[0];
    if (content === undefined || !content.startsWith(sourcePrefix)) return null;
    return { toModule: decoded(found[found.length - 1]), toCell, cellLines: content.slice(sourcePrefix.length).split("\n") };
  };
  return (line, column) => {
    // The last line is the wrapper's own call.
    if (line >= lastLine) return null;
    maps ??= load();
    if (!maps) return undefined;
    const inModule = entry(maps.toModule, line - 1, (line === 1 ? column - prefix.length : column) - 1);
    const inCell = inModule && entry(maps.toCell, inModule.originalLine, inModule.originalColumn);
    // Line 0 of the compiled source is the "export {};" prefix, so its 0-based line is the cell's 1-based one.
    const cellLine = inCell?.originalLine;
    if (cellLine === undefined || cellLine < 1 || cellLine > maps.cellLines.length) return undefined;
    return { line: cellLine, text: maps.cellLines[cellLine - 1] };
  };
}

/** A position in a source file: absolute path, 1-based line and column. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Where a position of a compiled file comes from, through its source map. */
export function originalPosition(map: SourceMap, mapFile: string, line: number, column: number): Position | undefined {
  const found = entry(map, line - 1, column - 1);
  if (!found) return undefined;
  const file = path.resolve(path.dirname(mapFile), map.payload.sourceRoot ?? "", found.originalSource);
  return { file, line: found.originalLine + 1, column: found.originalColumn + 1 };
}

export interface StackContext {
  /** The script name under which the failing cell ran: its frames read "cell line N". */
  currentCell: string;
  /** Every cell run so far, by script name: a function defined in one cell may fail when another calls it. */
  cells: ReadonlyMap<string, CellLocator>;
  /** Where a position of a compiled file comes from, when a source map tells (the library's lib/dist files). */
  original(file: string, line: number, column: number): Position | undefined;
  /** Files under this folder are shown relative to it (the project). */
  root: string;
}

/** "    at name (file:line:column)" or "    at file:line:column", as V8 prints a frame. */
const frame = /^\s+at (?:(.+?) \((.+)\)|(?:async )?(.+))$/;
const location = /^(.+):(\d+):(\d+)$/;

/** Frames of the machinery that ran the cell, which no user wrote. */
function isMachinery(file: string): boolean {
  return file.startsWith("node:") || file.includes("/node_modules/tslab/");
}

/**
 * Names as the compiled cell has them: tslab turns a cell's declarations into properties of
 * its exports object, so a function from an earlier cell is called as "exports.f" through a
 * Proxy, and V8 names it "Proxy.f" or "exports.f".
 */
function userName(name: string): string {
  return name.replace(/^((?:async |new )?)(?:Proxy\.|(?:Object\.)?exports\.)/, "$1");
}

function shownFile(file: string, root: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

interface Rewritten {
  text: string;
  /** A frame of the failing cell: what called it is tslab running it, and goes. */
  inCurrentCell?: boolean;
}

/** One frame rewritten, or null when it is the machinery's and goes. */
function rewrittenFrame(text: string, context: StackContext): Rewritten | null {
  const parts = frame.exec(text);
  const where = parts && location.exec(parts[2] ?? parts[3]);
  if (!parts || !where) return { text };
  const name = parts[1] === undefined ? undefined : userName(parts[1]);
  const [file, line, column] = [where[1], Number(where[2]), Number(where[3])];
  if (isMachinery(file)) return null;
  const at = (place: string) => (name ? `    at ${name} (${place})` : `    at ${place}`);
  const cell = context.cells.get(file);
  if (cell) {
    const found = cell(line, column);
    if (found === null) return null;
    const inCurrentCell = file === context.currentCell;
    const place = found ? `line ${found.line}: ${found.text.trim()}` : `compiled line ${line}`;
    return { text: at(`${inCurrentCell ? "cell" : "another cell,"} ${place}`), inCurrentCell };
  }
  const source = context.original(file, line, column) ?? { file, line, column };
  return { text: at(`${shownFile(source.file, context.root)}:${source.line}:${source.column}`) };
}

/**
 * The error's own lines (type and message first, as V8 prints them), then its frames
 * rewritten, down to the failing cell's outermost frame.
 */
export function rewriteStack(stack: string, context: StackContext): string {
  const lines = stack.split("\n").map((line) => (frame.test(line) ? rewrittenFrame(line, context) : { text: line }));
  const kept = lines.filter((line): line is Rewritten => line !== null);
  const outermost = kept.map((line) => line.inCurrentCell).lastIndexOf(true);
  return (outermost >= 0 ? kept.slice(0, outermost + 1) : kept).map((line) => line.text).join("\n");
}

/** Rewrites the stack of an error raised by a cell, and of the errors that caused it. */
export function rewriteError(error: unknown, context: StackContext, seen = new Set<unknown>()): void {
  if (!(error instanceof Error) || seen.has(error) || typeof error.stack !== "string") return;
  seen.add(error);
  try {
    error.stack = rewriteStack(error.stack, context);
  } catch {
    // A frozen error keeps its stack.
  }
  rewriteError(error.cause, context, seen);
}

const bareCellFrame = /^\s*at cell line (\d+): (.*)$/;
const namedCellFrame = /^\s*at .+? \(cell line (\d+): (.*)\)$/;

/** The cell line a rewritten frame names, when it is a frame of the failing cell. */
export function cellFrameLine(text: string): CellLine | undefined {
  const found = bareCellFrame.exec(text) ?? namedCellFrame.exec(text);
  return found ? { line: Number(found[1]), text: found[2] } : undefined;
}

/** Whether a line of printed output is a stack frame. */
export function isFrame(text: string): boolean {
  return frame.test(text);
}
