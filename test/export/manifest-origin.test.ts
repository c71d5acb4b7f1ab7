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
  ...changes,
});

describe("the figure manifest keeps a figure's origin, and changes only with its content", () => {
  it("a script's export keeps the notebook that made the figure", () => {
    const merged = mergeManifestEntry({ figures: [entry()] }, entry({ madeBy: "lib/src/cli/export-figures.ts" }));
    assert.equal(merged.figures[0]!.madeBy, "notebooks/03-talk-rounds.ipynb");
  });

  it("a script's export keeps another script's origin: npm run figures and reproduce do not take turns", () => {
    const merged = mergeManifestEntry({ figures: [entry({ madeBy: "lib/src/cli/export-figures.ts" })] }, entry({ madeBy: "lib/src/cli/reproduce.ts" }));
    assert.equal(merged.figures[0]!.madeBy, "lib/src/cli/export-figures.ts");
  });

  it("a notebook's export replaces a script's origin, and another notebook's", () => {
    const fromScript = mergeManifestEntry({ figures: [entry({ madeBy: "lib/src/cli/export-figures.ts" })] }, entry({ madeBy: "notebooks/mine.ipynb" }));
    assert.equal(fromScript.figures[0]!.madeBy, "notebooks/mine.ipynb");
    const fromNotebook = mergeManifestEntry({ figures: [entry()] }, entry({ madeBy: "notebooks/mine.ipynb" }));
    assert.equal(fromNotebook.figures[0]!.madeBy, "notebooks/mine.ipynb");
  });

  it("drops the export times an older manifest recorded", () => {
    const dir = scratchFolder("manifest-origin-");
    const file = path.join(dir, "manifest.json");
    fs.writeFileSync(file, JSON.stringify({ figures: [{ ...entry(), exportedAt: "2024-01-01T00:00:00.000Z" }] }));
    assert.deepEqual(readManifest(file), { figures: [entry()] });
  });

  it("a figure changed and changed back leaves the manifest byte for byte as it was", async () => {
    const dir = scratchFolder("manifest-origin-");
    const dataset = loadDataset();
    const options = { outDir: dir, formats: ["svg", "json"] as const };
    await exportFigure(talkRoundsTimelineChart(dataset, { lang: "en" }), { ...options, madeBy: "notebooks/03-talk-rounds.ipynb" });
    const manifest = path.join(dir, "manifest.json");
    const first = fs.readFileSync(manifest, "utf8");
    await exportFigure(talkRoundsTimelineChart({ ...dataset, talkRounds: dataset.talkRounds.slice(1) }, { lang: "en" }), { ...options, madeBy: "lib/src/cli/reproduce.ts" });
    assert.notEqual(fs.readFileSync(manifest, "utf8"), first, "the changed figure's files are recorded");
    await exportFigure(talkRoundsTimelineChart(dataset, { lang: "en" }), { ...options, madeBy: "lib/src/cli/reproduce.ts" });
    assert.equal(fs.readFileSync(manifest, "utf8"), first);
  });

  it("exporting the same chart again rewrites neither its files nor the manifest", async () => {
    const dir = scratchFolder("manifest-origin-");
    const chart = talkRoundsTimelineChart(loadDataset(), { lang: "en" });
    const options = { outDir: dir, formats: ["svg", "png", "json"] as const };
    await exportFigure(chart, { ...options, madeBy: "notebooks/03-talk-rounds.ipynb" });
    const files = fs.readdirSync(dir).sort();
    const stamps = files.map((name) => fs.statSync(path.join(dir, name)).mtimeMs);
    const manifestText = fs.readFileSync(path.join(dir, "manifest.json"), "utf8");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await exportFigure(chart, { ...options, madeBy: "lib/src/cli/export-figures.ts" });
    assert.deepEqual(fs.readdirSync(dir).sort(), files);
    assert.deepEqual(files.map((name) => fs.statSync(path.join(dir, name)).mtimeMs), stamps, "no file was rewritten");
    assert.equal(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), manifestText);
    assert.equal(readManifest(path.join(dir, "manifest.json")).figures[0]!.madeBy, "notebooks/03-talk-rounds.ipynb");
  });
});
