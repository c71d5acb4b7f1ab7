import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { membershipPeriods } from "../../lib/src/analysis";
import { campMembershipTimelineChart, campColor } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { fixture } from "./fixture";

const dataset = loadDataset();

type Layer = { data?: { values: Array<Record<string, unknown>> }; layer?: Layer[]; encoding?: Record<string, any> };
const layers = (chart: ReturnType<typeof campMembershipTimelineChart>) => (chart.spec as unknown as { layer: Layer[] }).layer;
const barsOf = (chart: ReturnType<typeof campMembershipTimelineChart>) => layers(chart)[1]!.data!.values;

describe("camp membership timeline", () => {
  it("draws one bar per membership period of the analysis, with its clipped ends", () => {
    const chart = campMembershipTimelineChart(dataset);
    const periods = membershipPeriods(dataset);
    assert.deepEqual(
      barsOf(chart).map((bar) => [bar.actorFull, bar.camp, bar.start, bar.end]),
      periods.map((p) => [p.actor_en, p.camp_en, p.start, p.end]),
    );
  });

  it("colours bars by camp with the project palette, and lightens the undated starts", () => {
    const chart = campMembershipTimelineChart(dataset);
    const encoding = layers(chart)[1]!.encoding!;
    assert.deepEqual(encoding.color.scale.range, encoding.color.scale.domain.map((name: string) => campColor(dataset.camps.find((c) => c.name_en === name)!.camp_id)));
    const undated = barsOf(chart).filter((bar) => bar.validFrom === "–");
    assert.equal(undated.length, membershipPeriods(dataset).filter((p) => p.valid_from === null).length);
    assert.ok(undated.every((bar) => bar.startKind === encoding.opacity.scale.domain[1]));
  });

  it("shades the article's year 2017 and names the tables and sources behind it", () => {
    const chart = campMembershipTimelineChart(dataset, { lang: "id" });
    assert.deepEqual(layers(chart)[0]!.data!.values.map((v) => [v.start, v.end]), [["2017-01-01", "2017-12-31"]]);
    assert.equal(chart.meta.id, "camp-membership-timeline-id");
    assert.deepEqual(chart.meta.tables, ["actors", "alignments", "camps"]);
    for (const p of membershipPeriods(dataset)) assert.ok(chart.meta.sourceIds.includes(p.source_id));
    assert.match(JSON.stringify(chart.spec.title), /Siapa di kubu mana/);
  });

  it("works on rows without validity dates (the chart fixture): every period spans 2011-2025", () => {
    const bars = barsOf(campMembershipTimelineChart(fixture));
    assert.equal(bars.length, fixture.alignments.filter((a) => a.perspective === "reference").length);
    assert.ok(bars.every((bar) => bar.start === "2011-01-01" && bar.end === "2025-12-31"));
  });
});
