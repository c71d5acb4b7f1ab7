import type { Dataset, Sect } from "../datasets/tables";
import { frameOf } from "../frames";
import { campMembers } from "./coalitions";
import type { AlignmentRole } from "./memberships";
import { sectMatchByCamp } from "./composition";

/** One camp's sect match under the article's membership beside the reference sources' one. */
export interface SectMatchComparison {
  camp_id: string;
  article_sects: string;
  article_low_pct: number;
  article_high_pct: number;
  reference_sects: string;
  reference_low_pct: number;
  reference_high_pct: number;
  /** reference_low_pct − article_low_pct, in points. */
  change_low_pct: number;
}

/** sectMatchByCamp for both perspectives, side by side, for the camps both perspectives have. */
export function compareSectMatch(dataset: Dataset): SectMatchComparison[] {
  const reference = new Map(sectMatchByCamp(dataset, "reference").map((row) => [row.camp_id, row]));
  return sectMatchByCamp(dataset, "article").flatMap((article) => {
    const ref = reference.get(article.camp_id);
    if (!ref) return [];
    return [
      {
        camp_id: article.camp_id,
        article_sects: article.member_sects,
        article_low_pct: article.matched_low_pct,
        article_high_pct: article.matched_high_pct,
        reference_sects: ref.member_sects,
        reference_low_pct: ref.matched_low_pct,
        reference_high_pct: ref.matched_high_pct,
        change_low_pct: Math.round((ref.matched_low_pct - article.matched_low_pct) * 10) / 10,
      },
    ];
  });
}

/** {@link compareSectMatch} as a DataFrame, one row per camp, for a notebook table. */
export function compareSectMatchTable(dataset: Dataset) {
  return frameOf(compareSectMatch(dataset), {
    name: "sect_match",
    columns: ["camp_id", "article_sects", "article_low_pct", "article_high_pct", "reference_sects", "reference_low_pct", "reference_high_pct", "change_low_pct"],
  });
}

/** A camp's core member (leader or member) with the sect of its leadership. */
export interface CoreMember {
  actor_id: string;
  sect: Sect;
}

/** The core members of a camp in one perspective and not in the other: why the two sect matches differ. */
export function coreDifference(dataset: Dataset, campId: string, roles: readonly AlignmentRole[] = ["leader", "member"]): { articleOnly: CoreMember[]; referenceOnly: CoreMember[] } {
  const core = (perspective: "article" | "reference") =>
    campMembers(dataset, perspective, roles)
      .rows("camp_id", "actor_id", "sect")
      .filter((row) => row.camp_id === campId)
      .map(({ actor_id, sect }) => ({ actor_id, sect }));
  const article = core("article");
  const reference = core("reference");
  const has = (rows: CoreMember[], id: string) => rows.some((row) => row.actor_id === id);
  return { articleOnly: article.filter((row) => !has(reference, row.actor_id)), referenceOnly: reference.filter((row) => !has(article, row.actor_id)) };
}
