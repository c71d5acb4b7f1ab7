import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  campMakeup,
  campMembers,
  checkAnnouncement,
  comparePlacements,
  compositionSpread,
  participationPivot,
  roundSchedule,
  roundsPerYear,
  sectMatchByCamp,
  testSunniArabMajority,
  verdictCounts,
  verdictsByParagraph,
} from "../../lib/src/analysis";
import { claimsFrame, loadDataset } from "../../lib/src/datasets";

const dataset = loadDataset();

describe("coalition analysis", () => {
  it("counts each camp's members by kind as a plain count of the alignments does", () => {
    const makeup = campMakeup(campMembers(dataset, "article"), "kind").rows();
    const kinds = new Map(dataset.actors.map((actor) => [actor.actor_id, actor.kind]));
    for (const row of makeup) {
      const expected = new Set(dataset.alignments.filter((a) => a.perspective === "article" && a.camp_id === row.camp_id && kinds.get(a.actor_id) === "state").map((a) => a.actor_id)).size;
      assert.equal(row.state ?? 0, expected, `states in ${row.camp_id}`);
    }
  });

  it("flags Turkey and Iraq, which the article places differently from the references", () => {
    const byActor = new Map(comparePlacements(dataset).map((row) => [row.actor_id, row]));
    assert.equal(byActor.get("turkey")?.agrees, false);
    assert.equal(byActor.get("turkey")?.article_camps, "russia_led");
    assert.match(byActor.get("turkey")!.reference_camps, /us_led/);
    assert.equal(byActor.get("iraq")?.agrees, false);
    assert.equal(byActor.get("iran")?.agrees, true);
  });
});

describe("composition analysis", () => {
  it("spreads each group's estimates across sources (Sunni Muslims 74-75 %, Alawites 10-13 %)", () => {
    const spread = new Map(compositionSpread(dataset).rows().map((row) => [row.group_id, row]));
    assert.equal(spread.get("sunni_muslim")?.min_pct, 74);
    assert.equal(spread.get("sunni_muslim")?.max_pct, 75);
    assert.equal(spread.get("alawite")?.min_pct, 10);
    assert.equal(spread.get("alawite")?.max_pct, 13);
    assert.equal(spread.get("alawite")?.spread_pct, 3);
    const sunniSources = new Set(dataset.composition.filter((row) => row.group_id === "sunni_muslim").map((row) => row.source_id)).size;
    assert.equal(spread.get("sunni_muslim")?.sources, sunniSources);
  });

  it("tests the Sunni Arab majority claim against direct and implied estimates", () => {
    const result = testSunniArabMajority(dataset);
    // 74 % Sunni and 90 % Arab overlap by at least 74 + 90 - 100 = 64 %.
    assert.deepEqual(result.implied, { low: 64, high: 75 });
    assert.equal(result.direct.length, dataset.composition.filter((row) => row.group_id === "sunni_arab").length);
    assert.deepEqual(result.direct.map((row) => row.year), [...result.direct.map((row) => row.year)].sort((a, b) => a - b));
    assert.equal(result.majorityEstimates + result.straddlingEstimates + result.minorityEstimates, result.direct.length);
    assert.equal(result.majorityEstimates, result.direct.filter((row) => row.low > 50).length);
  });

  it("shows how little of the population shares the sect of the Russia-led core once Turkey is a partner, not a member", () => {
    const article = new Map(sectMatchByCamp(dataset, "article").map((row) => [row.camp_id, row]));
    const reference = new Map(sectMatchByCamp(dataset, "reference").map((row) => [row.camp_id, row]));
    // Article: Turkey (Sunni) is a member, so Sunni Muslims (74-75 %) count for the camp.
    assert.match(article.get("russia_led")!.member_sects, /sunni/);
    assert.ok(article.get("russia_led")!.matched_low_pct >= 74);
    // References: the core is Alawite-, Shia- and secular-led: Alawites 10-13 % + other Shia 2 %.
    assert.equal(reference.get("russia_led")!.member_sects, "alawite;secular_or_mixed;shia");
    assert.equal(reference.get("russia_led")!.matched_low_pct, 12);
    assert.equal(reference.get("russia_led")!.matched_high_pct, 15);
  });
});

