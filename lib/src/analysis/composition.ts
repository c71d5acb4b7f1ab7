import type { CompositionEstimate, Dataset, PopulationGroup, Sect } from "../datasets/tables";
import { compositionFrame, populationGroupsFrame } from "../datasets/frames";
import { campMembers } from "./coalitions";
import type { AlignmentRole, Perspective } from "./memberships";

/** The columns estimate questions read: the loaded dataset fits as is, and so do small fixtures. */
export interface EstimateData {
  populationGroups: ReadonlyArray<Pick<PopulationGroup, "group_id" | "dimension" | "sect">>;
  composition: ReadonlyArray<Pick<CompositionEstimate, "estimate_id" | "group_id" | "share_pct" | "share_low" | "share_high" | "year" | "source_id">>;
}

/** One source's estimate of one group's share, as a range: a point estimate is its own range. */
export interface ShareEstimate {
  estimate_id: string;
  group_id: string;
  dimension: PopulationGroup["dimension"];
  sect: Sect | null;
  low: number;
  high: number;
  /** The point used for medians: the stated value, or the middle of the stated range. */
  point: number;
  year: number;
  source_id: string;
}

/** Every estimate of a known group, with its low and high ends and its point. */
export function shareEstimates(data: EstimateData): ShareEstimate[] {
  const groups = new Map(data.populationGroups.map((group) => [group.group_id, group]));
  return data.composition.flatMap((row) => {
    const group = groups.get(row.group_id);
    const low = row.share_low ?? row.share_pct;
    const high = row.share_high ?? row.share_pct;
    if (!group || low === null || high === null) return [];
    const { estimate_id, group_id, year, source_id } = row;
    return [{ estimate_id, group_id, dimension: group.dimension, sect: group.sect, low, high, point: row.share_pct ?? (low + high) / 2, year, source_id }];
  });
}

