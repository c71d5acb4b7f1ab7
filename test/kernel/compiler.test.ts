import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { KernelClient } from "../../lib/src/runner/kernel-client";
import { readKernelSpec } from "../../lib/src/kernel/spec";
import { executeCell } from "../helpers/kernel-cell";
import { streamText, temporaryFolder } from "../runner/fixtures";

const tuning = path.join(paths.root, "lib", "dist", "kernel", "compiler.js");
const converter = path.join(paths.root, "node_modules", "tslab", "dist", "converter.js");

let kernel: KernelClient;
before(async () => {
  kernel = await KernelClient.start(readKernelSpec(), paths.notebooks);
  // Idle long enough for the prewarm to read the packages' declarations: the cells below then
  // use them as a notebook opened interactively does, after a first cell that imports nothing.
  // The prewarm begins once the kernel has been idle 4 s (prewarmDelayMs in kernel/converter.ts)
  // and a cell sent sooner cancels it: the idle time itself is the condition waited for. The
  // converter runs below go on meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 4500));
});
after(async () => {
  await kernel.shutdown();
});

/** The text a cell printed to stderr, where tslab reports type errors. */
async function stderrOf(code: string): Promise<{ status: string; stderr: string }> {
  const execution = await executeCell(kernel, code);
  return { status: execution.status, stderr: streamText(execution, "stderr") };
}

test("the project's kernel loads the compiler tuning", () => {
  assert.ok(readKernelSpec().argv.includes(tuning), "kernel.json requires lib/dist/kernel/compiler.js");
});

test("a type error in a cell is reported and the cell does not run", async () => {
  assert.equal((await stderrOf("let ran = false;")).status, "ok");
  const failed = await stderrOf('ran = true;\nconst count: number = "three";');
  assert.equal(failed.status, "error");
  assert.match(failed.stderr, /2:7 - Type 'string' is not assignable to type 'number'/);
  const execution = await executeCell(kernel, "console.log(String(ran));", 30_000);
  assert.deepEqual(execution.outputs, [{ output_type: "stream", name: "stdout", text: "false\n" }]);
});

test("cells are checked against the library's, danfojs's and the figures' types", async () => {
  const cases: Array<[string, RegExp]> = [
    ['import { openNotebook } from "syria-coalitions";\nopenNotebook(42);', /Argument of type 'number' is not assignable to parameter of type 'string'/],
    // Row types come from the zod schemas: a column that does not exist is an error, not `any`.
    ['import type { TalkRound } from "syria-coalitions";\nconst round = {} as TalkRound;\nround.no_such_column;', /Property 'no_such_column' does not exist on type/],
    ['import type { TalkRound } from "syria-coalitions";\nconst day: number = ({} as TalkRound).start_date;', /Type 'string' is not assignable to type 'number'/],
    // Plotly figures are typed by @types/plotly.js.
    ['import type { PlotlyFigure } from "syria-coalitions";\nconst figure: PlotlyFigure = { data: 1, layout: {} };', /Type 'number' is not assignable to type 'Data\[\]'/],
    ['import * as dfd from "danfojs-node";\nconst shape: string = new dfd.DataFrame([{ a: 1 }]).shape;', /Type 'number\[\]' is not assignable to type 'string'/],
  ];
  for (const [code, message] of cases) {
    const { status, stderr } = await stderrOf(code);
    assert.equal(status, "error", code);
    assert.match(stderr, message, code);
  }
});

test("completion offers the names of cells and of the library", async () => {
  assert.equal((await stderrOf('import * as lib from "syria-coalitions";\nconst talk = { rounds: 7 };')).status, "ok");
  assert.ok((await kernel.complete("talk.ro", 7, 60_000)).includes("rounds"));
  assert.ok((await kernel.complete("lib.talkRoundsTim", 17, 60_000)).includes("talkRoundsTimelineChart"));
});

/**
 * Runs tslab's converter, in a fresh process as a kernel does, over `cells` compiled in
 * `folder`, then asks for completions, and returns every result as JSON: JavaScript out,
 * declarations carried to the next cell, diagnostics, side outputs, completions. With a
 * cache folder, the converter is the kernel's (kernel/converter.ts), and the count of cells
 * that tslab's own converter converted comes last. Without `completions`, none are asked
 * for: a run whose cells all come from the cache then never creates tslab's converter.
 */
