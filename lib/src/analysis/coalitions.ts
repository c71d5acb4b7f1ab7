import { ALIGNMENT_ROLES, type Dataset } from "../datasets/tables";
import { actorsFrame, alignmentsFrame, campsFrame } from "../datasets/frames";
import type { Frame } from "../frames";
import { articleYear, campsByActor, memberships, yearPeriod, type AlignmentRole, type Perspective } from "./memberships";

/**
 * One row per (actor, camp) in the chosen perspective, for the alignments in
 * force during 2017, the year of the article, joined with the actor's kind, sect
 * and locality and the camp's names.
 */
export function campMembers(dataset: Dataset, perspective: Perspective, roles: readonly AlignmentRole[] = ALIGNMENT_ROLES) {
  const kept = new Set(memberships(dataset, perspective, { period: yearPeriod(articleYear), roles }).map((membership) => membership.alignment.alignment_id));
  const alignments = alignmentsFrame(dataset).filter((row) => kept.has(row.alignment_id)).select("actor_id", "camp_id", "role", "confidence");
  const actors = actorsFrame(dataset).select("actor_id", "name_en", "name_ind", "kind", "sect", "locality");
  const camps = campsFrame(dataset).select("camp_id", "name_en", "name_ind").rename({ name_en: "camp_en", name_ind: "camp_ind" });
  return alignments.merge(actors, { on: "actor_id" }).merge(camps, { on: "camp_id" }).sort(["camp_id", "actor_id"]);
}

/** What {@link campMembers} returns: the members notebook 01 shows, and counts in its make-up tables. */
export type CampMembers = ReturnType<typeof campMembers>;
/** One row of {@link CampMembers}. */
export type CampMember = CampMembers extends Frame<infer R> ? R : never;
/** The attributes of its members a camp's make-up is counted by. */
export type MakeupAttribute = "kind" | "locality" | "sect";

/**
 * Distinct actors per camp by one of their attributes (kind, locality or sect), one column per
 * value of it (0 where a camp has none): the pivot notebook 01 shows in its analysis cell, verb
 * for verb (test/notebooks/visible-analysis.test.ts compares them).
 */
export function campMakeup(members: Frame<Pick<CampMember, "camp_id" | "actor_id" | MakeupAttribute>>, by: MakeupAttribute) {
  return members.pivot({ index: "camp_id", columns: by, values: ["actor_id", "nunique"] });
}

/** What {@link campMakeup} returns: a make-up table of notebook 01, which its findings take. */
export type CampMakeup = ReturnType<typeof campMakeup>;

/** One actor's camps in 2017 as the article gives them beside the reference sources' (camp ids joined with ";", sorted). */
export interface PlacementComparison {
  actor_id: string;
  name_en: string;
  article_camps: string;
  reference_camps: string;
  agrees: boolean;
}

/**
 * For every actor the article places in a camp: the article's camps beside the
 * camps reference sources give for 2017. Disagreements are the analysis.
 */
export function comparePlacements(dataset: Dataset): PlacementComparison[] {
  const period = yearPeriod(articleYear);
  const article = campsByActor(dataset, "article", { period });
  const reference = campsByActor(dataset, "reference", { period });
  const names = new Map(dataset.actors.map((actor) => [actor.actor_id, actor.name_en]));
  return [...article.keys()].sort().map((actorId) => {
    const a = [...article.get(actorId)!].sort();
    const r = [...(reference.get(actorId) ?? [])].sort();
    return {
      actor_id: actorId,
      name_en: names.get(actorId) ?? actorId,
      article_camps: a.join(";"),
      reference_camps: r.join(";"),
      agrees: a.join(";") === r.join(";"),
    };
  });
}
