/**
 * Charts follow the data: on a copy of data/ with rows outside every chart's current extent
 * (a round of talks in December 2025, a new actor taking part in it, a new camp member in the
 * article's camps and another joining a camp in 2026), every chart that should show them shows
 * them: in its marks, its axis domain and its title, in both languages.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import {
  alignmentMatrixChart, campMembershipTimelineChart, campsOnDateChart, dayOfWar, coalitionNetworkChart, coalitionStructureChart, eventsTimelineChart, participationChart,
  sectVersusCoalitionChart, talkRoundsTimelineChart, talkRoundsTimelinePlotlyChart,
} from "../../lib/src/charts";
import { loadDataset, type Dataset } from "../../lib/src/datasets";
import { membershipFindings } from "../../lib/src/findings";
import type { Lang, VegaLiteChart } from "../../lib/src/vocabulary";
import { copyOfData } from "../helpers/data-copy";
import { collect } from "./spec-query";

/**
 * Appends a row to a CSV of the copy: a copy of the table's first row with the given cells
 * replaced (so columns this test does not name keep a valid value).
 */
function appendRow(dir: string, file: string, cells: Record<string, string>): void {
  const filePath = path.join(dir, file);
  const [header, first] = parse(fs.readFileSync(filePath, "utf8"), { bom: true, to_line: 2 }) as string[][];
  const unknown = Object.keys(cells).filter((column) => !header!.includes(column));
  if (unknown.length > 0) throw new Error(`${file} has no column ${unknown.join(", ")}`);
  const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = fs.readFileSync(filePath, "utf8");
  const row = header!.map((column, i) => quote(cells[column] ?? first![i] ?? ""));
  fs.writeFileSync(filePath, `${text.endsWith("\n") ? text : `${text}\n`}${row.join(",")}\n`);
}

const dir = copyOfData();
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const before = loadDataset(dir);
const source = before.talkRounds[0]!.source_id;
const round = { id: "astana-99", en: "Astana 99", ind: "Putaran Astana ke-99", start: "2025-12-10", end: "2025-12-11" };
const actor = { id: "test_new_actor", en: "New Actor Of The Test", ind: "Aktor Baru Uji" };
const lateMember = { id: "test_late_member", en: "Late Member Of The Test", ind: "Anggota Terlambat Uji", from: "2026-02-01" };
/** In three camps at once: more sub-rows than any actor of the real data has. */
const threeCamps = { id: "test_three_camps", en: "Three Camps Of The Test", ind: "Tiga Kubu Uji", camps: ["us_led", "russia_led", "mediators"] };

appendRow(dir, "talk_rounds.csv", {
  round_id: round.id, process: "astana", round_number: "99", label_en: round.en, label_ind: round.ind, start_date: round.start, end_date: round.end,
  city: "Astana", un_envoy_actor_id: "", source_id: source, other_source_ids: "", confidence: "low", note: "test row",
});
for (const added of [actor, lateMember, threeCamps]) {
  appendRow(dir, "actors.csv", {
    actor_id: added.id, name_en: added.en, name_ind: added.ind, kind: "armed_group", sect: "sunni", locality: "local", parent_actor_id: "", source_id: source, other_source_ids: "", confidence: "low", note: "test row",
  });
}
appendRow(dir, "round_participants.csv", { round_id: round.id, actor_id: actor.id, role: "delegation", source_id: source, other_source_ids: "", confidence: "low", note: "" });
appendRow(dir, "alignments.csv", {
  alignment_id: "al-art-test_new_actor-russia_led", actor_id: actor.id, camp_id: "russia_led", role: "member", perspective: "article", valid_from: "", valid_to: "", end_status: "", source_id: "art-p11", other_source_ids: "", confidence: "low", note: "test row",
});
appendRow(dir, "alignments.csv", {
  alignment_id: "al-ref-test_new_actor-russia_led", actor_id: actor.id, camp_id: "russia_led", role: "member", perspective: "reference", valid_from: "2016-01-01", valid_to: "", end_status: "ongoing", source_id: source, other_source_ids: "", confidence: "low", note: "test row",
});
appendRow(dir, "alignments.csv", {
  alignment_id: "al-ref-test_late_member-us_led", actor_id: lateMember.id, camp_id: "us_led", role: "partner", perspective: "reference", valid_from: lateMember.from, valid_to: "", end_status: "ongoing", source_id: source, other_source_ids: "", confidence: "low", note: "test row",
});
for (const camp of threeCamps.camps) {
  appendRow(dir, "alignments.csv", {
    alignment_id: `al-ref-${threeCamps.id}-${camp}`, actor_id: threeCamps.id, camp_id: camp, role: "partner", perspective: "reference", valid_from: "2018-01-01", valid_to: "", end_status: "ongoing", source_id: source, other_source_ids: "", confidence: "low", note: "test row",
  });
}
const data: Dataset = loadDataset(dir);

