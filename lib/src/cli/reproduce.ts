/**
 * npm run reproduce: the whole pipeline in one command, after the set-up step:
 * validate the data, execute every notebook whose inputs changed (each exports its
 * figures), export any chart no notebook exported, render the notebooks and build the
 * report. With nothing changed it only checks, in about a second.
 *
 *   npm run reproduce -- [--lang en|id] [--jobs N] [--force] [--out DIR]
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { paths } from "../config/paths";
// From their own files: the datasets index also loads danfojs, seconds that a run with nothing to do need not pay.
import { validateDataset } from "../datasets/load";
import { validationSummary } from "../datasets/summary";
import { writeFileAtomic } from "../files/atomic-write";
import { warmRenderService } from "../render/static";
import { progressLines, runNotebooks, summaryLines, type NotebookResult } from "../runner";
import { exitOnSignals } from "./exit-on-signals";

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`);
const relative = (file: string) => path.relative(process.cwd(), file) || ".";

/** Where the inputs of the last report build are kept, beside the notebooks' cache entries. */
const reportStamp = path.join(paths.notebookCache, "report-inputs.sha256");

/**
 * Everything the figures step and the report read: the manifest, the executed notebooks,
 * the data, the library build and the language. When it is as at the last build and the
 * report is there, both steps are skipped.
 */
function reportInputs(results: NotebookResult[], lang: string): string {
  const hash = createHash("sha256").update(`lang ${lang}\n`);
  const dataFiles = fs.readdirSync(paths.data).filter((name) => name.endsWith(".csv")).sort().map((name) => path.join(paths.data, name));
  for (const file of [paths.figureManifest, paths.libBuildStamp, ...results.map((result) => result.output), ...dataFiles]) {
    hash.update(`${file}\n`).update(fs.existsSync(file) ? fs.readFileSync(file) : "missing").update("\n");
  }
  return hash.digest("hex");
}

async function exportMissingFigures(lang: "en" | "id"): Promise<void> {
  const [{ allCharts }, { loadDataset }, { exportFigure, readManifest }] = await Promise.all([import("../charts"), import("../datasets"), import("../export")]);
  const exported = new Set(readManifest(paths.figureManifest).figures.map((figure) => figure.id));
  const missing = allCharts(loadDataset(), lang).filter((chart) => !exported.has(chart.meta.id));
  for (const chart of missing) {
    await exportFigure(chart, { madeBy: "lib/src/cli/reproduce.ts" });
    console.log(`exported ${chart.meta.id}`);
  }
  console.log(missing.length === 0 ? "none: the notebooks exported every chart" : `${missing.length} exported`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { lang: { type: "string" }, jobs: { type: "string" }, force: { type: "boolean", default: false }, out: { type: "string" } } });
  if (values.lang !== undefined && values.lang !== "en" && values.lang !== "id") throw new Error(`--lang takes en or id, got "${values.lang}"`);
  const lang = values.lang ?? "en";

  step(1, "Validating the datasets");
  const validation = validateDataset();
  console.log(validationSummary(validation).join("\n"));
  if (validation.issues.length > 0) return 1;

  step(2, "Running the notebooks whose inputs changed (each exports its figures)");
  const results = await runNotebooks([], {
    // Only an explicit --lang is injected: by default the notebooks keep their own defaults, unchanged.
    parameters: values.lang ? { lang: values.lang } : {},
    jobs: values.jobs ? Number(values.jobs) : undefined,
    outDir: values.out,
    cache: { dir: paths.notebookCache, force: values.force },
    // The npm script has just run the set-up (build and kernel spec).
    prepare: false,
    onProgress: (event) => {
      // A notebook is about to run: its charts' static images will need the render service warm.
      if (event.type === "running") warmRenderService();
      console.log(progressLines(event).join("\n"));
    },
  });
  console.log(summaryLines(results, (performance.now() - started) / 1000).join("\n"));
  const failed = results.filter((result) => !result.ok);

  const before = reportInputs(results, lang);
  const reportPage = path.join(paths.figures, "report.en.pdf");
  if (!values.force && failed.length === 0 && fs.existsSync(reportPage) && fs.existsSync(reportStamp) && fs.readFileSync(reportStamp, "utf8").trim() === before) {
    step(3, "Figures and report: unchanged since the last build, skipped");
  } else {
    step(3, "Exporting the figures no notebook exported");
    await exportMissingFigures(lang);
    step(4, "Building the report");
    const [{ buildReport }, { loadDataset }] = await Promise.all([import("../report"), import("../datasets")]);
    const report = await buildReport(loadDataset(), { notebooks: results.map((result) => result.output) });
    console.log(`${report.figures} figures per language, ${report.notebookPages.length} notebook pages`);
    if (failed.length === 0) writeFileAtomic(reportStamp, `${reportInputs(results, lang)}\n`);
  }

  console.log(`\nDone in ${elapsed()}${failed.length > 0 ? `, with ${failed.length} failed notebook(s)` : ""}.`);
  console.log(`  executed notebooks: ${relative(values.out ? path.resolve(values.out) : paths.notebooks)}/`);
  console.log(`  figures:            ${relative(paths.figures)}/ (manifest: ${relative(paths.figureManifest)})`);
  console.log(`  notebook pages:     ${relative(path.join(paths.figures, "notebooks"))}/`);
  console.log(`  report:             ${relative(path.join(paths.figures, "report.en.html"))}, report.id.html, report.en.pdf, report.id.pdf (chooser: index.html)`);
  return failed.length > 0 ? 1 : 0;
}

exitOnSignals();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
