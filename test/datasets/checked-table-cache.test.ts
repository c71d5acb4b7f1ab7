import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { DatasetValidationError, loadDataset } from "../../lib/src/datasets";
import { checkedTable } from "../../lib/src/datasets/checked-table-cache";
import { readTable } from "../../lib/src/datasets/read-table";
import { actors } from "../../lib/src/datasets/tables";
import { copyOfData, setCell } from "../helpers/data-copy";
import { scratchFolder } from "../helpers/scratch-folder";

const tempDir = scratchFolder;

describe("tables checked before are read back, not checked again", () => {
  const copies: string[] = [];
  after(() => {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives back exactly the rows a check gives, for every table of the real data", () => {
    // test/run.mjs gives each run an empty cache: the first load checks, the second reads back.
    const checked = loadDataset();
    assert.ok(fs.readdirSync(paths.tableCache).length >= 11, "every table is kept");
    const readBack = loadDataset();
    for (const key of Object.keys(checked) as Array<keyof typeof checked>) {
      assert.deepStrictEqual(readBack[key], checked[key], `${key}: the same rows, values and types`);
    }
  });

  it("does not check a text it checked before, and checks a changed text", () => {
    const dir = tempDir("checked-tables-");
    copies.push(dir);
    let checks = 0;
    const check = () => {
      checks++;
      return { rows: [{ line: 2, row: { n: checks }, cells: { n: String(checks) } }], rejected: [], issues: [] };
    };
    const first = checkedTable(actors, Buffer.from("a\n1\n"), "actors.csv", check, dir);
    const again = checkedTable(actors, Buffer.from("a\n1\n"), "actors.csv", check, dir);
    const changed = checkedTable(actors, Buffer.from("a\n2\n"), "actors.csv", check, dir);
    assert.deepEqual([checks, first.rows[0]!.row, again.rows[0]!.row, changed.rows[0]!.row], [2, { n: 1 }, { n: 1 }, { n: 2 }]);
  });

  it("checks again when a kept entry is damaged, and keeps the new check", () => {
    const dir = tempDir("checked-tables-");
    copies.push(dir);
    let checks = 0;
    const check = () => ({ rows: [], rejected: [], issues: [], checks: ++checks });
    checkedTable(actors, Buffer.from("x"), "actors.csv", check, dir);
    // Cut short, and whole JSON of another shape.
    for (const damage of ['{"rows": [', "{}"]) {
      for (const name of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, name), damage);
      assert.deepEqual(checkedTable(actors, Buffer.from("x"), "actors.csv", check, dir), { rows: [], rejected: [], issues: [], checks: checks });
    }
    assert.equal(checks, 3);
  });

  it("reports a broken cell read back from the cache as a fresh check does, naming the file read", () => {
    const first = copyOfData();
    const second = copyOfData();
    copies.push(first, second);
    const line = setCell(first, "actors.csv", (row) => row.actor_id === "iran", "kind", "empire");
    setCell(second, "actors.csv", (row) => row.actor_id === "iran", "kind", "empire");
    const problems = (dir: string) => {
      try {
        loadDataset(dir);
      } catch (error) {
        assert.ok(error instanceof DatasetValidationError);
        return error.issues.filter((issue) => issue.column === "kind");
      }
      assert.fail("the broken cell was not reported");
    };
    const fresh = problems(first);
    const readBack = problems(second);
    assert.deepEqual(fresh.map(({ line, value }) => ({ line, value })), [{ line, value: "empire" }]);
    assert.deepEqual(readBack.map(({ file, ...rest }) => rest), fresh.map(({ file, ...rest }) => rest));
    assert.match(readBack[0]!.file, new RegExp(`${path.basename(second)}.actors\\.csv$`));
    assert.match(readTable(actors, second).issues[0]!.file, new RegExp(path.basename(second)));
  });
});
