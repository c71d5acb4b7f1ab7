import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { talkRoundsTimelineChart } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { exportFigure, mergeManifestEntry, readManifest } from "../../lib/src/export";
import type { ManifestEntry } from "../../lib/src/export/manifest";
import { scratchFolder } from "../helpers/scratch-folder";

const entry = (changes: Partial<ManifestEntry> = {}): ManifestEntry => ({
  id: "talk-rounds",
  title: { en: "Talk rounds", id: "Putaran perundingan" },
  lang: "en",
  madeBy: "notebooks/03-talk-rounds.ipynb",
  files: [{ name: "talk-rounds.svg", bytes: 10, sha256: "a" }],
  tables: ["talk_rounds"],
  sourceIds: ["art-p04"],
  exportedAt: "2024-01-01T00:00:00.000Z",
  ...changes,
});

describe("the figure manifest keeps a figure's origin and time unless its content changed", () => {
  it("a script's export keeps the notebook that made the figure", () => {
    const merged = mergeManifestEntry({ figures: [entry()] }, entry({ madeBy: "lib/src/cli/export-figures.ts", exportedAt: "2025-01-01T00:00:00.000Z" }));
    assert.equal(merged.figures[0]!.madeBy, "notebooks/03-talk-rounds.ipynb");
  });

  it("a notebook's export replaces a script's origin, and another notebook's", () => {
    const fromScript = mergeManifestEntry({ figures: [entry({ madeBy: "lib/src/cli/export-figures.ts" })] }, entry({ madeBy: "notebooks/mine.ipynb" }));
    assert.equal(fromScript.figures[0]!.madeBy, "notebooks/mine.ipynb");
    const fromNotebook = mergeManifestEntry({ figures: [entry()] }, entry({ madeBy: "notebooks/mine.ipynb" }));
    assert.equal(fromNotebook.figures[0]!.madeBy, "notebooks/mine.ipynb");
  });

  it("an identical export keeps the previous time; a changed file takes the new one", () => {
    const later = "2025-01-01T00:00:00.000Z";
    assert.equal(mergeManifestEntry({ figures: [entry()] }, entry({ exportedAt: later })).figures[0]!.exportedAt, "2024-01-01T00:00:00.000Z");
    const changed = entry({ exportedAt: later, files: [{ name: "talk-rounds.svg", bytes: 11, sha256: "b" }] });
    assert.equal(mergeManifestEntry({ figures: [entry()] }, changed).figures[0]!.exportedAt, later);
  });

  it("exporting the same chart again rewrites neither its files nor the manifest", async () => {
    const dir = scratchFolder("manifest-origin-");
    const chart = talkRoundsTimelineChart(loadDataset(), { lang: "en" });
    const options = { outDir: dir, formats: ["svg", "png", "json"] as const };
    await exportFigure(chart, { ...options, madeBy: "notebooks/03-talk-rounds.ipynb", now: () => new Date("2024-01-01T00:00:00Z") });
    const files = fs.readdirSync(dir).sort();
    const stamps = files.map((name) => fs.statSync(path.join(dir, name)).mtimeMs);
    const manifestText = fs.readFileSync(path.join(dir, "manifest.json"), "utf8");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await exportFigure(chart, { ...options, madeBy: "lib/src/cli/export-figures.ts", now: () => new Date("2025-06-01T00:00:00Z") });
    assert.deepEqual(fs.readdirSync(dir).sort(), files);
    assert.deepEqual(files.map((name) => fs.statSync(path.join(dir, name)).mtimeMs), stamps, "no file was rewritten");
    assert.equal(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), manifestText);
    assert.equal(readManifest(path.join(dir, "manifest.json")).figures[0]!.madeBy, "notebooks/03-talk-rounds.ipynb");
  });
});
