import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, test } from "node:test";
import { scratchFolder } from "../helpers/scratch-folder";

// nb.export writes to the project's figures folder: this process points it elsewhere before
// the library reads its paths (imports are loaded in the test, after this line).
const figures = scratchFolder("notebook-export-");
process.env.SYRIA_FIGURES_DIR = figures;
after(() => fs.rmSync(figures, { recursive: true, force: true }));

test("nb.export writes every chart it can, in the order given, then throws the failure of the one it cannot", async () => {
  const { openNotebook } = await import("../../lib/src/notebook/open-notebook");
  const { asChart } = await import("../../lib/src/charts/own-chart");
  const { readManifest } = await import("../../lib/src/export/manifest");
  const { closeRenderer } = await import("../../lib/src/render");
  const nb = openNotebook("export-check", { formats: ["svg", "json"] });
  const bar = (title: string) => ({ data: [{ type: "bar" as const, x: ["a", "b"], y: [1, 2] }], layout: { title: { text: title } } });
  const broken = asChart({ mark: "no-such-mark", data: { values: [] } } as never, { id: "broken-chart" });

  const printed: string[] = [];
  const log = console.log;
  console.log = (line: string) => printed.push(line);
  try {
    await assert.rejects(nb.export(bar("First chart"), broken, bar("Third chart")), /"broken-chart"/);
  } finally {
    console.log = log;
    await closeRenderer();
  }

  assert.deepEqual(printed, ["first-chart: first-chart.svg, first-chart.json", "third-chart: third-chart.svg, third-chart.json"]);
  assert.deepEqual(fs.readdirSync(figures).sort(), ["first-chart.json", "first-chart.svg", "manifest.json", "third-chart.json", "third-chart.svg"]);
  const manifest = readManifest(path.join(figures, "manifest.json"));
  assert.deepEqual(manifest.figures.map((figure) => [figure.id, figure.madeBy]), [["first-chart", "notebooks/export-check.ipynb"], ["third-chart", "notebooks/export-check.ipynb"]]);
  assert.match(fs.readFileSync(path.join(figures, "third-chart.svg"), "utf8"), /Third chart/);
});
