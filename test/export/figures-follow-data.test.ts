import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer, exportAllCharts, readManifest, type ChartExportOutcome } from "../../lib/src/export";
import { copyOfData } from "../helpers/data-copy";
import { addTalkRound, newTalkRound } from "../helpers/new-talk-round";

/**
 * The figures step of `npm run reproduce` (exportAllCharts: every chart, both languages) on a copy
 * of the data: a talk round added in December 2025 reaches the English and the Indonesian
 * timelines, leaves the other figures' files untouched, and undone, restores every file and the
 * manifest byte for byte.
 */
const timelines = ["talk-rounds-timeline", "talk-rounds-timeline-plotly", "talk-rounds-timeline-id", "talk-rounds-timeline-plotly-id"];

/** Every file of the folder with its bytes' hash and time stamp. */
function snapshot(dir: string): Map<string, { sha256: string; mtimeMs: number }> {
  return new Map(
    fs.readdirSync(dir).filter((name) => !name.endsWith(".lock")).sort().map((name) => {
      const file = path.join(dir, name);
      return [name, { sha256: createHash("sha256").update(fs.readFileSync(file)).digest("hex"), mtimeMs: fs.statSync(file).mtimeMs }];
    }),
  );
}

const statusOf = (outcomes: ChartExportOutcome[]) => Object.fromEntries(outcomes.map((outcome) => [outcome.id, outcome.status]));

describe("reproduce's figures step: every figure of both languages follows the data", () => {
  const data = copyOfData();
  const figures = fs.mkdtempSync(path.join(os.tmpdir(), "figures-follow-data-"));
  const original = fs.readFileSync(path.join(data, "talk_rounds.csv"));
  // SVG and JSON stand for every format: PNG and PDF are drawn from the SVG, the standalone page from the JSON.
  const exportAll = () => exportAllCharts(loadDataset(data), { madeBy: "lib/src/cli/reproduce.ts", outDir: figures, formats: ["svg", "json"] });
  let first: ReturnType<typeof snapshot>;
  let afterChange: ReturnType<typeof snapshot>;
  let changedOutcomes: ChartExportOutcome[];

  before(async () => {
    const outcomes = await exportAll();
    assert.deepEqual(outcomes.filter((outcome) => outcome.status === "failed"), []);
    first = snapshot(figures);
    addTalkRound(data);
    await new Promise((resolve) => setTimeout(resolve, 20));
    changedOutcomes = await exportAll();
    afterChange = snapshot(figures);
  });

  after(async () => {
    await closeRenderer();
    for (const dir of [data, figures]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exports both languages of every chart", () => {
    const ids = readManifest(path.join(figures, "manifest.json")).figures.map((figure) => figure.id);
    assert.equal(ids.filter((id) => id.endsWith("-id")).length, ids.length / 2);
    for (const id of timelines) assert.ok(ids.includes(id), id);
  });

  it("rewrites the files of both languages' timelines, and only those, which then show the new round", () => {
    const status = statusOf(changedOutcomes);
    assert.deepEqual(Object.keys(status).filter((id) => status[id] === "changed").sort(), [...timelines].sort());
    for (const id of timelines) {
      assert.equal(status[id], "changed", id);
      const label = id.endsWith("-id") ? newTalkRound.label.id : newTalkRound.label.en;
      for (const name of [`${id}.svg`, `${id}.json`]) assert.notEqual(afterChange.get(name)!.sha256, first.get(name)!.sha256, `${name} changed`);
      // The SVG draws the round as a mark (its name only in the tooltip); the chart itself names it.
      assert.ok(fs.readFileSync(path.join(figures, `${id}.json`), "utf8").includes(label), `${id}.json shows "${label}"`);
    }
  });

  it("records the new files in the manifest", () => {
    for (const entry of readManifest(path.join(figures, "manifest.json")).figures) {
      for (const file of entry.files) assert.equal(file.sha256, afterChange.get(file.name)?.sha256, file.name);
    }
  });

  it("leaves every figure whose chart did not change as it was, files and time stamps", () => {
    const unchanged = changedOutcomes.filter((outcome) => outcome.status === "unchanged").map((outcome) => outcome.id);
    assert.ok(unchanged.length > 0);
    for (const id of unchanged) {
      for (const [name, before] of first) if (name.startsWith(`${id}.`)) assert.deepEqual(afterChange.get(name), before, name);
    }
  });

  it("writes a removed file again, and says so", async () => {
    const removed = path.join(figures, "coalition-network-id.svg");
    const bytes = fs.readFileSync(removed);
    fs.rmSync(removed);
    const status = statusOf(await exportAll());
    assert.deepEqual(Object.keys(status).filter((id) => status[id] === "changed"), ["coalition-network-id"]);
    assert.ok(fs.readFileSync(removed).equals(bytes));
  });

  it("undone, gives back every file and the manifest byte for byte", async () => {
    fs.writeFileSync(path.join(data, "talk_rounds.csv"), original);
    const status = statusOf(await exportAll());
    assert.deepEqual(Object.keys(status).filter((id) => status[id] === "changed").sort(), [...timelines].sort());
    const restored = snapshot(figures);
    assert.deepEqual([...restored.keys()], [...first.keys()]);
    for (const [name, { sha256 }] of first) assert.equal(restored.get(name)!.sha256, sha256, name);
  });
});
