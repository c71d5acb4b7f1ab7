import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimVerdictsChart, eventColor, eventsTimelineChart, participationChart, participationColors, processColors, verdictColors, verdictsByParagraphChart } from "../../lib/src/charts";
import { labels, type Chart, type Lang, type VegaLiteChart } from "../../lib/src/vocabulary";
import { loadDataset } from "../../lib/src/datasets";
import { collect, fields, markTypes } from "./spec-query";
import { fixture } from "./fixture";

const data = loadDataset();
const langs: Lang[] = ["en", "id"];
const verdictOrder = ["supported", "partly_supported", "contradicted", "unverifiable"] as const;
const roleOrder = ["delegation", "guarantor", "observer", "mediator", "host", "absent"] as const;

/** Every scale of a channel (color, fill...) over `field`. */
function scalesOf(chart: VegaLiteChart, channel: string, field: string): Array<{ domain: string[]; range: string[] }> {
  return (collect(chart.spec, channel) as Array<{ field?: string; scale?: { domain: string[]; range: string[] } }>)
    .filter((encoding) => encoding?.field === field && encoding.scale?.range)
    .map((encoding) => encoding.scale as { domain: string[]; range: string[] });
}

/** The value with every nested object frozen. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function text(chart: Chart): string {
  return JSON.stringify(chart.library === "plotly" ? chart.figure : chart.spec);
}

function assertMeta(chart: Chart, lang: Lang, baseId: string): void {
  assert.equal(chart.meta.lang, lang);
  assert.equal(chart.meta.id, lang === "en" ? baseId : `${baseId}-id`);
  assert.ok(chart.meta.sourceIds.length > 0, "names its sources");
  const known = new Set(data.sources.map((source) => source.source_id));
  for (const id of chart.meta.sourceIds) assert.ok(known.has(id), `source ${id} exists`);
  assert.ok(text(chart).includes(`${labels.sources[lang]}: `), "has a source line");
}

/** Values of the layers whose data holds rows with `key`. */
function layerValues<T>(chart: VegaLiteChart, key: string): T[] {
  const seen = new Set<unknown>();
  return (collect(chart.spec, "values").flat() as Array<Record<string, unknown>>).filter((row) => {
    if (!(key in row) || seen.has(row)) return false;
    seen.add(row);
    return true;
  }) as T[];
}

function unique<T>(values: T[]): T[] {
  return [...new Map(values.map((value) => [JSON.stringify(value), value])).values()];
}

