import type { Lang } from "../../vocabulary";
import { labels, localName, shortName } from "../../vocabulary";
import type { ChartData } from "../rows";
import { campMemberships, type Perspective } from "./membership";

/** One filled cell of the actor × camp matrix, for one perspective. */
export interface AlignmentCell {
  actorId: string;
  /** Actor name (shortened for the axis), with " *" when the perspectives disagree about it. */
  actor: string;
  campId: string;
  camp: string;
  perspective: string;
  role: string;
  /** Sort rank of the actor: disagreements first, then camp order. */
  rank: number;
  sourceId: string;
}

/** The camps each perspective puts each actor in. */
function campSets(data: Pick<ChartData, "actors" | "camps" | "alignments">): Record<Perspective, Map<string, Set<string>>> {
  const sets = { article: new Map<string, Set<string>>(), reference: new Map<string, Set<string>>() };
  for (const perspective of ["article", "reference"] as const) {
    for (const { actor, camp } of campMemberships(data, perspective)) {
      const set = sets[perspective].get(actor.actor_id) ?? new Set<string>();
      set.add(camp.camp_id);
      sets[perspective].set(actor.actor_id, set);
    }
  }
  return sets;
}

/**
 * Actors whose camps differ between the article and the reference sources,
 * counting only actors both perspectives speak about (silence is not disagreement).
 */
export function disagreeingActors(data: Pick<ChartData, "actors" | "camps" | "alignments">): Set<string> {
  const sets = campSets(data);
  const disagreeing = new Set<string>();
  for (const [actorId, article] of sets.article) {
    const reference = sets.reference.get(actorId);
    if (reference && (reference.size !== article.size || [...article].some((campId) => !reference.has(campId)))) {
      disagreeing.add(actorId);
    }
  }
  return disagreeing;
}

/** The cells of the alignment matrix, both perspectives, disagreeing actors ranked first. */
export function alignmentCells(data: Pick<ChartData, "actors" | "camps" | "alignments">, lang: Lang): AlignmentCell[] {
  const disagreeing = disagreeingActors(data);
  const memberships = (["article", "reference"] as const).flatMap((perspective) =>
    campMemberships(data, perspective).map((membership) => ({ ...membership, perspective })),
  );
  // Disagreeing actors first; otherwise the actor's first appearance (camp order).
  const firstSeen = [...new Set(memberships.map((m) => m.actor.actor_id))];
  const order = [...firstSeen].sort(
    (a, b) => Number(disagreeing.has(b)) - Number(disagreeing.has(a)) || firstSeen.indexOf(a) - firstSeen.indexOf(b),
  );
  return memberships.map(({ actor, camp, alignment, perspective }) => ({
    actorId: actor.actor_id,
    actor: shortName(localName(actor, lang), 32) + (disagreeing.has(actor.actor_id) ? " *" : ""),
    campId: camp.camp_id,
    camp: localName(camp, lang),
    perspective: labels.perspectives[perspective][lang],
    role: labels.roles[alignment.role][lang],
    rank: order.indexOf(actor.actor_id),
    sourceId: alignment.source_id,
  }));
}
