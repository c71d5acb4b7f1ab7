/**
 * Loaded into every kernel process (a second `node --require`, see lib/setup/kernel.mjs):
 * makes tslab's per-cell TypeScript work cheaper without changing what it checks.
 *
 * tslab compiles each cell in a TypeScript watch program, rebuilt twice per cell. By default
 * the watch program wraps every rebuild in an EmitAndSemanticDiagnosticsBuilderProgram, whose
 * state creates a type checker at once and walks the imports of every file of the program
 * (the es2022 lib, @types/node, danfojs, the library...) through it, only so that tslab can
 * ask for the cell's dependencies. About half the cost of a small cell went there. Here the
 * watch program gets a plain program instead, with the dependencies answered directly when the
 * program holds no source file but the cell (the case of every notebook that imports only
 * packages) and by TypeScript's own builder state otherwise. Diagnostics, emit and completion
 * use the same program and options as before, so a type error is reported as it was.
 *
 * tslab's converter itself is created on first need, behind the conversion cache
 * (converter.ts): a cell converted before, against the same types, is not converted again.
 *
 * tslab's module of TypeScript exports read-only getters, so nothing can be patched on it:
 * instead, tslab's converter is handed a copy of that module, with its own
 * createWatchCompilerHost, when it requires it. It is written for one tslab and TypeScript
 * (versions.ts): with any other, the kernel stops as it starts.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ts from "@tslab/typescript-for-tslab";
import { paths } from "../config/paths";
import { isCompiledSource } from "./conversion-cache";
import { wrapModuleLoad } from "./module-loader";
import { moduleOnFirstUse } from "./on-first-use";
import { cachedConverter, kernelConversionCache, prewarmed, programsBuilt, type Converter } from "./converter";
import { headlessKernelVariable } from "./spec";
import { checkPackageVersions, writtenFor } from "./versions";

/** tslab's own TypeScript (tslab/dist/converter.js compiles cells with it). */
const tslabTypeScript = "@tslab/typescript-for-tslab";

/** TypeScript internals used here (present in the 5.0 bundle that tslab pins). */
interface TypeScriptInternals {
  bindSourceFile(file: ts.SourceFile, options: ts.CompilerOptions): void;
  BuilderState: {
    create(program: ts.Program, oldState: undefined, disableUseFileVersionAsSignature: boolean): unknown;
    getAllDependencies(state: unknown, program: ts.Program, sourceFile: ts.SourceFile): readonly string[];
  };
}
type TypeScript = typeof ts & TypeScriptInternals;

type CreateConverter = (options?: { isJS?: boolean; isBrowser?: boolean }) => Converter;

/**
 * A builder program with no builder state: the program itself, plus getAllDependencies.
 * The watch program calls getProgram and getProgramOrUndefined; tslab's converter calls
 * getProgram, getSourceFile, emit and getAllDependencies.
 */
function plainBuilderProgram(typescript: TypeScript, program: ts.Program): ts.BuilderProgram & { getProgramOrUndefined(): ts.Program; releaseProgram(): void; close(): void } {
  let state: unknown;
  return {
    getProgram: () => program,
    getProgramOrUndefined: () => program,
    releaseProgram: () => undefined,
    close: () => undefined,
    getCompilerOptions: () => program.getCompilerOptions(),
    getSourceFile: (fileName) => program.getSourceFile(fileName),
    getSourceFiles: () => program.getSourceFiles(),
    getOptionsDiagnostics: (token) => program.getOptionsDiagnostics(token),
    getGlobalDiagnostics: (token) => program.getGlobalDiagnostics(token),
    getConfigFileParsingDiagnostics: () => program.getConfigFileParsingDiagnostics(),
    getSyntacticDiagnostics: (file, token) => program.getSyntacticDiagnostics(file, token),
    getDeclarationDiagnostics: (file, token) => program.getDeclarationDiagnostics(file, token),
    getSemanticDiagnostics: (file, token) => program.getSemanticDiagnostics(file, token),
    emit: (file, writeFile, token, emitOnlyDts, transformers) => program.emit(file, writeFile, token, emitOnlyDts, transformers),
    getCurrentDirectory: () => program.getCurrentDirectory(),
    getAllDependencies(sourceFile) {
      // tslab keeps only the compiled sources among the dependencies: with none in the program
      // but this file, that is the file alone, whatever the declaration files import.
      if (program.getSourceFiles().every((file) => file === sourceFile || !isCompiledSource(file.fileName))) return [sourceFile.fileName];
      state ??= typescript.BuilderState.create(program, undefined, false);
      return typescript.BuilderState.getAllDependencies(state, program, sourceFile);
    },
  };
}