/** A group's estimates summarised: the median point and the lowest and highest bound any source gives. */
export interface GroupSpread {
  group_id: string;
  dimension: PopulationGroup["dimension"];
  sect: Sect | null;
  median: number;
  low: number;
  high: number;
  estimates: number;
  /** Distinct sources behind the estimates. */
  sources: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Per group of the estimates: median, range and counts, largest median first (then by group id). */
export function groupSpreads(estimates: readonly ShareEstimate[]): GroupSpread[] {
  const byGroup = new Map<string, ShareEstimate[]>();
  for (const estimate of estimates) byGroup.set(estimate.group_id, [...(byGroup.get(estimate.group_id) ?? []), estimate]);
  return [...byGroup.values()]
    .map((rows) => ({
      group_id: rows[0]!.group_id,
      dimension: rows[0]!.dimension,
      sect: rows[0]!.sect,
      median: median(rows.map((row) => row.point)),
      low: Math.min(...rows.map((row) => row.low)),
      high: Math.max(...rows.map((row) => row.high)),
      estimates: rows.length,
      sources: new Set(rows.map((row) => row.source_id)).size,
    }))
    .sort((a, b) => b.median - a.median || a.group_id.localeCompare(b.group_id));
}

/**
 * Every estimate joined with its group, with derived columns: the low and high
 * ends (a point estimate is its own range) and the point used for medians (the
 * stated value, or the middle of the stated range).
 */
export function estimatesWithGroups(dataset: Dataset) {
  const derived = new Map(shareEstimates(dataset).map((estimate) => [estimate.estimate_id, estimate]));
  const estimates = compositionFrame(dataset).derive({
    low: (row) => derived.get(row.estimate_id)?.low ?? NaN,
    high: (row) => derived.get(row.estimate_id)?.high ?? NaN,
    point: (row) => derived.get(row.estimate_id)?.point ?? NaN,
  });
  const groups = populationGroupsFrame(dataset).select("group_id", "dimension", "name_en", "name_ind");
  return estimates.merge(groups, { on: "group_id" });
}

/**
 * Per group: its estimates and distinct sources, and the lowest, median and highest share
 * they give, with the spread: the chain notebook 02 shows in its analysis cell, verb for
 * verb (test/notebooks/visible-analysis.test.ts compares them).
 */
export function compositionSpread(dataset: Dataset) {
  return estimatesWithGroups(dataset)
    .groupby("dimension", "group_id")
    .agg({ estimates: ["estimate_id", "count"], sources: ["source_id", "nunique"], min_pct: ["low", "min"], median_pct: ["point", "median"], max_pct: ["high", "max"] })
    .derive({ spread_pct: (group) => Math.round((group.max_pct - group.min_pct) * 10) / 10 });
}

/** What {@link compositionSpread} returns: the table notebook 02 computes, which its findings take. */
export type CompositionSpread = ReturnType<typeof compositionSpread>;

/** A range of shares, in percent. */
export interface Bounds {
  low: number;
  high: number;
}

/** The article's claim that most Syrians are Sunni Arabs, against every estimate: see {@link testSunniArabMajority}. */
export interface SunniArabTest {
  /** Direct estimates of the Sunni Arab share, oldest first. */
  direct: Array<{ estimate_id: string; year: number; low: number; high: number; source_id: string }>;
  /** Sunni Muslim share (all ethnicities) across sources. */
  sunni: Bounds;
  /** Arab share (all religions) across sources. */
  arab: Bounds;
  /**
   * What the two marginal shares alone imply for Sunni Arabs: at least
   * sunni.low + arab.low − 100 (both groups overlap that much in any population),
   * at most the smaller of the two highs.
   */
  implied: Bounds;
  /** Direct estimates whose whole range is above 50 %. */
  majorityEstimates: number;
  /** Direct estimates whose range includes 50 %: neither a majority nor a minority for sure. */
  straddlingEstimates: number;
  /** Direct estimates whose whole range is below 50 %. */
  minorityEstimates: number;
}

function boundsOf(estimates: Array<{ low: number; high: number }>): Bounds {
  return { low: Math.min(...estimates.map((e) => e.low)), high: Math.max(...estimates.map((e) => e.high)) };
}

/** The article's claim (paragraph 5) that most Syrians are Sunni Arabs, tested against every estimate. */
export function testSunniArabMajority(dataset: Dataset): SunniArabTest {
  const estimates = estimatesWithGroups(dataset).rows("estimate_id", "group_id", "dimension", "year", "low", "high", "source_id");
  const sectOf = new Map(dataset.populationGroups.map((group) => [group.group_id, group.sect]));
  const direct = estimates
    .filter((row) => row.dimension === "religion_ethnicity" && sectOf.get(row.group_id) === "sunni")
    .map(({ estimate_id, year, low, high, source_id }) => ({ estimate_id, year, low, high, source_id }))
    .sort((a, b) => a.year - b.year);
  const sunni = boundsOf(estimates.filter((row) => row.dimension === "religion" && sectOf.get(row.group_id) === "sunni"));
  const arab = boundsOf(estimates.filter((row) => row.group_id === "arab"));
  return {
    direct,
    sunni,
    arab,
    implied: { low: Math.max(0, Math.round((sunni.low + arab.low - 100) * 10) / 10), high: Math.min(sunni.high, arab.high) },
    majorityEstimates: direct.filter((row) => row.low > 50).length,
    straddlingEstimates: direct.filter((row) => row.low <= 50 && row.high >= 50).length,
    minorityEstimates: direct.filter((row) => row.high < 50).length,
  };
}

/** One camp's sect match: the sects of its core members' leadership, and the share of the population in those sects. See {@link sectMatchByCamp}. */
export interface SectMatch {
  camp_id: string;
  /** Distinct sects of the camp members' leadership. */
  member_sects: string;
  /** Share of Syria's population in religious groups of those sects: lowest and highest across sources. */
  matched_low_pct: number;
  matched_high_pct: number;
}

/**
 * For each camp: the share of Syria's population whose sect matches the
 * leadership of at least one of the camp's core members (leaders and members by
 * default; backers and partners stand outside the core). Only religious groups tied to one sect
 * count (aggregates such as "Alawites, Ismailis and Shia" mix sects); each group
 * contributes its lowest and highest estimate.
 */
export function sectMatchByCamp(dataset: Dataset, perspective: Perspective, roles: readonly AlignmentRole[] = ["leader", "member"]): SectMatch[] {
  const members = campMembers(dataset, perspective, roles).rows("camp_id", "sect");
  const spread = compositionSpread(dataset).rows("group_id", "dimension", "min_pct", "max_pct");
  const sectOf = new Map(dataset.populationGroups.map((group) => [group.group_id, group.sect]));
  const camps = [...new Set(members.map((row) => row.camp_id))].sort();
  return camps.map((campId) => {
    const sects = new Set(members.filter((row) => row.camp_id === campId).map((row) => row.sect));
    const matched = spread.filter((group) => group.dimension === "religion" && sects.has(sectOf.get(group.group_id) as Sect));
    const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 10) / 10;
    return {
      camp_id: campId,
      member_sects: [...sects].sort().join(";"),
      matched_low_pct: sum(matched.map((group) => group.min_pct)),
      matched_high_pct: sum(matched.map((group) => group.max_pct)),
    };
  });
}
