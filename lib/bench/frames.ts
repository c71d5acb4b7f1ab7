/**
 * `npm run bench:frames`: what typed frames cost over danfojs itself.
 *
 * 1. The notebooks' analysis cells (the worked example's groupby, rounds per year, the
 *    schedule summary, the composition spread, events per kind, claims per verdict, the camp
 *    makeup pivot), each written with typed frames and with danfojs alone, timed in one
 *    process, interleaved (typed, raw, typed, raw...), median of the rounds.
 * 2. With `--base <folder>` (a built checkout of another commit): the library's analysis
 *    functions the notebooks call, this checkout's against that one's, in fresh processes,
 *    interleaved.
 *
 * The import cell's cost over danfojs alone is `npm run bench:import`'s.
 * A benchmark, run on purpose: not part of the tests.
 *
 *   npm run bench:frames -- [--rounds 15] [--base /path/to/checkout]
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { parseArgs } from "node:util";
import * as dfd from "danfojs-node";
import { TALK_PROCESSES, claimsFrame, eventsFrame, loadDataset, talkRoundsFrame, type Dataset } from "../src/datasets";
import { campMembers, estimatesWithGroups, roundSchedule } from "../src/analysis";
import { daysBetween, yearOf } from "../src/frames";
import { paths } from "../src/config/paths";

/** Target of issue 22: typed frames cost at most 10 % over danfojs. */
const maxOverhead = 0.1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The raw danfojs frame of a typed one: the raw cells start from the same data. */
const raw = <F extends { danfo: dfd.DataFrame }>(frame: F) => frame.danfo;

/** danfojs has no pivot: what the cells did before frames (groupby, then spread by hand). */
function rawPivot(frame: dfd.DataFrame, index: string, columns: string, values: string, aggregation: "count" | "sum"): dfd.DataFrame {
  const cells = dfd.toJSON(frame.groupby([index, columns]).agg({ [values]: aggregation })) as Array<Record<string, string | number>>;
  const seen = [...new Set(cells.map((cell) => String(cell[columns])))].sort();
  const keys = [...new Set(cells.map((cell) => String(cell[index])))].sort();
  const rows = keys.map((key) => [key, ...seen.map((column) => Number(cells.find((cell) => String(cell[index]) === key && String(cell[columns]) === column)?.[`${values}_${aggregation}`] ?? 0))]);
  return new dfd.DataFrame(rows, { columns: [index, ...seen] });
}

interface Cell {
  name: string;
  typed: (dataset: Dataset) => unknown;
  raw: (dataset: Dataset) => unknown;
}

const cells: Cell[] = [
  {
    name: "worked example: days per track and city",
    typed: (dataset) =>
      talkRoundsFrame(dataset)
        .derive({ days: (round) => daysBetween(round.start_date, round.end_date) + 1 })
        .groupby("process", "city")
        .agg({ rounds: ["round_id", "count"], days: ["days", "sum"] })
        .sort("days", { ascending: false }),
    raw: (dataset) => {
      const rounds = raw(talkRoundsFrame(dataset));
      const [starts, ends] = [rounds["start_date"].values as string[], rounds["end_date"].values as string[]];
      const days = starts.map((start, i) => (Date.parse(ends[i]!) - Date.parse(start)) / 86_400_000 + 1);
      const withDays = rounds.addColumn("days", days, { inplace: false }) as dfd.DataFrame;
      return withDays.groupby(["process", "city"]).agg({ round_id: "count", days: "sum" }).sortValues("days_sum", { ascending: false });
    },
  },
  {
    name: "03: rounds per year and track",
    typed: (dataset) =>
      talkRoundsFrame(dataset)
        .derive({ year: (round) => yearOf(round.start_date) })
        .pivot({ index: "year", columns: "process", columnOrder: TALK_PROCESSES }),
    raw: (dataset) => {
      const rounds = raw(talkRoundsFrame(dataset));
      const withYear = rounds.addColumn("year", (rounds["start_date"].values as string[]).map((date) => date.slice(0, 4)), { inplace: false }) as dfd.DataFrame;
      return rawPivot(withYear, "year", "process", "round_id", "count");
    },
  },
  {
    name: "03: schedule summary per track",
    typed: (dataset) =>
      roundSchedule(dataset)
        .groupby("process")
        .agg({ rounds: ["round_id", "count"], mean_days: ["duration_days", "mean"], median_days: ["duration_days", "median"], min_days: ["duration_days", "min"], max_days: ["duration_days", "max"], median_gap_days: ["days_since_previous", "median"] }),
    raw: (dataset) => raw(roundSchedule(dataset)).groupby(["process"]).agg({ round_id: "count", duration_days: ["mean", "median", "min", "max"], days_since_previous: "median" }),
  },
  {
    name: "02: composition spread per group",
    typed: (dataset) =>
      estimatesWithGroups(dataset)
        .groupby("dimension", "group_id")
        .agg({ estimates: ["estimate_id", "count"], min_pct: ["low", "min"], median_pct: ["point", "median"], max_pct: ["high", "max"] }),
    raw: (dataset) => raw(estimatesWithGroups(dataset)).groupby(["dimension", "group_id"]).agg({ estimate_id: "count", low: "min", point: "median", high: "max" }),
  },
  {
    name: "04: events per kind",
    typed: (dataset) => eventsFrame(dataset).groupby("kind").agg({ events: ["event_id", "count"] }),
    raw: (dataset) => raw(eventsFrame(dataset)).groupby(["kind"]).agg({ event_id: "count" }),
  },
  {
    name: "05: claims per verdict",
    typed: (dataset) => claimsFrame(dataset).groupby("verdict").agg({ claims: ["claim_id", "count"] }).sort("claims", { ascending: false }),
    raw: (dataset) => raw(claimsFrame(dataset)).groupby(["verdict"]).agg({ claim_id: "count" }).sortValues("claim_id_count", { ascending: false }),
  },
  {
    name: "01: camp members by kind",
    typed: (dataset) => campMembers(dataset, "article").pivot({ index: "camp_id", columns: "kind", values: ["actor_id", "nunique"] }),
    raw: (dataset) => rawPivot(raw(campMembers(dataset, "article")).loc({ columns: ["camp_id", "actor_id", "kind"] }), "camp_id", "kind", "actor_id", "count"),
  },
];

