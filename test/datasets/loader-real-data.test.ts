import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { actorsFrame, compositionFrame, loadDataset, talkRoundsFrame, validateDataset } from "../../lib/src/datasets";

/** sha256 of the article's 11 non-empty lines (the seed file), joined by line breaks. */
const articleFingerprint = "4d25c3105b93f711f82be6676d6ed2ef21c8a51d9cb022277903c9fbcd1f1f6d";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

describe("the real datasets", () => {
  const dataset = loadDataset();

  it("validate without a single issue", () => {
    assert.deepEqual(validateDataset().issues, []);
  });

  it("cite every source, and quote every cited reference that has a readable copy", () => {
    const { citations } = validateDataset();
    assert.deepEqual(citations.uncited, []);
    assert.deepEqual(citations.unquoted, []);
  });

  it("have the actors the article and the issue name", () => {
    assert.ok(dataset.actors.length >= 25, `only ${dataset.actors.length} actors`);
    const ids = new Set(dataset.actors.map((actor) => actor.actor_id));
    for (const required of ["syria_government", "russia", "iran", "turkey", "iraq", "united_states", "israel", "saudi_arabia", "qatar", "kazakhstan", "free_syrian_army", "sdf", "hezbollah", "isis", "hts", "un", "un_envoy_de_mistura"]) {
      assert.ok(ids.has(required), `missing actor ${required}`);
    }
  });

  it("cite one source row per article paragraph, with the article's exact text", () => {
    const paragraphs = dataset.sources.filter((source) => source.kind === "article_paragraph").sort((a, b) => a.paragraph! - b.paragraph!);
    assert.deepEqual(paragraphs.map((source) => source.paragraph), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // The article lives outside the repository; its paragraphs' fingerprint does not, so a fresh clone checks them too.
    assert.equal(sha256(paragraphs.map((source) => source.text).join("\n")), articleFingerprint);
  });

  it("fingerprint the article as the seed file reads, where the seed is at hand", (t) => {
    if (!fs.existsSync(paths.articleSeed)) return t.skip(`seed file not found at ${paths.articleSeed}: the fingerprint above still checks the text`);
    const seedParagraphs = fs.readFileSync(paths.articleSeed, "utf8").split("\n").filter((line) => line.length > 0);
    assert.equal(sha256(seedParagraphs.join("\n")), articleFingerprint);
  });

  it("keep the article's and the references' placement of Turkey side by side", () => {
    const turkey = dataset.alignments.filter((alignment) => alignment.actor_id === "turkey");
    assert.ok(turkey.some((row) => row.perspective === "article" && row.camp_id === "russia_led"));
    assert.ok(turkey.some((row) => row.perspective === "reference" && row.camp_id !== "russia_led"));
  });

  it("hold every Astana round from 1 to 22 and the Geneva conferences", () => {
    const astana = dataset.talkRounds.filter((round) => round.process === "astana").map((round) => round.round_number);
    assert.deepEqual([...astana].sort((a, b) => a! - b!), Array.from({ length: 22 }, (_, i) => i + 1));
    const genevaYears = new Set(dataset.talkRounds.filter((round) => round.process === "geneva").map((round) => round.start_date.slice(0, 4)));
    for (const year of ["2012", "2014", "2016", "2017"]) assert.ok(genevaYears.has(year), `no Geneva round in ${year}`);
  });

  it("estimate the population by religion and by ethnicity from at least two sources each", () => {
    const groups = new Map(dataset.populationGroups.map((group) => [group.group_id, group.dimension]));
    for (const dimension of ["religion", "ethnicity"] as const) {
      const sourcesOfDimension = new Set(dataset.composition.filter((estimate) => groups.get(estimate.group_id) === dimension).map((estimate) => estimate.source_id));
      assert.ok(sourcesOfDimension.size >= 2, `${dimension}: ${sourcesOfDimension.size} source(s)`);
    }
  });

  it("record the article's date slip '9 Juki 2017' as a claim", () => {
    assert.ok(dataset.claims.some((claim) => claim.text_ind.includes("9 Juki 2017")));
  });

  it("give every table a DataFrame with the schema's columns and dtypes", () => {
    const actors = actorsFrame(dataset);
    assert.equal(actors.shape[0], dataset.actors.length);
    assert.deepEqual(actors.columns.slice(0, 3), ["actor_id", "name_en", "name_ind"]);
    const rounds = talkRoundsFrame(dataset);
    assert.equal(rounds.danfo.column("start_date").dtype, "string");
    const composition = compositionFrame(dataset);
    assert.equal(composition.danfo.column("year").dtype, "int32");
    assert.equal(composition.danfo.column("share_pct").dtype, "float32");
  });
});
