/**
 * `npm run bench:frames`: what typed frames cost over danfojs itself.
 *
 * The notebooks' analysis cells (the worked example's groupby, rounds per year, the schedule
 * summary, the composition spread, events per kind, claims per verdict, the camp makeup
 * pivot), each written with typed frames and with danfojs alone, timed in one process,
 * interleaved (typed, raw, typed, raw...), median of the rounds.
 *
 * The import cell's cost over danfojs alone is `npm run bench:import`'s.
 * A benchmark, run on purpose: not part of the tests.
 *
 *   npm run bench:frames -- [--rounds 15] [--repeat 20]
 */
import { parseArgs } from "node:util";
import * as dfd from "danfojs-node";
import { TALK_PROCESSES, claimsFrame, eventsFrame, loadDataset, talkRoundsFrame, type Dataset } from "../src/datasets";
import { campMembers, estimatesWithGroups, roundSchedule } from "../src/analysis";
import { daysBetween, yearOf } from "../src/frames";

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

const { values } = parseArgs({ options: { rounds: { type: "string", default: "15" }, repeat: { type: "string", default: "20" } } });
const withinTarget = benchCells(Number(values.rounds), Number(values.repeat));
if (!withinTarget) process.exitCode = 1;
