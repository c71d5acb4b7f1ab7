import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { DatasetValidationError, loadDataset, validateDataset, type DatasetIssue } from "../../lib/src/datasets";
import { appendLine, copyOfData, duplicateFirstRow, setCell } from "../helpers/data-copy";

function issuesOf(dir: string): DatasetIssue[] {
  return validateDataset(dir).issues;
}

function findIssue(issues: DatasetIssue[], file: string, line: number, column: string): DatasetIssue {
  const found = issues.find((issue) => issue.file.endsWith(file) && issue.line === line && issue.column === column);
  assert.ok(found, `expected an issue at ${file}:${line} column ${column}, got:\n${issues.map((i) => JSON.stringify(i)).join("\n")}`);
  return found;
}

describe("loader on broken copies of the data", () => {
  it("names file, line, column and value of an impossible date", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    const issue = findIssue(issuesOf(dir), "talk_rounds.csv", line, "start_date");
    assert.equal(issue.value, "2017-02-30");
    assert.match(issue.rule, /calendar date/);
  });

  it("gives one problem for one bad cell: rows of other tables pointing at its row are not reported too", () => {
    const dir = copyOfData();
    // astana-06 is named by round participants, events and claims' "concerns".
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    assert.deepEqual(
      issuesOf(dir).map((issue) => `${issue.file.split("/").pop()}:${issue.line} ${issue.column}`),
      [`talk_rounds.csv:${line} start_date`],
    );
  });

  it("counts the sources a rejected row cites: none of them is reported as cited by no row", () => {
    const dir = copyOfData();
    // astana-01 alone cites these two.
    setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-01", "start_date", "2017-02-30");
    const report = validateDataset(dir);
    assert.equal(report.issues.length, 1);
    assert.deepEqual(report.citations.uncited.map((issue) => issue.value), []);
  });

  it("still reports a row pointing at an id that no row has, valid or not", () => {
    const dir = copyOfData();
    setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    const line = setCell(dir, "events.csv", (row) => row.round_id === "astana-06", "round_id", "astana-99");
    assert.equal(findIssue(issuesOf(dir), "events.csv", line, "round_id").value, "astana-99");
  });

  it("reports every problem of a row: a bad date hides neither an unknown envoy id nor a duplicate key", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "un_envoy_actor_id", "un_envoy_nobody");
    const firstRow = fs.readFileSync(path.join(dir, "talk_rounds.csv"), "utf8").split("\n")[1]!;
    assert.match(firstRow, /^astana-01,.*,2017-01-23,/);
    const copy = appendLine(dir, "talk_rounds.csv", firstRow.replace(",2017-01-23,", ",2017-01-32,"));
    assert.deepEqual(
      issuesOf(dir).map((issue) => `${issue.file.split("/").pop()}:${issue.line} ${issue.column} ${issue.value}`),
      [
        `talk_rounds.csv:${line} start_date 2017-02-30`,
        `talk_rounds.csv:${copy} start_date 2017-01-32`,
        `talk_rounds.csv:${copy} round_id astana-01`,
        `talk_rounds.csv:${line} un_envoy_actor_id un_envoy_nobody`,
      ],
    );
  });

  it("applies a row rule to a rejected row when the cells it reads passed their own check", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "end_date", "2017-09-01");
    setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "confidence", "certain");
    assert.deepEqual(
      issuesOf(dir).map((issue) => `${issue.line} ${issue.column}`),
      [`${line} confidence`, `${line} end_date`],
    );
  });

  it("rejects an end date before the start date", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "end_date", "2017-09-01");
    const issue = findIssue(issuesOf(dir), "talk_rounds.csv", line, "end_date");
    assert.match(issue.rule, /must not be before start_date/);
  });

  it("rejects an unknown actor id as a foreign key", () => {
    const dir = copyOfData();
    const line = setCell(dir, "alignments.csv", () => true, "actor_id", "atlantis");
    const issue = findIssue(issuesOf(dir), "alignments.csv", line, "actor_id");
    assert.equal(issue.value, "atlantis");
    assert.match(issue.rule, /does not match any actors\.actor_id/);
  });

  it("rejects an unknown actor inside an id list", () => {
    const dir = copyOfData();
    const line = setCell(dir, "events.csv", () => true, "actor_ids", "russia;atlantis");
    const issue = findIssue(issuesOf(dir), "events.csv", line, "actor_ids");
    assert.equal(issue.value, "atlantis");
  });

  it("rejects a duplicate primary key and names the first line", () => {
    const dir = copyOfData();
    const line = duplicateFirstRow(dir, "actors.csv");
    const issue = findIssue(issuesOf(dir), "actors.csv", line, "actor_id");
    assert.match(issue.rule, /must be unique, but line 2 has the same actor_id/);
  });

  it("rejects a share over 100 percent", () => {
    const dir = copyOfData();
    const line = setCell(dir, "composition.csv", (row) => row.share_pct !== "", "share_pct", "140");
    const issue = findIssue(issuesOf(dir), "composition.csv", line, "share_pct");
    assert.equal(issue.value, "140");
    assert.match(issue.rule, /at most 100/);
  });

  it("rejects a missing source", () => {
    const dir = copyOfData();
    const line = setCell(dir, "events.csv", () => true, "source_id", "ref-nowhere");
    const issue = findIssue(issuesOf(dir), "events.csv", line, "source_id");
    assert.match(issue.rule, /does not match any sources\.source_id/);
  });

  it("rejects an empty required cell and a value outside an enum", () => {
    const dir = copyOfData();
    const line = setCell(dir, "actors.csv", () => true, "kind", "stat");
    setCell(dir, "actors.csv", () => true, "name_en", "");
    const issues = issuesOf(dir);
    assert.match(findIssue(issues, "actors.csv", line, "kind").rule, /must be one of: state, armed_group/);
    assert.match(findIssue(issues, "actors.csv", line, "name_en").rule, /is required/);
  });

  it("rejects a claim whose quotation is not in its paragraph", () => {
    const dir = copyOfData();
    const line = setCell(dir, "claims.csv", () => true, "text_ind", "kalimat yang tidak ada di artikel");
    assert.match(findIssue(issuesOf(dir), "claims.csv", line, "text_ind").rule, /word for word/);
  });

  it("names the line of a row with too many cells", () => {
    const dir = copyOfData();
    const line = appendLine(dir, "camps.csv", "extra,row,with,too,many,cells,here");
    const issue = issuesOf(dir).find((candidate) => candidate.file.endsWith("camps.csv") && candidate.line === line);
    assert.ok(issue);
    assert.match(issue.rule, /has 7 cells, the header has 6/);
  });

  it("reports several problems in several files together, in one error", () => {
    const dir = copyOfData();
    setCell(dir, "composition.csv", (row) => row.share_pct !== "", "share_pct", "140");
    setCell(dir, "alignments.csv", () => true, "actor_id", "atlantis");
    setCell(dir, "talk_rounds.csv", () => true, "start_date", "14 Sept 2017");
    assert.throws(
      () => loadDataset(dir),
      (error: unknown) => {
        assert.ok(error instanceof DatasetValidationError);
        assert.ok(error.issues.length >= 3);
        assert.match(error.message, /composition\.csv:\d+ column "share_pct" value "140": must be at most 100/);
        assert.match(error.message, /alignments\.csv:\d+ column "actor_id" value "atlantis"/);
        assert.match(error.message, /talk_rounds\.csv:\d+ column "start_date" value "14 Sept 2017"/);
        return true;
      },
    );
  });
});
