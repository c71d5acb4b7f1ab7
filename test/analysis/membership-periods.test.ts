import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { membershipChanges, membershipPeriods, warPeriod } from "../../lib/src/analysis";
import { loadDataset, type Actor, type Alignment, type Camp } from "../../lib/src/datasets";

const actor = (actor_id: string): Actor => ({ actor_id, name_en: actor_id.toUpperCase(), name_ind: actor_id, kind: "state", sect: "sunni", locality: "foreign", parent_actor_id: null, source_id: "s", other_source_ids: [], confidence: "high", note: null });
const camp = (camp_id: string): Camp => ({ camp_id, name_en: camp_id, name_ind: camp_id, description_en: "", leader_actor_id: null, source_id: "s" });
const row = (alignment_id: string, actor_id: string, camp_id: string, valid_from: string | null, valid_to: string | null, perspective: Alignment["perspective"] = "reference"): Alignment => ({
  alignment_id, actor_id, camp_id, role: "member", perspective, valid_from, valid_to, end_status: perspective === "article" ? null : valid_to === null ? "unknown" : "ended", source_id: "s", other_source_ids: [], confidence: "high", note: null,
});

const synthetic = {
  actors: ["a", "b", "c", "d", "e"].map(actor),
  camps: [camp("second"), camp("first")],
  alignments: [
    row("open", "a", "first", null, null),
    row("inside", "b", "first", "2013-05-01", "2016-02-29"),
    row("before", "c", "first", "2001-01-01", "2010-12-31"),
    row("straddles-start", "c", "second", "2005-03-01", "2012-06-30"),
    row("straddles-end", "d", "second", "2024-12-08", "2027-01-01"),
    row("after", "e", "first", "2026-01-01", null),
    row("article-row", "e", "second", null, null, "article"),
  ],
};

describe("membership periods 2011-2025", () => {
  it("clips each alignment to the period and drops those wholly outside it", () => {
    const periods = membershipPeriods(synthetic);
    assert.deepEqual(
      periods.map((p) => [p.alignment_id, p.start, p.end]),
      [
        // the data's camp order (second, first), then actor, then start
        ["straddles-start", "2011-01-01", "2012-06-30"],
        ["straddles-end", "2024-12-08", "2025-12-31"],
        ["open", "2011-01-01", "2025-12-31"],
        ["inside", "2013-05-01", "2016-02-29"],
      ],
    );
  });

  it("keeps the recorded ends, so an undated start stays distinguishable from a start before 2011", () => {
    const byId = new Map(membershipPeriods(synthetic).map((p) => [p.alignment_id, p]));
    assert.equal(byId.get("open")!.valid_from, null);
    assert.equal(byId.get("straddles-start")!.valid_from, "2005-03-01");
    assert.equal(byId.get("straddles-start")!.start, byId.get("open")!.start);
  });

  it("marks which periods held during the article's year 2017", () => {
    const held = membershipPeriods(synthetic).filter((p) => p.in_article_year).map((p) => p.alignment_id);
    assert.deepEqual(held, ["open"]);
  });

  it("takes another perspective or period when asked", () => {
    assert.deepEqual(membershipPeriods(synthetic, { perspective: "article" }).map((p) => p.alignment_id), ["article-row"]);
    assert.deepEqual(membershipPeriods(synthetic, { period: { from: "2026-01-01", to: "2026-12-31" } }).map((p) => [p.alignment_id, p.start]), [["straddles-end", "2026-01-01"], ["open", "2026-01-01"], ["after", "2026-01-01"]]);
  });

  it("sums up what ended, what began and what has no start date", () => {
    const changes = membershipChanges(membershipPeriods(synthetic));
    assert.deepEqual(changes.ended.map((p) => p.alignment_id), ["straddles-start", "inside"]);
    assert.deepEqual(changes.began.map((p) => p.alignment_id), ["inside", "straddles-end"]);
    assert.deepEqual(changes.undatedStart.map((p) => p.alignment_id), ["open"]);
    assert.equal(changes.actors, 4);
    assert.equal(changes.actorsInArticleYear, 1);
    assert.equal(changes.actorsKeptToEnd, 1);
  });

  it("on the real data: one period per reference alignment that overlaps 2011-2025, all inside it", () => {
    const dataset = loadDataset();
    const periods = membershipPeriods(dataset);
    const expected = dataset.alignments.filter((a) => a.perspective === "reference" && (a.valid_to ?? "9999") >= warPeriod.from && (a.valid_from ?? "0000") <= warPeriod.to);
    assert.deepEqual(periods.map((p) => p.alignment_id).sort(), expected.map((a) => a.alignment_id).sort());
    for (const p of periods) {
      assert.ok(p.start >= warPeriod.from && p.end <= warPeriod.to && p.start <= p.end, p.alignment_id);
    }
    // de Mistura's tenure closes inside the period, at its recorded last day.
    const deMistura = periods.find((p) => p.actor_id === "un_envoy_de_mistura")!;
    assert.equal(deMistura.end, dataset.alignments.find((a) => a.alignment_id === deMistura.alignment_id)!.valid_to);
  });
});
