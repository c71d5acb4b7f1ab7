import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { copyOfData, setCell } from "../helpers/data-copy";

/** `npm run data:check` as the README says to run it: the npm script, its set-up check and the compiled command. */
function dataCheck(dataDir?: string) {
  return spawnSync("npm", ["run", "--silent", "data:check"], { cwd: projectRoot, encoding: "utf8", env: dataDir ? { ...process.env, SYRIA_DATA_DIR: dataDir } : process.env });
}

describe("npm run data:check", () => {
  it("passes on the project's data", () => {
    const result = dataCheck();
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^Data check passed\.$/m);
  });

  it("fails on a malformed row, naming file, line, field and value", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    const result = dataCheck(dir);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.ok(result.stdout.includes(`talk_rounds.csv:${line} column "start_date" value "2017-02-30": must be a calendar date`), result.stdout);
    assert.match(result.stdout, /^Data check FAILED\.$/m);
  });

  it("reports every problem of a row, not only its first", () => {
    const dir = copyOfData();
    const line = setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "start_date", "2017-02-30");
    setCell(dir, "talk_rounds.csv", (row) => row.round_id === "astana-06", "un_envoy_actor_id", "un_envoy_nobody");
    const result = dataCheck(dir);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.ok(result.stdout.includes(`talk_rounds.csv:${line} column "start_date" value "2017-02-30": must be a calendar date`), result.stdout);
    assert.ok(result.stdout.includes(`talk_rounds.csv:${line} column "un_envoy_actor_id" value "un_envoy_nobody": does not match any actors.actor_id`), result.stdout);
  });
});
