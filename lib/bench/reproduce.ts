// npm run bench:reproduce -- [OTHER_CHECKOUT]
// Times `npm run reproduce` (its compiled command, after the set-up the npm script runs) in this
// checkout and, given another checkout of the project (e.g. a worktree of an earlier commit, built
// with its own `npm run setup`), in that one too, interleaved (this, other, this, other...) so that
// the machine's load falls on both alike:
//   (a) with nothing changed since the run before (BENCH_ROUNDS times, default 3);
//   (b) after one changed row: a talk round dated December 2025 added to talk_rounds.csv, then
//       removed again (BENCH_CHANGES runs, default 2, alternating).
// Each checkout works in a scratch folder: a copy of data/ and figures/, its own execution cache and
// executed notebooks; a first, untimed run fills them. No committed file changes.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { addTalkRound } from "../../test/helpers/new-talk-round";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const changes = Number(process.env.BENCH_CHANGES ?? 2);
const here = path.resolve(__dirname, "..", "..");
const checkouts = [here, ...process.argv.slice(2).map((dir) => path.resolve(dir))];

interface Scratch {
  checkout: string;
  env: NodeJS.ProcessEnv;
  data: string;
  out: string;
}

function scratchFor(checkout: string): Scratch {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-reproduce-"));
  const data = path.join(dir, "data");
  fs.cpSync(path.join(checkout, "data"), data, { recursive: true });
  fs.cpSync(path.join(checkout, "figures"), path.join(dir, "figures"), { recursive: true });
  const env = { ...process.env, SYRIA_DATA_DIR: data, SYRIA_FIGURES_DIR: path.join(dir, "figures"), SYRIA_CACHE_DIR: path.join(dir, "cache") };
  return { checkout, env, data, out: path.join(dir, "notebooks") };
}

/** One reproduce run; its wall time, and the lines saying what ran. */
function reproduce(scratch: Scratch): { seconds: number; summary: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(scratch.checkout, "lib", "dist", "cli", "reproduce.js"), "--out", scratch.out], { cwd: scratch.checkout, env: scratch.env, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`reproduce failed in ${scratch.checkout}:\n${run.stdout}\n${run.stderr}`);
  const summary = run.stdout.split("\n").filter((line) => /notebook\(s\):|^\[3\/4\]|figures \(|^exported|^updated|none: the notebooks/.test(line)).join("; ");
  return { seconds, summary };
}

const roundFile = "talk_rounds.csv";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function main(): void {
  console.log(`${checkouts.length} checkout(s): ${checkouts.join(", ")}; ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const scratches = checkouts.map(scratchFor);
  const originals = scratches.map((scratch) => fs.readFileSync(path.join(scratch.data, roundFile)));
  for (const scratch of scratches) console.log(`first run (untimed) ${scratch.checkout}: ${reproduce(scratch).summary}`);

  const unchanged = scratches.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    scratches.forEach((scratch, i) => {
      const { seconds, summary } = reproduce(scratch);
      unchanged[i]!.push(seconds);
      console.log(`nothing changed  ${scratch.checkout}: ${seconds.toFixed(1)} s (${summary})`);
    });
  }
  const changed = scratches.map(() => [] as number[]);
  for (let run = 0; run < changes; run++) {
    scratches.forEach((scratch, i) => {
      if (run % 2 === 0) addTalkRound(scratch.data);
      else fs.writeFileSync(path.join(scratch.data, roundFile), originals[i]!);
      const { seconds, summary } = reproduce(scratch);
      changed[i]!.push(seconds);
      console.log(`${run % 2 === 0 ? "round added   " : "round removed "}  ${scratch.checkout}: ${seconds.toFixed(1)} s (${summary})`);
    });
  }
  console.log("\nmedians:");
  scratches.forEach((scratch, i) => {
    const ratio = (values: number[][]) => (i === 0 ? "" : ` (${(median(values[i]!) / median(values[0]!)).toFixed(2)}× this checkout)`);
    console.log(`  ${scratch.checkout}: nothing changed ${median(unchanged[i]!).toFixed(2)} s${ratio(unchanged)}; one changed row ${median(changed[i]!).toFixed(1)} s${ratio(changed)}`);
  });
}

main();
