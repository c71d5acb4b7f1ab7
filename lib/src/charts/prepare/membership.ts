import type { ActorRow, AlignmentRow, CampRow, ChartData } from "../rows";

export type Perspective = AlignmentRow["perspective"];

/** One actor's place in one camp, with the rows it comes from. */
export interface Membership {
  actor: ActorRow;
  camp: CampRow;
  alignment: AlignmentRow;
}

/**
 * The memberships of one perspective, in the data's camp order and then by
 * actor id, so every chart lists them in the same stable order. An actor with
 * several rows for the same camp (e.g. successive periods) appears once.
 */
export function campMemberships(data: Pick<ChartData, "actors" | "camps" | "alignments">, perspective: Perspective): Membership[] {
  const actors = new Map(data.actors.map((actor) => [actor.actor_id, actor]));
  const seen = new Set<string>();
  const memberships: Membership[] = [];
  for (const camp of data.camps) {
    const rows = data.alignments
      .filter((row) => row.camp_id === camp.camp_id && row.perspective === perspective)
      .sort((a, b) => a.actor_id.localeCompare(b.actor_id));
    for (const alignment of rows) {
      const actor = actors.get(alignment.actor_id);
      const key = `${camp.camp_id}/${alignment.actor_id}`;
      if (!actor || seen.has(key)) continue;
      seen.add(key);
      memberships.push({ actor, camp, alignment });
    }
  }
  return memberships;
}

/**
 * The camp each actor is drawn in when it can only be in one place: the
 * article's camp first (the article is the subject), else the reference one.
 */
export function primaryCampByActor(data: Pick<ChartData, "actors" | "camps" | "alignments">): Map<string, string> {
  const primary = new Map<string, string>();
  for (const perspective of ["article", "reference"] as const) {
    for (const { actor, camp } of campMemberships(data, perspective)) {
      if (!primary.has(actor.actor_id)) primary.set(actor.actor_id, camp.camp_id);
    }
  }
  return primary;
}
