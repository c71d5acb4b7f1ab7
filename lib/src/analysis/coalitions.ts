import { ALIGNMENT_ROLES, type Dataset } from "../datasets/tables";
import { actorsFrame, alignmentsFrame, campsFrame } from "../datasets/frames";
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

/** Number of actors per camp by one of their attributes (kind, locality or sect). */
export function campMakeup(dataset: Dataset, perspective: Perspective, by: "kind" | "locality" | "sect") {
  return campMembers(dataset, perspective).pivot({ index: "camp_id", columns: by, values: ["actor_id", "nunique"] });
}

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