describe("events, participation and claim charts on the real data", () => {
  for (const lang of langs) {
    describe(`lang=${lang}`, () => {
      it("events timeline: the window's events as points, its rounds as spans in process colours", () => {
        const chart = eventsTimelineChart(data, { lang });
        assertMeta(chart, lang, "events-2017");
        assert.deepEqual(unique(markTypes(chart)), ["bar", "point", "rect", "text"]);
        assert.ok(["date", "row", "mentioned", "title", "start", "end", "process"].every((field) => fields(chart).has(field)));

        const inWindow = data.events.filter((event) => event.date >= "2017-07-01" && event.date <= "2017-12-31");
        const events = unique(layerValues<{ eventId: string; inArticle: boolean; mentioned: string }>(chart, "eventId"));
        assert.deepEqual(events.map((event) => event.eventId).sort(), inWindow.map((event) => event.event_id).sort());
        for (const event of inWindow) {
          const shown = events.find((e) => e.eventId === event.event_id)!;
          assert.equal(shown.inArticle, event.article_source_id !== null);
          assert.equal(shown.mentioned, event.article_source_id !== null ? labels.legends.inArticle[lang] : labels.legends.notInArticle[lang]);
        }
        const rounds = unique(layerValues<{ roundId: string }>(chart, "roundId"));
        const roundsInWindow = data.talkRounds.filter((round) => round.end_date >= "2017-07-01" && round.start_date <= "2017-12-31");
        assert.deepEqual(rounds.map((round) => round.roundId).sort(), roundsInWindow.map((round) => round.round_id).sort());

        // Filled (event colour) for events the article mentions, open (white) for the others; a legend says which.
        const [fill] = scalesOf(chart, "fill", "mentioned");
        assert.deepEqual(fill.domain, [labels.legends.inArticle[lang], labels.legends.notInArticle[lang]]);
        assert.deepEqual(fill.range, [eventColor, "#ffffff"]);
        for (const scale of scalesOf(chart, "color", "process")) {
          assert.deepEqual(scale.domain, [labels.processes.astana[lang], labels.processes.geneva[lang]]);
          assert.deepEqual(scale.range, [processColors.astana, processColors.geneva]);
        }
        assert.ok(text(chart).includes(labels.axes.dateMonth[lang]) && text(chart).includes(labels.titles.eventsTimeline[lang]));
      });

      it("participation: a heatmap of actors × the year's rounds in date order, coloured by role", () => {
        const chart = participationChart(data, { lang });
        assertMeta(chart, lang, "participation-2017");
        const [heatmap, ...legend] = chart.figure.data as Array<Record<string, any>>;
        assert.equal(heatmap.type, "heatmap");
        const rounds2017 = data.talkRounds.filter((round) => round.start_date.startsWith("2017-")).sort((a, b) => a.start_date.localeCompare(b.start_date));
        assert.deepEqual(heatmap.x, rounds2017.map((round) => (lang === "en" ? round.label_en : round.label_ind)));
        const roundIds = new Set(rounds2017.map((round) => round.round_id));
        const rows = data.roundParticipants.filter((row) => roundIds.has(row.round_id));
        const actorIds = new Set(rows.map((row) => row.actor_id));
        assert.equal(heatmap.y.length, actorIds.size);
        // Actor names from the data, in the chosen language (full name in the hover data).
        const names = new Set((heatmap.customdata as string[][][]).map((row) => row[0][0]));
        assert.deepEqual(names, new Set(data.actors.filter((a) => actorIds.has(a.actor_id)).map((a) => (lang === "en" ? a.name_en : a.name_ind))));
        // Every attended cell is a role, every other cell absent: counts equal the rows.
        const z = heatmap.z as number[][];
        const present = z.flat().filter((value) => roleOrder[value] !== "absent").length;
        assert.equal(present, new Set(rows.map((row) => `${row.round_id}/${row.actor_id}`)).size);
        assert.equal(z.flat().length, actorIds.size * rounds2017.length);
        for (const role of ["guarantor", "delegation", "observer"] as const) {
          assert.equal(z.flat().filter((value) => roleOrder[value] === role).length, rows.filter((row) => row.role === role).length, role);
        }
        // The stepped colour scale and the legend both use the palette, in role order.
        const steps = (heatmap.colorscale as Array<[number, string]>).filter((_, index) => index % 2 === 0).map(([, color]) => color);
        assert.deepEqual(steps, roleOrder.map((role) => participationColors[role]));
        assert.deepEqual(legend.map((trace) => trace.type), roleOrder.map(() => "scatter"));
        assert.deepEqual(legend.map((trace) => trace.name), roleOrder.map((role) => labels.participantRoles[role][lang]));
        assert.deepEqual(legend.map((trace) => trace.marker.color), roleOrder.map((role) => participationColors[role]));
        assert.ok(text(chart).includes(labels.titles.participation[lang]));
      });

      it("participation: another year has its own rounds and id", () => {
        const chart = participationChart(data, { lang, year: 2018 });
        assert.equal(chart.meta.id, lang === "en" ? "participation-2018" : "participation-2018-id");
        const [heatmap] = chart.figure.data as Array<{ x: string[] }>;
        assert.equal(heatmap.x.length, data.talkRounds.filter((round) => round.start_date.startsWith("2018-")).length);
      });

      it("claim verdicts: a bar and a count label per verdict, in fixed order and verdict colours", () => {
        const chart = claimVerdictsChart(data, { lang });
        assertMeta(chart, lang, "claim-verdicts");
        assert.deepEqual(unique(markTypes(chart)), ["bar", "text"]);
        assert.ok(fields(chart).has("claims") && fields(chart).has("verdictLabel"));
        const values = (chart.spec as { data: { values: Array<{ verdict: string; verdictLabel: string; claims: number }> } }).data.values;
        assert.deepEqual(values.map((value) => value.verdict), [...verdictOrder]);
        for (const value of values) {
          assert.equal(value.claims, data.claims.filter((claim) => claim.verdict === value.verdict).length, value.verdict);
          assert.equal(value.verdictLabel, labels.verdicts[value.verdict as keyof typeof labels.verdicts][lang]);
        }
        assert.equal(values.reduce((sum, value) => sum + value.claims, 0), data.claims.length);
        const [scale] = scalesOf(chart, "color", "verdictLabel");
        assert.deepEqual(scale.domain, verdictOrder.map((verdict) => labels.verdicts[verdict][lang]));
        assert.deepEqual(scale.range, verdictOrder.map((verdict) => verdictColors[verdict]));
        assert.ok(text(chart).includes(labels.axes.claims[lang]) && text(chart).includes(labels.titles.claimVerdicts[lang]));
      });

      it("verdicts by paragraph: stacked bars over every paragraph 1-11, one trace per verdict", () => {
        const chart = verdictsByParagraphChart(data, { lang });
        assertMeta(chart, lang, "verdicts-by-paragraph");
        const traces = chart.figure.data as Array<{ type: string; name: string; x: number[]; y: number[]; marker: { color: string } }>;
        assert.equal(chart.figure.layout.barmode, "stack");
        assert.deepEqual(traces.map((trace) => trace.type), verdictOrder.map(() => "bar"));
        assert.deepEqual(traces.map((trace) => trace.name), verdictOrder.map((verdict) => labels.verdicts[verdict][lang]));
        assert.deepEqual(traces.map((trace) => trace.marker.color), verdictOrder.map((verdict) => verdictColors[verdict]));
        const paragraphs = Array.from({ length: 11 }, (_, index) => index + 1);
        assert.deepEqual((chart.figure.layout.xaxis as { tickvals: number[] }).tickvals, paragraphs);
        const paragraphOf = new Map(data.sources.map((source) => [source.source_id, source.paragraph]));
        verdictOrder.forEach((verdict, index) => {
          assert.deepEqual(traces[index].x, paragraphs);
          const expected = paragraphs.map((p) => data.claims.filter((claim) => claim.verdict === verdict && paragraphOf.get(claim.source_id) === p).length);
          assert.deepEqual(traces[index].y, expected, verdict);
        });
        const total = traces.reduce((sum, trace) => sum + trace.y.reduce((a, b) => a + b, 0), 0);
        assert.equal(total, data.claims.length);
        assert.ok(text(chart).includes(labels.axes.paragraph[lang]));
      });
    });
  }

  it("titles and labels change with the language", () => {
    for (const build of [eventsTimelineChart, participationChart, claimVerdictsChart, verdictsByParagraphChart] as Array<(d: typeof data, o: { lang: Lang }) => Chart>) {
      const en = text(build(data, { lang: "en" }));
      const id = text(build(data, { lang: "id" }));
      assert.notEqual(en, id);
      const meta = build(data, { lang: "id" }).meta;
      assert.ok(id.includes(meta.title.id) && !id.includes(meta.title.en), meta.id);
      assert.ok(en.includes(meta.title.en), meta.id);
    }
    assert.ok(text(claimVerdictsChart(data, { lang: "id" })).includes(labels.verdicts.partly_supported.id));
    assert.ok(text(participationChart(data, { lang: "id" })).includes(labels.participantRoles.guarantor.id));
  });

  it("events timeline: another window has its own events and id", () => {
    const chart = eventsTimelineChart(data, { from: "2017-01-01", to: "2017-06-30" });
    assert.equal(chart.meta.id, "events-2017-01-01-2017-06-30");
    const events = unique(layerValues<{ eventId: string; date: string }>(chart, "eventId"));
    assert.ok(events.every((event) => event.date >= "2017-01-01" && event.date <= "2017-06-30"));
    assert.equal(events.length, data.events.filter((event) => event.date >= "2017-01-01" && event.date <= "2017-06-30").length);
  });

  it("builders read their rows without changing them, and do not depend on the rows' order", () => {
    const frozen = deepFreeze(structuredClone(data));
    const reversed = { ...data, events: [...data.events].reverse(), talkRounds: [...data.talkRounds].reverse(), roundParticipants: [...data.roundParticipants].reverse() };
    for (const build of [eventsTimelineChart, participationChart] as Array<(d: typeof data) => Chart>) {
      // A builder writing into its input throws on frozen rows (test files run in strict mode).
      const chart = build(frozen);
      assert.deepEqual(build(reversed), chart);
    }
  });

  it("small fixtures work", () => {
    const verdicts = claimVerdictsChart(fixture);
    const values = (verdicts.spec as { data: { values: Array<{ verdict: string; claims: number }> } }).data.values;
    assert.deepEqual(values.map((value) => value.claims), [1, 1, 1, 0]);
    const byParagraph = verdictsByParagraphChart(fixture);
    // The fixture's sources list paragraphs up to 11: every one is on the axis.
    assert.equal((byParagraph.figure.data[0] as { x: number[] }).x.length, 11);
    assert.equal(participationChart(fixture).figure.data.length, 1 + roleOrder.length);
  });
});
