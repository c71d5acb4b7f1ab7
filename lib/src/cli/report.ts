/**
 * npm run report: renders the executed notebooks to HTML and builds the report in both
 * languages, figures/report.{en,id}.{html,pdf}, and figures/index.html choosing between them
 * (run the notebooks first: the figures' file links come from figures/manifest.json).
 */
import * as path from "node:path";
import { paths } from "../config/paths";
import { loadDataset } from "../datasets";
import { buildReport } from "../report";
import { defaultNotebookGlob } from "../runner";
import { expandPaths } from "../runner/expand-paths";
import { exitOnSignals } from "./exit-on-signals";

async function main(): Promise<void> {
  const notebooks = expandPaths([defaultNotebookGlob], paths.root);
  const result = await buildReport(loadDataset(), { notebooks });
  const written = [...Object.values(result.pages), ...Object.values(result.pdfs), result.page].map((file) => path.relative(process.cwd(), file));
  if (result.exported.length > 0) console.log(`exported ${result.exported.length} figures whose files were missing: ${result.exported.join(", ")}`);
  console.log(`report: ${written.join(", ")} (${result.figures} figures per language, ${result.notebookPages.length} notebook pages)`);
}

exitOnSignals();

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
