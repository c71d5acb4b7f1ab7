/**
 * A notebook's visible analysis cell and the library function its charts and findings
 * fall back on are one computation: the same chain of frame verbs, and the same result.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { transformSync } from "esbuild";
import * as analysis from "../../lib/src/analysis";
import { paths } from "../../lib/src/config/paths";
import * as datasets from "../../lib/src/datasets";
import * as frames from "../../lib/src/frames";
import { diplomacyWindow } from "../../lib/src/findings";

const dataset = datasets.loadDataset();
const squeeze = (code: string) => code.replace(/\s+/g, "");

function cellSources(notebook: string): string[] {
  const cells = (JSON.parse(readFileSync(path.join(paths.notebooks, `${notebook}.ipynb`), "utf8")) as { cells: Array<{ cell_type: string; source: string[] }> }).cells;
  return cells.filter((cell) => cell.cell_type === "code").map((cell) => cell.source.join(""));
}

/** The expression after `const name =` in a notebook cell, up to the statement's end. */
function assigned(source: string, name: string): string {
  const match = new RegExp(`const ${name} = ([\\s\\S]*?);\\n`).exec(`${source}\n`);
  assert.ok(match, `no "const ${name} =" in the cell`);
  return match[1]!;
}

/** The expression a library function returns. */
function returned(file: string, fn: string): string {
  const source = readFileSync(path.join(paths.root, "lib", "src", "analysis", file), "utf8");
  const match = new RegExp(`export function ${fn}\\([^)]*\\) \\{\\n  return ([\\s\\S]*?);\\n\\}`).exec(source);
  assert.ok(match, `no single return in ${fn}`);
  return match[1]!;
}

/** Runs an expression of a notebook cell with the library's exports and the given variables in scope. */
function evaluate(expression: string, scope: Record<string, unknown>): unknown {
  // esbuild strips the types: loading TypeScript under tsx costs the test process about half a CPU second more.
  const js = transformSync(`return ${expression};`, { loader: "ts", target: "es2022" }).code;
  const names = { ...datasets, ...frames, ...analysis, ...scope };
  return new Function(...Object.keys(names), js)(...Object.values(names));
}

