/**
 * npm run report: renders the executed notebooks to HTML and builds
 * figures/index.html from figures/manifest.json (run the notebooks first).
 */
import * as path from "node:path";
import { paths } from "../config/paths";
import { loadDataset } from "../datasets";
import { buildReport } from "../report";
import { defaultNotebookGlob } from "../runner";
import { expandPaths } from "../runner/expand-paths";

async function main(): Promise<void> {
  const notebooks = expandPaths([defaultNotebookGlob], paths.root);
  const result = await buildReport(loadDataset(), { notebooks });
  console.log(`report: ${path.relative(process.cwd(), result.page)} (${result.figures} figures, ${result.notebookPages.length} notebook pages)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