/**
 * The watch program's createProgram: a plain program reusing the previous one. tslab reads a
 * cell's top-level names from its binding right after a rebuild, before any type check: the
 * builder state used to bind every file as a side effect, so the root files are bound here.
 */
function createPlainProgram(typescript: TypeScript): ts.CreateProgram<ts.BuilderProgram> {
  const keepingHosts = new WeakSet<object>();
  return (rootNames, options, host, oldProgram, configFileParsingDiagnostics, projectReferences) => {
    if (host && !keepingHosts.has(host)) keepPrewarmedFiles(host as HostWithRelease);
    if (host) keepingHosts.add(host);
    const previous = (oldProgram as { getProgramOrUndefined?: () => ts.Program | undefined } | undefined)?.getProgramOrUndefined?.();
    const program = typescript.createProgram({ rootNames: rootNames ?? [], options: options ?? {}, host, oldProgram: previous, configFileParsingDiagnostics, projectReferences });
    for (const name of rootNames ?? []) {
      const file = program.getSourceFile(name);
      if (file) typescript.bindSourceFile(file, program.getCompilerOptions());
    }
    if (prewarmed.reading) for (const file of program.getSourceFiles()) prewarmed.files.add(pathOf(file));
    programsBuilt.during?.push(program);
    return plainBuilderProgram(typescript, program);
  };
}

/** The watch program's compiler host: its callback drops a file the new program no longer holds. */
type HostWithRelease = ts.CompilerHost & { onReleaseOldSourceFile?: (file: ts.SourceFile, options: ts.CompilerOptions, hasSourceFileByPath: boolean) => void };

function pathOf(file: ts.SourceFile): string {
  return (file as ts.SourceFile & { resolvedPath?: string }).resolvedPath ?? file.fileName;
}

/**
 * Files read by the prewarm are kept: the watch program drops from its cache every file the
 * newest program no longer holds, so the first cell (a notebook's parameters) would throw
 * them away before the import cell needs them.
 */
function keepPrewarmedFiles(host: HostWithRelease): void {
  const release = host.onReleaseOldSourceFile;
  if (!release) return;
  host.onReleaseOldSourceFile = (file, options, hasSourceFileByPath) => {
    if (!prewarmed.files.has(pathOf(file))) release.call(host, file, options, hasSourceFileByPath);
  };
}

/** A copy of tslab's TypeScript module whose watch compiler hosts build plain programs. */
function tunedTypeScript(typescript: TypeScript): TypeScript {
  const copy = {} as Record<string, unknown>;
  for (const key of Object.keys(typescript)) {
    if (key !== "createWatchCompilerHost") Object.defineProperty(copy, key, { enumerable: true, get: () => (typescript as unknown as Record<string, unknown>)[key] });
  }
  const createWatchCompilerHost = (...args: Parameters<typeof ts.createWatchCompilerHost>) => {
    // tslab's call: (rootFiles, options, system, createProgram = null, reportDiagnostic, reportWatchStatus).
    const [rootFiles, options, system, createProgram, ...rest] = args as unknown as [string[], ts.CompilerOptions, ts.System, unknown, ...unknown[]];
    const create = createProgram ?? createPlainProgram(typescript);
    return (typescript.createWatchCompilerHost as (...all: unknown[]) => unknown)(rootFiles, options, system, create, ...rest);
  };
  Object.defineProperty(copy, "createWatchCompilerHost", { enumerable: true, value: createWatchCompilerHost });
  return copy as unknown as TypeScript;
}

/**
 * A stand-in for tslab's TypeScript module that loads it (`load`) on first use. tslab's
 * converter.js and metadata.js require TypeScript as tslab starts (10 MB of JavaScript, about
 * 0.35 s), and a kernel whose cells all come from the conversion cache never uses it. The one
 * use at load, converter.js setting `ts.sys.useCaseSensitiveFileNames`, is kept until then.
 */
