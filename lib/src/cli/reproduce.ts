/**
 * npm run reproduce: the whole pipeline in one command, after the set-up step:
 * validate the data (and bring data/datapackage.json in line with the schemas), execute
 * every notebook whose inputs changed (each exports its figures), bring every figure of
 * both languages up to date (only those whose chart changed are drawn and written),
 * render the notebooks and build the report. With nothing changed it only checks, in
 * about a second; what it could not bring up to date it names at the end (docs/pipeline.md).
 *
 *   npm run reproduce -- [--lang en|id] [--jobs N] [--force] [--out DIR]
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { paths } from "../config/paths";
// From their own files: the datasets index also loads danfojs, seconds that a run with nothing to do need not pay.
import { updateDataPackage } from "../datasets/datapackage";
import { validateDataset } from "../datasets/load";
import { validationSummary } from "../datasets/summary";
import { writeFileAtomic } from "../files/atomic-write";
import { warmRenderService } from "../render/static";
import { progressLines, runNotebooks, summaryLines, type NotebookResult } from "../runner";
import type { ChartExportOutcome } from "../export/export-charts";
import { exitOnSignals } from "./exit-on-signals";

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`);
const relative = (file: string) => path.relative(process.cwd(), file) || ".";

/** Where the inputs of the last report build are kept, beside the notebooks' cache entries. */
const reportStamp = path.join(paths.notebookCache, "report-inputs.sha256");

/** The report's pages, as buildReport writes them: when one is missing, the report is built again. */
const reportPages = ["index.html", "report.en.html", "report.id.html", "report.en.pdf", "report.id.pdf"].map((name) => path.join(paths.figures, name));

/**
 * Everything the figures step and the report read, and what they wrote: the manifest, the
 * executed notebooks, the data, the library build, the language, and each figure file's size
 * and time stamp (a figure file removed or edited since is exported again). When it is as at
 * the last build and the report is there, both steps are skipped.
 */
function reportInputs(results: NotebookResult[], lang: string): string {
  const hash = createHash("sha256").update(`lang ${lang}\n`);
  const dataFiles = fs.readdirSync(paths.data).filter((name) => name.endsWith(".csv")).sort().map((name) => path.join(paths.data, name));
  for (const file of [paths.figureManifest, paths.libBuildStamp, ...results.map((result) => result.output), ...dataFiles]) {
    hash.update(`${file}\n`).update(fs.existsSync(file) ? fs.readFileSync(file) : "missing").update("\n");
  }
  for (const file of figureFiles()) {
    const stats = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${file} ${stats ? `${stats.size} ${stats.mtimeMs}` : "missing"}\n`);
  }
  return hash.digest("hex");
}

/** The files the manifest lists, read without the export module (and the danfojs it loads). */
function figureFiles(): string[] {
  if (!fs.existsSync(paths.figureManifest)) return [];
  try {
    const manifest = JSON.parse(fs.readFileSync(paths.figureManifest, "utf8")) as { figures?: Array<{ files?: Array<{ name?: unknown }> }> };
    return (manifest.figures ?? []).flatMap((figure) => (figure.files ?? []).map((file) => path.join(paths.figures, String(file.name))));
  } catch {
    // The figures step reads it again and names the problem.
    return [];
  }
}

/** Exports every chart in both languages, each only if its files are not as its chart makes them; returns the ids of those that failed. */
async function updateFigures(): Promise<string[]> {
  const [{ loadDataset }, { exportAllCharts }] = await Promise.all([import("../datasets"), import("../export")]);
  const outcomes = await exportAllCharts(loadDataset(), {
    madeBy: "lib/src/cli/reproduce.ts",
    onFigure: (outcome) => {
      if (outcome.status === "changed") console.log(`updated  ${outcome.id} (${outcome.seconds.toFixed(1)} s)`);
      if (outcome.status === "failed") console.log(`failed   ${outcome.id}: ${outcome.error.message}`);
    },
  });
  const count = (status: ChartExportOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  console.log(`${outcomes.length} figures (English and Indonesian): ${count("changed")} updated, ${count("unchanged")} already up to date${count("failed") ? `, ${count("failed")} FAILED (their previous files are kept)` : ""}`);
  return outcomes.filter((outcome) => outcome.status === "failed").map((outcome) => outcome.id);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { lang: { type: "string" }, jobs: { type: "string" }, force: { type: "boolean", default: false }, out: { type: "string" } } });
  if (values.lang !== undefined && values.lang !== "en" && values.lang !== "id") throw new Error(`--lang takes en or id, got "${values.lang}"`);
  const lang = values.lang ?? "en";

  step(1, "Validating the datasets");
  const validation = validateDataset();
  console.log(validationSummary(validation).join("\n"));
  if (validation.issues.length > 0) return 1;
  if (updateDataPackage(paths.dataPackage)) console.log(`${relative(paths.dataPackage)}: updated from the table schemas`);

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
  let failedFigures: string[] = [];
  if (!values.force && failed.length === 0 && reportPages.every((page) => fs.existsSync(page)) && fs.existsSync(reportStamp) && fs.readFileSync(reportStamp, "utf8").trim() === before) {
    step(3, "Figures and report: unchanged since the last build, skipped");
  } else {
    step(3, "Bringing every figure of both languages up to date");
    failedFigures = await updateFigures();
    step(4, "Building the report");
    const [{ buildReport }, { loadDataset }] = await Promise.all([import("../report"), import("../datasets")]);
    const report = await buildReport(loadDataset(), { notebooks: results.map((result) => result.output) });
    console.log(`${report.figures} figures per language, ${report.notebookPages.length} notebook pages`);
    if (failed.length === 0 && failedFigures.length === 0) writeFileAtomic(reportStamp, `${reportInputs(results, lang)}\n`);
  }

  const stale = [
    ...failed.map((result) => `${relative(result.output)}: the notebook failed (see above): its executed copy and its page in the report show no complete run`),
    ...failedFigures.map((id) => `${relative(path.join(paths.figures, id))}.*: the export failed, the files are from an earlier export and the report shows them`),
  ];
  if (stale.length > 0) {
    console.log(`\nNot up to date (${stale.length}); the next run tries again:`);
    for (const line of stale) console.log(`  ${line}`);
  }
  console.log(`\nDone in ${elapsed()}${stale.length > 0 ? `, with ${failed.length} failed notebook(s) and ${failedFigures.length} failed figure(s)` : ""}.`);
  console.log(`  executed notebooks: ${relative(values.out ? path.resolve(values.out) : paths.notebooks)}/`);
  console.log(`  figures:            ${relative(paths.figures)}/ (manifest: ${relative(paths.figureManifest)})`);
  console.log(`  notebook pages:     ${relative(path.join(paths.figures, "notebooks"))}/`);
  console.log(`  report:             ${relative(path.join(paths.figures, "report.en.html"))}, report.id.html, report.en.pdf, report.id.pdf (chooser: index.html)`);
  return stale.length > 0 ? 1 : 0;
}

exitOnSignals();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
