import * as dfd from "danfojs-node";
import type { Dataset, Sect } from "../datasets/tables";
import { compositionFrame, populationGroupsFrame } from "../datasets/frames";
import { campMembers, type AlignmentRole, type Perspective } from "./coalitions";
import { frameRows, sortedBy } from "./frame-ops";

/**
 * Every estimate joined with its group, with derived columns: the low and high
 * ends (a point estimate is its own range) and the point used for medians (the
 * stated value, or the middle of the stated range).
 */
export function estimatesWithGroups(dataset: Dataset): dfd.DataFrame {
  const estimates = compositionFrame(dataset);
  const rows = frameRows<{ share_pct: number; share_low: number; share_high: number }>(estimates);
  const isValue = (value: number) => typeof value === "number" && Number.isFinite(value);
  const low = rows.map((row) => (isValue(row.share_low) ? row.share_low : row.share_pct));
  const high = rows.map((row) => (isValue(row.share_high) ? row.share_high : row.share_pct));
  estimates.addColumn("low", low, { inplace: true });
  estimates.addColumn("high", high, { inplace: true });
  estimates.addColumn("point", rows.map((row, i) => (isValue(row.share_pct) ? row.share_pct : (low[i]! + high[i]!) / 2)), { inplace: true });
  const groups = populationGroupsFrame(dataset).loc({ columns: ["group_id", "dimension", "name_en", "name_ind"] });
  return dfd.merge({ left: estimates, right: groups, on: ["group_id"], how: "inner" });
}

/** Per group: number of estimates and of distinct sources, lowest and highest bound, spread, and median point. */
export function compositionSpread(dataset: Dataset): dfd.DataFrame {
  const estimates = estimatesWithGroups(dataset);
  const stats = estimates.groupby(["dimension", "group_id", "name_en", "name_ind"]).agg({ low: "min", high: "max", point: "median", estimate_id: "count" });
  const sourcesPerGroup = new Map<string, Set<string>>();
  for (const row of frameRows<{ group_id: string; source_id: string }>(estimates)) {
    sourcesPerGroup.set(row.group_id, (sourcesPerGroup.get(row.group_id) ?? new Set()).add(row.source_id));
  }
  const renamed = stats.rename({ low_min: "min_pct", high_max: "max_pct", point_median: "median_pct", estimate_id_count: "estimates" });
  renamed.addColumn("sources", (renamed["group_id"].values as string[]).map((id) => sourcesPerGroup.get(id)?.size ?? 0), { inplace: true });
  renamed.addColumn("spread_pct", (renamed["max_pct"].values as number[]).map((max, i) => Math.round((max - (renamed["min_pct"].values as number[])[i]!) * 10) / 10), { inplace: true });
  return sortedBy(renamed, ["dimension", "group_id"]);
}

export interface Bounds {
  low: number;
  high: number;
}

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
  const estimates = frameRows<{ estimate_id: string; group_id: string; dimension: string; year: number; low: number; high: number; source_id: string }>(estimatesWithGroups(dataset));
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
  const members = frameRows<{ camp_id: string; sect: Sect }>(campMembers(dataset, perspective, roles));
  const spread = frameRows<{ group_id: string; dimension: string; min_pct: number; max_pct: number }>(compositionSpread(dataset));
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
