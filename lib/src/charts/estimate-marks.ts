import { groupSpreads, type ShareEstimate } from "../analysis";
import type { Sect } from "../datasets/tables";
import { localName, type Lang } from "../vocabulary";
import type { ChartData } from "./data";

/** One source's estimate as the composition marks draw it: analysis/composition.ts shareEstimates, named. */
export interface EstimateMark {
  estimateId: string;
  groupId: string;
  group: string;
  dimension: ShareEstimate["dimension"];
  sect: Sect | null;
  low: number;
  high: number;
  share: number;
  year: number;
  /** The source's publisher, for tooltips. */
  source: string;
  sourceId: string;
}

/** A group's median and range as the marks draw them: analysis/composition.ts groupSpreads, named, largest first. */
export interface GroupMark {
  groupId: string;
  group: string;
  dimension: ShareEstimate["dimension"];
  sect: Sect | null;
  median: number;
  low: number;
  high: number;
  estimates: number;
}

/** The estimates, with group names in `lang` and publishers. */
export function estimateMarks(estimates: readonly ShareEstimate[], data: Pick<ChartData, "populationGroups" | "sources">, lang: Lang): EstimateMark[] {
  const groups = new Map(data.populationGroups.map((group) => [group.group_id, group]));
  const sources = new Map(data.sources.map((source) => [source.source_id, source]));
  return estimates.map((estimate) => ({
    estimateId: estimate.estimate_id,
    groupId: estimate.group_id,
    group: localName(groups.get(estimate.group_id)!, lang),
    dimension: estimate.dimension,
    sect: estimate.sect,
    low: estimate.low,
    high: estimate.high,
    share: estimate.point,
    year: estimate.year,
    source: sources.get(estimate.source_id)?.publisher ?? estimate.source_id,
    sourceId: estimate.source_id,
  }));
}

/** Per group of the estimates: median and range across sources, with the group's name in `lang`. */
export function groupMarks(estimates: readonly ShareEstimate[], data: Pick<ChartData, "populationGroups">, lang: Lang): GroupMark[] {
  const groups = new Map(data.populationGroups.map((group) => [group.group_id, group]));
  return groupSpreads(estimates).map((spread) => ({
    groupId: spread.group_id,
    group: localName(groups.get(spread.group_id)!, lang),
    dimension: spread.dimension,
    sect: spread.sect,
    median: spread.median,
    low: spread.low,
    high: spread.high,
    estimates: spread.estimates,
  }));
}
