import * as dfd from "danfojs-node";
import { ALIGNMENT_ROLES, type Dataset } from "../datasets/tables";
import { actorsFrame, alignmentsFrame, campsFrame } from "../datasets/frames";
import { filterRows, frameRows, pivotTable, sortedBy } from "./frame-ops";
import { articleYear, campsByActor, memberships, yearPeriod, type AlignmentRole, type Perspective } from "./memberships";

/**
 * One row per (actor, camp) in the chosen perspective, for the alignments in
 * force during 2017, the year of the article, joined with the actor's kind, sect
 * and locality and the camp's names.
 */
export function campMembers(dataset: Dataset, perspective: Perspective, roles: readonly AlignmentRole[] = ALIGNMENT_ROLES): dfd.DataFrame {
  const kept = new Set(memberships(dataset, perspective, { period: yearPeriod(articleYear), roles }).map((membership) => membership.alignment.alignment_id));
  const alignments = filterRows(alignmentsFrame(dataset), (row) => kept.has(row.alignment_id as string));
  const slim = alignments.loc({ columns: ["actor_id", "camp_id", "role", "confidence"] });
  const actors = actorsFrame(dataset).loc({ columns: ["actor_id", "name_en", "name_ind", "kind", "sect", "locality"] });
  const camps = campsFrame(dataset).loc({ columns: ["camp_id", "name_en", "name_ind"] }).rename({ name_en: "camp_en", name_ind: "camp_ind" });
  const withActors = dfd.merge({ left: slim, right: actors, on: ["actor_id"], how: "inner" });
  const withCamps = dfd.merge({ left: withActors, right: camps, on: ["camp_id"], how: "inner" });
  return sortedBy(withCamps, ["camp_id", "actor_id"]);
}

/** Number of actors per camp by one of their attributes (kind, locality or sect). */
export function campMakeup(dataset: Dataset, perspective: Perspective, by: "kind" | "locality" | "sect"): dfd.DataFrame {
  const members = campMembers(dataset, perspective);
  const distinct = uniqueRows(members, ["camp_id", "actor_id", by]);
  return pivotTable(distinct, { index: "camp_id", columns: by });
}

function uniqueRows(frame: dfd.DataFrame, columns: string[]): dfd.DataFrame {
  const rows = frameRows<Record<string, string>>(frame.loc({ columns }));
  const unique = [...new Map(rows.map((row) => [JSON.stringify(columns.map((c) => row[c])), row])).values()];
  return new dfd.DataFrame(unique, { columns });
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
