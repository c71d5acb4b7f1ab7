/**
 * Snapshot test of every committed figure, as Observable Plot tests its charts:
 * each chart of the library, in each language, is built from the real data and
 * exported through exportFigure (the notebooks' path) to a scratch folder; every
 * file must equal figures/<id>.<format> byte for byte. A changed file is written
 * beside its golden as figures/<id>.changed.<format> (gitignored) for review;
 * copy it over the golden, or run `npm run figures`, when the change is wanted.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer, exportFigure, type FigureFormat } from "../../lib/src/export";
import { scratchFolder } from "../helpers/scratch-folder";

/** The committed figures: the project's figures/ folder, whatever SYRIA_FIGURES_DIR says. */
const goldenDir = path.resolve(__dirname, "..", "..", "figures");
const formats: FigureFormat[] = ["svg", "png", "pdf", "json"];
const data = loadDataset();

describe("every committed figure is what the code draws today", () => {
  const scratch = scratchFolder("figures-snapshot-");
  after(async () => {
    await closeRenderer();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  for (const lang of ["en", "id"] as const) {
    for (const chart of allCharts(data, lang)) {
      it(`${chart.meta.id} (${formats.join(", ")})`, async () => {
        const result = await exportFigure(chart, { madeBy: "test/export/figures-snapshot.test.ts", formats, outDir: scratch, manifestPath: path.join(scratch, "manifest.json") });
        const changed: string[] = [];
        for (const file of result.files) {
          const golden = path.join(goldenDir, file.name);
          const fresh = fs.readFileSync(file.path);
          const review = path.join(goldenDir, file.name.replace(/\.([a-z]+)$/, ".changed.$1"));
          if (fs.existsSync(golden) && fresh.equals(fs.readFileSync(golden))) {
            fs.rmSync(review, { force: true });
            continue;
          }
          fs.writeFileSync(review, fresh);
          changed.push(`${path.relative(process.cwd(), golden)}${fs.existsSync(golden) ? "" : " (missing)"} → ${path.relative(process.cwd(), review)}`);
        }
        assert.deepEqual(changed, [], `figures differ from the committed ones; review the .changed files:\n${changed.join("\n")}`);
      });
    }
  }
});
