import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { jupyterPython, projectJupyterEnv } from "../../lib/src/config/jupyter";
import { codeCells, fixture, readNotebook, temporaryFolder } from "./fixtures";

const notebooks = ["passing", "parameters", "charts"];

test("the fixture notebooks also run through real Jupyter (nbconvert --execute) on the project's kernel spec", () => {
  const out = temporaryFolder();
  const result = spawnSync(jupyterPython, ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120", "--output-dir", out, ...notebooks.map(fixture)], {
    env: projectJupyterEnv(),
    encoding: "utf8",
  });
  // nbclient raises on an execute_reply with status "error": a failing cell fails the command.
  assert.equal(result.status, 0, result.stderr);
  for (const name of notebooks) {
    const cells = codeCells(readNotebook(path.join(out, `${name}.ipynb`)));
    assert.ok(cells.every((cell) => !cell.outputs.some((output) => output.output_type === "error" || (output.output_type === "stream" && output.name === "stderr"))), `${name}: no cell failed`);
  }
});

test("the runner saves the same outputs as Jupyter for the same notebook", async () => {
  const out = temporaryFolder();
  const jupyter = spawnSync(jupyterPython, ["-m", "nbconvert", "--to", "notebook", "--execute", "--output-dir", out, "--output", "by-jupyter", fixture("passing")], { env: projectJupyterEnv(), encoding: "utf8" });
  assert.equal(jupyter.status, 0, jupyter.stderr);
  const [ours] = await runNotebooks([fixture("passing")], { outDir: out, prepare: false });
  const outputs = (file: string) => codeCells(readNotebook(file)).map((cell) => cell.outputs);
  assert.deepEqual(outputs(ours.output), outputs(path.join(out, "by-jupyter.ipynb")));
});
