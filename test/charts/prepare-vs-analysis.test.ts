import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventsBetween, frameRows, participationPivot, verdictCounts, verdictsByParagraph } from "../../lib/src/analysis";
import { paragraphVerdictCounts, verdictTally } from "../../lib/src/charts/prepare/claims";
import { eventsInWindow } from "../../lib/src/charts/prepare/events-window";
import { participationGrid } from "../../lib/src/charts/prepare/participation";
import { loadDataset } from "../../lib/src/datasets";

const data = loadDataset();

/** The charts' pure helpers repeat rules of the DataFrame analysis functions: they must agree. */
describe("chart preparation agrees with the analysis functions", () => {
  it("verdictTally = verdictCounts", () => {
    const analysis = new Map(frameRows<{ verdict: string; claims: number }>(verdictCounts(data)).map((row) => [row.verdict, row.claims]));
    for (const { verdict, claims } of verdictTally(data.claims)) assert.equal(claims, analysis.get(verdict), verdict);
  });

  it("paragraphVerdictCounts = verdictsByParagraph (paragraphs with claims), 0 elsewhere", () => {
    const analysis = frameRows<Record<string, number>>(verdictsByParagraph(data));
    for (const count of paragraphVerdictCounts(data)) {
      const row = analysis.find((r) => r.paragraph === count.paragraph);
      assert.equal(count.claims, row ? row[count.verdict] : 0, `¶${count.paragraph} ${count.verdict}`);
    }
  });

  it("eventsInWindow = eventsBetween", () => {
    assert.deepEqual(eventsInWindow(data.events, "2017-07-01", "2017-12-31"), eventsBetween(data, "2017-07-01", "2017-12-31"));
  });

  it("participationGrid = participationPivot", () => {
    const grid = participationGrid(data, 2017, "en");
    const pivot = frameRows<Record<string, string>>(participationPivot(data, 2017));
    assert.deepEqual(grid.actors.map((a) => a.actorId).sort(), pivot.map((row) => row.actor_id).sort());
    grid.actors.forEach((actor, a) => {
      const row = pivot.find((r) => r.actor_id === actor.actorId)!;
      grid.rounds.forEach((round, r) => {
        const cell = grid.cells[a][r];
        assert.equal(cell.role === "absent" ? "" : cell.role, row[round.round_id], `${actor.actorId} at ${round.round_id}`);
      });
    });
  });
});
