/**
 * One definition of each wording: a word the charts, the tables and the report all print
 * ("Sources" / "Sumber") is written once and referred to elsewhere, so a corrected
 * translation reaches every place that shows it.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { captions, columnLabels, labels, reportText } from "../../lib/src/vocabulary";

type Wording = { en: string; id: string };

/** Every { en, id } entry of a dictionary, with its path. */
function wordings(value: unknown, path: string): Array<[string, Wording]> {
  if (value && typeof value === "object" && "en" in value && "id" in value) return [[path, value as Wording]];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => wordings(child, `${path}.${key}`));
}

// Values of two different data fields that happen to read the same: each enumeration covers its own field.
const sameWordOtherField = new Set(["labels.supportKinds.military", "labels.eventKinds.military"]);

test("each wording of the vocabulary is defined once: entries that read the same are one object", () => {
  const all = [...wordings(labels, "labels"), ...wordings(columnLabels, "columnLabels"), ...wordings(reportText, "reportText"), ...wordings(captions, "captions")];
  const byText = new Map<string, Array<[string, Wording]>>();
  for (const [path, wording] of all) {
    if (sameWordOtherField.has(path)) continue;
    const key = `${wording.en}\u0000${wording.id}`;
    byText.set(key, [...(byText.get(key) ?? []), [path, wording]]);
  }
  const written = [...byText.values()].filter((entries) => new Set(entries.map(([, wording]) => wording)).size > 1);
  assert.deepEqual(written.map((entries) => entries.map(([path]) => path).join(" = ")), []);
  // The report, the tables and the charts print "Sources" from one entry.
  assert.equal(reportText.sources, labels.sources);
  assert.equal(columnLabels.sources, labels.sources);
});