function converterResults(withTuning: boolean, folder: string, cells: readonly string[], cacheDir?: string, completions = true): Promise<string> {
  const script = `
    const { createConverter } = require(${JSON.stringify(converter)});
    const cacheDir = ${JSON.stringify(cacheDir ?? null)};
    let converted = 0;
    const counted = () => {
      const real = createConverter({});
      const convert = real.convert.bind(real);
      real.convert = (...args) => (converted++, convert(...args));
      return real;
    };
    let conv;
    if (cacheDir) {
      const { cachedConverter } = require(${JSON.stringify(path.join(paths.root, "lib", "dist", "kernel", "converter.js"))});
      const { ConversionCache } = require(${JSON.stringify(path.join(paths.root, "lib", "dist", "kernel", "conversion-cache.js"))});
      conv = cachedConverter(counted, { cwd: process.cwd(), cache: new ConversionCache(cacheDir, "test"), prewarm: false });
    } else {
      conv = createConverter({});
    }
    const results = [];
    let decl = "";
    for (const cell of ${JSON.stringify(cells)}) {
      const out = conv.convert(decl, cell);
      results.push(out);
      if (out.diagnostics.length === 0) decl = out.declOutput;
    }
    const realConverts = converted;
    if (${completions}) results.push(conv.complete(decl, "cou", 3).candidates.filter((name) => name.startsWith("cou")));
    conv.close();
    if (cacheDir) results.push(realConverts);
    process.stdout.write(JSON.stringify(results));`;
  const args = [...(withTuning ? ["--require", tuning] : []), "-e", script];
  const child = spawn(process.execPath, args, { cwd: folder, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => {
      try {
        assert.equal(status, 0, stderr);
        resolve(stdout);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Started as the file loads, and awaited by the test that checks it: the converter's runs (a
 * few CPU seconds each) go on while the kernel starts and idles for its prewarm.
 */
function startedNow<T>(work: () => Promise<T>): Promise<T> {
  const started = work();
  started.catch(() => undefined); // awaited in its test; not an unhandled rejection meanwhile
  return started;
}

type ConverterResult = { diagnostics?: unknown[]; sideOutputs?: unknown[] };

/** Splits a cached run's results into the converter's results and the count of cells tslab's converter converted. */
function withoutCount(json: string): { results: string; converted: number } {
  const results = JSON.parse(json) as unknown[];
  const converted = results.pop() as number;
  return { results: JSON.stringify(results), converted };
}

const notebook = JSON.parse(fs.readFileSync(path.join(paths.notebooks, "03-talk-rounds.ipynb"), "utf8")) as { cells: Array<{ cell_type: string; source: string | string[] }> };
const notebookCells = notebook.cells.filter((cell) => cell.cell_type === "code").map((cell) => [cell.source].flat().join(""));
const errors = ['const count: number = "three";', 'import { openNotebook } from "syria-coalitions";\nopenNotebook(1);', "let counter = 1;"];
// A cell importing a TypeScript file of the notebook's folder: tslab compiles it beside the cell.
const local = temporaryFolder();
fs.writeFileSync(path.join(local, "helper.ts"), "export const twice = (n: number) => n * 2;\n");
const localCells = ['import { twice } from "./helper";\nconst four = twice(2);', "const text: string = twice(3);", "const counted = four + 1;"];

/**
 * tslab's converter alone, and the kernel's: tuned, behind an empty cache (every cell goes
 * through the tuned converter), then behind the cache that run left. The kernel never runs the
 * tuned converter without a cache for a notebook's cells, so the empty cache is where the tuning
 * is compared with tslab alone.
 */
async function converterRuns(folder: string, cells: readonly string[]) {
  const cacheDir = temporaryFolder();
  const [alone, first] = await Promise.all([converterResults(false, folder, cells), converterResults(true, folder, cells, cacheDir).then(withoutCount)]);
  const again = withoutCount(await converterResults(true, folder, cells, cacheDir));
  return { alone, first, again };
}
const comparedRuns = ([[paths.notebooks, [...notebookCells, ...errors]], [local, localCells]] as const).map(([folder, cells]) => ({ folder, cells, runs: startedNow(() => converterRuns(folder, cells)) }));

test("with the tuning, and with conversions from the cache, tslab's converter gives exactly what it gives alone", async () => {
  for (const { folder, cells, runs } of comparedRuns) {
    const { alone, first, again } = await runs;
    const results = JSON.parse(first.results) as ConverterResult[];
    assert.ok(results.some((result) => (result.diagnostics?.length ?? 0) > 0), "the cells include type errors");
    if (folder === local) assert.ok(results.some((result) => (result.sideOutputs?.length ?? 0) > 0), "the local module is compiled beside its cell");
    assert.ok(first.results === alone, `the converter's results in ${folder} differ with the tuning, behind an empty cache`);
    assert.ok(again.results === alone, `the converter's results in ${folder} differ when taken from the cache`);
    assert.equal(first.converted, cells.length, "with an empty cache, every cell is converted");
    // Converted again: a cell with an error; in the local folder, every cell (the first compiles
    // helper.ts beside it, and the program of each later one holds that file).
    const withErrors = results.filter((result) => (result.diagnostics?.length ?? 0) > 0).length;
    assert.equal(again.converted, folder === local ? cells.length : withErrors, `cells of ${folder} converted again`);
  }
});

/** The diagnostics of a cell importing a package's function, converted with a cache: as it was, from the cache, and after the function's declared type changed. */
async function diagnosticsAcrossTypeChange(): Promise<Array<Array<{ messageText: string }>>> {
  const folder = temporaryFolder();
  const probe = path.join(folder, "node_modules", "probe");
  fs.mkdirSync(probe, { recursive: true });
  fs.writeFileSync(path.join(probe, "package.json"), JSON.stringify({ name: "probe", version: "1.0.0", main: "index.js", types: "index.d.ts" }));
  fs.writeFileSync(path.join(probe, "index.js"), "exports.value = () => 1;\n");
  const declarations = path.join(probe, "index.d.ts");
  fs.writeFileSync(declarations, "export declare function value(): number;\n");
  const cells = ['import { value } from "probe";\nconst n: number = value();'];
  const cacheDir = temporaryFolder();
  const diagnostics = async () => (JSON.parse(await converterResults(true, folder, cells, cacheDir, false))[0] as { diagnostics: Array<{ messageText: string }> }).diagnostics;
  const converted = await diagnostics();
  const fromCache = await diagnostics();
  // Same size: only the time stamp tells the change.
  fs.writeFileSync(declarations, "export declare function value(): string;\n");
  const later = new Date(Date.now() + 2000);
  fs.utimesSync(declarations, later, later);
  return [converted, fromCache, await diagnostics()];
}
const typeChangeRuns = startedNow(diagnosticsAcrossTypeChange);

test("a cell taken from the cache is checked again when a type it uses changed", async () => {
  const [converted, fromCache, changed] = await typeChangeRuns;
  assert.deepEqual(converted, []);
  assert.deepEqual(fromCache, [], "the cell from the cache");
  assert.match(changed[0]?.messageText ?? "none", /Type 'string' is not assignable to type 'number'/);
});
