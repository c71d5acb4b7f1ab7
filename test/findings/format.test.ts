import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatCount, formatDate, formatDateRange, formatList, formatMonthRange, formatNumber, formatPercent, formatPercentRange, nouns } from "../../lib/src/vocabulary";

describe("numbers in both languages", () => {
  it("writes decimals and thousands the English and the Indonesian way", () => {
    assert.equal(formatNumber(58.82, "en"), "58.8");
    assert.equal(formatNumber(58.82, "id"), "58,8");
    assert.equal(formatNumber(1500, "en"), "1,500");
    assert.equal(formatNumber(1500, "id"), "1.500");
    assert.equal(formatNumber(1234567.25, "id", 2), "1.234.567,25");
    assert.equal(formatNumber(74, "en"), "74");
    assert.equal(formatNumber(-3.5, "en"), "−3.5");
  });

  it("puts the percent sign after a space in English and attached in Indonesian", () => {
    assert.equal(formatPercent(58.8, "en"), "58.8 %");
    assert.equal(formatPercent(2.5, "id"), "2,5%");
    assert.equal(formatPercentRange(74, 75, "en"), "74–75 %");
    assert.equal(formatPercentRange(49, 52, "id"), "49–52%");
    assert.equal(formatPercentRange(10, 10, "en"), "10 %");
  });

  it("inflects English nouns for number only", () => {
    assert.equal(formatCount(1, nouns.round, "en"), "1 round");
    assert.equal(formatCount(13, nouns.round, "en"), "13 rounds");
    assert.equal(formatCount(13, nouns.round, "id"), "13 putaran");
    assert.equal(formatCount(0, nouns.claim, "en"), "0 claims");
  });
});

describe("dates in both languages", () => {
  it("names the month in the language, at the precision given", () => {
    assert.equal(formatDate("2017-07-09", "en"), "9 July 2017");
    assert.equal(formatDate("2017-07-09", "id"), "9 Juli 2017");
    assert.equal(formatDate("2017-08-01", "id", "month"), "Agustus 2017");
    assert.equal(formatDate("2017-10", "en"), "October 2017");
    assert.equal(formatDate("2017", "id"), "2017");
    assert.throws(() => formatDate("9/7/2017", "en"), /not an ISO date.*9\/7\/2017/);
  });

  it("writes a span once for what both ends share", () => {
    assert.equal(formatDateRange("2017-09-14", "2017-09-15", "en"), "14–15 September 2017");
    assert.equal(formatDateRange("2017-10-30", "2017-11-02", "id"), "30 Oktober – 2 November 2017");
    assert.equal(formatDateRange("2017-12-21", "2018-01-02", "en"), "21 December 2017 – 2 January 2018");
    assert.equal(formatDateRange("2012-06-30", "2012-06-30", "en"), "30 June 2012");
    assert.equal(formatMonthRange("2017-07-01", "2017-12-31", "id"), "Juli–Desember 2017");
    assert.equal(formatMonthRange("2017-12-01", "2018-01-31", "en"), "December 2017 – January 2018");
  });
});

describe("lists in both languages", () => {
  it("joins with 'and' / 'dan', with the Indonesian serial comma", () => {
    assert.equal(formatList([], "en"), "");
    assert.equal(formatList(["Russia"], "en"), "Russia");
    assert.equal(formatList(["Russia", "Iran"], "id"), "Russia dan Iran");
    assert.equal(formatList(["Russia", "Iran", "Turkey"], "en"), "Russia, Iran and Turkey");
    assert.equal(formatList(["Rusia", "Iran", "Turki"], "id"), "Rusia, Iran, dan Turki");
  });
});

describe("findings as a notebook output", () => {
  it("is one Markdown list in the chosen language, nested lines indented under their item", async () => {
    const { findingsBundle } = await import("../../lib/src/display/findings");
    const bundle = findingsBundle([{ en: "One.\n- sub", id: "Satu." }, { en: "Two.", id: "Dua." }], "en");
    assert.equal(bundle["text/markdown"], "- One.\n  - sub\n- Two.");
    assert.equal(findingsBundle([{ en: "One.", id: "Satu." }], "id")["text/markdown"], "- Satu.");
  });
});
