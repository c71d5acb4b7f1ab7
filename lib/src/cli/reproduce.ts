/**
 * npm run reproduce: the whole pipeline in one command, after the set-up step:
 * validate the data, execute every notebook (each exports its figures), export
 * any chart no notebook exported, render the notebooks and build the report.
 *
 *   npm run reproduce -- [--lang en|id] [--jobs N]
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { allCharts } from "../charts";
import { paths } from "../config/paths";
import { loadDataset, validateDataset, validationSummary } from "../datasets";
import { closeRenderer, exportFigure, readManifest } from "../export";
import { buildReport } from "../report";
import { progressLines, runNotebooks, summaryLines } from "../runner";

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`);
const relative = (file: string) => path.relative(process.cwd(), file) || ".";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { lang: { type: "string" }, jobs: { type: "string" } } });
  if (values.lang !== undefined && values.lang !== "en" && values.lang !== "id") throw new Error(`--lang takes en or id, got "${values.lang}"`);
  const lang = values.lang ?? "en";

  step(1, "Validating the datasets");
  const validation = validateDataset();
  console.log(validationSummary(validation).join("\n"));
  if (validation.issues.length > 0) return 1;
  const dataset = loadDataset();

  step(2, "Running every notebook headlessly (each exports its figures)");
  const results = await runNotebooks([], {
    // Only an explicit --lang is injected: by default the notebooks keep their own defaults, unchanged.
    parameters: values.lang ? { lang: values.lang } : {},
    jobs: values.jobs ? Number(values.jobs) : undefined,
    onProgress: (event) => console.log(progressLines(event).join("\n")),
  });
  console.log(summaryLines(results, (performance.now() - started) / 1000).join("\n"));

  step(3, "Exporting the figures no notebook exported");
  const exported = new Set(readManifest(paths.figureManifest).figures.map((figure) => figure.id));
  const missing = allCharts(dataset, lang).filter((chart) => !exported.has(chart.meta.id));
  try {
    for (const chart of missing) {
      await exportFigure(chart, chart.meta.id, { madeBy: "lib/src/cli/reproduce.ts" });
      console.log(`exported ${chart.meta.id}`);
    }
  } finally {
    await closeRenderer();
  }
  console.log(missing.length === 0 ? "none: the notebooks exported every chart" : `${missing.length} exported`);

  step(4, "Building the report");
  const report = await buildReport(dataset, { notebooks: results.map((result) => result.output) });
  console.log(`${report.figures} figures, ${report.notebookPages.length} notebook pages`);

  const failed = results.filter((result) => !result.ok);
  console.log(`\nDone in ${elapsed()}${failed.length > 0 ? `, with ${failed.length} failed notebook(s)` : ""}.`);
  console.log(`  executed notebooks: ${relative(paths.notebooks)}/`);
  console.log(`  figures:            ${relative(paths.figures)}/ (manifest: ${relative(paths.figureManifest)})`);
  console.log(`  notebook pages:     ${relative(path.join(paths.figures, "notebooks"))}/`);
  console.log(`  report:             ${relative(report.page)}`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
