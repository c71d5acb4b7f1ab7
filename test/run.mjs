#!/usr/bin/env node
// Runs every test/**/*.test.ts file, each in a process of its own, several at a time, the
// longest first (by the times of the last run, kept in node_modules/.cache/syria-tests/, or
// test/file-times.json in a fresh clone): on 2 cores a run lasts as long as its work, and a long
// file started last would keep the run waiting on it alone. Arguments narrow the run to files
// whose path contains one of them (node test/run.mjs datasets), or name test files to run as
// they are; --jobs N sets how many files run at once (default: twice the cores, at least 4:
// most tests wait on kernels and Chromium); --list prints which files each process runs, in
// order, and runs nothing; --save-times writes this run's times to
// test/file-times.json; --limit-minutes M (default 15) stops a test process that runs longer,
// and fails the run. Each file's report is printed as it ends; the run ends with the
// slowest files, wall and CPU seconds.
//
// The tests get a folder of their own for the run: their TMPDIR and their cache (SYRIA_CACHE_DIR,
// empty, so every chart is drawn, every table checked and every export written once). When the run
// ends, or is stopped (Ctrl-C, kill), the processes the tests started that still run are stopped
// and the folder is removed; a run that was killed outright (SIGKILL) leaves its folder to the
// next run, which removes it. Whatever a test left in its TMPDIR is named, and fails the run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cpuSeconds } from "./helpers/process-cpu.mjs";

const testDir = fileURLToPath(new URL(".", import.meta.url));
const projectRoot = resolve(testDir, "..");
const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: "string" }, "limit-minutes": { type: "string", default: "15" }, "save-times": { type: "boolean" }, typecheck: { type: "boolean" }, list: { type: "boolean" } } });
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
  ...new Set([
    ...named,
    ...(filters.length > 0 || named.length === 0
      ? testFiles(testDir)
          .map((file) => relative(process.cwd(), file))
          .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
      : []),
  ]),
];
if (files.length === 0) {
  console.error(`no test files match ${positionals.join(" ")}`);
  process.exit(1);
}

/** Each test file's wall and CPU seconds in its last run, by its path from the project root. */
const timesFile = join(projectRoot, "node_modules", ".cache", "syria-tests", "file-times.json");
const committedTimesFile = join(testDir, "file-times.json");
function readTimes(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}
const lastTimes = { ...readTimes(committedTimesFile), ...readTimes(timesFile) };
const key = (file) => (file === "typecheck" ? file : relative(projectRoot, resolve(file)));

/**
 * A file that changes its process (its environment, signal handlers, working folder, exit),
 * itself or through a test module it imports, runs in a process of its own, as does one that
 * took long or was never timed; the others share processes, a few at a time, each in a suite
 * of its own (its hooks run for it alone): each process loads the library once (about 3 CPU
 * seconds with danfojs), not once per file.
 */