/** Milliseconds `cell` takes, averaged over `repeat` calls. */
function timeMs(cell: (dataset: Dataset) => unknown, dataset: Dataset, repeat: number): number {
  const started = performance.now();
  for (let i = 0; i < repeat; i++) cell(dataset);
  return (performance.now() - started) / repeat;
}

function benchCells(rounds: number, repeat: number): boolean {
  const dataset = loadDataset();
  for (const cell of cells) (cell.typed(dataset), cell.raw(dataset)); // warm up
  let typedTotal = 0;
  let rawTotal = 0;
  console.log("cell                                        typed ms   danfojs ms   overhead");
  for (const cell of cells) {
    const typed: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      typed.push(timeMs(cell.typed, dataset, repeat));
      rawTimes.push(timeMs(cell.raw, dataset, repeat));
    }
    const [t, r] = [median(typed), median(rawTimes)];
    typedTotal += t;
    rawTotal += r;
    console.log(`${cell.name.padEnd(42)} ${t.toFixed(2).padStart(8)} ${r.toFixed(2).padStart(12)} ${`${(((t - r) / r) * 100).toFixed(1)} %`.padStart(10)}`);
  }
  const overhead = (typedTotal - rawTotal) / rawTotal;
  console.log(`${"all cells".padEnd(42)} ${typedTotal.toFixed(2).padStart(8)} ${rawTotal.toFixed(2).padStart(12)} ${`${(overhead * 100).toFixed(1)} %`.padStart(10)}  (target: at most ${maxOverhead * 100} %)`);
  return overhead <= maxOverhead;
}

/** The analysis functions the notebooks call, in a fresh process of `root`'s built library: milliseconds per pass, median of passes after a warm-up. */
function analysisMs(root: string, passes: number): number {
  const script = `
    const a = require(${JSON.stringify(path.join(root, "lib", "dist", "analysis", "index.js"))});
    const d = require(${JSON.stringify(path.join(root, "lib", "dist", "datasets", "index.js"))}).loadDataset();
    const pass = () => {
      a.campMembers(d, "article"); a.campMakeup(d, "article", "kind"); a.campMakeup(d, "reference", "kind"); a.campMakeup(d, "article", "sect");
      a.campLocalityTable(d, "reference"); a.compositionSpread(d); a.estimatesWithGroups(d); a.compareSectMatchTable(d);
      a.roundsPerYearWithTotal(d); a.roundSchedule(d); a.scheduleSummary(d); a.participationPivot(d, 2017); a.attendanceByRole(d, 2017);
      a.eventTable(d, "2017-07-01", "2017-12-31"); a.eventsByKind(d, "2017-07-01", "2017-12-31"); a.verdictCounts(d); a.verdictsByParagraph(d); a.claimEvidence(d);
    };
    for (let i = 0; i < 3; i++) pass();
    const times = [];
    for (let i = 0; i < ${passes}; i++) { const t = performance.now(); pass(); times.push(performance.now() - t); }
    times.sort((x, y) => x - y);
    process.stdout.write(String(times[Math.floor(times.length / 2)]));`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`the analysis of ${root} failed: ${result.stderr}`);
  return Number(result.stdout);
}

function benchAgainst(base: string, rounds: number): void {
  const here: number[] = [];
  const there: number[] = [];
  for (let round = 0; round < rounds; round++) {
    here.push(analysisMs(paths.root, 20));
    there.push(analysisMs(base, 20));
  }
  const [h, t] = [median(here), median(there)];
  console.log(`\nthe notebooks' analysis functions, one pass: ${h.toFixed(1)} ms here, ${t.toFixed(1)} ms in ${base} (${(((h - t) / t) * 100).toFixed(1)} %)`);
}

const { values } = parseArgs({ options: { rounds: { type: "string", default: "15" }, repeat: { type: "string", default: "20" }, base: { type: "string" } } });
const withinTarget = benchCells(Number(values.rounds), Number(values.repeat));
if (values.base) benchAgainst(path.resolve(values.base), Math.min(Number(values.rounds), 5));
if (!withinTarget) process.exitCode = 1;
