/**
 * `npm run bench:first-chart`: what a user waits for in a fresh classic Notebook session, with a
 * cold render service (stopped, and an empty disk cache of drawn charts):
 *   - first chart: from running a cell `show(<a Plotly chart of the library>)` (after the import
 *     cell) until the interactive chart is drawn in the page, and until the output holds its
 *     static image (what a save keeps);
 *   - Run All of notebook 03: from Run All until every cell has run.
 * Headless Chromium drives Notebook 6 as a user would. The first chart's time is broken down into
 * phases (`phases`): kernel-side from the kernel's message dates and a probe loaded into the
 * kernel (first-chart-probe.cjs), page-side from the page's own timings. Given other checkouts
 * (set up), the same is measured there too, round by round interleaved, so that the machine's
 * load weighs alike; the load average is printed with each round.
 *
 *   npm run bench:first-chart -- [--rounds 3] [other checkout...]
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { jupyterPython } from "../src/config/jupyter";
import { chromiumPath, chromiumArgs } from "../src/render/browser";
import { freePort } from "../../test/display/notebook-server";

const { values, positionals } = parseArgs({ options: { rounds: { type: "string", default: "3" } }, allowPositionals: true });
const roots = [path.resolve(__dirname, "..", ".."), ...positionals.map((root) => path.resolve(root))];
const token = "bench";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Render services started for `instance` (their environment names it). */
function servicePids(instance: string): number[] {
  return fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return /render[/\\]service[/\\]server\.[jt]s/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")) && fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`SYRIA_RENDERER_INSTANCE=${instance}`);
    } catch {
      return false;
    }
  });
}

async function stopServices(instance: string): Promise<void> {
  for (const pid of servicePids(instance)) process.kill(pid, "SIGTERM");
  for (let tries = 0; servicePids(instance).length > 0 && tries < 100; tries++) await sleep(100);
}

const importCell = `import { loadDataset, show, talkRoundsTimelinePlotlyChart } from "syria-coalitions";\nconst dataset = loadDataset();`;
const chartCell = `show(talkRoundsTimelinePlotlyChart(dataset, { lang: "en" }));`;

