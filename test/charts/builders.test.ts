import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignmentMatrixChart, allCharts, campColors, coalitionNetworkChart, coalitionStructureChart, populationCompositionChart, sectColors, sectVersusCoalitionChart, talkRoundsTimelineChart, talkRoundsTimelinePlotlyChart } from "../../lib/src/charts";
import { labels, type Chart, type Lang, type VegaLiteChart } from "../../lib/src/vocabulary";
import { loadDataset } from "../../lib/src/datasets";
import { collect, fields, markTypes } from "./spec-query";

const data = loadDataset();
const langs: Lang[] = ["en", "id"];

/** The colour scale of the encodings whose field is `field`. */
function colorScale(chart: VegaLiteChart, field: string): { domain: string[]; range: string[] } {
  const scales = (collect(chart.spec, "color") as Array<{ field?: string; scale?: { domain: string[]; range: string[] } }>).filter(
    (color) => color.field === field && color.scale?.range,
  );
  assert.ok(scales.length > 0, `no colour scale on ${field}`);
  return scales[0].scale as { domain: string[]; range: string[] };
}

function campNames(lang: Lang): string[] {
  return data.camps.map((camp) => (lang === "en" ? camp.name_en : camp.name_ind));
}

function assertMeta(chart: Chart, lang: Lang, baseId: string): void {
  assert.equal(chart.meta.lang, lang);
  assert.equal(chart.meta.id, lang === "en" ? baseId : `${baseId}-id`);
  assert.ok(chart.meta.sourceIds.length > 0, "names its sources");
  const known = new Set(data.sources.map((source) => source.source_id));
  for (const id of chart.meta.sourceIds) assert.ok(known.has(id), `source ${id} exists`);
  const text = JSON.stringify(chart.library === "plotly" ? chart.figure : chart.spec);
  assert.ok(text.includes(`${labels.sources[lang]}: `), "has a source line");
}

