/**
 * `npm run bench:kernel`: what the kernel's compiler tuning (lib/src/kernel/compiler.ts:
 * cheaper programs, TypeScript loaded on first use, the conversion cache, which the untimed
 * first run fills) saves, against plain tslab, in one run on one machine.
 *
 * Two kernel specs: the project's, and the same without the `--require` of the tuning. For
 * each, interleaved round by round so that the machine's load weighs on both alike:
 *   - the floor: a fresh kernel running one cell that imports danfojs-node;
 *   - each notebook cold: a fresh kernel running all its code cells, as the runner does
 *     (kernel start included), and its ratio to the floor of the same kernel;
 *   - interactive: a fresh kernel left idle for a few seconds (a user opening the notebook),
 *     then Run All, timed from the first cell.
 * Wall seconds, and the CPU seconds of the kernel process (less sensitive to the load of a
 * shared machine): medians over the rounds. Figures and data go to a scratch folder.
 *
 *   npm run bench:kernel -- [--rounds 3] [--idle 3] [notebooks...]   (default: 03-talk-rounds)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { kernelCpuSeconds, median, sleep } from "./kernel-timing";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-kernel-"));
// Kernels inherit these: notebooks export their figures into the scratch folder, not figures/.
process.env.SYRIA_DATA_DIR = path.join(scratch, "data");
fs.cpSync(path.join(__dirname, "..", "..", "data"), process.env.SYRIA_DATA_DIR, { recursive: true });
process.env.SYRIA_FIGURES_DIR = path.join(scratch, "figures");

interface Timing {
  wall: number;
  cpu: number;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { rounds: { type: "string", default: "3" }, idle: { type: "string", default: "3" } },
  });
  const { paths } = await import("../src/config/paths");
  const { KernelClient } = await import("../src/runner/kernel-client");
  const { readKernelSpec } = await import("../src/kernel/spec");
  const { executeNotebook } = await import("../src/runner/execute-notebook");
  const { parseNotebook, joinText } = await import("../src/runner/notebook-format");
  const { ensureNotebookEnvironment } = await import("../src/runner/environment");
  const { stopRenderService } = await import("../src/render/static");
  ensureNotebookEnvironment();

  const tuned = readKernelSpec();
  const tuning = tuned.argv.findIndex((arg) => arg.endsWith(path.join("kernel", "compiler.js")));
  if (tuning < 1 || tuned.argv[tuning - 1] !== "--require") throw new Error("the kernel spec does not load kernel/compiler.js: run `npm run setup`");
  const plain = { ...tuned, argv: tuned.argv.filter((_, index) => index !== tuning && index !== tuning - 1) };
  const kernels = { tslab: plain, tuned } as const;
  const notebooks = (positionals.length > 0 ? positionals : [path.join(paths.notebooks, "03-talk-rounds.ipynb")]).map((file) => path.resolve(file));
  const floorCells = ['import * as dfd from "danfojs-node";'];
  const codeCells = (file: string) => parseNotebook(fs.readFileSync(file, "utf8")).cells.filter((cell) => cell.cell_type === "code").map((cell) => joinText(cell.source));

  /** A fresh kernel in `folder`; after `idleSeconds`, the cells run; wall time from start or from the first cell. */
  const run = async (spec: typeof tuned, folder: string, cells: string[], idleSeconds = 0): Promise<Timing> => {
    const started = performance.now();
    const kernel = await KernelClient.start(spec, folder);
    try {
      if (idleSeconds > 0) await sleep(idleSeconds * 1000);
      const from = idleSeconds > 0 ? performance.now() : started;
      const notebook = { cells: cells.map((source) => ({ cell_type: "code" as const, execution_count: null, metadata: {}, outputs: [], source })), metadata: {}, nbformat: 4, nbformat_minor: 5 };
      const { failure } = await executeNotebook(notebook, kernel, { parameters: {}, cellTimeoutMs: 300_000, metadata: {} });
      if (failure) throw new Error(`cell ${failure.cellNumber} failed: ${failure.message}`);
      return { wall: (performance.now() - from) / 1000, cpu: kernelCpuSeconds() };
    } finally {
      await kernel.shutdown();
    }
  };

  const rounds = Number(values.rounds);
  const idle = Number(values.idle);
  const results = new Map<string, Timing[]>();
  const record = (key: string, timing: Timing) => results.set(key, [...(results.get(key) ?? []), timing]);
  const load = () => os.loadavg().map((value) => value.toFixed(1)).join(" ");
  console.log(`${os.availableParallelism()} cores, load average ${load()}; ${rounds} rounds, kernels interleaved\n`);
  // One untimed run first: the render service and the file cache are warm for both kernels alike.
  await run(tuned, path.dirname(notebooks[0]!), codeCells(notebooks[0]!));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (["tslab", "tuned"] as const) : (["tuned", "tslab"] as const);
    for (const name of order) {
      record(`${name} floor`, await run(kernels[name], paths.notebooks, floorCells));
      for (const notebook of notebooks) {
        record(`${name} ${path.basename(notebook)}`, await run(kernels[name], path.dirname(notebook), codeCells(notebook)));
        record(`${name} ${path.basename(notebook)} interactive`, await run(kernels[name], path.dirname(notebook), codeCells(notebook), idle));
      }
    }
  }
  await stopRenderService();

  const summary = (key: string) => {
    const timings = results.get(key)!;
    return { wall: median(timings.map((timing) => timing.wall)), cpu: median(timings.map((timing) => timing.cpu)) };
  };
  const seconds = (value: number) => `${value.toFixed(1)} s`.padStart(7);
  console.log(`${"".padEnd(52)}${"plain tslab".padStart(26)}${"tuned".padStart(26)}`);
  console.log(`${"".padEnd(52)}${"wall   cpu   ×floor".padStart(26)}${"wall   cpu   ×floor".padStart(26)}`);
  const row = (label: string, key: string, ratio: boolean) => {
    const cells = (["tslab", "tuned"] as const).map((name) => {
      const timing = summary(`${name} ${key}`);
      const floor = summary(`${name} floor`);
      return `${seconds(timing.wall)}${seconds(timing.cpu)}${ratio ? `${(timing.wall / floor.wall).toFixed(2)}`.padStart(7) : "".padStart(7)}`;
    });
    console.log(`${label.padEnd(52)}${cells.map((cell) => cell.padStart(26)).join("")}`);
  };
  row("floor (kernel start + danfojs-node import)", "floor", false);
  for (const notebook of notebooks) {
    row(`${path.basename(notebook, ".ipynb")}, cold`, path.basename(notebook), true);
    row(`${path.basename(notebook, ".ipynb")}, Run All after ${idle} s idle`, `${path.basename(notebook)} interactive`, false);
  }
  console.log(`\n(the interactive rows time the cells only; cpu is the kernel's whole life.) Load average at the end: ${load()}`);
  fs.rmSync(scratch, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
});
