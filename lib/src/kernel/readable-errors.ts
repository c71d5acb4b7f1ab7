/**
 * The kernel end of readable cell errors (the rewriting itself is cell-errors.ts). tslab
 * compiles each cell with inline source maps (patches/tslab@1.0.22/inline-source-maps.patch);
 * it has no hook for the rest, so vm.runInThisContext, which tslab calls to run a cell, is
 * wrapped to run each cell under its own script name and rewrite the stack of the error it
 * raises before tslab prints it. Errors thrown later by a callback (a timer, an event) are
 * printed by tslab's process handlers as they are.
 */
import * as fs from "node:fs";
import { SourceMap } from "node:module";
import * as path from "node:path";
import vm = require("node:vm");
import { projectRoot } from "../config/paths";
import { cellLocator, originalPosition, rewriteError, type CellLocator, type Position, type StackContext } from "./cell-errors";

const sourceMaps = new Map<string, SourceMap | undefined>();

/** The project's compiled files (lib/dist) carry source maps beside them; packages are left as they are. */
function libraryPosition(file: string, line: number, column: number): Position | undefined {
  if (!path.isAbsolute(file) || path.relative(projectRoot, file).startsWith("..") || file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
  const mapFile = `${file}.map`;
  if (!sourceMaps.has(mapFile)) {
    sourceMaps.set(mapFile, fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, "utf8"))) : undefined);
  }
  const map = sourceMaps.get(mapFile);
  return map && originalPosition(map, mapFile, line, column);
}

function rewriteCellErrors(): void {
  const run = vm.runInThisContext;
  const cells = new Map<string, CellLocator>();
  vm.runInThisContext = function runCell(code: string, options?: vm.RunningScriptOptions | string) {
    const locate = cellLocator(code);
    if (!locate) return run(code, options);
    const filename = `tslab-cell-${cells.size + 1}`;
    cells.set(filename, locate);
    const context: StackContext = { currentCell: filename, cells, original: libraryPosition, root: projectRoot };
    const rewritten = (error: unknown) => {
      rewriteError(error, context);
      return error;
    };
    try {
      // displayErrors off: Node would otherwise put the compiled line above the message.
      const result: unknown = run(code, { ...(typeof options === "object" ? options : {}), filename, displayErrors: false });
      return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(rewritten(error))) : result;
    } catch (error) {
      throw rewritten(error);
    }
  } as typeof vm.runInThisContext;
}

/**
 * Installs the wrap. V8 keeps 10 frames by default, and a call into the library and its
 * packages can be deeper than that before it reaches the cell's own line.
 */
export function readableCellErrors(): void {
  Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 50);
  rewriteCellErrors();
}
