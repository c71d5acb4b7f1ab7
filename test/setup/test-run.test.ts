import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { scratchFolder } from "../helpers/scratch-folder";

const runner = path.join(projectRoot, "test", "run.mjs");
const fixture = (name: string) => path.join(projectRoot, "test", "fixtures", "test-run", `${name}.test.ts`);
/** Whether the process runs (a zombie, ended but not yet reaped by whoever adopted it, does not). */
const alive = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
};

/** A run of the fixture whose test starts a process and never ends, in a TMPDIR of its own; resolves once that process runs. */
async function runStartingAProcess() {
  const tmp = scratchFolder("test-run-");
  const pidFile = path.join(scratchFolder("test-run-pid-"), "pid");
  const run = spawn(process.execPath, [runner, fixture("starts-a-process")], { cwd: projectRoot, env: { ...process.env, TMPDIR: tmp, STARTED_PID_FILE: pidFile }, stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => run.on("exit", (code) => resolve(code)));
  while (!fs.existsSync(pidFile) || fs.readFileSync(pidFile, "utf8") === "") await new Promise((resolve) => setTimeout(resolve, 100));
  return { run, tmp, exited, started: Number(fs.readFileSync(pidFile, "utf8")) };
}

/** Sends SIGKILL to `pid` unless it is gone. */
function stopIfRunning(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

describe("test/run.mjs leaves nothing behind", () => {
  it("names what a test left in its TMPDIR, fails the run, and removes it", () => {
    const tmp = scratchFolder("test-run-");
    const run = spawnSync(process.execPath, [runner, fixture("leaves-a-folder")], { cwd: projectRoot, env: { ...process.env, TMPDIR: tmp }, encoding: "utf8" });
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /left 1 file\(s\) or folder\(s\) in their TMPDIR[^]*test\/fixtures\/test-run\/leaves-a-folder\.test\.ts: left-behind-/);
    assert.deepEqual(fs.readdirSync(tmp), [], "the run's folder is removed");
  });

  it("stops a test process that runs past its limit, names it, and fails the run", () => {
    const tmp = scratchFolder("test-run-");
    const pidFile = path.join(scratchFolder("test-run-pid-"), "pid");
    const run = spawnSync(process.execPath, [runner, "--limit-minutes", "0.1", fixture("starts-a-process")], { cwd: projectRoot, env: { ...process.env, TMPDIR: tmp, STARTED_PID_FILE: pidFile }, encoding: "utf8", timeout: 120_000 });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /test\/fixtures\/test-run\/starts-a-process\.test\.ts \([\d.]+ s, stopped by SIGKILL\)[^]*still running after 0\.1 minutes/);
    assert.equal(alive(Number(fs.readFileSync(pidFile, "utf8"))), false, "the process the test started is stopped");
    assert.deepEqual(fs.readdirSync(tmp), [], "the run's folder is removed");
  });

  it("stopped by a signal, stops the processes its tests started and removes their files", async () => {
    const { run, tmp, started, exited } = await runStartingAProcess();
    assert.equal(alive(started), true);
    run.kill("SIGTERM");
    assert.equal(await exited, 143);
    assert.equal(alive(started), false, "the process the test started is stopped");
    assert.deepEqual(fs.readdirSync(tmp), [], "the run's folder is removed");
  });

  it("killed outright (SIGKILL), leaves its folder and processes to the next run, which stops them and removes it, and leaves the folder of a run still going", async () => {
    const { run: killed, tmp, started, exited } = await runStartingAProcess();
    killed.kill("SIGKILL");
    await exited;
    const leftByKilled = fs.readdirSync(tmp);
    assert.equal(leftByKilled.length, 1, "a run killed outright cannot remove its folder");
    // A run still going, as another run of this user's would be: a process whose command names test/run.mjs.
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", runner], { stdio: "ignore" });
    const going = fs.mkdtempSync(path.join(tmp, `syria-test-run-${other.pid}-`));
    try {
      const next = spawnSync(process.execPath, [runner, fixture("passes")], { cwd: projectRoot, env: { ...process.env, TMPDIR: tmp }, encoding: "utf8" });
      assert.equal(next.status, 0, next.stdout + next.stderr);
      assert.deepEqual(fs.readdirSync(tmp), [path.basename(going)], "the killed run's folder is removed, the other run's kept");
      assert.equal(alive(started), false, "the process the killed run's test started is stopped");
    } finally {
      // The run under test has stopped `started` (and it may already be reaped): stopping it again must not throw before `other` is stopped, whose handle would keep this test's process alive.
      stopIfRunning(started);
      other.kill("SIGKILL");
    }
  });
});
