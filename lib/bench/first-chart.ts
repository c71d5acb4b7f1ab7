/**
 * `npm run bench:first-chart`: what a user waits for in a fresh classic Notebook session, with a
 * cold render service (stopped, and an empty disk cache of drawn charts):
 *   - first chart: from running a cell `show(<a Plotly chart of the library>)` (after the import
 *     cell) until the interactive chart is drawn in the page, and until the output holds its
 *     static image (what a save keeps);
 *   - Run All of notebook 03: from Run All until every cell has run.
 * Headless Chromium drives Notebook 6 as a user would. Given other checkouts (set up), the same
 * is measured there too, round by round interleaved, so that the machine's load weighs alike.
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

/** Notebook 6 on a scratch folder of `root`, as `npm run notebook` starts it there, with the page of `notebook` open and its kernel ready. */
async function openSession(root: string, folder: string, notebook: string, instance: string, scratch: string): Promise<Session> {
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

interface Round {
  drawnMs: number;
  imageMs: number;
  runAllMs: number;
}

async function measure(root: string, round: number): Promise<Round> {
  // Notebooks resolve the library from their folder upwards: the folder sits inside the checkout.
  fs.mkdirSync(path.join(root, "node_modules", ".cache"), { recursive: true });
  const folder = fs.mkdtempSync(path.join(root, "node_modules", ".cache", "bench-first-chart-"));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-first-chart-"));
  const instance = `bench-first-chart-${process.pid}-${round}-${roots.indexOf(root)}`;
  try {
    fs.writeFileSync(path.join(folder, "first-chart.ipynb"), notebookOf([importCell, chartCell]));
    const first = await openSession(root, folder, "first-chart.ipynb", instance, scratch);
    let drawnMs: number;
    let imageMs: number;
    try {
      await runCells(first.page, [0]);
      // Cold: no service, no chart drawn before.
      await stopServices(instance);
      const started = performance.now();
      await first.page.evaluate(() => (window as unknown as { Jupyter: { notebook: { execute_cells(i: number[]): void } } }).Jupyter.notebook.execute_cells([1]));
      await first.page.locator(".js-plotly-plot .main-svg").first().waitFor({ timeout: 120_000 });
      drawnMs = performance.now() - started;
      await first.page.waitForFunction(() => {
        const output = (window as unknown as { Jupyter: { notebook: { get_cell(i: number): { output_area: { outputs: Array<{ data?: Record<string, unknown> }> } } } } }).Jupyter.notebook.get_cell(1).output_area.outputs[0];
        return output?.data?.["image/svg+xml"] !== undefined;
      }, null, { timeout: 120_000, polling: 20 });
      imageMs = performance.now() - started;
    } finally {
      await first.stop();
    }
    fs.copyFileSync(path.join(root, "notebooks", "03-talk-rounds.ipynb"), path.join(folder, "03-talk-rounds.ipynb"));
    const second = await openSession(root, folder, "03-talk-rounds.ipynb", `${instance}-run-all`, scratch);
    let runAllMs: number;
    try {
      await stopServices(`${instance}-run-all`);
      const started = performance.now();
      await runCells(second.page, "all");
      runAllMs = performance.now() - started;
    } finally {
      await second.stop();
    }
    return { drawnMs, imageMs, runAllMs };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const results = new Map<string, Round[]>(roots.map((root) => [root, []]));
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const root of roots) {
      const result = await measure(root, round);
      results.get(root)!.push(result);
      console.log(`${path.basename(root)} round ${round + 1}: first chart drawn ${(result.drawnMs / 1000).toFixed(2)} s, its static image ${(result.imageMs / 1000).toFixed(2)} s; Run All of 03 ${(result.runAllMs / 1000).toFixed(2)} s`);
    }
  }
  console.log("\nmedians (seconds):");
  for (const [root, rounds] of results) {
    const of = (key: keyof Round) => (median(rounds.map((round) => round[key])) / 1000).toFixed(2);
    console.log(`${path.basename(root)}: first chart drawn ${of("drawnMs")}, static image ${of("imageMs")}, Run All of 03 ${of("runAllMs")}`);
  }
}

void main();