const langs: Lang[] = ["en", "id"];
const name = (of: { en: string; ind: string }, lang: Lang) => (lang === "en" ? of.en : of.ind);
const text = (value: unknown) => JSON.stringify(value);

/** The largest date of a Vega-Lite spec's explicit scale domains, as an ISO day. */
function domainEnd(chart: VegaLiteChart): string {
  const ends = [
    ...collect(chart.spec, "domainMax"),
    ...collect(chart.spec, "domain").flatMap((domain) => (Array.isArray(domain) ? domain.slice(-1) : [])),
  ].flatMap((end) => (typeof end === "number" ? [new Date(end).toISOString()] : typeof end === "string" && /^\d{4}-\d{2}-\d{2}/.test(end) ? [end] : []));
  return ends.sort().at(-1)!.slice(0, 10);
}

describe("the data copy holds the added rows, outside the charts' extent on the real data", () => {
  it("the round, the actors and the memberships load, and lie after every date of the real data", () => {
    assert.ok(data.talkRounds.some((row) => row.round_id === round.id));
    assert.ok(before.talkRounds.every((row) => row.end_date < round.start), "no real round as late as the added one");
    assert.ok(before.alignments.every((row) => (row.valid_from ?? "") < lateMember.from && (row.valid_to ?? "") < lateMember.from), "no real membership date as late");
    assert.ok(!before.actors.some((row) => row.actor_id === actor.id || row.actor_id === lateMember.id));
  });
});

