import assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { passesDataCheck, validateDataset, type DatasetIssue } from "../../lib/src/datasets";
import { appendLine, copyOfData, setCell } from "../helpers/data-copy";

const EXTERNAL = "ref-tass-2017-01-24-astana1-mechanism";
const OTHER_EXTERNAL = "ref-inform-kz-2017-09-15-astana-6";
const bySource = (id: string) => (row: Record<string, string>) => row.source_id === id;

/** Gives one source a complete quote, or takes it away, in a copy of the data; returns the source's line. */
function setQuote(dir: string, sourceId: string, quote: Record<"text" | "text_gloss_en" | "read_on" | "read_at" | "quote_status", string>): number {
  let line = 0;
  for (const [column, value] of Object.entries(quote)) line = setCell(dir, "sources.csv", bySource(sourceId), column, value);
  return line;
}

const unquote = (dir: string, sourceId: string) => setQuote(dir, sourceId, { text: "", text_gloss_en: "", read_on: "", read_at: "", quote_status: "" });
const quote = (dir: string, sourceId: string) =>
  setQuote(dir, sourceId, { text: "A passage read in the copy.", text_gloss_en: "", read_on: "2026-11-27", read_at: "https://example.org/copy", quote_status: "quoted" });

function at(issues: DatasetIssue[], line: number): DatasetIssue | undefined {
  return issues.find((issue) => issue.file.endsWith("sources.csv") && issue.line === line);
}

describe("citation rules of data:check, on broken copies of the data", () => {
  it("reports a cited reference without a quote as an error naming file, line, column, value and the citing row", () => {
    const dir = copyOfData();
    const line = unquote(dir, EXTERNAL);
    const report = validateDataset(dir);
    const issue = at(report.citations.unquoted, line);
    assert.ok(issue, `no unquoted issue at sources.csv:${line}`);
    assert.equal(issue.column, "source_id");
    assert.equal(issue.value, EXTERNAL);
    const [, citingFile, citingLine] = /is cited by (\S+\.csv):(\d+) \([a-z_]+\) but has no quote/.exec(issue.rule) ?? [];
    assert.ok(citingFile && citingLine, issue.rule);
    // The row named as citing the source really does cite it.
    assert.match(fs.readFileSync(citingFile, "utf8").split("\n")[Number(citingLine) - 1]!, new RegExp(EXTERNAL));
    assert.equal(passesDataCheck(report), false);
    // The loader itself still accepts the data: quotes are a review rule, not a structural one.
    assert.deepEqual(report.issues, []);
  });

  it("accepts a cited reference once it has a quote, the day it was read and where", () => {
    const dir = copyOfData();
    const line = quote(dir, EXTERNAL);
    const report = validateDataset(dir);
    assert.deepEqual(report.issues, []);
    assert.equal(at(report.citations.unquoted, line), undefined);
  });

  it("reports a source that no row cites, and counts a citation inside an other_source_ids list", () => {
    const dir = copyOfData();
    const line = appendLine(dir, "sources.csv", "ref-nobody-cites-this,external_reference,,Uncited report,Nobody,2020,https://example.org,,,,,,");
    const uncited = at(validateDataset(dir).citations.uncited, line);
    assert.ok(uncited, `no uncited issue at sources.csv:${line}`);
    assert.equal(uncited.column, "source_id");
    assert.equal(uncited.value, "ref-nobody-cites-this");
    assert.match(uncited.rule, /is cited by no row/);

    setCell(dir, "events.csv", () => true, "other_source_ids", "ref-nobody-cites-this");
    const report = validateDataset(dir);
    assert.equal(at(report.citations.uncited, line), undefined);
    assert.ok(at(report.citations.unquoted, line), "a source cited only in a list still needs its quote");
  });

  it("lists a source marked no_readable_copy as a warning, not an error", () => {
    const dir = copyOfData();
    unquote(dir, OTHER_EXTERNAL);
    const line = setCell(dir, "sources.csv", bySource(OTHER_EXTERNAL), "quote_status", "no_readable_copy");
    setCell(dir, "sources.csv", bySource(OTHER_EXTERNAL), "note", "Only a paywalled page was found.");
    const report = validateDataset(dir);
    const warning = at(report.citations.noReadableCopy, line);
    assert.ok(warning, `no warning at sources.csv:${line}`);
    assert.equal(warning.value, OTHER_EXTERNAL);
    assert.match(warning.rule, /no_readable_copy.*Only a paywalled page was found\./);
    assert.equal(at(report.citations.unquoted, line), undefined);
    assert.equal(at(report.citations.uncited, line), undefined);
  });

  it("rejects incomplete quote records row by row", () => {
    const dir = copyOfData();
    const quotedWithoutDate = quote(dir, EXTERNAL);
    setCell(dir, "sources.csv", bySource(EXTERNAL), "read_on", "");
    unquote(dir, OTHER_EXTERNAL);
    const textWithoutStatus = setCell(dir, "sources.csv", bySource(OTHER_EXTERNAL), "text", "A passage with no status.");
    const paragraph = setCell(dir, "sources.csv", bySource("art-p03"), "quote_status", "quoted");
    const issues = validateDataset(dir).issues;
    const find = (line: number, column: string) => issues.find((issue) => issue.file.endsWith("sources.csv") && issue.line === line && issue.column === column);
    assert.match(find(quotedWithoutDate, "read_on")?.rule ?? "", /is required when quote_status is quoted/);
    assert.match(find(textWithoutStatus, "quote_status")?.rule ?? "", /must be quoted when an external reference has a text/);
    assert.match(find(paragraph, "quote_status")?.rule ?? "", /must be article for an article_paragraph/);
  });

  it("rejects an unknown source inside other_source_ids", () => {
    const dir = copyOfData();
    const line = setCell(dir, "alignments.csv", () => true, "other_source_ids", `${EXTERNAL};ref-nowhere`);
    const issue = validateDataset(dir).issues.find((candidate) => candidate.file.endsWith("alignments.csv") && candidate.line === line);
    assert.equal(issue?.column, "other_source_ids");
    assert.equal(issue?.value, "ref-nowhere");
    assert.match(issue?.rule ?? "", /does not match any sources\.source_id/);
  });
});
