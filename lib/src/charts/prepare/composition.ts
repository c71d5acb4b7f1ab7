import type { Lang } from "../../vocabulary";
import { localName } from "../../vocabulary";
import type { ChartData, PopulationGroupRow, Sect } from "../rows";

/** One source's estimate of one group's share, as a range (low = high for a point estimate). */
export interface ShareEstimate {
  estimateId: string;
  groupId: string;
  group: string;
  dimension: PopulationGroupRow["dimension"];
  sect: Sect | null;
  low: number;
  high: number;
  /** The stated share, or the middle of the stated range. */
  share: number;
  year: number;
  source: string;
  sourceId: string;
}

/** A group's estimates summarised: the middle estimate and the range across sources. */
export interface GroupShare {
  groupId: string;
  group: string;
  dimension: PopulationGroupRow["dimension"];
  sect: Sect | null;
  median: number;
  low: number;
  high: number;
  estimates: number;
}

/** Every composition estimate with its group, as low/share/high numbers. */
export function shareEstimates(data: Pick<ChartData, "populationGroups" | "composition" | "sources">, lang: Lang): ShareEstimate[] {
  const groups = new Map(data.populationGroups.map((group) => [group.group_id, group]));
  const sources = new Map(data.sources.map((source) => [source.source_id, source]));
  return data.composition.flatMap((row) => {
    const group = groups.get(row.group_id);
    const low = row.share_low ?? row.share_pct;
    const high = row.share_high ?? row.share_pct;
    if (!group || low === null || high === null) return [];
    return [{
      estimateId: row.estimate_id,
      groupId: group.group_id,
      group: localName(group, lang),
      dimension: group.dimension,
      sect: group.sect,
      low,
      high,
      share: row.share_pct ?? (low + high) / 2,
      year: row.year,
      source: sources.get(row.source_id)?.publisher ?? row.source_id,
      sourceId: row.source_id,
    }];
  });
}

/** Per group: the median estimate and the lowest and highest bound any source gives, largest group first. */
export function groupShares(estimates: readonly ShareEstimate[]): GroupShare[] {
  const byGroup = new Map<string, ShareEstimate[]>();
  for (const estimate of estimates) byGroup.set(estimate.groupId, [...(byGroup.get(estimate.groupId) ?? []), estimate]);
  return [...byGroup.values()]
    .map((rows) => ({
      groupId: rows[0].groupId,
      group: rows[0].group,
      dimension: rows[0].dimension,
      sect: rows[0].sect,
      median: median(rows.map((row) => row.share)),
      low: Math.min(...rows.map((row) => row.low)),
      high: Math.max(...rows.map((row) => row.high)),
      estimates: rows.length,
    }))
    .sort((a, b) => b.median - a.median || a.groupId.localeCompare(b.groupId));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
