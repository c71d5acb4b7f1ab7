/**
 * The camps-on-a-date figure: what its marks show on a day, read back from the drawn chart
 * (vega's headless view, the slider's parameter set as a reader would set it), equals what the
 * analysis functions give for that day, in both languages.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import * as vega from "vega";
import { compile } from "vega-lite";
import { eventsInWindow, memberships, warPeriod } from "../../lib/src/analysis";
import { allCharts, campsOnDateChart, campsOnDateDefault, dayOfWar } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer, exportFigure } from "../../lib/src/export";
import { formatDate, labels, type Lang, type VegaLiteChart } from "../../lib/src/vocabulary";

const data = loadDataset();
const langs: Lang[] = ["en", "id"];

interface Shown {
  /** "camp/actor" of every actor line drawn. */
  members: string[];
  /** Event ids of the listed events. */
  events: string[];
  /** Every text the chart writes. */
  texts: string[];
}

type SceneNode = { marktype?: string; items?: SceneNode[]; datum?: Record<string, unknown>; text?: unknown };

/** What the chart draws when the slider stands on `day` (left where the spec puts it when omitted). */
async function shownOn(chart: VegaLiteChart, day?: string): Promise<Shown> {
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: "none" });
  try {
    if (day !== undefined) view.signal("day", dayOfWar(day));
    await view.runAsync();
    const texts: SceneNode[] = [];
    const walk = (node: SceneNode) => {
      if (node.marktype === "text") texts.push(...(node.items ?? []));
      for (const item of node.items ?? []) walk(item);
    };
    walk((view.scenegraph() as unknown as { root: SceneNode }).root);
    const data = texts.map((item) => item.datum ?? {});
    return {
      members: data.filter((datum) => "actorId" in datum).map((datum) => `${datum.campId}/${datum.actorId}`).sort(),
      events: data.filter((datum) => "eventId" in datum).map((datum) => String(datum.eventId)),
      texts: texts.map((item) => String(item.text)),
    };
  } finally {
    view.finalize();
  }
}

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const membersOn = (day: string) => memberships(data, "reference", { period: { from: day, to: day } }).map((m) => `${m.camp.camp_id}/${m.actor.actor_id}`).sort();
const eventsAround = (day: string) => eventsInWindow(data.events, shift(day, -90), shift(day, 90)).map((event) => event.event_id);

for (const lang of langs) {
  describe(`camps on a date (lang=${lang})`, () => {
    const chart = campsOnDateChart(data, { lang });

    it("shows on 9 July 2017, where the slider starts, the memberships and the events the analysis gives for that day", async () => {
      assert.equal(campsOnDateDefault, "2017-07-09");
      const shown = await shownOn(chart);
      assert.deepEqual(shown.members, membersOn("2017-07-09"));
      assert.deepEqual(shown.events, eventsAround("2017-07-09"));
      assert.ok(shown.members.includes("us_led/southern_front") && shown.events.includes("ev-2017-07-09-sw-ceasefire"), "the day of the south-west ceasefire");
      const headline = labels.legends.campsOn[lang].replace("{date}", formatDate("2017-07-09", lang));
      assert.ok(shown.texts.includes(headline), `no headline "${headline}" among ${JSON.stringify(shown.texts.slice(0, 5))}`);
    });

    it("follows the slider to any day of 2011–2025", async () => {
      for (const day of [warPeriod.from, "2013-06-01", "2015-09-30", "2018-07-31", "2024-12-08", warPeriod.to]) {
        const shown = await shownOn(chart, day);
        assert.deepEqual(shown.members, membersOn(day), day);
        assert.deepEqual(shown.events, eventsAround(day), day);
        assert.ok(shown.texts.includes(labels.legends.campsOn[lang].replace("{date}", formatDate(day, lang))), day);
      }
    });

    it("binds the day to a range input over the whole period, and says what the static images show", () => {
      const [param] = chart.spec.params as Array<{ name: string; value: number; bind: { input: string; min: number; max: number; step: number } }>;
      assert.deepEqual({ param: param!.name, value: param!.value, input: param!.bind.input, min: param!.bind.min, max: param!.bind.max, step: param!.bind.step }, { param: "day", value: dayOfWar("2017-07-09"), input: "range", min: 0, max: dayOfWar(warPeriod.to), step: 1 });
      assert.match(chart.meta.caption![lang], lang === "en" ? /show 9 July 2017 \(article ¶3: South-west Syria ceasefire takes effect/ : /menampilkan 9 Juli 2017 \(artikel ¶3: Gencatan senjata Suriah barat daya mulai berlaku/);
      assert.equal(chart.meta.id, lang === "en" ? "camps-on-date" : "camps-on-date-id");
      assert.ok(allCharts(data, lang).some((candidate) => candidate.meta.id === chart.meta.id), "allCharts exports it");
    });
  });
}

describe("camps on a date, exported", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "camps-on-date-"));
  after(async () => {
    await closeRenderer();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("exports in both languages: static images of 9 July 2017 in the language's words, an interactive page with the slider", async () => {
    for (const lang of langs) {
      const result = await exportFigure(campsOnDateChart(data, { lang }), { outDir: scratch, madeBy: "test/charts/camps-on-date.test.ts" });
      const id = lang === "en" ? "camps-on-date" : "camps-on-date-id";
      assert.deepEqual(result.files.map((file) => file.name).sort(), ["html", "json", "pdf", "png", "svg"].map((ext) => `${id}.${ext}`));
      const svg = fs.readFileSync(path.join(scratch, `${id}.svg`), "utf8");
      assert.ok(svg.includes(labels.legends.campsOn[lang].replace("{date}", formatDate("2017-07-09", lang))), `${id}.svg does not show 9 July 2017`);
      assert.ok(svg.includes(lang === "en" ? "South-west Syria ceasefire takes effect" : "Gencatan senjata Suriah barat daya mulai berlaku"));
      const html = fs.readFileSync(path.join(scratch, `${id}.html`), "utf8");
      assert.ok(html.includes('"input":"range"'), `${id}.html has no slider`);
    }
  });
});
