/**
 * For every chart and language: the data behind the chart's marks, read back from
 * the built spec or figure, equals what the analysis functions compute on the
 * real data (the tables the notebooks show). A chart that recomputes, and drifts,
 * fails here.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  campMakeup, campMembers, inForce, membershipPeriods, campSectCounts, compositionSpread, disagreeingActors, eventsInWindow, eventTable, memberships,
  participationPivot, primaryCampByActor, roundsByDate, roundsInWindow, shareEstimates, verdictCounts, verdictsByParagraph, yearPeriod,
} from "../../lib/src/analysis";
import {
  alignmentMatrixChart, campMembershipTimelineChart, claimVerdictsChart, coalitionNetworkChart, coalitionStructureChart, eventsTimelineChart, participationChart,
  populationCompositionChart, sectVersusCoalitionChart, talkRoundsTimelineChart, talkRoundsTimelinePlotlyChart, verdictsByParagraphChart,
} from "../../lib/src/charts";
import { claimsFrame, loadDataset } from "../../lib/src/datasets";
import { labels, localName, type Lang, type VegaLiteChart } from "../../lib/src/vocabulary";
import { collect } from "./spec-query";

const data = loadDataset();
const langs: Lang[] = ["en", "id"];

/** The distinct rows of every inline dataset of a spec that carry `key`. */
function rowsWith<T>(chart: VegaLiteChart, key: string): T[] {
  const seen = new Set<unknown>();
  return (collect(chart.spec, "values").flat() as Array<Record<string, unknown>>).filter((row) => key in row && !seen.has(row) && seen.add(row)) as T[];
}

const sorted = (values: Iterable<string>) => [...values].sort();
const byName = (lang: Lang) => new Map(data.actors.map((actor) => [localName(actor, lang), actor.actor_id]));

