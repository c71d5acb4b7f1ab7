import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FrameColumnError, daysBetween, frameOf, yearOf } from "../../lib/src/frames";

// Small frames whose answers are worked out by hand in each test.
const rounds = frameOf(
  [
    { round_id: "a1", process: "astana", city: "Astana", start: "2017-01-23", end: "2017-01-24", gap: NaN },
    { round_id: "g4", process: "geneva", city: "Geneva", start: "2017-02-23", end: "2017-03-03", gap: NaN },
    { round_id: "a2", process: "astana", city: "Astana", start: "2017-02-15", end: "2017-02-16", gap: 22 },
    { round_id: "a3", process: "astana", city: "Sochi", start: "2018-01-29", end: "2018-01-30", gap: 347 },
  ],
  { name: "rounds" },
);

describe("frame verbs", () => {
  it("groupby: named outputs, groups in key order, missing numbers skipped as pandas skips NaN", () => {
    const perProcess = rounds.groupby("process").agg({
      rounds: ["round_id", "count"],
      cities: ["city", "nunique"],
      first_round: ["round_id", "first"],
      last_start: ["start", "max"],
      mean_gap: ["gap", "mean"],
      median_gap: ["gap", "median"],
      total_gap: ["gap", "sum"],
      min_gap: ["gap", "min"],
    });
    assert.deepEqual(perProcess.rows(), [
      { process: "astana", rounds: 3, cities: 2, first_round: "a1", last_start: "2018-01-29", mean_gap: 184.5, median_gap: 184.5, total_gap: 369, min_gap: 22 },
      { process: "geneva", rounds: 1, cities: 1, first_round: "g4", last_start: "2017-02-23", mean_gap: NaN, median_gap: NaN, total_gap: 0, min_gap: NaN },
    ]);
  });

  it("derive: days between dates and the year, new columns last, a replaced column in its place, the frame itself unchanged", () => {
    const derived = rounds.derive({ days: (round) => daysBetween(round.start, round.end) + 1, year: (round) => yearOf(round.start), city: (round) => round.city.toUpperCase() });
    assert.deepEqual(derived.columns, ["round_id", "process", "city", "start", "end", "gap", "days", "year"]);
    assert.deepEqual(derived.column("days"), [2, 9, 2, 2]);
    assert.deepEqual(derived.column("year"), [2017, 2017, 2017, 2018]);
    assert.deepEqual(derived.column("city"), ["ASTANA", "GENEVA", "ASTANA", "SOCHI"]);
    assert.deepEqual(rounds.column("city"), ["Astana", "Geneva", "Astana", "Sochi"]);
  });

  it("filter, sort (several columns, stable, missing last), head, select and rename", () => {
    assert.deepEqual(rounds.filter((round) => round.process === "astana").column("round_id"), ["a1", "a2", "a3"]);
    assert.equal(rounds.filter(() => false).length, 0);
    assert.deepEqual(rounds.sort(["process", "start"]).column("round_id"), ["a1", "a2", "a3", "g4"]);
    assert.deepEqual(rounds.sort("gap", { ascending: false }).column("round_id"), ["a3", "a2", "a1", "g4"]);
    assert.deepEqual(rounds.head(2).column("round_id"), ["a1", "g4"]);
    assert.deepEqual(rounds.select("city", "round_id").rename({ city: "venue" }).rows()[0], { venue: "Astana", round_id: "a1" });
  });

  it("pivot: one column per value, in the order asked, 0 where a combination never occurs", () => {
    const pivot = rounds.derive({ year: (round) => yearOf(round.start) }).pivot({ index: "year", columns: "process", columnOrder: ["geneva"] });
    assert.deepEqual(pivot.rows(), [{ year: 2017, geneva: 1, astana: 2 }, { year: 2018, geneva: 0, astana: 1 }]);
  });

  it("derive on a pivot: the index column keeps its type beside the pivot's columns (npm run typecheck checks it)", () => {
    const perCity = rounds.pivot({ index: "process", columns: "city" }).derive({ rounds: (row) => Number(row.Astana) + Number(row.Geneva) + Number(row.Sochi) });
    assert.deepEqual(perCity.rows().map((row) => [row.process.toUpperCase(), row.rounds]), [["ASTANA", 3], ["GENEVA", 1]]);
  });

  it("merge: rows joined on the key; a column on both sides is refused rather than renamed name_1", () => {
    const cities = frameOf([{ city: "Astana", country: "Kazakhstan" }, { city: "Geneva", country: "Switzerland" }]);
    assert.deepEqual(rounds.merge(cities, { on: "city", how: "left" }).sort("round_id").column("country").map(String), ["Kazakhstan", "Kazakhstan", "NaN", "Switzerland"]);
    assert.throws(() => rounds.merge(frameOf([{ city: "Astana", process: "x" }]), { on: "city" }), /both frames have column "process"/);
  });

  it("every verb names a wrong column, the frame's columns and the nearest one", () => {
    const loose = frameOf<Record<string, unknown>>(rounds.rows());
    const attempts: Array<[string, () => unknown]> = [
      ["select", () => loose.select("cty")],
      ["column", () => loose.column("cty")],
      ["filter", () => loose.filter((round) => round.cty === "Astana")],
      ["derive", () => loose.derive({ town: (round) => round.cty })],
      ["groupby", () => loose.groupby("cty")],
      ['groupby output "n"', () => loose.groupby("process").agg({ n: ["cty", "count"] })],
      ["pivot", () => loose.pivot({ index: "cty", columns: "process" })],
      ["sort", () => loose.sort("cty")],
      ["rename", () => loose.rename({ cty: "town" })],
      ["rows", () => loose.rows("cty")],
      ["merge (left)", () => loose.merge(frameOf([{ cty: "Astana" }]), { on: "cty" })],
    ];
    for (const [verb, attempt] of attempts) {
      assert.throws(attempt, (error: unknown) => {
        assert.ok(error instanceof FrameColumnError, `${verb}: ${String(error)}`);
        assert.equal(error.message, `${verb}: no column "cty" in this frame. Did you mean "city"? Its columns: round_id, process, city, start, end, gap.`);
        return true;
      });
    }
    assert.throws(() => loose.groupby("process").agg({ n: ["round_id", "avg" as "mean"] }), /"avg" is not one of count, sum, mean, median, min, max, nunique, first/);
    assert.throws(() => loose.groupby("process").agg({ n: ["city", "sum"] }), /"sum" of column "city" needs numbers/);
  });
});