// An "exit" handler (scratch folders removed as the process ends) leaves the process to the others.
const ownsItsProcess = /process\.(env\.\w+|env\[[^\]]+\])\s*=[^=]|delete process\.env|process\.(chdir|exit)\(|process\.(on|once)\((?!"exit")/;
/** The test modules (under test/) that a file imports, itself included, found by their relative import paths. */
function testModules(file, seen = new Set()) {
  const resolved = [file, `${file}.ts`, `${file}.mjs`, `${file}.cjs`].find(isFile);
  if (!resolved || seen.has(resolved) || !resolve(resolved).startsWith(testDir)) return seen;
  seen.add(resolved);
  for (const [, , imported] of readFileSync(resolved, "utf8").matchAll(/(from|import) "(\.{1,2}\/[^"]+)"/g)) testModules(join(dirname(resolved), imported), seen);
  return seen;
}
// Light: little CPU, and little wall time too (a browser test's work is done in the run's Chromium, not counted in its CPU).
const light = { cpu: 8, wall: 15 };
/** CPU seconds of the files that share a process, about: enough to pay for the library's load several times over, few enough to keep the cores busy. */
const sharedProcessCpuSeconds = 25;
function isLight(file) {
  if (file === typecheck) return false;
  const last = lastTimes[key(file)];
  if (!last || !(last.cpu <= light.cpu && last.wall <= light.wall)) return false;
  return ![...testModules(file)].some((module) => ownsItsProcess.test(readFileSync(module, "utf8")));
}
/** Seconds a file is expected to take; a file never timed (a new one) first of all, as it may be long. */
const expectedSeconds = (file) => lastTimes[key(file)]?.wall ?? Infinity;

/** The processes of the run, each a list of files: the light files packed together, the longest first. */
function processesFor(files) {
  const light = files.filter(isLight).sort((a, b) => expectedSeconds(b) - expectedSeconds(a) || a.localeCompare(b));
  const groups = files.filter((file) => !light.includes(file)).map((file) => [file]);
  const cpu = (file) => lastTimes[key(file)].cpu;
  const shared = Array.from({ length: Math.max(1, Math.round(light.reduce((sum, file) => sum + cpu(file), 0) / sharedProcessCpuSeconds)) }, () => ({ files: [], cpu: 0 }));
  // Each light file, the largest first, to the group with the least so far.
  for (const file of light) {
    const group = shared.reduce((least, next) => (next.cpu < least.cpu ? next : least));
    group.files.push(file);
    group.cpu += cpu(file);
  }
  groups.push(...shared.filter((group) => group.files.length > 0).map((group) => group.files));
  const groupSeconds = (group) => group.reduce((sum, file) => sum + expectedSeconds(file), 0);
  return groups.sort((a, b) => groupSeconds(b) - groupSeconds(a) || a[0].localeCompare(b[0]));
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

/** A run's folder is named after its process, so that the next run can tell one whose run was killed outright. */
const runPrefix = "syria-test-run-";
/** The processes whose environment holds `entry`, found in /proc. */
function processesWith(entry) {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(entry);
      } catch {
        // Gone since the folder was listed, or not ours to read.
        return false;
      }
    });
}
/** Stops what a run killed outright left running (its test files' processes, their kernels and services), and removes its folder. */
async function cleanUpAfterKilledRuns() {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^syria-test-run-(\d+)-/.exec(name)?.[1]);
    if (!pid) continue;
    let running = false;
    try {
      running = readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("run.mjs");
    } catch {
      // No such process: its run is over.
    }
    if (running) continue;
    // SIGTERM first: a render service removes its socket and log, and closes its Chromium.
    const left = () => processesWith(`SYRIA_TEST_RUN=${join(tmpdir(), name)}`);
    signal(left(), "SIGTERM");
    for (let waited = 0; waited < 5000 && left().length > 0; waited += 100) await sleep(100);
    signal(left(), "SIGKILL");
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}
await cleanUpAfterKilledRuns();

const runFolder = mkdtempSync(join(tmpdir(), `${runPrefix}${process.pid}-`));
// The run's own TMPDIR, for what serves the whole run (tsx's compile cache, the browser server of
// test/helpers/browser.ts); each process of test files gets a TMPDIR of its own (processTmp), so
// that what is left behind is named with the files that left it.
const runTmp = join(runFolder, "tmp");
mkdirSync(runTmp);
const cpuFolder = join(runFolder, "cpu");
mkdirSync(cpuFolder);
// tsx keeps its compile cache in TMPDIR/tsx-<uid>: one for the run, linked into each file's TMPDIR, so that each file does not compile the library again.
const tsxCache = `tsx-${process.getuid?.() ?? 0}`;
mkdirSync(join(runTmp, tsxCache));
/** Set for every process of the run (the test files' and whatever they start, unless they clear their environment). */
const marker = `SYRIA_TEST_RUN=${runFolder}`;
const testEnv = { ...process.env, TZ: "UTC", TMPDIR: runTmp, SYRIA_CACHE_DIR: join(runFolder, "cache"), SYRIA_TEST_RUN: runFolder };
// A run started from within a test (test/setup/test-run.test.ts) is a run of its own, not a part of that test's.
delete testEnv.NODE_TEST_CONTEXT;

