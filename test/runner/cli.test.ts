import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder } from "./fixtures";

const out = temporaryFolder();
// As the README says to run it: the npm script, its set-up check and the compiled command.
const cli = spawnSync(
  "npm",
  ["run", "--silent", "notebooks", "--", fixture("failing"), fixture("passing"), fixture("parameters"), "--param", "year=2018", "--param", "lang=id", "--jobs", "2", "--out", out, "--no-cache"],
  { cwd: projectRoot, encoding: "utf8" },
);

test("the CLI exits non-zero when a notebook fails, and still runs and reports the others", () => {
  assert.equal(cli.status, 1, cli.stderr);
  for (const name of ["failing", "passing", "parameters"]) assert.match(cli.stdout, new RegExp(`running  .*${name}\\.ipynb`));
  assert.match(cli.stdout, /ok {7}.*passing\.ipynb \(\d+\.\d s\)/);
  assert.match(cli.stdout, /ok {7}.*parameters\.ipynb/);
  assert.match(cli.stdout, /failed {3}.*failing\.ipynb \(\d+\.\d s\)/);
  assert.match(cli.stdout, /cell 2 \(error\): Error: the data check failed/);
  assert.match(cli.stdout, /line 3: throw new Error\("the data check failed"\);/);
  assert.match(cli.stdout, /3 notebook\(s\): 2 ok, 1 failed/);
});

test("a failing cell keeps its error as output and stops the notebook", () => {
  const cells = codeCells(readNotebook(path.join(out, "failing.ipynb")));
  assert.deepEqual(cells.map((cell) => cell.execution_count), [1, 2, null]);
  assert.match(streamText(cells[1], "stderr"), /Error: the data check failed/);
  assert.ok(cells[1].outputs.some((output) => output.output_type === "error" && output.evalue === "Error: the data check failed"));
  assert.deepEqual(cells[2].outputs, [], "the cell after the failure did not run");
  const text = fs.readFileSync(path.join(out, "failing.ipynb"), "utf8");
  assert.ok(!text.includes(projectRoot), "no absolute path of this machine in the saved notebook");
});

test("--param values go into an injected-parameters cell after the parameters cell, and are used", () => {
  const notebook = readNotebook(path.join(out, "parameters.ipynb"));
  const cells = codeCells(notebook);
  assert.deepEqual(cells[1].metadata.tags, ["injected-parameters"]);
  assert.deepEqual(cells[1].outputs, [], "the injected cell prints nothing");
  assert.deepEqual(cells.map((cell) => cell.execution_count), [1, 2, 3]);
  assert.deepEqual(JSON.parse(streamText(cells[2], "stdout")), { year: 2018, lang: "id", camps: ["government"] });
});

test("an executed notebook is valid nbformat 4.5 with real counts, and a rerun is byte-identical", async () => {
  const first = fs.readFileSync(path.join(out, "passing.ipynb"), "utf8");
  const notebook = readNotebook(path.join(out, "passing.ipynb"));
  assert.equal(notebook.nbformat_minor, 5);
  assert.ok(notebook.cells.every((cell) => typeof cell.id === "string" && cell.id.length > 0));
  const cells = codeCells(notebook);
  assert.deepEqual(cells.map((cell) => cell.execution_count), [1, 2]);
  assert.equal(streamText(cells[0], "stdout"), "government, opposition\n");
  await runNotebooks([path.join(out, "passing.ipynb")], { prepare: false });
  assert.equal(fs.readFileSync(path.join(out, "passing.ipynb"), "utf8"), first);
});
