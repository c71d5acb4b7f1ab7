import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { parameterisedOutput } from "../../lib/src/runner/run-notebooks";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixtureCopy, readNotebook, streamText, temporaryFolder } from "./fixtures";

/** The CLI, run to its end: exit code and what it printed. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/src/cli/run-notebooks.ts", ...args], { cwd: projectRoot });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (status) => resolve({ status, stdout })));
}

describe("parameterised runs leave the source notebook as it was", () => {
  it("name their output after the parameters, in runs/ beside the source", () => {
    assert.equal(parameterisedOutput("/p/notebooks/03-talk-rounds.ipynb", { lang: "id" }), "/p/notebooks/runs/lang-id/03-talk-rounds.ipynb");
    assert.equal(parameterisedOutput("/p/a.ipynb", { year: 2018, camps: ["gov", "opp"] }), "/p/runs/year-2018.camps-gov_opp/a.ipynb");
    const long = parameterisedOutput("/p/a.ipynb", { note: "x".repeat(200) });
    assert.ok(path.basename(path.dirname(long)).length < 80, long);
    assert.notEqual(long, parameterisedOutput("/p/a.ipynb", { note: "x".repeat(199) }), "distinct long values get distinct folders");
  });

  // Both runs take the same notebook from the same folder: the second kernel's cells, the same
  // as the first's, come from the conversion cache (kept per kernel folder).
  const dir = temporaryFolder();

  it("by default the executed notebook goes to runs/<parameters>/ and the source keeps its defaults", async () => {
    const source = fixtureCopy("parameters", dir);
    const before = fs.readFileSync(source, "utf8");
    const run = await cli([source, "--param", "lang=id", "--no-cache"]);
    assert.equal(run.status, 0, run.stdout);
    assert.equal(fs.readFileSync(source, "utf8"), before, "the source notebook is unchanged");
    const cells = codeCells(readNotebook(path.join(dir, "runs", "lang-id", "parameters.ipynb")));
    assert.deepEqual(cells[1]!.metadata.tags, ["injected-parameters"]);
    assert.equal(JSON.parse(streamText(cells[2]!, "stdout")).lang, "id");
  });

  it("with --in-place (inPlace), the source itself takes the run and its injected cell", async () => {
    const source = fixtureCopy("parameters", dir, "in-place");
    const runs = () => (fs.existsSync(path.join(dir, "runs")) ? fs.readdirSync(path.join(dir, "runs"), { recursive: true }).sort() : []);
    const runsBefore = runs();
    const [result] = await runNotebooks([source], { parameters: { lang: "id" }, inPlace: true, prepare: false });
    assert.equal(result!.output, source);
    assert.deepEqual(codeCells(readNotebook(source))[1]!.metadata.tags, ["injected-parameters"]);
    assert.deepEqual(runs(), runsBefore, "nothing written to runs/");
  });
});