describe("notebook 05: claims per verdict", () => {
  const cells = cellSources("05-claims-check");
  const cell = cells.find((source) => source.includes("const perVerdict ="))!;

  it("the analysis cell's chain is verdictCounts's chain, verb for verb", () => {
    assert.equal(assigned(cell, "claims"), "claimsFrame(nb.dataset)");
    assert.equal(squeeze(assigned(cell, "perVerdict")), squeeze(returned("claims.ts", "verdictCounts")));
  });

  it("the cell's result equals verdictCounts's", () => {
    const claims = datasets.claimsFrame(dataset);
    const shown = evaluate(assigned(cell, "perVerdict"), { claims }) as ReturnType<typeof analysis.verdictCounts>;
    assert.deepEqual(shown.rows(), analysis.verdictCounts(claims).rows());
    assert.ok(shown.length > 0);
  });

  it("the chart and the findings take the cell's result", () => {
    assert.ok(cells.some((source) => /claimVerdictsChart\(nb\.dataset, \{[^}]*counts: perVerdict/.test(source)));
    assert.ok(cells.some((source) => source.includes("claimsCheckFindings(nb.dataset, perVerdict)")));
  });
});

describe("notebook 04: events of the window per kind", () => {
  const cell = cellSources("04-2017-diplomacy").find((source) => source.includes("const perKind ="))!;

  it("the analysis cell's chain is eventsByKind's chain, verb for verb", () => {
    assert.equal(assigned(cell, "events"), "eventTable(nb.dataset, diplomacyWindow.from, diplomacyWindow.to)");
    assert.equal(squeeze(assigned(cell, "perKind")), squeeze(returned("event-coverage.ts", "eventsByKind")));
  });

  it("the cell's result equals eventsByKind's", () => {
    const events = analysis.eventTable(dataset, diplomacyWindow.from, diplomacyWindow.to);
    const shown = evaluate(assigned(cell, "perKind"), { events }) as ReturnType<typeof analysis.eventsByKind>;
    assert.deepEqual(shown.rows(), analysis.eventsByKind(events).rows());
    assert.equal(shown.rows().reduce((sum, row) => sum + row.events, 0), events.length);
  });
});

describe("notebook 03: rounds per year, and round length and gaps per track", () => {
  const cells = cellSources("03-talk-rounds");
  const perYearCell = cells.find((source) => source.includes("const perYear ="))!;
  const summaryCell = cells.find((source) => source.includes("const summary ="))!;

  it("the analysis cells' chains are roundsPerYear's and scheduleSummary's, verb for verb", () => {
    assert.equal(squeeze(assigned(perYearCell, "perYear")), squeeze(returned("talks.ts", "roundsPerYear")).replace("(dataset)", "(nb.dataset)"));
    assert.equal(assigned(summaryCell, "schedule"), "roundSchedule(nb.dataset)");
    assert.equal(squeeze(assigned(summaryCell, "summary")), squeeze(returned("talks.ts", "scheduleSummary")));
  });

  it("the cells' results equal roundsPerYear's and scheduleSummary's", () => {
    const perYear = evaluate(assigned(perYearCell, "perYear"), { nb: { dataset } }) as analysis.RoundsPerYear;
    assert.deepEqual(perYear.rows(), analysis.roundsPerYear(dataset).rows());
    assert.equal(perYear.rows().reduce((sum, year) => sum + year.total, 0), dataset.talkRounds.length);
    const schedule = analysis.roundSchedule(dataset);
    const tenth = evaluate(assigned(summaryCell, "tenth"), {});
    const summary = evaluate(assigned(summaryCell, "summary"), { schedule, tenth }) as analysis.ScheduleSummary;
    assert.deepEqual(summary.rows(), analysis.scheduleSummary(schedule).rows());
  });

  it("the findings take the cells' results", () => {
    assert.ok(cells.some((source) => source.includes("talkRoundsFindings(nb.dataset, perYear, summary)")));
  });
});

describe("notebook 02: the spread of the estimates per group", () => {
  const cells = cellSources("02-sectarian-composition");
  const cell = cells.find((source) => source.includes("const spread ="))!;

  it("the analysis cell's chain is compositionSpread's chain, verb for verb", () => {
    assert.equal(squeeze(assigned(cell, "spread")), squeeze(returned("composition.ts", "compositionSpread")).replace("(dataset)", "(nb.dataset)"));
  });

  it("the cell's result equals compositionSpread's", () => {
    const spread = evaluate(assigned(cell, "spread"), { nb: { dataset } }) as analysis.CompositionSpread;
    assert.deepEqual(spread.rows(), analysis.compositionSpread(dataset).rows());
    assert.equal(spread.rows().reduce((sum, group) => sum + group.estimates, 0), dataset.composition.length);
  });

  it("the findings take the cell's result", () => {
    assert.ok(cells.some((source) => source.includes("sectarianCompositionFindings(nb.dataset, spread)")));
  });
});

describe("notebook 01: each camp's make-up", () => {
  const cells = cellSources("01-actors-and-coalitions");
  const membersCell = cells.find((source) => source.includes("const articleMembers ="))!;
  const cell = cells.find((source) => source.includes("const localityReference ="))!;
  const pivots = [
    { name: "kindArticle", members: "articleMembers", by: "kind" },
    { name: "kindReference", members: "referenceMembers", by: "kind" },
    { name: "sectArticle", members: "articleMembers", by: "sect" },
    { name: "localityCounts", members: "referenceMembers", by: "locality" },
  ] as const;
  const members = { articleMembers: analysis.campMembers(dataset, "article"), referenceMembers: analysis.campMembers(dataset, "reference") };

  it("the analysis cell's pivots are campMakeup's, and its locality table campLocality's, verb for verb", () => {
    assert.equal(assigned(membersCell, "articleMembers"), 'campMembers(nb.dataset, "article")');
    assert.equal(assigned(membersCell, "referenceMembers"), 'campMembers(nb.dataset, "reference")');
    for (const { name, members: frame, by } of pivots) {
      const chain = squeeze(returned("coalitions.ts", "campMakeup")).replace(/^members\./, `${frame}.`).replace("columns:by", `columns:"${by}"`);
      assert.equal(squeeze(assigned(cell, name)), chain, name);
    }
    assert.equal(squeeze(assigned(cell, "localityReference")), squeeze(returned("locality.ts", "campLocality")).replace(/^makeup\./, "localityCounts."));
  });

  it("the cell's tables equal campMakeup's and campLocality's", () => {
    for (const { name, members: frame, by } of pivots) {
      const shown = evaluate(assigned(cell, name), members) as analysis.CampMakeup;
      assert.deepEqual(shown.rows(), analysis.campMakeup(members[frame], by).rows(), name);
      // Each actor has one kind, sect and locality: a camp's counts add up to its distinct members.
      for (const camp of shown.rows()) {
        const total = Object.entries(camp).reduce((sum, [column, count]) => (column === "camp_id" ? sum : sum + Number(count)), 0);
        assert.equal(total, new Set(members[frame].rows("camp_id", "actor_id").filter((row) => row.camp_id === camp.camp_id).map((row) => row.actor_id)).size, `${name} ${camp.camp_id}`);
      }
    }
    const localityCounts = evaluate(assigned(cell, "localityCounts"), members) as analysis.CampMakeup;
    const shown = evaluate(assigned(cell, "localityReference"), { localityCounts }) as analysis.CampLocality;
    assert.deepEqual(shown.rows(), analysis.campLocality(analysis.campMakeup(members.referenceMembers, "locality")).rows());
    assert.ok(shown.length > 0);
  });

  it("the findings take the cell's tables", () => {
    assert.ok(cells.some((source) => source.includes("actorsAndCoalitionsFindings(nb.dataset, localityReference, sectArticle)")));
  });
});
