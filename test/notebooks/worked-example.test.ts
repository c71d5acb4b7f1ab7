import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, test } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { readManifest } from "../../lib/src/export/manifest";
import { runNotebooks, type NotebookResult } from "../../lib/src/runner";
import { codeCells, readNotebook, temporaryFolder } from "../runner/fixtures";

// The README's walkthrough is this notebook: it must run in both languages and export what it says.
const example = path.join(paths.notebooks, "examples", "your-own-analysis.ipynb");
const scratch = temporaryFolder();
const figures = path.join(scratch, "figures");
let english: NotebookResult;
let indonesian: NotebookResult;

before(async () => {
  const previous = process.env.SYRIA_FIGURES_DIR;
  process.env.SYRIA_FIGURES_DIR = figures; // the kernels inherit it: the project's figures/ stay as they are
  try {
    [english] = await runNotebooks([example], { outDir: path.join(scratch, "en"), prepare: false });
    [indonesian] = await runNotebooks([example], { outDir: path.join(scratch, "id"), parameters: { lang: "id" }, prepare: false });
  } finally {
    if (previous === undefined) delete process.env.SYRIA_FIGURES_DIR;
    else process.env.SYRIA_FIGURES_DIR = previous;
  }
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("the worked example runs in English and in Indonesian", () => {
  assert.equal(english.ok, true, JSON.stringify(english.failure));
  assert.equal(indonesian.ok, true, JSON.stringify(indonesian.failure));
});

test("it exports its own Plotly and Vega-Lite figures in both languages, with their maker, table and sources", () => {
  const dataset = loadDataset();
  const roundSources = [...new Set(dataset.talkRounds.map((round) => round.source_id))].sort();
  const manifest = new Map(readManifest(path.join(figures, "manifest.json")).figures.map((entry) => [entry.id, entry]));
  const expected = {
    "example-days-per-city": { en: "Days of talks per city", lang: "en" },
    "example-days-per-city-id": { en: "Hari perundingan per kota", lang: "id" },
    "example-rounds-per-year": { en: "Rounds of talks per year", lang: "en" },
    "example-rounds-per-year-id": { en: "Putaran perundingan per tahun", lang: "id" },
  } as const;
  assert.deepEqual([...manifest.keys()].sort(), Object.keys(expected).sort());
  for (const [id, { en: title, lang }] of Object.entries(expected)) {
    const entry = manifest.get(id)!;
    assert.equal(entry.madeBy, "notebooks/examples/your-own-analysis.ipynb");
    assert.equal(entry.lang, lang);
    assert.deepEqual(entry.tables, ["talk_rounds"]);
    assert.deepEqual(entry.sourceIds, roundSources);
    assert.deepEqual(entry.files.map((file) => path.extname(file.name)).sort(), [".html", ".json", ".pdf", ".png", ".svg"]);
    assert.ok(fs.readFileSync(path.join(figures, `${id}.svg`), "utf8").includes(title), `${id}.svg shows its title`);
  }
});

test("its finding names the city with the most days of talks, as counted from the data", () => {
  const days = new Map<string, number>();
  for (const round of loadDataset().talkRounds) {
    const length = (Date.parse(round.end_date) - Date.parse(round.start_date)) / 86_400_000 + 1;
    days.set(round.city, (days.get(round.city) ?? 0) + length);
  }
  const [busiest, most] = [...days].sort((a, b) => b[1] - a[1])[0];
  const findings = codeCells(readNotebook(english.output))
    .flatMap((cell) => cell.outputs)
    .map((output) => [(output as { data?: Record<string, unknown> }).data?.["text/markdown"] ?? ""].flat().join(""))
    .join("\n");
  assert.match(findings, new RegExp(`${busiest} hosted the most days of talks: ${most} days`));
});

test("the committed notebook holds the outputs of its current code (rerun it when you change it)", () => {
  assert.equal(fs.readFileSync(english.output, "utf8"), fs.readFileSync(example, "utf8"));
});