/** The processes started under this run that still run (their environment holds the run's marker), found in /proc. */
const runProcesses = () => processesWith(marker);



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

/** A process's TMPDIR, beside the run's: short, as Chromium and kernels put sockets in there, whose paths may not exceed 107 bytes. */
const processTmp = (index) => join(runFolder, `${index}`);

/** Each file's outcome: wall seconds, CPU seconds (its process and the processes it waited for; shared by the files of a process), whether it passed, and its tests' counts. */
const results = new Map();
const running = new Set();
/** With --typecheck (npm test), TypeScript's check of the project runs as one of the run's processes, beside the tests rather than before them. */
const typecheck = "typecheck";
const processes = processesFor(values.typecheck ? [typecheck, ...files] : files);
if (values.list) {
  // The run's plan, without running it: each process, in the order they start, with the files it runs.
  for (const group of processes) console.log(group.join("  "));
  process.exit(0);
}

/** How long a test process may run: one that hangs fails the run instead of holding it up (the longest file takes about 5 minutes on a loaded 2-core machine). */
const processLimitMs = Number(values["limit-minutes"]) * 60_000;
if (!(processLimitMs > 0)) {
  console.error(`--limit-minutes takes a number of minutes above 0, not ${values["limit-minutes"]}`);
  process.exit(2);
}

/** Runs test files in a process of their own, their report printed whole when it ends. */
function runProcess(group, index) {
  return new Promise((resolveRun) => {
    const cpuFile = join(cpuFolder, `${index}`);
    const tmp = processTmp(index);
    mkdirSync(tmp);
    symlinkSync(join(runTmp, tsxCache), join(tmp, tsxCache));
    const started = performance.now();
    const entry = group[0] === typecheck ? ["--import", "./test/helpers/report-cpu.mjs", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json"]
      : ["--import", "tsx", "--import", "./test/helpers/report-cpu.mjs", "--test-reporter=spec", ...(group.length === 1 ? group : ["./test/helpers/run-together.cjs", ...group])];
    const child = spawn(process.execPath, entry, {
      cwd: projectRoot,
      env: { ...testEnv, TMPDIR: tmp, SYRIA_TEST_CPU_FILE: cpuFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    let overran = false;
    const limit = setTimeout(() => {
      overran = true;
      child.kill("SIGKILL");
    }, processLimitMs);
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      running.delete(child);
      if (overran) output += `\nstopped: still running after ${processLimitMs / 60_000} minutes (a test that never ends, or a handle that keeps its process alive)\n`;
      const wall = (performance.now() - started) / 1000;
      const counts = {};
      // The spec reporter's summary of the process: counted here, and printed once for the run.
      const report = output.replace(/^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)\n/gm, (_, name, value) => {
        counts[name] = Number(value);
        return "";
      });
      const cpu = Number(readFileSync(cpuFile, { encoding: "utf8", flag: "a+" }) || NaN);
      const ok = code === 0;
      // Files sharing a process: each one's time is its suite's, and the process's CPU is shared out in proportion.
      const suiteSeconds = (file) => Number(new RegExp(`^[✔✖] ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(([\\d.]+)ms\\)$`, "m").exec(report)?.[1] ?? NaN) / 1000;
      const walls = group.length === 1 ? [wall] : group.map(suiteSeconds);
      const sum = walls.reduce((total, seconds) => total + (Number.isFinite(seconds) ? seconds : 0), 0);
      group.forEach((file, n) => results.set(file, { wall: walls[n], cpu: group.length === 1 ? cpu : (cpu * walls[n]) / sum, ok, shared: group.length > 1 }));
      results.get(group[0]).counts = counts;
      const name = group.length === 1 ? group[0] : `${group.length} files in one process: ${group.join(", ")}`;
      process.stdout.write(`\n▶ ${name} (${wall.toFixed(1)} s${ok ? "" : signal ? `, stopped by ${signal}` : `, exit code ${code}`})\n${report.trimEnd()}\n`);
      resolveRun();
    });
  });
}

const runStarted = performance.now();
async function runAll() {
  const queue = processes.map((group, index) => ({ group, index }));
  const worker = async () => {
    for (let next = queue.shift(); next && !stopping; next = queue.shift()) await runProcess(next.group, next.index);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, processes.length) }, worker));
}