function notebookOf(cells: string[]): string {
  return JSON.stringify({
    cells: cells.map((source, index) => ({ cell_type: "code", id: `cell-${index}`, execution_count: null, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (syria-coalitions)", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

interface Session {
  page: Page;
  stop(): Promise<void>;
}

/** Kernel-side notes of the probe (first-chart-probe.cjs), by event name: epoch milliseconds. */
function probeNotes(file: string): Record<string, number> {
  if (!fs.existsSync(file)) return {};
  return Object.fromEntries(fs.readFileSync(file, "utf8").trim().split("\n").map((line) => line.split(" ")).map(([event, at]) => [event!, Number(at)]));
}

/** Notebook 6 on a scratch folder of `root`, as `npm run notebook` starts it there, with the page of `notebook` open and its kernel ready. */
async function openSession(root: string, folder: string, notebook: string, instance: string, scratch: string, probe: string): Promise<Session> {
  const jupyter = path.join(root, ".jupyter");
  const env = {
    ...process.env,
    JUPYTER_PATH: path.join(jupyter, "share", "jupyter"),
    JUPYTER_DATA_DIR: path.join(scratch, "jupyter-data"),
    JUPYTER_CONFIG_DIR: path.join(jupyter, "config"),
    JUPYTER_RUNTIME_DIR: path.join(scratch, "jupyter-runtime"),
    SYRIA_RENDERER_INSTANCE: instance,
    SYRIA_CACHE_DIR: path.join(scratch, "cache"),
    SYRIA_RENDERER_IDLE_SECONDS: "3600",
    SYRIA_FIGURES_DIR: path.join(scratch, "figures"),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${path.join(__dirname, "first-chart-probe.cjs")}`].filter(Boolean).join(" "),
    BENCH_FIRST_CHART_PROBE: probe,
  };
  const port = await freePort();
  const rootFlag = process.getuid?.() === 0 ? ["--allow-root"] : [];
  const server: ChildProcess = spawn(jupyterPython, ["-m", "notebook", "--no-browser", "--ip=127.0.0.1", `--port=${port}`, "--NotebookApp.port_retries=0", `--NotebookApp.token=${token}`, `--notebook-dir=${folder}`, ...rootFlag], { env, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    server.stderr!.setEncoding("utf8");
    server.stderr!.on("data", (chunk: string) => {
      log += chunk;
      if (log.includes(`http://127.0.0.1:${port}/`)) resolve();
    });
    server.once("exit", (code) => reject(new Error(`Notebook exited with ${code}: ${log}`)));
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs() });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/notebooks/${notebook}?token=${token}`);
  await page.waitForFunction(() => {
    const jupyter = (window as unknown as { Jupyter?: { notebook?: { _fully_loaded?: boolean; kernel?: { is_connected(): boolean; info_reply?: unknown } } } }).Jupyter;
    return jupyter?.notebook?._fully_loaded === true && jupyter.notebook.kernel?.is_connected() === true && jupyter.notebook.kernel.info_reply !== undefined;
  }, null, { timeout: 120_000 });
  return {
    page,
    async stop() {
      await browser.close();
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
      await stopServices(instance);
    },
  };
}

/** Runs code cells `indexes` of the page's notebook and resolves when each has its execution count. */
async function runCells(page: Page, indexes: number[] | "all"): Promise<void> {
  await page.evaluate((which) => {
    const notebook = (window as unknown as { Jupyter: { notebook: { execute_all_cells(): void; execute_cells(i: number[]): void } } }).Jupyter.notebook;
    if (which === "all") notebook.execute_all_cells();
    else notebook.execute_cells(which);
  }, indexes);
  await page.waitForFunction((which) => {
    const notebook = (window as unknown as { Jupyter: { notebook: { get_cells(): Array<{ cell_type: string; input_prompt_number?: number | string | null }> } } }).Jupyter.notebook;
    const cells = notebook.get_cells().filter((cell, index) => cell.cell_type === "code" && (which === "all" || which.includes(index)));
    return cells.every((cell) => typeof cell.input_prompt_number === "number");
  }, indexes, { timeout: 300_000, polling: 20 });
}

/** Where a first chart's time went, in milliseconds from one step to the next (see `phases`). */
type Breakdown = Record<(typeof phases)[number][0], number>;

interface Round {
  drawnMs: number;
  imageMs: number;
  runAllMs: number;
  breakdown: Breakdown;
  preloaded: boolean;
}

/**
 * The steps between running the chart cell and its chart drawn, each from the end of the one
 * before: kernel-side (from the kernel's own message dates and the probe's notes) and
 * browser-side (from the page: message arrival, the script's resource timing, require.js).
 */
const phases = [
  ["to kernel", "status-busy-sent"],
  ["compile", "cell-code-starts"],
  ["build chart", "image-asked"],
  ["image wait + send", "display_data-sent"],
  ["to page", "display_data"],
  ["until script asked", "script-fetch-start"],
  ["script download", "script-fetch-end"],
  ["script evaluation", "plotly-defined"],
  ["draw", "drawn"],
] as const;

/** Plotly's modules in chart outputs: the project's bundle and the full one (a base checkout has only the latter). */
const plotlyModules = ["plotly-project", "plotly"];

/**
 * Hooks into the page that note, in `window.benchTimes`, when the chart cell's messages come and
 * plotly.js is defined, or that it was defined before the cell ran (the page preloaded it).
 */
function watchPage(modules: string[]): void {
  type Message = { header: { msg_type: string; date: string }; parent_header: { msg_type?: string }; content: { execution_state?: string } };
  const page = window as unknown as {
    benchTimes: Record<string, number>;
    Jupyter: { notebook: { kernel: { _handle_iopub_message(message: Message): unknown } } };
    requirejs: { defined(module: string): boolean; onResourceLoad?: (context: unknown, map: { name: string }, dependencies: unknown) => void };
  };
  const times: Record<string, number> = {};
  page.benchTimes = times;
  if (modules.some((module) => page.requirejs.defined(module))) times["preloaded"] = 1;
  const kernel = page.Jupyter.notebook.kernel;
  const handle = kernel._handle_iopub_message;
  kernel._handle_iopub_message = function (message) {
    if (message.parent_header.msg_type === "execute_request") {
      const key = message.header.msg_type === "status" ? `status-${message.content.execution_state}` : message.header.msg_type;
      if (!(key in times)) {
        times[key] = Date.now();
        times[`${key}-sent`] = Date.parse(message.header.date);
      }
    }
    return handle.call(this, message);
  };
  const previous = page.requirejs.onResourceLoad;
  page.requirejs.onResourceLoad = function (context, map, dependencies) {
    if (modules.includes(map.name) && !("plotly-defined" in times)) times["plotly-defined"] = Date.now();
    previous?.call(this, context, map, dependencies);
  };
}

/** The page's notes, with the script's fetch from its resource timing (when the cell fetched it). */
function pageTimes(): Record<string, number> {
  const times = { ...(window as unknown as { benchTimes: Record<string, number> }).benchTimes };
  if (times["preloaded"]) return times;
  const script = performance.getEntriesByType("resource").find((entry) => /plotly[^/]*\.js/.test(entry.name)) as PerformanceResourceTiming | undefined;
  if (script) {
    times["script-fetch-start"] = performance.timeOrigin + script.fetchStart;
    times["script-fetch-end"] = performance.timeOrigin + script.responseEnd;
  }
  return times;
}

/** Each phase's share; a script the page preloaded before the cell ran costs the cell nothing. */
function breakdownOf(started: number, notes: Record<string, number>): Breakdown {
  let previous = started;
  const breakdown = {} as Breakdown;
  const scriptEvents = new Set(["script-fetch-start", "script-fetch-end", "plotly-defined"]);
  for (const [phase, event] of phases) {
    const at = notes["preloaded"] && scriptEvents.has(event) ? previous : notes[event];
    breakdown[phase] = at === undefined ? Number.NaN : Math.max(0, at - previous);
    if (at !== undefined) previous = Math.max(previous, at);
  }
  return breakdown;
}

async function measure(root: string, round: number): Promise<Round> {
  // Notebooks resolve the library from their folder upwards: the folder sits inside the checkout.
  fs.mkdirSync(path.join(root, "node_modules", ".cache"), { recursive: true });
  const folder = fs.mkdtempSync(path.join(root, "node_modules", ".cache", "bench-first-chart-"));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-first-chart-"));
  const probe = path.join(scratch, "probe.txt");
  const instance = `bench-first-chart-${process.pid}-${round}-${roots.indexOf(root)}`;
  try {
    fs.writeFileSync(path.join(folder, "first-chart.ipynb"), notebookOf([importCell, chartCell]));
    const first = await openSession(root, folder, "first-chart.ipynb", instance, scratch, probe);
    let drawnMs: number;
    let imageMs: number;
    let breakdown: Breakdown;
    let preloaded: boolean;
    try {
      await runCells(first.page, [0]);
      // Cold: no service, no chart drawn before.
      await stopServices(instance);
      fs.rmSync(probe, { force: true });
      await first.page.evaluate(watchPage, plotlyModules);
      const started = Date.now();
      await first.page.evaluate(() => (window as unknown as { Jupyter: { notebook: { execute_cells(i: number[]): void } } }).Jupyter.notebook.execute_cells([1]));
      await first.page.locator(".js-plotly-plot .main-svg").first().waitFor({ timeout: 120_000 });
      const drawn = Date.now();
      drawnMs = drawn - started;
      const notes: Record<string, number> = { ...probeNotes(probe), ...(await first.page.evaluate(pageTimes)), drawn };
      breakdown = breakdownOf(started, notes);
      preloaded = notes["preloaded"] === 1;
      await first.page.waitForFunction(() => {
        const output = (window as unknown as { Jupyter: { notebook: { get_cell(i: number): { output_area: { outputs: Array<{ data?: Record<string, unknown> }> } } } } }).Jupyter.notebook.get_cell(1).output_area.outputs[0];
        return output?.data?.["image/svg+xml"] !== undefined;
      }, null, { timeout: 120_000, polling: 20 });
      imageMs = Date.now() - started;
    } finally {
      await first.stop();
    }
    fs.copyFileSync(path.join(root, "notebooks", "03-talk-rounds.ipynb"), path.join(folder, "03-talk-rounds.ipynb"));
    const second = await openSession(root, folder, "03-talk-rounds.ipynb", `${instance}-run-all`, scratch, probe);
    let runAllMs: number;
    try {
      await stopServices(`${instance}-run-all`);
      const started = performance.now();
      await runCells(second.page, "all");
      runAllMs = performance.now() - started;
    } finally {
      await second.stop();
    }
    return { drawnMs, imageMs, runAllMs, breakdown, preloaded };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const loadAverage = () => os.loadavg().map((load) => load.toFixed(1)).join(", ");
const formatBreakdown = (breakdown: Breakdown) => phases.map(([phase]) => `${phase} ${Number.isNaN(breakdown[phase]) ? "?" : Math.round(breakdown[phase])}`).join(", ");

async function main(): Promise<void> {
  const results = new Map<string, Round[]>(roots.map((root) => [root, []]));
  console.log(`load average at start: ${loadAverage()} (${os.cpus().length} cores)`);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const root of roots) {
      const result = await measure(root, round);
      results.get(root)!.push(result);
      console.log(`${path.basename(root)} round ${round + 1}: first chart drawn ${(result.drawnMs / 1000).toFixed(2)} s, its static image ${(result.imageMs / 1000).toFixed(2)} s; Run All of 03 ${(result.runAllMs / 1000).toFixed(2)} s (load ${loadAverage()})`);
      console.log(`  first chart, ms: ${formatBreakdown(result.breakdown)}${result.preloaded ? " (plotly.js preloaded by the page)" : ""}`);
    }
  }
  console.log("\nmedians (seconds):");
  for (const [root, rounds] of results) {
    const of = (key: "drawnMs" | "imageMs" | "runAllMs") => (median(rounds.map((round) => round[key])) / 1000).toFixed(2);
    console.log(`${path.basename(root)}: first chart drawn ${of("drawnMs")}, static image ${of("imageMs")}, Run All of 03 ${of("runAllMs")}`);
    const breakdown = Object.fromEntries(phases.map(([phase]) => [phase, median(rounds.map((round) => round.breakdown[phase]).filter((ms) => !Number.isNaN(ms)))])) as Breakdown;
    console.log(`  first chart, median ms: ${formatBreakdown(breakdown)}`);
  }
}

void main();
