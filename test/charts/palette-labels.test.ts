import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { campColor, campColors, sectColors, unalignedColor } from "../../lib/src/charts";
import { labels } from "../../lib/src/vocabulary";
import { loadDataset } from "../../lib/src/datasets";

const data = loadDataset();

/** Every { en, id } leaf of the label dictionary, with its path. */
function entries(value: unknown, path: string): Array<[string, Record<string, unknown>]> {
  if (value && typeof value === "object" && "en" in value) return [[path, value as Record<string, unknown>]];
  return Object.entries(value as object).flatMap(([key, child]) => entries(child, `${path}.${key}`));
}

describe("palette", () => {
  it("has a colour for every camp in the data", () => {
    for (const camp of data.camps) assert.ok(campColors[camp.camp_id], `camp ${camp.camp_id} has a colour`);
  });

  it("gives each camp a distinct colour, none the grey of unaligned actors", () => {
    const colors = data.camps.map((camp) => campColor(camp.camp_id).toLowerCase());
    assert.equal(new Set([...colors, unalignedColor.toLowerCase()]).size, colors.length + 1);
  });

  it("has a colour for every sect in the data", () => {
    const sects = new Set([...data.actors.map((actor) => actor.sect), ...data.populationGroups.flatMap((group) => (group.sect ? [group.sect] : []))]);
    for (const sect of sects) assert.ok(sectColors[sect], sect);
  });
});

describe("labels", () => {
  it("every entry has a non-empty English and Indonesian text", () => {
    for (const [path, entry] of entries(labels, "labels")) {
      assert.deepEqual(Object.keys(entry).sort(), ["en", "id"], path);
      assert.ok(String(entry.en).trim() && String(entry.id).trim(), path);
    }
  });

  it("covers every sect, actor kind, support kind, event kind and role in the data", () => {
    for (const actor of data.actors) {
      assert.ok(labels.sects[actor.sect], actor.sect);
      assert.ok(labels.actorKinds[actor.kind], actor.kind);
    }
    for (const link of data.supportLinks) assert.ok(labels.supportKinds[link.kind], link.kind);
    for (const event of data.events) assert.ok(labels.eventKinds[event.kind], event.kind);
    for (const alignment of data.alignments) assert.ok(labels.roles[alignment.role], alignment.role);
    for (const claim of data.claims) assert.ok(labels.verdicts[claim.verdict], claim.verdict);
  });
});
