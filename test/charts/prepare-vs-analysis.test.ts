import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frameRows, participationPivot } from "../../lib/src/analysis";
import { participationGrid } from "../../lib/src/charts/prepare/participation";
import { loadDataset } from "../../lib/src/datasets";

const data = loadDataset();

/** The participation grid orders and labels cells for the chart; its cells must say what the analysis pivot says. */
describe("chart preparation agrees with the analysis functions", () => {
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
