// npm run bench:notebooks -- [paths or globs]
// Runs the same notebooks with the project's runner (parallel) and with `jupyter nbconvert
// --to notebook --execute` one after another, and prints both wall times and their ratio.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { paths } from "../src/config/paths";
import { jupyterPython, projectJupyterEnv } from "../src/config/jupyter";
import { defaultNotebookGlob, runNotebooks } from "../src/runner";
import { ensureNotebookEnvironment } from "../src/runner/environment";
import { expandPaths } from "../src/runner/expand-paths";

function notebooksToRun(patterns: string[]): string[] {
  return expandPaths(patterns.length > 0 ? patterns : [path.join(paths.root, defaultNotebookGlob)], process.cwd());
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

async function main(): Promise<void> {
  const notebooks = notebooksToRun(process.argv.slice(2));
  // Build and kernel spec first, so that neither timing includes them.
  ensureNotebookEnvironment();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-notebooks-"));
  // The notebooks export figures: into the scratch folder, not the project's figures/ (both tools' kernels inherit it).
  process.env.SYRIA_FIGURES_DIR = path.join(out, "figures");
  console.log(`${notebooks.length} notebook(s), ${os.availableParallelism()} cores`);

  const runnerStart = performance.now();
  const results = await runNotebooks(notebooks, { outDir: path.join(out, "runner"), prepare: false });
  const runnerSeconds = seconds(runnerStart);
  const failed = results.filter((result) => !result.ok).length;
  console.log(`runner (parallel):        ${runnerSeconds.toFixed(1)} s${failed ? ` (${failed} failed)` : ""}`);

  const nbconvertStart = performance.now();
  for (const notebook of notebooks) {
    const args = ["-m", "nbconvert", "--to", "notebook", "--execute", "--output-dir", path.join(out, "nbconvert"), notebook];
    const result = spawnSync(jupyterPython, args, { env: projectJupyterEnv(), stdio: "ignore" });
    if (result.status !== 0) console.log(`  nbconvert failed on ${path.relative(process.cwd(), notebook)}`);
  }
  const nbconvertSeconds = seconds(nbconvertStart);
  console.log(`nbconvert (one by one):   ${nbconvertSeconds.toFixed(1)} s`);
  console.log(`runner / nbconvert:       ${(runnerSeconds / nbconvertSeconds).toFixed(2)} (target: at most 0.50)`);
  fs.rmSync(out, { recursive: true, force: true });
}

void main();
