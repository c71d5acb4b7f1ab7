#!/usr/bin/env node
// Runs every test/**/*.test.ts file with node's test runner (Node 20's --test takes no globs),
// several files at a time. Arguments narrow the run to files whose path contains one of them
// (node test/run.mjs datasets), or name test files to run as they are; --jobs N sets how many
// files run at once (default: twice the cores, at least 4: most tests wait on kernels and Chromium).
//
// The tests get a folder of their own for the run: their TMPDIR and their cache (SYRIA_CACHE_DIR,
// empty, so every chart is drawn, every table checked and every export written once). When the run
// ends, or is stopped (Ctrl-C, kill), the processes the tests started that still run are stopped
// and the folder is removed. Whatever a test left in its TMPDIR is named, and fails the run.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const testDir = fileURLToPath(new URL(".", import.meta.url));
const projectRoot = resolve(testDir, "..");
const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: "string" } } });
const jobs = values.jobs ? Number(values.jobs) : Math.max(4, 2 * availableParallelism());
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`--jobs takes a whole number of files to run at once, not ${values.jobs}`);
  process.exit(2);
}

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const named = positionals.filter((argument) => argument.endsWith(".test.ts") && isFile(argument)).map((file) => relative(process.cwd(), resolve(file)));
const filters = positionals.filter((argument) => !named.includes(relative(process.cwd(), resolve(argument))));
const files = [
  ...named,
  ...(filters.length > 0 || named.length === 0
    ? testFiles(testDir)
        .map((file) => relative(process.cwd(), file))
        .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    : []),
].sort();
if (files.length === 0) {
  console.error(`no test files match ${positionals.join(" ")}`);
  process.exit(1);
}

const runFolder = mkdtempSync(join(tmpdir(), "syria-test-run-"));
const runTmp = join(runFolder, "tmp");
mkdirSync(runTmp);
const marker = `TMPDIR=${runTmp}`;
const testEnv = { ...process.env, TZ: "UTC", TMPDIR: runTmp, SYRIA_CACHE_DIR: join(runFolder, "cache") };
// A run started from within a test (test/setup/test-run.test.ts) is a run of its own, not a part of that test's.
delete testEnv.NODE_TEST_CONTEXT;

/** The processes started under this run that still run (their environment holds the run's TMPDIR), found in /proc. */
function runProcesses() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(marker);
      } catch {
        // Gone since the folder was listed, or not ours to read.
        return false;
      }
    });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function signal(pids, name) {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

async function waitForExit(timeoutMs) {
  for (let waited = 0; waited < timeoutMs && runProcesses().length > 0; waited += 100) await sleep(100);
}

/**
 * Stops what the tests left running (a render service waits 5 idle minutes; the kernel of a
 * test that was killed): first the processes not started by another of the run's (a service
 * then closes its Chromium, which removes its own files), then the rest, then KILL.
 */
async function stopRunProcesses() {
  // The run's render service is asked to stop, as npm run clean does: a signal would have its Chromium killed, not closed.
  const isService = (pid) => {
    try {
      return /render[/\\]service[/\\]server\.[jt]s/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
    } catch {
      return false;
    }
  };
  if (runProcesses().some(isService)) {
    spawnSync(process.execPath, ["-e", `require("./lib/dist/render/service/client").stopRenderService()`], { cwd: projectRoot, env: testEnv, stdio: "ignore", timeout: 10_000 });
    for (let waited = 0; waited < 10_000 && runProcesses().some(isService); waited += 100) await sleep(100);
  }
  const left = runProcesses();
  const set = new Set(left);
  signal(left.filter((pid) => !set.has(parentOf(pid))), "SIGTERM");
  await waitForExit(5000);
  signal(runProcesses(), "SIGTERM");
  await waitForExit(2000);
  signal(runProcesses(), "SIGKILL");
  return left.length;
}

/**
 * Files in the run's TMPDIR that are not counted as left behind (the run's folder is removed
 * whole all the same): tsx's compile cache (one per user, kept by tsx on purpose), and the
 * scratch folders of a Chromium that a test's render service was still closing when the run
 * ended (two per full run here; which test's service it is has not been pinned down).
 */
const expected = [/^tsx-\d+$/, /^org\.chromium\.Chromium\.\w+$/];

let stopping = false;
async function finish(status) {
  if (stopping) return;
  stopping = true;
  await stopRunProcesses();
  const leftBehind = readdirSync(runTmp).filter((name) => !expected.some((pattern) => pattern.test(name)));
  rmSync(runFolder, { recursive: true, force: true });
  if (leftBehind.length > 0) {
    console.error(`\nThe tests left ${leftBehind.length} file(s) or folder(s) in their TMPDIR (each test removes what it makes):\n${leftBehind.map((name) => `  ${name}`).join("\n")}`);
    status ||= 1;
  }
  process.exit(status);
}

const child = spawn(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${jobs}`, "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: testEnv,
});
child.on("exit", (code, signal) => void finish(code ?? (signal ? 1 : 0)));
for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]]) {
  process.on(signal, () => {
    child.kill(signal);
    void finish(128 + number);
  });
}