describe("chart builders on the real data", () => {
  for (const lang of langs) {
    describe(`lang=${lang}`, () => {
      it("coalition structure: a sunburst of camps and their members in camp colours", () => {
        const chart = coalitionStructureChart(data, { lang });
        assertMeta(chart, lang, "coalition-structure");
        const [trace] = chart.figure.data as Array<{ type: string; ids: string[]; labels: string[]; parents: string[]; marker: { colors: string[] } }>;
        assert.equal(trace.type, "sunburst");
        const articleRows = data.alignments.filter((row) => row.perspective === "article");
        const campsShown = data.camps.filter((camp) => articleRows.some((row) => row.camp_id === camp.camp_id));
        for (const camp of campsShown) {
          const index = trace.ids.indexOf(camp.camp_id);
          assert.equal(trace.labels[index], lang === "en" ? camp.name_en : camp.name_ind);
          assert.equal(trace.marker.colors[index], campColors[camp.camp_id]);
        }
        assert.equal(trace.ids.length, campsShown.length + new Set(articleRows.map((row) => `${row.camp_id}/${row.actor_id}`)).size);
        assert.ok(JSON.stringify(chart.figure.layout).includes(labels.titles.coalitionStructure[lang]));
      });

      it("coalition network: every camp's nodes in its palette colour, support arrows, both perspectives", () => {
        const chart = coalitionNetworkChart(data, { lang });
        assertMeta(chart, lang, "coalition-network");
        const traces = chart.figure.data as Array<{ name: string; mode: string; marker?: { color: string }; line?: { dash?: string } }>;
        for (const camp of data.camps) {
          const nodes = traces.find((trace) => trace.name === (lang === "en" ? camp.name_en : camp.name_ind) && trace.mode === "markers+text");
          assert.ok(nodes, `nodes of ${camp.camp_id}`);
          assert.equal(nodes.marker?.color, campColors[camp.camp_id]);
        }
        assert.ok(traces.some((trace) => trace.name === labels.legends.edgeReference[lang] && trace.line?.dash === "dash"));
        const arrows = (chart.figure.layout.annotations as Array<{ showarrow: boolean }>).filter((a) => a.showarrow);
        assert.ok(arrows.length > 0 && arrows.length <= data.supportLinks.length);
      });

      it("coalition network: the layout does not depend on the rows' order, and no two nodes share a spot", () => {
        const chart = coalitionNetworkChart(data, { lang });
        const shuffled = { ...data, actors: [...data.actors].reverse(), alignments: [...data.alignments].reverse()};
        assert.deepEqual(coalitionNetworkChart(shuffled, { lang }), chart);
        const points = (chart.figure.data as Array<{ mode: string; x: number[]; y: number[] }>)
          .filter((trace) => trace.mode.startsWith("markers"))
          .flatMap((trace) => trace.x.map((x, i) => `${x},${trace.y[i]}`));
        assert.equal(new Set(points).size, points.length);
      });

      it("alignment matrix: rect + text per perspective, camp colours, disagreements marked", () => {
        const chart = alignmentMatrixChart(data, { lang });
        assertMeta(chart, lang, "alignment-matrix");
        assert.deepEqual(markTypes(chart), ["rect", "text"]);
        assert.ok(["actor", "camp", "role", "perspective"].every((field) => fields(chart).has(field)));
        const scale = colorScale(chart, "camp");
        const campIdByName = new Map(data.camps.map((camp, index) => [campNames(lang)[index], camp.camp_id]));
        assert.deepEqual(scale.range, scale.domain.map((name) => campColors[campIdByName.get(name)!]));
        const values = (chart.spec as { data: { values: Array<{ actor: string; perspective: string }> } }).data.values;
        assert.deepEqual(new Set(values.map((v) => v.perspective)), new Set(Object.values(labels.perspectives).map((p) => p[lang])));
        // The article puts Turkey in the Russia-led camp, the references do not: it must be flagged.
        const turkey = data.actors.find((actor) => actor.actor_id === "turkey")!;
        assert.ok(values.some((v) => v.actor === `${lang === "en" ? turkey.name_en : turkey.name_ind} *`));
      });

      it("talk-rounds timeline (Vega-Lite): ticks over 2012-2024, the 2017 rounds and events in detail", () => {
        const chart = talkRoundsTimelineChart(data, { lang });
        assertMeta(chart, lang, "talk-rounds-timeline");
        assert.deepEqual(markTypes(chart), ["bar", "point", "rect", "tick"]);
        const bars = collect(chart.spec, "values").flat() as Array<{ id?: string; laneId?: string; start: string }>;
        for (const round of data.talkRounds) assert.ok(bars.some((bar) => bar.id === round.round_id), round.round_id);
        const events2017 = data.events.filter((event) => event.date.startsWith("2017-"));
        assert.ok(events2017.length > 0);
        for (const event of events2017) assert.ok(bars.some((bar) => bar.id === event.event_id && bar.laneId === "events"));
        assert.ok(!bars.some((bar) => bar.laneId === "events" && !bar.start.startsWith("2017-")), "only 2017 events");
        assert.ok(JSON.stringify(chart.spec).includes(labels.axes.date[lang]));
      });

      it("talk-rounds timeline (Plotly): one trace per lane with every round", () => {
        const chart = talkRoundsTimelinePlotlyChart(data, { lang });
        assertMeta(chart, lang, "talk-rounds-timeline-plotly");
        const traces = chart.figure.data as Array<{ name: string; x: string[] }>;
        assert.deepEqual(traces.map((trace) => trace.name), [labels.processes.geneva[lang], labels.processes.astana[lang], labels.legends.events2017[lang]]);
        assert.equal(traces[0].x.length + traces[1].x.length, data.talkRounds.length);
      });

      it("population composition: range bars, per-source rules and points, religion and ethnicity", () => {
        const chart = populationCompositionChart(data, { lang });
        assertMeta(chart, lang, "population-composition");
        assert.deepEqual(markTypes(chart), ["bar", "bar", "point", "point", "rule", "rule"]);
        assert.ok(["low", "high", "share", "group", "source"].every((field) => fields(chart).has(field)));
        const titles = (collect(chart.spec, "title") as Array<{ text?: string }>).map((title) => title?.text);
        assert.ok(titles.includes(labels.dimensions.religion[lang]) && titles.includes(labels.dimensions.ethnicity[lang]));
        assert.ok(JSON.stringify(chart.spec).includes(labels.axes.populationShare[lang]));
      });

      it("sect versus coalition: population by sect beside camp members by sect, one sect palette", () => {
        const chart = sectVersusCoalitionChart(data, { lang });
        assertMeta(chart, lang, "sect-versus-coalition");
        const scale = colorScale(chart, "sect");
        const bySectName = new Map<string, keyof typeof sectColors>(Object.entries(labels.sects).map(([sect, name]) => [name[lang], sect as keyof typeof sectColors]));
        assert.deepEqual(scale.range, scale.domain.map((name) => sectColors[bySectName.get(name)!]));
        assert.ok(scale.domain.includes(labels.sects.sunni[lang]) && scale.domain.includes(labels.sects.alawite[lang]));
        assert.ok(fields(chart).has("members") && fields(chart).has("median"));
      });
    });
  }

  it("allCharts builds every chart once, with distinct ids", () => {
    const charts = allCharts(data);
    assert.equal(charts.length, 13);
    assert.equal(new Set(charts.map((chart) => chart.meta.id)).size, 13);
    assert.deepEqual(new Set(charts.map((chart) => chart.library)), new Set(["plotly", "vega-lite"]));
  });

  it("Indonesian charts carry no English titles", () => {
    for (const chart of allCharts(data, "id")) {
      const text = JSON.stringify(chart.library === "plotly" ? chart.figure : chart.spec);
      assert.ok(!text.includes(chart.meta.title.en), chart.meta.id);
      assert.ok(text.includes(chart.meta.title.id), chart.meta.id);
    }
  });
});