for (const lang of langs) {
  describe(`charts that should show the added rows show them (lang=${lang})`, () => {
    it("talk-rounds timeline (Vega-Lite): the December 2025 round is a tick, inside the axis, and the title's years reach 2025", () => {
      const chart = talkRoundsTimelineChart(data, { lang });
      const bars = collect(chart.spec, "values").flat() as Array<{ id?: string; start?: string }>;
      assert.ok(bars.some((bar) => bar.id === round.id && bar.start === round.start), "a bar for the round");
      assert.ok(domainEnd(chart) >= round.end, `axis ends ${domainEnd(chart)}`);
      assert.match(chart.meta.title[lang], /2012–2025/);
      assert.ok(text(chart.spec.title).includes(chart.meta.title[lang]), "the drawn title is the chart's title");
      assert.ok(chart.meta.sourceIds.includes(source));
    });

    it("talk-rounds timeline (Plotly): the round is a marker of the Astana lane, inside the axis range, and the title's years reach 2025", () => {
      const chart = talkRoundsTimelinePlotlyChart(data, { lang });
      const xs = (chart.figure.data as Array<{ x: string[] }>).flatMap((trace) => trace.x);
      assert.ok(xs.includes(round.start));
      const range = chart.figure.layout.xaxis!.range as [string, string];
      assert.ok(range[0]! <= "2012-06-30" && range[1]! > round.end, `range ${range.join(" to ")}`);
      assert.match(chart.meta.title[lang], /2012–2025/);
      assert.ok(text(chart.figure.layout.title).includes(chart.meta.title[lang]));
    });

    it("camp membership timeline: the member who joined in 2026 has a bar from then, the axis runs to the end of 2026 and the title says so", () => {
      const chart = campMembershipTimelineChart(data, { lang });
      const bars = collect(chart.spec, "values").flat() as Array<{ actorFull?: string; start?: string; end?: string }>;
      assert.deepEqual(bars.filter((bar) => bar.actorFull === name(lateMember, lang)).map((bar) => [bar.start, bar.end]), [[lateMember.from, "2026-12-31"]]);
      assert.ok(bars.some((bar) => bar.actorFull === name(actor, lang)), "the new actor too");
      const lanes = bars.filter((bar) => bar.actorFull === name(threeCamps, lang)).map((bar) => (bar as { lane?: number }).lane);
      assert.deepEqual(lanes.sort(), [0, 1, 2], "an actor in three camps: three sub-rows");
      const offsets = collect(chart.spec, "yOffset") as Array<{ scale: { domain: number[] } }>;
      assert.ok(offsets.length > 0 && offsets.every((offset) => offset.scale.domain.includes(2)), "the sub-row scale has room for the third");
      assert.equal(domainEnd(chart), "2026-12-31");
      assert.match(chart.meta.title[lang], /2011–2026/);
      assert.ok(text(chart.spec.title).includes(chart.meta.title[lang]));
    });

    it("the membership findings cover the same span as the timeline, the 2026 member included", () => {
      const findings = membershipFindings(data).map((finding) => finding[lang]).join("\n");
      assert.match(findings, /2026/);
      assert.ok(findings.includes(name(lateMember, lang)), findings);
    });

    it("camps on a date: the slider reaches the end of 2026, the 2026 member is in its camp from then, and the title and caption say 2026", () => {
      const chart = campsOnDateChart(data, { lang });
      const members = collect(chart.spec, "values").flat() as Array<{ actorFull?: string; startDay?: number; endDay?: number }>;
      assert.deepEqual(members.filter((member) => member.actorFull === name(lateMember, lang)).map((member) => [member.startDay, member.endDay]), [[dayOfWar(lateMember.from), dayOfWar("2026-12-31")]]);
      const slider = (collect(chart.spec, "bind") as Array<{ max?: number }>).find((bind) => bind.max !== undefined)!;
      assert.equal(slider.max, dayOfWar("2026-12-31"));
      const domains = collect(chart.spec, "domain") as unknown[][];
      assert.ok(domains.some((domain) => text(domain.at(-1)) === text({ year: 2026, month: 12, date: 31, utc: true })), "the strip's time axis ends on 31 December 2026");
      assert.match(chart.meta.title[lang], /2011–2026/);
      assert.ok(text(chart.spec.title).includes(chart.meta.title[lang]));
      assert.match(chart.meta.caption![lang], /2026/);
    });

    it("coalition structure, network and alignment matrix: the article's new camp member is drawn", () => {
      const structure = coalitionStructureChart(data, { lang });
      assert.ok((structure.figure.data[0] as { ids: string[] }).ids.includes(`russia_led/${actor.id}`));
      const network = coalitionNetworkChart(data, { lang });
      assert.ok((network.figure.data as Array<{ hovertext?: string[] }>).some((trace) => trace.hovertext?.includes(name(actor, lang))));
      const matrix = alignmentMatrixChart(data, { lang });
      const cells = collect(matrix.spec, "values").flat() as Array<{ actorFull?: string; perspective?: string }>;
      assert.equal(cells.filter((cell) => cell.actorFull === name(actor, lang)).length, 2, "a cell in each perspective");
    });

    it("sect versus coalition: the new member counts among the camp's Sunni-led members", () => {
      const chart = sectVersusCoalitionChart(data, { lang });
      const counts = collect(chart.spec, "values").flat() as Array<{ campId?: string; sectId?: string; actors?: string }>;
      assert.ok(counts.some((count) => count.campId === "russia_led" && count.sectId === "sunni" && count.actors!.includes(name(actor, lang))));
    });

    it("participation in 2025 and the events timeline of late 2025: the round and its new participant are drawn", () => {
      const participation = participationChart(data, { lang, year: 2025 });
      const [grid] = participation.figure.data as Array<{ x: string[]; y: string[] }>;
      assert.ok(grid!.x.includes(name(round, lang)));
      assert.ok(grid!.y.some((label) => label.replace(/<br>/g, " ") === name(actor, lang)));
      assert.match(text(participation.figure.layout.title), /2025/);
      const events = eventsTimelineChart(data, { lang, from: "2025-07-01", to: "2025-12-31" });
      const rounds = collect(events.spec, "values").flat() as Array<{ roundId?: string }>;
      assert.ok(rounds.some((row) => row.roundId === round.id));
    });
  });
}
