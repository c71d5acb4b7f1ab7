import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { KernelClient } from "../../lib/src/runner/kernel-client";
import { readKernelSpec } from "../../lib/src/kernel/spec";
import type { Output } from "../../lib/src/runner/notebook-format";
import { runNotebooks } from "../../lib/src/runner";
import { executeCell } from "../helpers/kernel-cell";
import { codeCells, readNotebook, temporaryProjectFolder } from "../runner/fixtures";

// The mistakes an analyst makes with frames, each typed into a real tslab kernel as a cell. Every
// one must stop the cell with an error that names the wrong column or name, and show nothing
// else: where the columns are known, the type check stops it before it runs; where they are not
// (a pivot's columns come from the data, a name from a parameter), the verb stops it when it runs,
// naming the frame's columns and the nearest one. One kernel runs every case, one after another.

const setup = `import { daysBetween, frameOf, roundParticipantsFrame, talkRoundsFrame, yearOf } from "syria-coalitions";
const rounds = talkRoundsFrame();
const participants = roundParticipantsFrame();
const perCity = rounds.groupby("process", "city").agg({ rounds: ["round_id", "count"] });
// A pivot's columns are the values of "process": not known before the data are.
const perYear = rounds.derive({ year: (round) => yearOf(round.start_date) }).pivot({ index: "year", columns: "process" });
// An aggregation named by a parameter or a config file: its value is known only when the cell runs.
const fromConfig = JSON.parse('{ "aggregation": "avg", "column": "cty" }');`;

interface Case {
  mistake: string;
  code: string;
  /** What the error must say: the wrong name, and for run-time errors the nearest right one. */
  names: RegExp;
}

const typeErrors: Case[] = [
  { mistake: "a misspelt column in select", code: 'rounds.select("round_id", "cty");', names: /"cty"/ },
  { mistake: "a misspelt column read as a column", code: 'const starts = rounds.column("strat_date");', names: /"strat_date"/ },
  { mistake: "a misspelt column in a filter", code: 'const inAstana = rounds.filter((round) => round.cty === "Astana");', names: /'cty'/ },
  { mistake: "a misspelt column in a derived column", code: "const days = rounds.derive({ days: (round) => daysBetween(round.strat_date, round.end_date) });", names: /'strat_date'/ },
  { mistake: "a misspelt groupby key", code: 'const g = rounds.groupby("cty", "process").agg({ n: ["round_id", "count"] });', names: /"cty"/ },
  { mistake: "a misspelt column in a named aggregation", code: 'const g = rounds.groupby("city").agg({ n: ["roud_id", "count"] });', names: /"roud_id"/ },
  { mistake: "a wrong aggregation name", code: 'const g = rounds.groupby("city").agg({ n: ["round_id", "nunqiue"] });', names: /"nunqiue"/ },
  { mistake: "a merge key one frame lacks", code: 'const m = rounds.merge(participants, { on: "city" });', names: /"city"/ },
  { mistake: "a misspelt pivot index", code: 'const p = rounds.pivot({ index: "cty", columns: "process" });', names: /"cty"/ },
  { mistake: "a misspelt sort column", code: 'const s = rounds.sort("strat_date");', names: /"strat_date"/ },
  { mistake: "a misspelt column to rename", code: 'const r = rounds.rename({ cty: "town" });', names: /'cty'/ },
  { mistake: "a field the frame lacks, when turning it into rows", code: 'const rows = perCity.rows("city", "days");', names: /"days"/ },
  { mistake: "a field of a groupby's rows that its outputs do not have", code: "const first = perCity.rows()[0].round_id_count;", names: /'round_id_count'/ },
];

const runTimeErrors: Case[] = [
  { mistake: "a misspelt pivot column read as a column", code: 'const astana = perYear.column("astna");', names: /no column "astna" in talk_rounds\. Did you mean "astana"\? Its columns: year, astana, geneva/ },
  { mistake: "a misspelt pivot column in a filter", code: "const busy = perYear.filter((row) => Number(row.genva) > 2);", names: /filter: no column "genva" in talk_rounds\. Did you mean "geneva"\?/ },
  { mistake: "a misspelt pivot column in select", code: 'perYear.select("year", "astna");', names: /select: no column "astna".*Did you mean "astana"\?/ },
  { mistake: "a misspelt pivot column in sort", code: 'const s = perYear.sort("genva");', names: /sort: no column "genva".*Did you mean "geneva"\?/ },
  { mistake: "a misspelt pivot column in groupby", code: 'const g = perYear.groupby("yaer").agg({ n: ["astana", "sum"] });', names: /groupby: no column "yaer".*Did you mean "year"\?/ },
  { mistake: "a misspelt pivot column in a derived column", code: "const total = perYear.derive({ total: (row) => Number(row.astana) + Number(row.genva) });", names: /derive: no column "genva".*Did you mean "geneva"\?/ },
  { mistake: "an aggregation name from a parameter", code: 'const g = rounds.groupby("city").agg({ n: ["round_id", fromConfig.aggregation] });', names: /"avg" is not one of count, sum, mean, median, min, max, nunique, first/ },
  { mistake: "a column name from a parameter", code: 'const g = rounds.groupby(fromConfig.column).agg({ n: ["round_id", "count"] });', names: /no column "cty" in talk_rounds\. Did you mean "city"\?/ },
  { mistake: "a pivot merged on a column it lacks", code: 'const m = perYear.merge(frameOf([{ yaer: 2017, note: "" }]), { on: "yaer" });', names: /merge \(left\): no column "yaer" in talk_rounds\. Did you mean "year"\?/ },
];

