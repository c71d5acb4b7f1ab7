/**
 * `npm run bench:export`: exports every chart of the library several times to
 * each format and prints the median milliseconds per figure for each library
 * and format, then the whole run's time including the browser start. SVG, PNG
 * and PDF are drawn in this process: the render service would answer every run
 * after the first from its caches (memory and disk), and time no drawing.
 * A benchmark, run on purpose: not part of the tests.
 *
 *   npm run bench:export -- --runs 9
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { allCharts } from "../src/charts";
import type { Chart } from "../src/vocabulary";
import { loadDataset } from "../src/datasets";
import { closeRenderer, exportFigure, figureFormats, type FigureFormat } from "../src/export";
import { getSharedBrowser } from "../src/render";
import { renderStaticInProcess } from "../src/render/service/static-formats";

/** Targets on the 2-core reference machine, warm browser (issue 4). */
const targetsMs: Partial<Record<`${Chart["library"]}/${FigureFormat}`, number>> = { "vega-lite/svg": 30, "plotly/svg": 60 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { runs: { type: "string", default: "7" } } });
  const runs = Number(values.runs);
  const runStarted = performance.now();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-export-"));
  const charts = allCharts(loadDataset());
  const timings = new Map<string, number[]>();
  // CPU time of this process: on a busy machine it shows what wall time hides. It
  // misses the browser's share, so it is only meaningful for in-process (Vega-Lite) work.
  const cpuTimings = new Map<string, number[]>();
  try {
    const browserStarted = performance.now();
    await getSharedBrowser();
    console.log(`browser start: ${(performance.now() - browserStarted).toFixed(0)} ms (once per run)`);
    for (const format of figureFormats) {
      for (const chart of charts) {
        const exportOnce = () =>
          format === "html" || format === "json" ? exportFigure(chart, { madeBy: "lib/bench/export.ts", formats: [format], outDir }) : renderStaticInProcess(chart, [format], 2);
        await exportOnce(); // warm-up: page set-up, JIT, font loading
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          const cpuStarted = process.cpuUsage();
          await exportOnce();
          const cpu = process.cpuUsage(cpuStarted);
          const key = `${chart.library}/${format}`;
          timings.set(key, [...(timings.get(key) ?? []), performance.now() - started]);
          cpuTimings.set(key, [...(cpuTimings.get(key) ?? []), (cpu.user + cpu.system) / 1000]);
        }
      }
    }
  } finally {
    await closeRenderer();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  const counts = Object.fromEntries(["plotly", "vega-lite"].map((library) => [library, charts.filter((c) => c.library === library).length]));
  console.log(`\n${runs} timed runs per figure and format (after one warm-up); figures: ${JSON.stringify(counts)}\n`);
  console.log(`load average at the end: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  console.log("library     format   median ms/figure   (node CPU ms)   target");
  for (const [key, samples] of [...timings].sort(([a], [b]) => a.localeCompare(b))) {
    const [library, format] = key.split("/");
    const target = targetsMs[key as keyof typeof targetsMs];
    const value = median(samples);
    const verdict = target === undefined ? "" : `≤ ${target} ms ${value <= target ? "ok" : "MISSED"}`;
    const cpu = median(cpuTimings.get(key) ?? []);
    console.log(`${library.padEnd(11)} ${format.padEnd(8)} ${value.toFixed(1).padStart(16)}   ${`(${cpu.toFixed(1)})`.padStart(13)}   ${verdict}`);
  }
  console.log(`\nwhole run: ${((performance.now() - runStarted) / 1000).toFixed(1)} s, including the browser start`);
}

main().catch((error: unknown) => {
  console.error(`bench:export: ${(error as Error).message}`);
  process.exitCode = 1;
});
