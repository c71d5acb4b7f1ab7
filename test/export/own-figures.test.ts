/**
 * An analyst's own figure: exported with only what the analyst said about it (no title made
 * up in the other language), a warning when it cites no source, and an id that can only name
 * a file inside the figures folder.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it, mock } from "node:test";
import { talkRoundsTimelineChart } from "../../lib/src/charts";
import type { PlotlyFigureInput } from "../../lib/src/charts/own-chart";
import { loadDataset } from "../../lib/src/datasets";
import { exportFigure, readManifest } from "../../lib/src/export";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "own-figures-"));
const figure: PlotlyFigureInput = { data: [{ type: "bar", x: ["Astana", "Geneva"], y: [2, 1] }], layout: { title: { text: "Rounds in 2017" } } };
/** Formats that need no renderer: what is tested here happens before any drawing. */
const formats = ["json"] as const;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();
}

/** Runs `action` with console.warn recorded instead of printed; returns what was warned. */
async function warnings(action: () => Promise<unknown>): Promise<string[]> {
  const warn = mock.method(console, "warn", () => {});
  try {
    await action();
    return warn.mock.calls.map((call) => String(call.arguments[0]));
  } finally {
    warn.mock.restore();
  }
}

after(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("an analyst's own figure", () => {
  it("titled in English only: the manifest and the chart carry no Indonesian title", async () => {
    const outDir = path.join(scratch, "english-only");
    await exportFigure(figure, { outDir, formats, sourceIds: ["art-p03"] });
    await exportFigure(figure, { outDir, formats, id: "described", title: "Rounds per track", sourceIds: ["art-p03"] });
    await exportFigure(figure, { outDir, formats, id: "indonesian", title: { id: "Putaran per jalur" }, lang: "id", sourceIds: ["art-p03"] });
    const titles = Object.fromEntries(readManifest(path.join(outDir, "manifest.json")).figures.map((entry) => [entry.id, entry.title]));
    assert.deepEqual(titles, {
      "rounds-in-2017": { en: "Rounds in 2017", id: "" },
      described: { en: "Rounds per track", id: "" },
      indonesian: { en: "", id: "Putaran per jalur" },
    });
    const saved = JSON.parse(fs.readFileSync(path.join(outDir, "rounds-in-2017.json"), "utf8")) as { meta: { title: unknown } };
    assert.deepEqual(saved.meta.title, { en: "Rounds in 2017", id: "" });
  });

  it("a chart of the library keeps both its titles", async () => {
    const outDir = path.join(scratch, "library");
    const chart = talkRoundsTimelineChart(loadDataset());
    await exportFigure(chart, { outDir, formats });
    const [entry] = readManifest(path.join(outDir, "manifest.json")).figures;
    assert.deepEqual(entry!.title, chart.meta.title);
    assert.ok(entry!.title.en !== "" && entry!.title.id !== "" && entry!.title.en !== entry!.title.id);
  });

  it("citing no source, it is exported with a warning that asks for its sourceIds", async () => {
    const outDir = path.join(scratch, "uncited");
    const warned = await warnings(() => exportFigure(figure, { outDir, formats }));
    assert.equal(warned.length, 1, warned.join("\n"));
    assert.match(warned[0]!, /"rounds-in-2017" cites no source.*sourceIds.*sources\.csv/);
    assert.deepEqual(filesUnder(outDir), ["manifest.json", "rounds-in-2017.json"], "still exported");
    assert.deepEqual(await warnings(() => exportFigure(figure, { outDir, formats, sourceIds: ["art-p03"] })), [], "no warning once it cites a source");
  });
});

describe("figure ids and file names from outside", () => {
  const hostile = [
    "../../x",
    "..",
    "../figures-sibling",
    "a/b",
    "/etc/passwd",
    "a\\b",
    "..\\..\\x",
    "x\0y",
    "x\n",
    "Rounds",
    "rounds per year",
    "ronde-é",
    "-rounds",
    "rounds.svg",
    "%2e%2e%2fx",
    "",
    "x".repeat(101),
  ];

  for (const id of hostile) {
    it(`id ${JSON.stringify(id)} is refused with an error naming it, and nothing is written`, async () => {
      const root = fs.mkdtempSync(path.join(scratch, "hostile-"));
      const outDir = path.join(root, "figures", "own");
      fs.mkdirSync(outDir, { recursive: true });
      await assert.rejects(exportFigure(figure, { outDir, id, formats: ["json", "html"], sourceIds: ["art-p03"] }), (error: unknown) => {
        assert.ok(error instanceof TypeError, String(error));
        assert.ok(error.message.includes(JSON.stringify(id)), error.message);
        assert.match(error.message, /cannot name a figure file: use lower-case letters, digits and hyphens/);
        return true;
      });
      assert.deepEqual(filesUnder(root), [], "no file anywhere under the scratch folder");
    });
  }

  it("a chart whose own id was tampered with (e.g. read back from JSON) is refused too", async () => {
    const root = fs.mkdtempSync(path.join(scratch, "tampered-"));
    const outDir = path.join(root, "figures");
    const chart = talkRoundsTimelineChart(loadDataset());
    const tampered = { ...chart, meta: { ...chart.meta, id: "../../tampered" } };
    await assert.rejects(exportFigure(tampered, { outDir, formats: ["json"] }), /"\.\.\/\.\.\/tampered" cannot name a figure file/);
    assert.deepEqual(filesUnder(root), []);
  });

  it("the longest id allowed (100 characters) is written inside the figures folder", async () => {
    const outDir = path.join(scratch, "longest");
    const id = `a${"-b".repeat(49)}c`;
    assert.equal(id.length, 100);
    const result = await exportFigure(figure, { outDir, id, formats: ["json"], sourceIds: ["art-p03"] });
    assert.deepEqual(result.files.map((file) => path.relative(outDir, file.path)), [`${id}.json`]);
  });
});