function textOf(outputs: Output[]): string {
  return outputs
    .map((output) => {
      if (output.output_type === "stream") return [(output as { text: string | string[] }).text].flat().join("");
      if (output.output_type === "error") return [(output as { evalue: string }).evalue, ...((output as { traceback?: string[] }).traceback ?? [])].join("\n");
      return "";
    })
    .join("");
}

describe("analyst mistakes with frames, in a tslab kernel", () => {
  let kernel: KernelClient;
  before(async () => {
    kernel = await KernelClient.start(readKernelSpec(), paths.notebooks);
    const ready = await kernel.execute(setup, 120_000);
    assert.equal(ready.status, "ok", textOf(ready.outputs));
  });
  after(async () => {
    await kernel.shutdown();
  });

  const run = (code: string) => executeCell(kernel, code);

  it(`has ${typeErrors.length + runTimeErrors.length} distinct cases`, () => {
    const all = [...typeErrors, ...runTimeErrors];
    assert.ok(all.length >= 15);
    assert.equal(new Set(all.map((c) => c.mistake)).size, all.length);
    assert.equal(new Set(all.map((c) => c.code)).size, all.length);
  });

  for (const [kind, cases] of [["a type error, before the cell runs", typeErrors], ["an error when the cell runs", runTimeErrors]] as const) {
    for (const mistake of cases) {
      it(`${mistake.mistake}: ${kind}, naming it`, async () => {
        const execution = await run(mistake.code);
        const text = textOf(execution.outputs);
        assert.equal(execution.status, "error", `the cell ran through:\n${mistake.code}\n${text}`);
        assert.match(text, mistake.names);
        if (kind === "a type error, before the cell runs") assert.match(text, /^\d+:\d+ - /m, "a type error with its line and column");
        else assert.match(text, /Error/);
        const shown = execution.outputs.filter((output) => output.output_type === "display_data" || output.output_type === "execute_result" || (output.output_type === "stream" && (output as { name: string }).name === "stdout"));
        assert.deepEqual(shown, [], "nothing is shown besides the error");
      });
    }
  }

  it("the same verbs with the right names run, in the same kernel", async () => {
    const execution = await run(
      [
        'const ok = rounds.select("round_id", "city").rows().length + perYear.column("astana").length + perCity.rows("city", "rounds").length;',
        'const sorted = perYear.sort("geneva").filter((row) => Number(row.geneva) >= 0).derive({ total: (row) => Number(row.astana) + Number(row.geneva) });',
        'console.log(ok > 0, sorted.columns.join(","), rounds.groupby("city").agg({ n: ["round_id", "nunique"] }).length > 0);',
      ].join("\n"),
    );
    assert.equal(execution.status, "ok", textOf(execution.outputs));
    assert.equal(textOf(execution.outputs), "true year,astana,geneva,total true\n");
  });
});

// Through the runner, in two notebooks of their own, started with the kernel above: the
// notebook stops at the mistake, names its cell, line and column, and runs no later cell.
const later = 'console.log("the cell after the mistake ran");';
const stopped = {
  "typed-mistake": { cell: 'const perCty = rounds\n  .groupby("cty")\n  .agg({ n: ["round_id", "count"] });', message: /"cty"/ },
  "run-time-mistake": { cell: 'const geneva = perYear\n  .column("genva");', message: /no column "genva" in talk_rounds\. Did you mean "geneva"\?/ },
};
const scratch = temporaryProjectFolder();
let runs: ReturnType<typeof runNotebooks>;
before(() => {
  const notebook = (cells: string[]) => ({
    cells: cells.map((source) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { name: "syria-coalitions", display_name: "TypeScript (syria-coalitions)", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
  const files = Object.entries(stopped).map(([name, { cell }]) => {
    const file = path.join(scratch, `${name}.ipynb`);
    fs.writeFileSync(file, JSON.stringify(notebook([setup, cell, later])));
    return file;
  });
  runs = runNotebooks(files, { outDir: path.join(scratch, "out"), prepare: false });
  runs.catch(() => undefined); // awaited in its test; not an unhandled rejection meanwhile
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("a mistake stops the notebook through the runner", () => {
  for (const [name, { message }] of Object.entries(stopped)) {
    it(`${name}: the failing cell is reported with its line and the wrong column, and no later cell runs`, async () => {
      const result = (await runs).find((candidate) => path.basename(candidate.notebook) === `${name}.ipynb`)!;
      assert.equal(result.ok, false);
      assert.equal(result.failure?.cellNumber, 2);
      assert.match(result.failure!.message, message);
      assert.equal(result.failure?.sourceLine?.line, 2, JSON.stringify(result.failure));
      const cells = codeCells(readNotebook(result.output));
      assert.deepEqual(cells[2]!.outputs, [], "the cell after the mistake did not run");
    });
  }
});
