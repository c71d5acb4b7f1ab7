// npm run bench:notebooks
// Times, in one run on one machine, with ratios against the targets of the notebook runner:
//   (a) the floor: a notebook whose only cell imports danfojs-node, in the runner;
//   (b) each analysis notebook cold (no execution cache, a restarted render service), one at a time, against
//       the floor: with empty render cache and export records (every chart drawn and written), and with those
//       the run before left (charts read from disk, unchanged figures not exported again, as on any rerun
//       whose charts did not change); and the render service's CPU (Chromium's included) while charts were drawn;
//   (a) and (b) in a first round with empty conversion, render and table caches (the kernel type-checks every
//       cell, every table is validated), then as medians of BENCH_ROUNDS rounds (default 3) that find the cells
//       converted and the tables checked;
//   (c) the five notebooks in the runner (parallel) against `jupyter nbconvert --execute` one by one, each
//       starting with a restarted render service: with an empty render cache, then with a filled one;
//   (d) `npm run reproduce` with nothing changed;
//   (e) `npm run reproduce` after one row of talk_rounds.csv changed: which notebooks ran.
// Everything runs in a scratch folder: a copy of data/, its own figures folder, cache and
// executed notebooks, so no committed file changes (data/ included).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-notebooks-"));
// Set before anything loads lib/src/config/paths, which reads them once: this process, its
// kernels and the reproduce commands must agree on the folders (the cache keys on them).
// So the data are copied from the project's data/ found from this file, not through paths.
process.env.SYRIA_DATA_DIR = path.join(scratch, "data");
fs.cpSync(path.join(__dirname, "..", "..", "data"), process.env.SYRIA_DATA_DIR, { recursive: true });
process.env.SYRIA_FIGURES_DIR = path.join(scratch, "figures");
process.env.SYRIA_CACHE_DIR = path.join(scratch, "cache");

