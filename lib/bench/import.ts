/**
 * `npm run bench:import`: what a notebook pays to load the library.
 *
 * 1. `require("syria-coalitions")` against `require("danfojs-node")` alone (the
 *    floor: every notebook needs danfojs), each the median of fresh Node processes.
 * 2. The import cell of a notebook (the first code cell importing "syria-coalitions")
 *    in a fresh tslab kernel: the cells before it run first, as in a real run, and only
 *    the import cell is timed (tslab's compile of the cell included).
 *
 * A benchmark, run on purpose: not part of the tests.
 *
 *   npm run bench:import -- [--runs 5] [--kernels 3] [--notebook notebooks/03-talk-rounds.ipynb]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { paths } from "../src/config/paths";
import { ensureNotebookEnvironment } from "../src/runner/environment";
import { KernelClient } from "../src/runner/kernel-client";
import { readKernelSpec } from "../src/kernel/spec";
import { joinText, parseNotebook } from "../src/runner/notebook-format";

/** Targets on the 2-core reference machine (issue 8). */
const targets = { entryOverDanfo: 1.2, importCellOverDanfoSeconds: 1.5 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Seconds a fresh Node process spends in `require(module)`, timed inside the process (Node's own start excluded). */
function requireSeconds(module: string): number {
  const script = `const t = process.hrtime.bigint(); require(${JSON.stringify(module)}); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e9));`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: paths.root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`require(${module}) failed: ${result.stderr}`);
  return Number(result.stdout);
}

/** The code cells of a notebook up to and including the first that imports the library. */
function cellsToImport(notebookPath: string): { before: string[]; importCell: string } {
  const notebook = parseNotebook(fs.readFileSync(notebookPath, "utf8"));
  const code = notebook.cells.filter((cell) => cell.cell_type === "code").map((cell) => joinText(cell.source));
  const index = code.findIndex((source) => /from\s+"syria-coalitions"/.test(source));
  if (index < 0) throw new Error(`${notebookPath} has no cell importing "syria-coalitions"`);
  return { before: code.slice(0, index), importCell: code[index]! };
}

/** Seconds the import cell takes in a fresh kernel, after the cells before it. */
async function importCellSeconds(notebookPath: string): Promise<number> {
  const { before, importCell } = cellsToImport(notebookPath);
  const kernel = await KernelClient.start(readKernelSpec(), path.dirname(notebookPath));
  try {
    for (const source of before) await kernel.execute(source, 60_000);
    const started = performance.now();
    const execution = await kernel.execute(importCell, 120_000);
    const seconds = (performance.now() - started) / 1000;
    if (execution.status !== "ok") throw new Error(`the import cell of ${notebookPath} ended with ${execution.status}`);
    return seconds;
  } finally {
    await kernel.shutdown();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      runs: { type: "string", default: "5" },
      kernels: { type: "string", default: "3" },
      notebook: { type: "string", default: path.join(paths.notebooks, "03-talk-rounds.ipynb") },
    },
  });
  ensureNotebookEnvironment();
  const runs = Number(values.runs);
  // Interleaved, so that a change in the machine's load weighs on both alike.
  const pairs = Array.from({ length: runs }, () => [requireSeconds("danfojs-node"), requireSeconds("syria-coalitions")] as const);
  const danfo = median(pairs.map(([floor]) => floor));
  const entry = median(pairs.map(([, lib]) => lib));
  console.log(`require("danfojs-node"):      ${danfo.toFixed(2)} s (median of ${runs})`);
  console.log(`require("syria-coalitions"):  ${entry.toFixed(2)} s (median of ${runs}), ${(entry / danfo).toFixed(2)}× danfojs-node (target: at most ${targets.entryOverDanfo}×)`);

  const notebook = path.resolve(values.notebook as string);
  const cells: number[] = [];
  for (let i = 0; i < Number(values.kernels); i++) cells.push(await importCellSeconds(notebook));
  const cell = median(cells);
  console.log(
    `import cell of ${path.relative(process.cwd(), notebook)}: ${cell.toFixed(2)} s (median of ${cells.length} fresh kernels: ${cells.map((s) => s.toFixed(2)).join(", ")}), ` +
      `${(cell - danfo).toFixed(2)} s over danfojs-node (target: at most ${targets.importCellOverDanfoSeconds} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench:import: ${(error as Error).message}`);
  process.exitCode = 1;
});
