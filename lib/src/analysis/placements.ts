import type { Dataset } from "../datasets/tables";
import { inForce, yearPeriod, type AlignmentRole, type Perspective } from "./memberships";

/** One camp an actor is placed in, with its role and, for reference rows, the dates. */
export interface Placement {
  camp_id: string;
  role: AlignmentRole;
  valid_from: string | null;
  valid_to: string | null;
}

/** An actor the article places, with its places in both perspectives for one year (the article's 2017 by default). */
export interface ActorPlacements {
  actor_id: string;
  article: Placement[];
  reference: Placement[];
  /** Same set of camps in both perspectives (roles aside), as comparePlacements decides. */
  agrees: boolean;
}

/**
 * For every actor the article places in a camp: its camps and roles as the article
 * states them and as reference sources state them for the year. The detail behind
 * comparePlacements: which roles and since when.
 */
export function actorPlacements(dataset: Pick<Dataset, "alignments">, year = 2017): ActorPlacements[] {
  const period = yearPeriod(year);
  const places = (actorId: string, perspective: Perspective) =>
    dataset.alignments
      .filter((row) => row.actor_id === actorId && row.perspective === perspective && (perspective === "article" || inForce(row, period)))
      .map(({ camp_id, role, valid_from, valid_to }) => ({ camp_id, role, valid_from, valid_to }))
      .sort((a, b) => a.camp_id.localeCompare(b.camp_id) || a.role.localeCompare(b.role));
  const placed = [...new Set(dataset.alignments.filter((row) => row.perspective === "article").map((row) => row.actor_id))].sort();
  return placed.map((actorId) => {
    const article = places(actorId, "article");
    const reference = places(actorId, "reference");
    const camps = (rows: Placement[]) => [...new Set(rows.map((row) => row.camp_id))].sort().join(";");
    return { actor_id: actorId, article, reference, agrees: camps(article) === camps(reference) };
  });
}