for (const lang of langs) {
  describe(`the marks show what the analysis computes (lang=${lang})`, () => {
    it("coalition structure: one outer segment per membership of the article's camps", () => {
      const [trace] = coalitionStructureChart(data, { lang }).figure.data as Array<{ ids: string[]; parents: string[] }>;
      const members = trace!.ids.filter((_, i) => trace!.parents[i] !== "");
      assert.deepEqual(members, memberships(data, "article").map((m) => `${m.camp.camp_id}/${m.actor.actor_id}`));
    });

    it("coalition network: one edge per membership of 2017 in each perspective, one node per actor placed or supported in 2017", () => {
      const chart = coalitionNetworkChart(data, { lang });
      const traces = chart.figure.data as Array<{ name: string; mode: string; x: Array<number | null>; hovertext?: string[] }>;
      const edges = (name: string) => traces.find((trace) => trace.name === name)!.x.filter((x) => x === null).length;
      const period = yearPeriod(2017);
      assert.equal(edges(labels.legends.edgeArticle[lang]), memberships(data, "article").length);
      assert.equal(edges(labels.legends.edgeReference[lang]), memberships(data, "reference", { period }).length);
      const names = byName(lang);
      const nodes = traces.filter((trace) => trace.mode === "markers+text").flatMap((trace) => trace.hovertext!.map((name) => names.get(name)!));
      const linked = data.supportLinks.filter((link) => inForce(link, period)).flatMap((link) => [link.from_actor_id, link.to_actor_id]);
      assert.deepEqual(sorted(nodes), sorted(new Set([...primaryCampByActor(data, { period }).keys(), ...linked])));
      // Gone before 2017 or arrived after it: not in the picture of 2017.
      for (const absent of ["un_envoy_annan", "un_envoy_brahimi", "syria_transitional_government"]) assert.ok(!nodes.includes(absent), absent);
    });

    it("camp membership timeline: one bar per membership period, with its camp and its clipped start and end", () => {
      const bars = rowsWith<{ actorFull: string; camp: string; start: string; end: string }>(campMembershipTimelineChart(data, { lang }), "actorFull");
      const camps = new Map(data.camps.map((camp) => [camp.camp_id, localName(camp, lang)]));
      const expected = membershipPeriods(data).map((period) => ({ actor: lang === "en" ? period.actor_en : period.actor_ind, camp: camps.get(period.camp_id), start: period.start, end: period.end }));
      assert.deepEqual(bars.map((bar) => ({ actor: bar.actorFull, camp: bar.camp, start: bar.start, end: bar.end })), expected);
      assert.ok(expected.some((bar) => bar.end < "2025-12-31"), "some membership ends inside the period");
    });

    it("alignment matrix: the memberships in force in 2017, the same as notebook 01's table, disagreements starred", () => {
      const chart = alignmentMatrixChart(data, { lang });
      const cells = rowsWith<{ actorId: string; campId: string; perspective: string; actor: string }>(chart, "campId");
      const period = yearPeriod(2017);
      for (const perspective of ["article", "reference"] as const) {
        const shown = cells.filter((cell) => cell.perspective === labels.perspectives[perspective][lang]).map((cell) => `${cell.actorId}/${cell.campId}`);
        assert.deepEqual(shown, memberships(data, perspective, { period }).map((m) => `${m.actor.actor_id}/${m.camp.camp_id}`));
        const table = campMembers(data, perspective).rows();
        assert.deepEqual(sorted(shown), sorted(table.map((row) => `${row.actor_id}/${row.camp_id}`)), `${perspective}: the notebook's campMembers`);
      }
      assert.deepEqual(sorted(new Set(cells.filter((cell) => cell.actor.endsWith(" *")).map((cell) => cell.actorId))), sorted(disagreeingActors(data, { period })));
      for (const gone of ["un_envoy_annan", "un_envoy_brahimi", "un_envoy_pedersen"]) assert.ok(!cells.some((cell) => cell.actorId === gone), `${gone} was not an envoy in 2017`);
      assert.match(JSON.stringify(chart.spec.title), /2017/, "the title names the period");
    });

    it("talk-rounds timeline (Vega-Lite): every round in date order and the events of 2017", () => {
      const bars = rowsWith<{ id: string; laneId: string }>(talkRoundsTimelineChart(data, { lang }), "laneId");
      const { from, to } = yearPeriod(2017);
      assert.deepEqual(sorted(bars.filter((bar) => bar.laneId !== "events").map((bar) => bar.id)), sorted(roundsByDate(data.talkRounds).map((round) => round.round_id)));
      assert.deepEqual(bars.filter((bar) => bar.laneId === "events").map((bar) => bar.id), eventsInWindow(data.events, from, to).map((event) => event.event_id));
    });

    it("talk-rounds timeline (Plotly): one mark per round on its process's lane, and the events of 2017", () => {
      const traces = talkRoundsTimelinePlotlyChart(data, { lang }).figure.data as Array<{ name: string; x: string[] }>;
      const count = (name: string) => traces.filter((trace) => trace.name === name).reduce((sum, trace) => sum + trace.x.length, 0);
      for (const process of ["astana", "geneva"] as const) assert.equal(count(labels.processes[process][lang]), data.talkRounds.filter((round) => round.process === process).length);
      const { from, to } = yearPeriod(2017);
      assert.equal(count(labels.legends.events2017[lang]), eventsInWindow(data.events, from, to).length);
    });

    it("population composition: range bars and estimate points equal compositionSpread and shareEstimates", () => {
      const chart = populationCompositionChart(data, { lang });
      const ranges = rowsWith<{ groupId: string; low: number; high: number; median: number }>(chart, "median");
      const spread = compositionSpread(data).rows()
        .filter((row) => row.dimension === "religion" || row.dimension === "ethnicity");
      assert.deepEqual(
        ranges.map((r) => [r.groupId, r.low, r.high, r.median]).sort(),
        spread.map((row) => [row.group_id, row.min_pct, row.max_pct, row.median_pct]).sort(),
      );
      const points = rowsWith<{ estimateId: string; low: number; high: number; share: number }>(chart, "estimateId");
      const estimates = shareEstimates(data).filter((e) => e.dimension === "religion" || e.dimension === "ethnicity");
      assert.deepEqual(points.map((p) => [p.estimateId, p.low, p.high, p.share]).sort(), estimates.map((e) => [e.estimate_id, e.low, e.high, e.point]).sort());
    });

    it("sect versus coalition: group medians from compositionSpread, members by sect from campMakeup", () => {
      const chart = sectVersusCoalitionChart(data, { lang });
      const groups = rowsWith<{ groupId: string; median: number; low: number; high: number }>(chart, "median");
      const sectOf = new Map(data.populationGroups.map((group) => [group.group_id, group.sect]));
      const religion = compositionSpread(data).rows()
        .filter((row) => row.dimension === "religion" && sectOf.get(row.group_id) !== null);
      assert.deepEqual(groups.map((g) => [g.groupId, g.median, g.low, g.high]).sort(), religion.map((row) => [row.group_id, row.median_pct, row.min_pct, row.max_pct]).sort());
      const counts = rowsWith<{ campId: string; sectId: string; members: number }>(chart, "members");
      assert.deepEqual(counts.map((c) => [c.campId, c.sectId, c.members]), campSectCounts(data, "article").map((c) => [c.camp_id, c.sect, c.actor_ids.length]));
      // The article's alignments carry no dates: the notebook's 2017 table counts the same members.
      const makeup = campMakeup(campMembers(data, "article"), "sect").rows();
      for (const count of counts) assert.equal(makeup.find((row) => row.camp_id === count.campId)![count.sectId], count.members, `${count.campId}/${count.sectId}`);
    });

    it("events timeline: the events of the window are eventTable's rows, the rounds those overlapping it", () => {
      const chart = eventsTimelineChart(data, { lang });
      const events = rowsWith<{ eventId: string }>(chart, "eventId");
      assert.deepEqual(events.map((event) => event.eventId), eventTable(data, "2017-07-01", "2017-12-31").rows().map((row) => row.event_id));
      const rounds = rowsWith<{ roundId: string }>(chart, "roundId");
      assert.deepEqual(rounds.map((round) => round.roundId), roundsInWindow(data.talkRounds, "2017-07-01", "2017-12-31").map((round) => round.round_id));
    });

    it("participation: every cell's roles are participationPivot's", () => {
      const [heatmap] = participationChart(data, { lang }).figure.data as Array<{ customdata: string[][][] }>;
      const pivot = participationPivot(data, 2017).rows();
      const rounds = Object.keys(pivot[0]!).filter((column) => column !== "actor_id");
      const roleName = new Map<string, string>(Object.entries(labels.participantRoles).map(([role, name]) => [name[lang], role]));
      const names = byName(lang);
      const shown = heatmap!.customdata.map((row) => {
        const actorId = names.get(row[0]![0]!)!;
        return [actorId, ...row.map((cell) => (cell[2] === labels.participantRoles.absent[lang] ? "" : cell[2]!.split(", ").map((name) => roleName.get(name)!).sort().join(", ")))];
      });
      assert.deepEqual(shown.sort(), pivot.map((row) => [row.actor_id!, ...rounds.map((round) => row[round]!)]).sort());
    });

    it("claim verdicts: the bars are verdictCounts, or the counts passed in, and a verdict with no claim is a bar at 0", () => {
      const bars = rowsWith<{ verdict: string; claims: number }>(claimVerdictsChart(data, { lang }), "verdictLabel");
      const counts = verdictCounts(claimsFrame(data)).rows();
      assert.deepEqual(bars.filter((bar) => bar.claims > 0).map((bar) => [bar.verdict, bar.claims]), counts.map((row) => [row.verdict, row.claims]));
      assert.equal(bars.length, 4);
      const fewer = verdictCounts(claimsFrame(data).filter((claim) => claim.verdict !== "supported"));
      const passed = rowsWith<{ verdict: string; claims: number }>(claimVerdictsChart(data, { lang, counts: fewer }), "verdictLabel");
      assert.equal(passed.find((bar) => bar.verdict === "supported")?.claims, 0);
      assert.deepEqual(passed.filter((bar) => bar.claims > 0).map((bar) => [bar.verdict, bar.claims]), fewer.rows().map((row) => [row.verdict, row.claims]));
    });

    it("verdicts by paragraph: each stack is verdictsByParagraph's row", () => {
      const traces = verdictsByParagraphChart(data, { lang }).figure.data as Array<{ name: string; x: number[]; y: number[] }>;
      const table = verdictsByParagraph(data).rows();
      const verdictOf = new Map<string, string>(Object.entries(labels.verdicts).map(([verdict, name]) => [name[lang], verdict]));
      for (const trace of traces) {
        const verdict = verdictOf.get(trace.name)!;
        assert.deepEqual(trace.x.map((paragraph, i) => [paragraph, trace.y[i]]), table.map((row) => [row.paragraph, row[verdict]]), verdict);
      }
    });
  });
}
