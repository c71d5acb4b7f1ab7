import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shortName } from "../../lib/src/vocabulary";
import { disagreeingActors } from "../../lib/src/charts/prepare/alignment-cells";
import { groupShares, shareEstimates } from "../../lib/src/charts/prepare/composition";
import { networkLayout } from "../../lib/src/charts/prepare/network-layout";
import { timelineEvents } from "../../lib/src/charts/prepare/timeline";
import { sourceLines } from "../../lib/src/charts/source-line";
import { fixture } from "./fixture";

describe("data preparation shared by the builders", () => {
  it("source lines list article paragraphs, then publishers once, in both languages", () => {
    assert.deepEqual(sourceLines(["art-p11", "art-p04", "ref-cia"], fixture.sources, "en"), ["Sources: article ¶4, ¶11; CIA"]);
    assert.deepEqual(sourceLines(["ref-mrg"], fixture.sources, "id"), ["Sumber: Minority Rights Group"]);
  });

  it("long source lines wrap between sources", () => {
    const sources = Array.from({ length: 30 }, (_, index) => ({
      source_id: `ref-${index}`, kind: "external_reference" as const, paragraph: null, title: "t", publisher: `Publisher number ${index}`,
    }));
    const lines = sourceLines(sources.map((source) => source.source_id), sources, "en");
    assert.ok(lines.length > 1);
    assert.ok(lines.every((line) => line.length <= 151));
  });

  it("an actor both perspectives place in different camps is a disagreement; silence is not", () => {
    assert.deepEqual([...disagreeingActors(fixture)], ["turkey"]);
  });

  it("shortName cuts at a parenthesis or comma, else with an ellipsis", () => {
    assert.equal(shortName("Government of Syria (Assad government)"), "Government of Syria");
    assert.equal(shortName("Staffan de Mistura, UN Special Envoy for Syria (2014-2018)"), "Staffan de Mistura");
    assert.equal(shortName("National Coalition for Syrian Revolutionary and Opposition Forces"), "National Coalition for Sy…");
    assert.equal(shortName("Iran"), "Iran");
  });

  it("network layout: deterministic, one point per shown actor, unaligned support targets included", () => {
    const layout = networkLayout(fixture);
    assert.deepEqual(networkLayout(fixture), layout);
    assert.ok(layout.actors.has("hezbollah"));
    assert.equal(layout.campOfActor.get("hezbollah"), undefined);
    assert.equal(layout.campOfActor.get("turkey"), "russia_led", "the article's camp comes first");
    const points = [...layout.actors.values()].map((p) => `${p.x},${p.y}`);
    assert.equal(new Set(points).size, points.length, "no two actors on the same spot");
  });

  it("composition: ranges and point estimates become low/share/high; groups summarised by median", () => {
    const estimates = shareEstimates(fixture, "en");
    const mrgSunni = estimates.find((e) => e.estimateId === "mrg-sunni")!;
    assert.deepEqual([mrgSunni.low, mrgSunni.share, mrgSunni.high], [65, 69.5, 74]);
    const sunni = groupShares(estimates).find((g) => g.groupId === "sunni_muslim")!;
    assert.deepEqual([sunni.low, sunni.median, sunni.high, sunni.estimates], [65, 71.75, 74, 2]);
    assert.equal(groupShares(estimates)[0].groupId, "arab", "largest group first");
  });

  it("timeline events: only 2017, in date order", () => {
    assert.deepEqual(timelineEvents(fixture, "id").map((e) => e.eventId), ["khan-shaykhun", "g20-trump-putin"]);
  });
});
