import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { disagreeingActors, groupSpreads, memberships, shareEstimates, yearPeriod } from "../../lib/src/analysis";
import { networkLayout } from "../../lib/src/charts/network-layout";
import { sourceLines } from "../../lib/src/charts/source-line";
import { nameLines, shortName } from "../../lib/src/vocabulary";
import { fixture } from "./fixture";

describe("layout and the analysis the builders draw from, on a small fixture", () => {
  it("source lines list article paragraphs, then publishers once, in both languages", () => {
    assert.deepEqual(sourceLines(["art-p11", "art-p04", "ref-cia"], fixture.sources, "en"), ["Sources: article ¶4, ¶11; CIA"]);
    assert.deepEqual(sourceLines(["ref-mrg"], fixture.sources, "id"), ["Sumber: Minority Rights Group"]);
  });

  it("long source lines wrap between sources, within 150 characters", () => {
    const sources = Array.from({ length: 30 }, (_, index) => ({
      source_id: `ref-${index}`, kind: "external_reference" as const, paragraph: null, title: "t", publisher: `Publisher number ${index}`,
    }));
    const lines = sourceLines(sources.map((source) => source.source_id), sources, "en");
    assert.ok(lines.length > 1);
    assert.ok(lines.every((line) => line.length <= 150), lines.map((line) => line.length).join(", "));
    assert.equal(lines.join(" "), `Sources: ${sources.map((source) => source.publisher).sort().join("; ")}`, "nothing lost or split");
  });

  it("an actor both perspectives place in different camps is a disagreement; silence is not", () => {
    assert.deepEqual([...disagreeingActors(fixture)], ["turkey"]);
    assert.deepEqual([...disagreeingActors(fixture, { period: yearPeriod(2017) })], ["turkey"]);
  });

  it("shortName cuts at a parenthesis or comma, else with an ellipsis", () => {
    assert.equal(shortName("Government of Syria (Assad government)"), "Government of Syria");
    assert.equal(shortName("Staffan de Mistura, UN Special Envoy for Syria (2014-2018)"), "Staffan de Mistura");
    assert.equal(shortName("National Coalition for Syrian Revolutionary and Opposition Forces"), "National Coalition for Sy…");
    assert.equal(shortName("Iran"), "Iran");
  });

  it("nameLines breaks a long name between words into at most two lines of the width, else cuts it, never silently", () => {
    assert.deepEqual(nameLines("Iran"), ["Iran"]);
    assert.deepEqual(nameLines("High Negotiations Committee", 20), ["High Negotiations", "Committee"]);
    assert.deepEqual(nameLines("Government of Syria (Assad government)", 22), ["Government of Syria", "(Assad government)"], "a parenthesis starts its own line");
    assert.deepEqual(nameLines("Staffan de Mistura, UN Special Envoy for Syria (2014-2018)", 22), ["Staffan de Mistura"], "too long: cut at the comma");
    const long = "National Coalition for Syrian Revolutionary and Opposition Forces";
    for (const width of [12, 20, 26, 34]) {
      const lines = nameLines(long, width);
      assert.ok(lines.length <= 2 && lines.every((line) => line.length <= width), `${width}: ${JSON.stringify(lines)}`);
      const shown = lines.join(" ");
      assert.ok(long.startsWith(shown.replace(/…$/, "")), `${width}: the name's own words in order: ${shown}`);
      assert.equal(shown.endsWith("…"), shown !== long, `${width}: an ellipsis exactly when something is left out`);
    }
    assert.deepEqual(nameLines(long, 40, 3), ["National Coalition for Syrian", "Revolutionary and Opposition Forces"]);
    assert.deepEqual(nameLines("Organisation X", 8), ["Organisation", "X"], "a word longer than the width keeps its own line");
  });

  it("network layout: one point per shown actor, unaligned support targets included", () => {
    const layout = networkLayout(fixture);
    assert.ok(layout.actors.has("hezbollah"));
    assert.equal(layout.campOfActor.get("hezbollah"), undefined);
    assert.equal(layout.campOfActor.get("turkey"), "russia_led", "the article's camp comes first");
    const points = [...layout.actors.values()].map((p) => `${p.x},${p.y}`);
    assert.equal(new Set(points).size, points.length, "no two actors on the same spot");
  });

  it("composition: ranges and point estimates become low/point/high; groups summarised by median", () => {
    const estimates = shareEstimates(fixture);
    const mrgSunni = estimates.find((e) => e.estimate_id === "mrg-sunni")!;
    assert.deepEqual([mrgSunni.low, mrgSunni.point, mrgSunni.high], [65, 69.5, 74]);
    const sunni = groupSpreads(estimates).find((g) => g.group_id === "sunni_muslim")!;
    assert.deepEqual([sunni.low, sunni.median, sunni.high, sunni.estimates], [65, 71.75, 74, 2]);
    assert.equal(groupSpreads(estimates)[0]!.group_id, "arab", "largest group first");
  });

  it("memberships of a period keep the alignments in force at some day of it, open ends included", () => {
    const dated = {
      ...fixture,
      alignments: [
        ...fixture.alignments,
        { alignment_id: "al-ref-gone", actor_id: "hezbollah", camp_id: "mediators", role: "member" as const, perspective: "reference" as const, valid_from: null, valid_to: "2016-12-31", source_id: "ref-un" },
        { alignment_id: "al-ref-late", actor_id: "isis", camp_id: "mediators", role: "member" as const, perspective: "reference" as const, valid_from: "2018-01-01", valid_to: null, source_id: "ref-un" },
        { alignment_id: "al-ref-edge", actor_id: "iran", camp_id: "mediators", role: "member" as const, perspective: "reference" as const, valid_from: "2017-12-31", valid_to: null, source_id: "ref-un" },
      ],
    };
    const ids = (options = {}) => memberships(dated, "reference", options).filter((m) => m.camp.camp_id === "mediators").map((m) => m.actor.actor_id);
    assert.deepEqual(ids({ period: yearPeriod(2017) }), ["iran", "un"]);
    assert.deepEqual(ids(), ["hezbollah", "iran", "isis", "un"]);
  });
});
