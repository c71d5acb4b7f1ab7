import assert from "node:assert/strict";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder } from "../runner/fixtures";

test("a misspelt Plotly trace type is a type error in the cell, naming the line, before anything runs", async () => {
  const [result] = await runNotebooks([fixture("misspelt-plotly")], { outDir: temporaryFolder(), prepare: false, timeoutSeconds: 120 });
  assert.equal(result.ok, false, "the notebook must fail");
  const misspelt = codeCells(readNotebook(fixture("misspelt-plotly")))[1];
  const source = [misspelt.source].flat().join("");
  // TypeScript places the error of a call at the call.
  const line = source.split("\n").findIndex((text) => text.startsWith("show(")) + 1;
  assert.equal(result.failure?.cellNumber, 3);
  assert.equal(result.failure?.sourceLine?.line, line);
  const saved = codeCells(readNotebook(result.output))[1];
  assert.match(streamText(saved, "stderr"), /Type '"barr"' is not assignable to type 'PlotType'. Did you mean '"bar"'\?/);
  assert.equal(saved.outputs.filter((output) => output.output_type === "display_data").length, 0, "nothing was drawn");
});