describe("talk-round analysis", () => {
  it("counts rounds per year by process", () => {
    const years = new Map(roundsPerYear(dataset).rows().map((row) => [row.year, row]));
    assert.equal(years.get(2017)?.astana, dataset.talkRounds.filter((r) => r.process === "astana" && r.start_date.startsWith("2017")).length);
    assert.equal(years.get(2017)?.astana, 8);
  });

  it("measures durations and gaps: Astana 6 lasted 2 days, 71 days after Astana 5 ended", () => {
    const astana6 = roundSchedule(dataset).rows().find((row) => row.round_id === "astana-06");
    assert.equal(astana6?.duration_days, 2);
    assert.equal(astana6?.days_since_previous, 71);
  });

  it("pivots 2017 participation: Russia a guarantor at Astana 6", () => {
    const russia = participationPivot(dataset, 2017).rows().find((row) => row.actor_id === "russia");
    assert.equal(russia?.["astana-06"], "guarantor");
  });
});

describe("2017 diplomacy and claims", () => {
  it("finds the Geneva round announced for October opened 58 days after 1 October", () => {
    const check = checkAnnouncement(dataset, "2017-10", "ev-2017-09-de-mistura-announces-geneva", "ev-2017-11-28-geneva-8-opens");
    assert.equal(check.daysAfterAnnouncedMonthStart, 58);
    assert.equal(check.keptToMonth, false);
  });

  it("lists every paragraph of the article by verdict, those without a claim at 0", () => {
    const rows = verdictsByParagraph(dataset).rows();
    assert.deepEqual(rows.map((row) => row.paragraph), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const tenth = rows.find((row) => row.paragraph === 10)!;
    assert.equal(tenth.supported + tenth.partly_supported + tenth.contradicted + tenth.unverifiable, dataset.claims.filter((claim) => claim.source_id === "art-p10").length);
    const total = rows.reduce((sum, row) => sum + row.supported + row.partly_supported + row.contradicted + row.unverifiable, 0);
    assert.equal(total, dataset.claims.length);
  });

  it("counts verdicts so that they add up to every claim", () => {
    const counts = verdictCounts(claimsFrame(dataset)).rows();
    assert.equal(counts.reduce((sum, row) => sum + row.claims, 0), dataset.claims.length);
    assert.equal(counts.find((row) => row.verdict === "supported")?.claims, dataset.claims.filter((claim) => claim.verdict === "supported").length);
  });
});

describe("localised table headers", () => {
  it("translate known columns, keep unknown ones and never produce two equal headers", async () => {
    const dfd = await import("danfojs-node");
    const { withHeaders } = await import("../../lib/src/analysis");
    const frame = new dfd.DataFrame([["astana-06", "Astana 6", 2, "x"]], { columns: ["round_id", "label_en", "duration_days", "unlisted"] });
    assert.deepEqual(withHeaders(frame, "id").columns, ["Id putaran", "Putaran (Inggris)", "Lama (hari)", "unlisted"]);
    const clash = new dfd.DataFrame([["a", "b"]], { columns: ["camp_id", "camp_en"] });
    const headers = withHeaders(clash, "en").columns;
    assert.equal(new Set(headers).size, headers.length);
    assert.deepEqual(headers, ["Camp", "Camp (camp_en)"]);
  });

  it("name the columns of a table pivoted by round after the rounds, in each language", async () => {
    const { participationPivot, withHeaders } = await import("../../lib/src/analysis");
    const pivot = participationPivot(dataset, 2017);
    assert.ok(pivot.columns.includes("astana-06") && pivot.columns.includes("geneva-iv-2017"), "columns are round ids");
    const astana6 = dataset.talkRounds.find((round) => round.round_id === "astana-06")!;
    for (const [lang, label] of [["en", astana6.label_en], ["id", astana6.label_ind]] as const) {
      const headers = withHeaders(pivot, lang, dataset).columns;
      assert.equal(headers[pivot.columns.indexOf("astana-06")], label);
      assert.ok(!headers.some((header) => /^(astana|geneva)-/.test(header)), headers.join(", "));
    }
  });
});
