import type { Dataset } from "../datasets/tables";
import { estimatesWithGroups } from "./composition";

/** One end of a group's estimates: the share and the years of the estimates that give it. */
export interface EstimateEnd {
  pct: number;
  years: number[];
}

/** A group's estimates summed up for prose: its lowest and highest share, and how independent its sources are. */
export interface GroupEstimates {
  group_id: string;
  estimates: number;
  sources: number;
  low: EstimateEnd;
  high: EstimateEnd;
  /**
   * Sources whose estimate the data's note ties to the CIA World Factbook's
   * figures (the note names the CIA or the Factbook): not independent of it.
   */
  factbookCopies: number;
}

const copyNote = /\bCIA\b|Factbook/;

/**
 * One population group's estimates (group_id of data/population_groups.csv), summed up for
 * prose: how many, from how many sources, the lowest and highest share with the years that
 * give them, and how many sources only repeat the CIA World Factbook. Throws when the group
 * has no estimate.
 */
export function groupEstimates(dataset: Dataset, groupId: string): GroupEstimates {
  const rows = estimatesWithGroups(dataset).rows("group_id", "low", "high", "year", "source_id").filter((row) => row.group_id === groupId);
  if (rows.length === 0) throw new Error(`no estimate of group ${groupId} in data/composition.csv`);
  const low = Math.min(...rows.map((row) => row.low));
  const high = Math.max(...rows.map((row) => row.high));
  const yearsOf = (keep: (row: (typeof rows)[number]) => boolean) => [...new Set(rows.filter(keep).map((row) => row.year))].sort((a, b) => a - b);
  const noteOf = new Map(dataset.composition.map((row) => [row.estimate_id, row.note ?? ""]));
  const copies = new Set(dataset.composition.filter((row) => row.group_id === groupId && copyNote.test(noteOf.get(row.estimate_id) ?? "")).map((row) => row.source_id));
  return {
    group_id: groupId,
    estimates: rows.length,
    sources: new Set(rows.map((row) => row.source_id)).size,
    low: { pct: low, years: yearsOf((row) => row.low === low) },
    high: { pct: high, years: yearsOf((row) => row.high === high) },
    factbookCopies: copies.size,
  };
}
