import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleCoverage, attendanceByProcess, campLocality, campMakeup, campMembers, checkWrittenDate, compareSectMatch, coreDifference, groupEstimates, roundDetails, roundsPerYearRows } from "../../lib/src/analysis";
import { loadDataset } from "../../lib/src/datasets";

const dataset = loadDataset();

describe("analysis moved out of the notebooks' cells", () => {
  it("campLocality: foreign share of each camp from the members' locality (01)", () => {
    const locality = campLocality(campMakeup(campMembers(dataset, "reference"), "locality")).rows();
    const russia = locality.find((row) => row.camp_id === "russia_led")!;
    // Russia, Iran, Turkey, Iraq, Hezbollah, Iraqi PMF foreign; the government local.
    assert.deepEqual([russia.foreign, russia.local, russia.members, russia.foreign_share_pct], [6, 1, 7, 85.7]);
    const shares = locality.map((row) => row.foreign_share_pct);
    assert.deepEqual(shares, [...shares].sort((a, b) => b - a));
  });

  it("compareSectMatch: the article's and the references' sect match side by side (02)", () => {
    const russia = compareSectMatch(dataset).find((row) => row.camp_id === "russia_led")!;
    assert.equal(russia.reference_low_pct, 12);
    assert.equal(russia.change_low_pct, Math.round((12 - russia.article_low_pct) * 10) / 10);
    assert.ok(russia.article_sects.includes("sunni") && !russia.reference_sects.includes("sunni"));
    assert.deepEqual(coreDifference(dataset, "russia_led").articleOnly.map((m) => m.actor_id).sort(), ["iraq", "turkey"]);
  });

  it("roundsPerYearRows: per year and in total (03)", () => {
    for (const row of roundsPerYearRows(dataset)) {
      const ofYear = dataset.talkRounds.filter((round) => round.start_date.startsWith(row.year));
      assert.equal(row.total, ofYear.length, row.year);
      assert.equal(row.astana, ofYear.filter((round) => round.process === "astana").length);
    }
  });

  it("roundDetails and attendanceByProcess: the Astana 6 summary and the 2017 attendance (03)", () => {
    const { round, participants } = roundDetails(dataset, "astana-06");
    assert.equal(round.start_date, "2017-09-14");
    assert.ok(participants.some((p) => p.actor_id === "russia" && p.role === "guarantor"));
    assert.throws(() => roundDetails(dataset, "astana-99"), /no round astana-99/);
    const russia = attendanceByProcess(dataset, 2017).find((row) => row.actor_id === "russia" && row.role === "guarantor")!;
    assert.deepEqual([russia.process, russia.rounds, russia.of], ["astana", 8, 8]);
  });

  it("checkWrittenDate: a month one letter off is a typo, a wrong day is wrong (04)", () => {
    assert.equal(checkWrittenDate("Pada 9 Juki 2017, perjanjian", "2017-07-09")?.verdict, "typo");
    assert.equal(checkWrittenDate("Pada 9 Juli 2017", "2017-07-09")?.verdict, "right");
    assert.equal(checkWrittenDate("Pada 10 Juli 2017", "2017-07-09")?.verdict, "wrong");
    assert.equal(checkWrittenDate("Pada 9 Maret 2017", "2017-07-09")?.verdict, "wrong");
    assert.equal(checkWrittenDate("tanpa tanggal", "2017-07-09"), undefined);
  });

  it("articleCoverage: the events of a window the article mentions (04)", () => {
    const coverage = articleCoverage(dataset, "2017-07-01", "2017-12-31");
    assert.equal(coverage.mentioned.length, dataset.events.filter((e) => e.date >= "2017-07-01" && e.date <= "2017-12-31" && e.article_source_id !== null).length);
    assert.ok(coverage.mentioned.every((e, i, all) => i === 0 || all[i - 1]!.date <= e.date));
  });

  it("groupEstimates: lowest and highest share with their years, and the Factbook copies (02)", () => {
    const christians = groupEstimates(dataset, "christian");
    assert.equal(christians.low.pct, 2.5);
    assert.equal(christians.high.pct, 10);
    assert.ok(christians.low.years.includes(2020));
    // Canada 2006, US State Department 2020 and MRG 2010 say in their notes that they repeat the CIA figures.
    assert.equal(groupEstimates(dataset, "sunni_muslim").factbookCopies, 3);
  });
});

describe("events by kind (04)", () => {
  it("counts each kind of the window's events once", async () => {
    const { eventsByKind, eventTable } = await import("../../lib/src/analysis");
    const rows = eventsByKind(eventTable(dataset, "2017-07-01", "2017-12-31")).rows();
    const inWindow = dataset.events.filter((e) => e.date >= "2017-07-01" && e.date <= "2017-12-31");
    assert.equal(rows.reduce((sum, row) => sum + row.events, 0), inWindow.length);
    for (const row of rows) assert.equal(row.events, inWindow.filter((e) => e.kind === row.kind).length, row.kind);
  });
});
