import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { DatasetValidationError, loadDataset, openDataset, type TableKey } from "../../lib/src/datasets";
import { readLogVariable } from "../../lib/src/config/read-log";
import { copyOfData, setCell } from "../helpers/data-copy";
import { scratchFolder } from "../helpers/scratch-folder";

/** The base names of the data files read while `read` runs, as the runner's read log records them. */
function filesRead(read: () => void): string[] {
  const log = path.join(scratchFolder("read-log-"), "reads.log");
  process.env[readLogVariable] = log;
  try {
    read();
  } finally {
    delete process.env[readLogVariable];
  }
  return fs.existsSync(log) ? [...new Set(fs.readFileSync(log, "utf8").split("\n").filter(Boolean).map((file) => path.basename(file)))].sort() : [];
}

describe("openDataset: tables read on first use", () => {
  it("gives the same rows as loadDataset for every table", () => {
    const eager = loadDataset();
    const lazy = openDataset();
    for (const key of Object.keys(eager) as TableKey[]) assert.deepEqual(lazy[key], eager[key], key);
  });

  it("reads nothing until a table is used, then that table and the ones its keys point to", () => {
    let dataset: ReturnType<typeof openDataset>;
    assert.deepEqual(filesRead(() => (dataset = openDataset())), []);
    assert.deepEqual(filesRead(() => dataset.talkRounds.length), ["actors.csv", "sources.csv", "talk_rounds.csv"]);
    assert.deepEqual(filesRead(() => dataset.talkRounds.length), [], "a table is read once");
  });

  it("claims look into every table, since their 'concerns' may name any row", () => {
    assert.equal(filesRead(() => openDataset().claims.length).length, fs.readdirSync(copyOfData()).filter((name) => name.endsWith(".csv")).length);
  });

  it("a broken table fails when it is used, naming file, line, column and value, and does not stop the tables that do not need it", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    const dataset = openDataset(dir);
    assert.ok(dataset.camps.length > 0);
    assert.throws(
      () => dataset.talkRounds,
      (error: unknown) => error instanceof DatasetValidationError && error.issues.some((issue) => issue.file.endsWith("talk_rounds.csv") && issue.line === line && issue.column === "start_date" && issue.value === "2017-02-30"),
    );
  });

  it("checks the foreign keys of the table used", () => {
    const dir = copyOfData();
    setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "source_id", "ref-nowhere");
    assert.throws(() => openDataset(dir).talkRounds, /talk_rounds\.csv:\d+ column "source_id" value "ref-nowhere": does not match any sources\.source_id/);
  });
});
