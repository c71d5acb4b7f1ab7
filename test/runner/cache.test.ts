import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { paths, projectRoot } from "../../lib/src/config/paths";
import { runNotebooks, type NotebookResult, type RunOptions } from "../../lib/src/runner";
import { readEntry } from "../../lib/src/runner/execution-cache";
import { copyOfData, setCell } from "../helpers/data-copy";
import { fixtureCopy, temporaryProjectFolder } from "./fixtures";
import { scratchFolder } from "../helpers/scratch-folder";

// Real runs of small fixture notebooks, each step building on the cache the previous one left.
const dir = temporaryProjectFolder();
// The cache's own executions namespace (test/run.mjs gives each run an empty cache): the command
// run below, with the same SYRIA_CACHE_DIR, reads what this process wrote, as it reads a user's runs.
const cacheDir = paths.notebookCache;
const outDir = path.join(dir, "out");
const data = copyOfData();
for (const name of ["passing", "reads-talk-rounds", "reads-camps", "failing"]) fixtureCopy(name, dir);
const notebook = (name: string) => path.join(dir, `${name}.ipynb`);
const output = (name: string) => path.join(outDir, `${name}.ipynb`);
const three = ["passing", "reads-talk-rounds", "reads-camps"];

function run(names: string[], options: Partial<RunOptions> & { libraryHash?: string; force?: boolean } = {}): Promise<NotebookResult[]> {
  const { libraryHash = "library-1", force, ...rest } = options;
  return runNotebooks(names.map(notebook), { outDir, parameters: { dataDir: data }, prepare: false, jobs: 2, cache: { dir: cacheDir, libraryHash, force }, ...rest });
}

/** name → "skipped", or the reason it ran (with "failed: " when it failed). */
function outcomes(results: NotebookResult[]): Record<string, string> {
  return Object.fromEntries(
    results.map((result) => [path.basename(result.notebook, ".ipynb"), result.skippedSince ? "skipped" : `${result.ok ? "" : "failed: "}${result.reason}`]),
  );
}

function editCell(name: string, cellIndex: number, source: string): void {
  const content = JSON.parse(fs.readFileSync(notebook(name), "utf8"));
  content.cells[cellIndex].source = source;
  fs.writeFileSync(notebook(name), JSON.stringify(content));
}

describe("the execution cache", () => {
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("runs every notebook the first time, then skips them all but a failing one, and leaves their outputs untouched", async () => {
    const first = { passing: "no cache entry", "reads-talk-rounds": "no cache entry", "reads-camps": "no cache entry", failing: "failed: no cache entry" };
    assert.deepEqual(outcomes(await run([...three, "failing"])), first);
    assert.equal(readEntry(cacheDir, notebook("failing"), output("failing")), null, "a failing notebook is never cached");
    const before = three.map((name) => fs.statSync(output(name)).mtimeMs);
    const again = await run([...three, "failing"]);
    assert.deepEqual(outcomes(again), { passing: "skipped", "reads-talk-rounds": "skipped", "reads-camps": "skipped", failing: "failed: no cache entry" });
    assert.ok(again.filter((result) => result.ok).every((result) => !Number.isNaN(Date.parse(result.skippedSince!))));
    assert.deepEqual(three.map((name) => fs.statSync(output(name)).mtimeMs), before);
  });

  it("records the data files a notebook read, not the others", () => {
    const talk = readEntry(cacheDir, notebook("reads-talk-rounds"), output("reads-talk-rounds"))!;
    const files = Object.keys(talk.data).map((file) => path.basename(file));
    assert.ok(files.includes("talk_rounds.csv") && files.includes("sources.csv"), files.join(", "));
    assert.ok(!files.includes("camps.csv") && !files.includes("claims.csv"), files.join(", "));
    assert.deepEqual(readEntry(cacheDir, notebook("passing"), output("passing"))!.data, {});
  });

  it("reruns a notebook whose data file changed and one whose cell changed, and only those", async () => {
    setCell(data, "talk_rounds.csv", (row) => row.round_id === "astana-06", "city", "Astana (changed by a test)");
    editCell("passing", 2, "const count: number = camps.length;\ncount * 3");
    assert.deepEqual(outcomes(await run(three)), {
      passing: "cell 3 changed",
      "reads-talk-rounds": `data file ${path.join(data, "talk_rounds.csv")} changed`,
      "reads-camps": "skipped",
    });
  });

  it("reruns on a changed library, a changed parameter and --force", async () => {
    assert.deepEqual(outcomes(await run(["passing"], { libraryHash: "library-2" })), { passing: "library source changed" });
    const otherData = copyOfData();
    assert.deepEqual(outcomes(await run(["reads-camps"], { parameters: { dataDir: otherData } })), { "reads-camps": "parameters changed" });
    assert.deepEqual(outcomes(await run(["reads-camps"], { parameters: { dataDir: otherData }, force: true })), { "reads-camps": "--force" });
  });

  it("reruns a notebook whose executed copy was edited since", async () => {
    fs.appendFileSync(output("reads-talk-rounds"), "\n");
    assert.deepEqual(outcomes(await run(["reads-talk-rounds"])), { "reads-talk-rounds": `${path.relative(projectRoot, output("reads-talk-rounds"))} was changed or removed since its last run` });
  });

  it("keeps no entry for a run that was killed, and runs that notebook again", async () => {
    assert.notEqual(readEntry(cacheDir, notebook("passing"), output("passing")), null);
    editCell("passing", 2, "await new Promise<void>(() => undefined);");
    // The run's own temporary folder, to see what the killed run left there.
    const tmp = scratchFolder("killed-run-");
    const cli = spawn(process.execPath, ["--import", "tsx", "lib/src/cli/run-notebooks.ts", notebook("passing"), "--param", `dataDir=${data}`, "--out", outDir], {
      cwd: projectRoot,
      env: { ...process.env, SYRIA_CACHE_DIR: paths.cache, TMPDIR: tmp },
    });
    let stdout = "";
    cli.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    // Killed once its kernel starts (its connection folder is made): the run never finishes, and
    // leaves that folder behind unless it cleans up.
    const killOnceStarted = setInterval(() => {
      if (stdout.includes("running") && fs.readdirSync(tmp).some((name) => name.startsWith("kernel-"))) {
        clearInterval(killOnceStarted);
        cli.kill("SIGTERM");
      }
    }, 50);
    await new Promise<void>((resolve) => cli.on("exit", () => resolve()));
    clearInterval(killOnceStarted);
    assert.match(stdout, /running {2}.*passing\.ipynb \(cell 3 changed\)/);
    assert.equal(readEntry(cacheDir, notebook("passing"), output("passing")), null);
    // Nor the kernel's connection folder or the read log (tsx keeps its own cache there).
    assert.deepEqual(fs.readdirSync(tmp).filter((name) => /^(kernel|notebook-reads)-/.test(name)), []);
    fs.rmSync(tmp, { recursive: true, force: true });
    editCell("passing", 2, "const count: number = camps.length;\ncount * 3");
    assert.deepEqual(outcomes(await run(["passing"], { libraryHash: "library-2" })), { passing: "no cache entry" });
  });
});