const seconds = (since: number) => (performance.now() - since) / 1000;
const format = (value: number) => `${value.toFixed(1)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const { paths } = await import("../src/config/paths");
  const { defaultNotebookGlob, runNotebooks } = await import("../src/runner");
  const { jupyterPython, projectJupyterEnv } = await import("../src/config/jupyter");
  const { expandPaths } = await import("../src/runner/expand-paths");
  const { setCell } = await import("../../test/helpers/data-copy");
  const { processTreeCpuSeconds, renderServicePids } = await import("../../test/helpers/render-service-processes");
  // The render service drawing this bench's charts, and Chromium's processes it started.
  const renderServiceCpu = () => processTreeCpuSeconds(renderServicePids(`SYRIA_CACHE_DIR=${paths.cache}`));
  const { headlessKernelVariable } = await import("../src/kernel/spec");
  const notebooks = expandPaths([defaultNotebookGlob], paths.root);
  const executed = path.join(scratch, "notebooks");
  const name = (file: string) => path.basename(file, ".ipynb");
  console.log(`${notebooks.length} notebooks, ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}; scratch folder ${scratch}\n`);

  /** Runs notebooks in the runner (the build and kernel spec are current: the npm script set them up) and returns the wall time. */
  const timed = async (files: string[], options: Parameters<typeof runNotebooks>[1]) => {
    const started = performance.now();
    const results = await runNotebooks(files, { prepare: false, ...options });
    const failed = results.filter((result) => !result.ok).map((result) => name(result.notebook));
    if (failed.length > 0) console.log(`  failed: ${failed.join(", ")}`);
    return { seconds: seconds(started), results };
  };

  // (a) and (b), in rounds: the floor, then each analysis notebook. The first round starts
  // with an empty conversion cache; medians over the rounds after it, so that a burst of
  // load on a shared machine moves one sample, not a ratio.
  const rounds = 1 + Number(process.env.BENCH_ROUNDS ?? 3);
  // The floor: inside the project, where danfojs-node resolves; under node_modules/, never committed.
  const cacheDir = path.join(paths.root, "node_modules", ".cache");
  fs.mkdirSync(cacheDir, { recursive: true });
  const floorDir = fs.mkdtempSync(path.join(cacheDir, "bench-floor-"));
  const floor = path.join(floorDir, "floor.ipynb");
  const cell = { cell_type: "code", execution_count: null, id: "import", metadata: {}, outputs: [], source: 'import * as dfd from "danfojs-node";' };
  fs.writeFileSync(floor, JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
  // Cold: no execution cache, and a render service that is running, as in any session after
  // the first chart, but restarted first: it holds none of the notebook's charts in memory.
  // With an empty render cache it draws them all; with the one the run before left, it reads them.
  const { renderStatic, stopRenderService } = await import("../src/render/static");
  const { asChart } = await import("../src/charts/own-chart");
  let restarts = 0;
  const restartRenderService = async (renderCache: "emptied" | "kept") => {
    await stopRenderService();
    // Emptied, the records of earlier exports go too: every figure is drawn and written again.
    if (renderCache === "emptied") for (const dir of [paths.renderCache, paths.exportRecords]) fs.rmSync(dir, { recursive: true, force: true });
    // A chart it never drew: its answer waits for the service's warm-up (Chromium and plotly.js), which
    // would otherwise compete for the CPU with the notebook timed next.
    const blank = asChart({ data: [], layout: { width: 10, height: 10 } }, { id: `bench-warm-up-${++restarts}` });
    await renderStatic(blank, ["svg"]);
  };
  const floorTimes: number[] = [];
  const drawnTimes = new Map<string, number[]>(notebooks.map((notebook) => [notebook, []]));
  const drawingCpu = new Map<string, number[]>(notebooks.map((notebook) => [notebook, []]));
  const readTimes = new Map<string, number[]>(notebooks.map((notebook) => [notebook, []]));
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`round ${round} of ${rounds}…\r`);
    floorTimes.push((await timed([floor], { jobs: 1 })).seconds);
    for (const notebook of notebooks) {
      await restartRenderService("emptied");
      const cpuBefore = renderServiceCpu();
      drawnTimes.get(notebook)!.push((await timed([notebook], { jobs: 1, outDir: path.join(scratch, "cold") })).seconds);
      if (round > 1) drawingCpu.get(notebook)!.push(renderServiceCpu() - cpuBefore);
      if (round === 1) continue;
      await restartRenderService("kept");
      readTimes.get(notebook)!.push((await timed([notebook], { jobs: 1, outDir: path.join(scratch, "cold") })).seconds);
    }
  }
  fs.rmSync(floorDir, { recursive: true, force: true });
  const floorSeconds = median(floorTimes.slice(1));
  const samples = (times: number[]) => times.map((time) => time.toFixed(1)).join(", ");
  console.log(`first round with empty conversion and render caches; then medians of ${rounds - 1} rounds (samples in brackets)`);
  console.log("                                            first round      cold: charts drawn                cold: charts from the render cache");
  console.log(`(a) floor (one cell importing danfojs-node): ${format(floorTimes[0]!).padStart(7)}         ${format(floorSeconds).padStart(7)}          [${samples(floorTimes.slice(1))}]`);
  console.log("(b) each notebook cold, one job              time  / floor   time  / floor (target at most 1.3)   time  / floor");
  for (const notebook of notebooks) {
    const [first, ...drawn] = drawnTimes.get(notebook)!;
    const read = readTimes.get(notebook)!;
    const column = (times: number[]) => `${format(median(times)).padStart(7)}  ${(median(times) / floorSeconds).toFixed(2)}  [${samples(times)}]`;
    console.log(`    ${name(notebook).padEnd(36)} ${format(first!).padStart(7)}  ${(first! / floorTimes[0]!).toFixed(2)}  ${column(drawn).padEnd(34)} ${column(read)}`);
  }
  // What drawing costs, whoever waits for it: the render service's CPU (Chromium's included) while the notebook ran.
  const cpu = notebooks.filter((notebook) => drawingCpu.get(notebook)!.length > 0);
  if (cpu.length > 0) {
    console.log(`    render service CPU while the charts were drawn (median): ${cpu.map((notebook) => `${name(notebook).slice(0, 2)} ${format(median(drawingCpu.get(notebook)!))}`).join(", ")}`);
  }

  // (c) All five in the runner, recording cache entries that (d) starts from, then nbconvert one by one.
  // nbconvert's kernels are headless too: told so, they read no declarations ahead for someone typing.
  const nbconvertAll = () => {
    const started = performance.now();
    for (const notebook of notebooks) {
      const args = ["-m", "nbconvert", "--to", "notebook", "--execute", "--output-dir", path.join(scratch, "nbconvert"), notebook];
      const result = spawnSync(jupyterPython, args, { env: { ...projectJupyterEnv(), [headlessKernelVariable]: "1" }, stdio: "ignore" });
      if (result.status !== 0) console.log(`  nbconvert failed on ${name(notebook)}`);
    }
    return seconds(started);
  };
  console.log("                                             charts drawn   charts from the render cache");
  const pair = async (renderCache: "emptied" | "kept") => {
    await restartRenderService(renderCache);
    const runner = (await timed(notebooks, { outDir: executed, cache: { dir: paths.notebookCache, force: true } })).seconds;
    await restartRenderService(renderCache);
    return { runner, nbconvert: nbconvertAll() };
  };
  const drawn = await pair("emptied");
  const read = await pair("kept");
  const row = (label: string, value: (run: typeof drawn) => string) => console.log(`${label.padEnd(45)}${value(drawn).padStart(12)}   ${value(read).padStart(12)}`);
  row("(c) runner, all five in parallel:", (run) => format(run.runner));
  row("    nbconvert, one by one:", (run) => format(run.nbconvert));
  row("    runner / nbconvert (target at most 0.40):", (run) => (run.runner / run.nbconvert).toFixed(2));

  // (d) and (e): the real command, as a user types it, on the scratch copies.
  const reproduce = () => {
    const started = performance.now();
    const result = spawnSync("npm", ["run", "--silent", "reproduce", "--", "--out", executed], { cwd: paths.root, encoding: "utf8" });
    if (result.status !== 0) console.log(`  reproduce failed:\n${result.stdout}\n${result.stderr}`);
    const lines = result.stdout.split("\n");
    const ran = lines.filter((line) => line.startsWith("running")).map((line) => line.replace(/^running\s+/, ""));
    const skipped = lines.filter((line) => line.startsWith("skipped")).length;
    const summary = `ran ${ran.length}, skipped ${skipped}, report ${result.stdout.includes("Building the report") ? "rebuilt" : "skipped"}`;
    return { seconds: seconds(started), ran, summary };
  };
  const firstReport = reproduce();
  const noop = [reproduce(), reproduce(), reproduce()];
  const noopSeconds = noop.map((run) => run.seconds);
  console.log(`(d) reproduce with nothing changed:          ${format(median(noopSeconds))} median of ${noopSeconds.map(format).join(", ")} (target at most 3 s); ${noop[0]!.summary}`);
  console.log(`    (the run before, right after (c), took ${format(firstReport.seconds)}: ${firstReport.summary})`);

  setCell(process.env.SYRIA_DATA_DIR!, "talk_rounds.csv", (row) => row.round_id === "astana-06", "city", "Astana (benchmark change)");
  const changed = reproduce();
  console.log(`(e) reproduce after one talk_rounds.csv row: ${format(changed.seconds)}; ${changed.summary}`);
  for (const line of changed.ran) console.log(`    ran ${line}`);

  fs.rmSync(scratch, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
