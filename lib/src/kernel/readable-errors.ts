/**
 * The kernel end of readable cell errors (the rewriting itself is cell-errors.ts). tslab has
 * no hook for any of it, so it wraps the two functions tslab calls: TypeScript's compiler,
 * to have each cell compiled with source maps, and vm.runInThisContext, to run each cell
 * under its own script name and rewrite the stack of the error it raises before tslab
 * prints it. Errors thrown later by a callback (a timer, an event) are printed by tslab's
 * process handlers as they are.
 */
import * as fs from "node:fs";
import { SourceMap } from "node:module";
import * as path from "node:path";
import vm = require("node:vm");
import { projectRoot } from "../config/paths";
import { wrapModuleLoad } from "./module-loader";
import { cellLocator, originalPosition, rewriteError, type CellLocator, type Position, type StackContext } from "./cell-errors";

/** tslab's own TypeScript (tslab/dist/converter.js compiles cells with it). */
export const tslabTypeScript = "@tslab/typescript-for-tslab";

interface CompilerOptions {
  [option: string]: unknown;
}
interface TypeScript {
  createWatchCompilerHost(files: unknown, options: CompilerOptions, ...rest: unknown[]): unknown;
  transpileModule(input: string, options: { compilerOptions?: CompilerOptions; [option: string]: unknown }): unknown;
}

/**
 * tslab compiles with its own copy of TypeScript, whose exports are read-only: whoever
 * requires it is given a Proxy of it that turns on inline source maps (with the cell's
 * source) for both of tslab's compile steps. The module loader is wrapped rather than the
 * module loaded here: a kernel whose cells all come from the conversion cache never loads
 * TypeScript (compiler.ts).
 */
function compileCellsWithSourceMaps(): void {
  const proxies = new WeakMap<object, TypeScript>();
  wrapModuleLoad((request, _from, load) => {
    const loaded = load();
    if (request !== tslabTypeScript) return loaded;
    const ts = loaded as TypeScript;
    if (!proxies.has(ts)) {
      const withMaps: Partial<TypeScript> = {
        // An array of root files is tslab's call; the other overload reads a tsconfig.json.
        createWatchCompilerHost: (files, options, ...rest) => ts.createWatchCompilerHost(files, Array.isArray(files) ? { ...options, inlineSourceMap: true, inlineSources: true } : options, ...rest),
        transpileModule: (input, options) => ts.transpileModule(input, { ...options, compilerOptions: { ...options.compilerOptions, inlineSourceMap: true } }),
      };
      proxies.set(ts, new Proxy(ts, { get: (target, key) => withMaps[key as keyof TypeScript] ?? target[key as keyof TypeScript] }));
    }
    return proxies.get(ts);
  });
}

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
 * Installs both wraps. V8 keeps 10 frames by default, and a call into the library and its
 * packages can be deeper than that before it reaches the cell's own line.
 */
export function readableCellErrors(): void {
  Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 50);
  compileCellsWithSourceMaps();
  rewriteCellErrors();
}