function typescriptOnFirstUse(load: () => TypeScript): TypeScript {
  let typescript: TypeScript | undefined;
  const systemSettings = new Map<PropertyKey, unknown>();
  const loaded = () => {
    if (!typescript) {
      typescript = load();
      for (const [key, value] of systemSettings) Reflect.set(typescript.sys, key, value);
    }
    return typescript;
  };
  const system = new Proxy({} as ts.System, {
    get: (_, key) => Reflect.get(loaded().sys, key),
    set: (_, key, value) => {
      if (typescript) Reflect.set(typescript.sys, key, value);
      else systemSettings.set(key, value);
      return true;
    },
  });
  // tslab's __importStar hands on a module marked as an ES module as it is, without listing its keys.
  return moduleOnFirstUse(loaded, (key) => (key === "__esModule" ? true : key === "sys" && !typescript ? system : undefined));
}

/**
 * tslab reads a cell's leading block comments (`/** @module name *\/`, `@jsx`, `@node`,
 * `@browser`) with TypeScript's scanner. A cell that starts with none has no such setting:
 * answered without loading TypeScript. Anything else goes to tslab's own reading.
 */
function mayHaveMetadata(source: string): boolean {
  let rest = source;
  for (;;) {
    rest = rest.trimStart();
    if (!rest.startsWith("//")) return rest.startsWith("/*") || rest.startsWith("#!") || rest.startsWith("<") || rest.startsWith("=") || rest.startsWith(">") || rest.startsWith("|");
    const lineEnd = rest.indexOf("\n");
    if (lineEnd < 0) return false;
    rest = rest.slice(lineEnd + 1);
  }
}

/** What a conversion depends on in tslab: its version, and its converter as patched (patches/tslab@1.0.22/). */
function tslabIdentity(tslabDist: string): { tslab: string; typescript: string; converter: string } {
  const converter = createHash("sha256").update(fs.readFileSync(path.join(tslabDist, "converter.js"))).digest("hex");
  return { tslab: writtenFor.tslab, typescript: writtenFor["@tslab/typescript-for-tslab"], converter };
}

/**
 * Installs the hook: tslab's converter gets the tuned TypeScript, loaded on first use (as
 * its reading of cell metadata does), and its TypeScript converter for Node.js the cache and
 * prewarm.
 */
function installKernelCompiler(): void {
  checkPackageVersions();
  const wrapped = new WeakSet<object>();
  const tslabFiles = /[\\/]node_modules[\\/]tslab[\\/]dist[\\/]/;
  wrapModuleLoad((request, from, load) => {
    if (!tslabFiles.test(from)) return load();
    const requester = path.basename(from);
    if (request === tslabTypeScript && (requester === "converter.js" || requester === "metadata.js")) {
      const loadTypeScript = () => load() as TypeScript;
      if (requester === "metadata.js") return typescriptOnFirstUse(loadTypeScript);
      return typescriptOnFirstUse(() => tunedTypeScript(loadTypeScript()));
    }
    const loaded = load();
    if (requester === "executor.js" && request === "./metadata" && !wrapped.has(loaded as object)) {
      const metadataModule = loaded as { getCodeMetadata: (source: string) => Record<string, unknown> };
      const getCodeMetadata = metadataModule.getCodeMetadata;
      metadataModule.getCodeMetadata = (source) => (mayHaveMetadata(source) ? getCodeMetadata(source) : {});
      wrapped.add(loaded as object);
    }
    if (requester === "main.js" && request === "./converter" && !wrapped.has(loaded as object)) {
      const converterModule = loaded as { createConverter: CreateConverter };
      const createConverter = converterModule.createConverter;
      converterModule.createConverter = (options) => {
        if (options?.isJS || options?.isBrowser) return createConverter(options);
        const cwd = process.cwd();
        return cachedConverter(() => createConverter(options), {
          cwd,
          cache: kernelConversionCache(paths.conversionCache, tslabIdentity(path.dirname(from)), cwd),
          prewarm: !process.env[headlessKernelVariable],
        });
      };
      wrapped.add(loaded as object);
    }
    return loaded;
  });
}

installKernelCompiler();
