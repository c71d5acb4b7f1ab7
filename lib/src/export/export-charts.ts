import * as fs from "node:fs";
import * as path from "node:path";
import { paths } from "../config/paths";
import { allCharts } from "../charts/all-charts";
import type { ChartData } from "../charts/data";
import type { Chart, Lang } from "../vocabulary";
import { exportFigure, type ExportOptions, type ExportResult } from "./export-figure";
import { readManifest } from "./manifest";

/** What became of one chart in {@link exportCharts}. */
export type ChartExportOutcome =
  | { id: string; status: "changed" | "unchanged"; files: ExportResult["files"]; seconds: number }
  | { id: string; status: "failed"; error: Error; seconds: number };

/** Options of {@link exportCharts}: those of every figure's export, and a report of each outcome as it comes. */
export interface ExportChartsOptions extends Pick<ExportOptions, "madeBy" | "formats" | "outDir" | "pngScale"> {
  /** Called with each figure's outcome as soon as it is known (figures finish in any order). */
  onFigure?: (outcome: ChartExportOutcome) => void;
}

/**
 * Exports every chart, each only if its files are not already as the chart makes them
 * (exportFigure's export records: an unchanged chart is neither rendered nor written), and says
 * which figures' files changed: "changed" when the manifest entry's files or their time stamps
 * differ from before the export (a figure first exported, whose data, labels or renderers
 * changed, or one of whose files had been removed or edited). A chart
 * that fails keeps its previous files and does not stop the others.
 */
export async function exportCharts(charts: readonly Chart[], options: ExportChartsOptions = {}): Promise<ChartExportOutcome[]> {
  const { onFigure, ...exportOptions } = options;
  const outDir = options.outDir ?? paths.figures;
  const before = new Map(readManifest(path.join(outDir, "manifest.json")).figures.map((entry) => [entry.id, fingerprint(outDir, entry.files)]));
  // All at once, as a notebook's export: the render service draws one chart while it writes another's PNG and PDF.
  return Promise.all(
    charts.map(async (chart): Promise<ChartExportOutcome> => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      let outcome: ChartExportOutcome;
      try {
        const result = await exportFigure(chart, exportOptions);
        outcome = { id: result.id, status: before.get(result.id) === fingerprint(outDir, result.files) ? "unchanged" : "changed", files: result.files, seconds: seconds() };
      } catch (error) {
        outcome = { id: chart.meta.id, status: "failed", error: error instanceof Error ? error : new Error(String(error)), seconds: seconds() };
      }
      onFigure?.(outcome);
      return outcome;
    }),
  );
}

/**
 * A figure's files as recorded (name and hash) and as on disk (time stamp, or "missing"): a file
 * written again with the same bytes, e.g. one that had been removed, counts as a change too.
 */
function fingerprint(outDir: string, files: ReadonlyArray<{ name: string; sha256: string }>): string {
  return files.map((file) => `${file.name} ${file.sha256} ${fs.statSync(path.join(outDir, file.name), { throwIfNoEntry: false })?.mtimeMs ?? "missing"}`).join("\n");
}

/**
 * Every chart of the library (allCharts) in each language, through {@link exportCharts}: what
 * `npm run reproduce` and `npm run figures` export, so that the Indonesian figures, which no
 * notebook exports by default, follow the data as the English ones do.
 */
export function exportAllCharts(data: ChartData, options: ExportChartsOptions & { langs?: readonly Lang[] } = {}): Promise<ChartExportOutcome[]> {
  const { langs = bothLanguages, ...exportOptions } = options;
  return exportCharts(langs.flatMap((lang) => allCharts(data, lang)), exportOptions);
}

const bothLanguages: readonly Lang[] = ["en", "id"];