/** CPU seconds used by the run's processes that still run (the render service, the browser server), with the processes they started and waited for. */
const servingCpuSeconds = () => runProcesses().reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0);

function summary() {
  const all = [...results.values()];
  const total = (name) => all.reduce((sum, result) => sum + (result.counts?.[name] ?? 0), 0);
  const failed = [...results.keys()].filter((file) => !results.get(file).ok);
  const slowest = [...results.entries()].sort(([, a], [, b]) => (b.wall || 0) - (a.wall || 0)).slice(0, 15);
  const cpu = all.reduce((sum, result) => sum + (Number.isFinite(result.cpu) ? result.cpu : 0), 0);
  const lines = [
    "",
    `${files.length} file(s) in ${processes.length} process(es), ${total("tests")} tests: ${total("pass")} passed, ${total("fail")} failed, ${total("cancelled")} cancelled, ${total("skipped")} skipped, ${total("todo")} todo`,
    `${((performance.now() - runStarted) / 1000).toFixed(1)} s, ${cpu.toFixed(0)} CPU seconds in the test files' processes and ${servingCpuSeconds().toFixed(0)} in those serving them (render service, browser) (--jobs ${jobs})`,
    "slowest files (wall s, CPU s; * shares its process):",
    ...slowest.map(([file, result]) => `  ${result.wall.toFixed(1).padStart(6)} ${Number.isFinite(result.cpu) ? result.cpu.toFixed(1).padStart(6) : "     ?"}${result.shared ? "*" : " "} ${file}`),
  ];
  if (failed.length > 0) lines.push("failed (or sharing a process with a file that failed):", ...failed.map((file) => `  ${file}`));
  console.log(lines.join("\n"));
  return failed.length > 0 || total("fail") > 0 || results.size < processes.flat().length;
}

/** Keeps this run's times for the next run's order (only the test suite's own files, only those that ended). */
function saveTimes() {
  const times = readTimes(timesFile);
  for (const [file, { wall, cpu }] of results) {
    if ((file === typecheck || (key(file).startsWith("test/") && !key(file).startsWith("test/fixtures/"))) && Number.isFinite(wall)) times[key(file)] = { wall: Math.round(wall * 10) / 10, cpu: Math.round(cpu * 10) / 10 };
  }
  const sorted = Object.fromEntries(Object.entries(times).sort(([a], [b]) => a.localeCompare(b)));
  const write = (file) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, `${JSON.stringify(sorted, null, 1)}\n`);
    renameSync(`${file}.${process.pid}.tmp`, file);
  };
  write(timesFile);
  if (values["save-times"]) write(committedTimesFile);
}

let stopping = false;
async function finish(status) {
  if (stopping) return;
  stopping = true;
  for (const child of running) child.kill("SIGTERM");
  await stopRunProcesses();
  // What is left in a file's TMPDIR, but tsx's compile cache (kept by tsx on purpose).
  const leftBehind = processes.flatMap((group, index) => {
    const left = existsSync(processTmp(index)) ? readdirSync(processTmp(index)) : [];
    return left.filter((name) => name !== tsxCache).map((name) => `  ${group.join(" or ")}: ${name}`);
  });
  leftBehind.push(...readdirSync(runTmp).filter((name) => name !== tsxCache).map((name) => `  (a process of the run): ${name}`));
  rmSync(runFolder, { recursive: true, force: true });
  if (leftBehind.length > 0) {
    console.error(`\nThe tests left ${leftBehind.length} file(s) or folder(s) in their TMPDIR (each test removes what it makes):\n${leftBehind.join("\n")}`);
    status ||= 1;
  }
  process.exit(status);
}

for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]]) process.on(signal, () => void finish(128 + number));
await runAll();
if (!stopping) {
  const failed = summary();
  saveTimes();
  await finish(failed ? 1 : 0);
}
