import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadDataset, validateDataset, type DatasetIssue } from "../../lib/src/datasets";
import { copyOfData, setCell } from "../helpers/data-copy";

/** The fall of the Assad government: an "ongoing" relation needs a source from this day or later. */
const FALL_OF_ASSAD = "2024-12-08";

function issueAt(dir: string, file: string, line: number, column: string): DatasetIssue {
  const issues = validateDataset(dir).issues;
  const found = issues.find((issue) => issue.file.endsWith(file) && issue.line === line && issue.column === column);
  assert.ok(found, `expected an issue at ${file}:${line} column ${column}, got:\n${issues.map((i) => JSON.stringify(i)).join("\n")}`);
  return found;
}

describe("periods of alignments and support links: an open end is stated, never implied", () => {
  const data = loadDataset();
  const published = new Map(data.sources.map((source) => [source.source_id, source.published]));
  const dated = [
    ...data.supportLinks.map((row) => ({ id: row.link_id, ...row })),
    ...data.alignments.filter((row) => row.perspective === "reference").map((row) => ({ id: row.alignment_id, ...row })),
  ];

  it("every support link and reference alignment without an end says whether it still holds", () => {
    const open = dated.filter((row) => row.valid_to === null);
    assert.ok(open.length > 0);
    for (const row of open) assert.ok(row.end_status === "ongoing" || row.end_status === "unknown", `${row.id}: ${row.end_status}`);
  });

  it("a row said to be ongoing cites a source published after the fall of the Assad government", () => {
    for (const row of dated.filter((entry) => entry.end_status === "ongoing")) {
      const dates = [row.source_id, ...row.other_source_ids].map((id) => published.get(id) ?? "");
      assert.ok(dates.some((date) => date.slice(0, 7) >= FALL_OF_ASSAD.slice(0, 7)), `${row.id} cites only sources of ${dates.join(", ")}`);
    }
  });

  it("rejects an ended row without a last day, naming file, line and column", () => {
    const dir = copyOfData();
    const line = setCell(dir, "support_links.csv", (row) => row.link_id === "sl-us-fsa-military", "valid_to", "");
    assert.match(issueAt(dir, "support_links.csv", line, "valid_to").rule, /required when end_status is ended/);
  });

  it("rejects an open or unknown status on a row that has a last day", () => {
    const dir = copyOfData();
    const line = setCell(dir, "alignments.csv", (row) => row.alignment_id === "al-ref-southern_front-us_led", "end_status", "ongoing");
    assert.match(issueAt(dir, "alignments.csv", line, "end_status").rule, /must be ended when valid_to is set \(2018-07-06\)/);
  });

  it("rejects a reference alignment without a status, and an article alignment with one", () => {
    const dir = copyOfData();
    const reference = setCell(dir, "alignments.csv", (row) => row.alignment_id === "al-ref-ypg-us_led", "end_status", "");
    const article = setCell(dir, "alignments.csv", (row) => row.alignment_id === "al-art-israel-us_led", "end_status", "unknown");
    assert.match(issueAt(dir, "alignments.csv", reference, "end_status").rule, /is required: ended, ongoing, unknown/);
    assert.match(issueAt(dir, "alignments.csv", article, "end_status").rule, /must be empty for an article alignment/);
  });
});

describe("read_at names the copy read by its URL only", () => {
  it("every read_at of the data is a bare URL", () => {
    for (const source of loadDataset().sources) {
      if (source.read_at !== null) assert.match(source.read_at, /^https?:\/\/\S+$/, source.source_id);
    }
  });

  it("rejects a read_at carrying a remark after the URL", () => {
    const dir = copyOfData();
    const value = "https://example.org/copy (read in an archive)";
    const line = setCell(dir, "sources.csv", (row) => row.read_at !== "", "read_at", value);
    const issue = issueAt(dir, "sources.csv", line, "read_at");
    assert.equal(issue.value, value);
    assert.match(issue.rule, /URL of the copy read/);
  });
});
