import type { Actor, Alignment, Camp, SupportLink } from "../datasets/tables";

/** Whose account: "article" (the article's, undated) or "reference" (other sources', with validity dates). */
export type Perspective = Alignment["perspective"];
/** An actor's role in a camp: "leader", "member", "backer" or "partner". */
export type AlignmentRole = Alignment["role"];

/** A span of days, ISO dates, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** The calendar year as a period. */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The year the article was written: the period of every "in force" question by default. */
export const articleYear = 2017;

/**
 * Whether a row dated by valid_from/valid_to is in force at some day of the period. An empty
 * (or, in fixtures, missing) valid_from means "no start date known" and an empty valid_to
 * "not known to have ended" (end_status says whether a 2025 source shows it holding): both
 * are open, so an undated row holds throughout.
 *
 * @example
 * ```ts
 * inForce({ valid_from: "2015-09-30", valid_to: null }, yearPeriod(2017)); // true
 * inForce({ valid_from: "2014-09-22", valid_to: "2016-12-31" }, yearPeriod(2017)); // false
 * nb.dataset.alignments.filter((row) => inForce(row, { from: "2017-07-01", to: "2017-12-31" }));
 * ```
 */
export function inForce(row: Partial<Pick<Alignment, "valid_from" | "valid_to">>, period: Period): boolean {
  const from = row.valid_from ?? null;
  const to = row.valid_to ?? null;
  return (from === null || from <= period.to) && (to === null || to >= period.from);
}

/** The columns membership questions read: the loaded dataset fits as is, and so do small fixtures. */
export interface MembershipData {
  actors: ReadonlyArray<Pick<Actor, "actor_id" | "name_en" | "name_ind" | "kind" | "sect" | "locality" | "source_id">>;
  camps: ReadonlyArray<Pick<Camp, "camp_id" | "name_en" | "name_ind" | "source_id">>;
  alignments: ReadonlyArray<Pick<Alignment, "alignment_id" | "actor_id" | "camp_id" | "role" | "perspective" | "valid_from" | "valid_to" | "source_id">>;
}

/** One actor's place in one camp, with the rows it comes from. */
export interface Membership<D extends MembershipData = MembershipData> {
  actor: D["actors"][number];
  camp: D["camps"][number];
  alignment: D["alignments"][number];
}

/** Which memberships {@link memberships} and the functions built on it keep. */
export interface MembershipOptions {
  /** Only alignments in force during the period; every alignment when omitted. */
  period?: Period;
  /** Only these roles (default: all). */
  roles?: readonly AlignmentRole[];
}

/**
 * The memberships of one perspective, in the data's camp order and then by
 * actor id, so every table and chart lists them in the same stable order. An
 * actor with several rows for the same camp (e.g. successive periods) appears
 * once, with its first row. Alignments whose actor is unknown are left out.
 *
 * @example
 * ```ts
 * // The core of each camp in 2017, by the reference sources
 * const core = memberships(nb.dataset, "reference", { period: yearPeriod(2017), roles: ["leader", "member"] });
 * core.map(({ actor, camp }) => `${camp.name_en}: ${actor.name_en}`);
 * ```
 */
export function memberships<D extends MembershipData>(data: D, perspective: Perspective, options: MembershipOptions = {}): Array<Membership<D>> {
  const actors = new Map(data.actors.map((actor) => [actor.actor_id, actor]));
  const seen = new Set<string>();
  const result: Array<Membership<D>> = [];
  for (const camp of data.camps) {
    const rows = data.alignments
      .filter((row) => row.camp_id === camp.camp_id && row.perspective === perspective)
      .filter((row) => (options.period ? inForce(row, options.period) : true) && (options.roles ? options.roles.includes(row.role) : true))
      .sort((a, b) => a.actor_id.localeCompare(b.actor_id));
    for (const alignment of rows) {
      const actor = actors.get(alignment.actor_id);
      const key = `${camp.camp_id}/${alignment.actor_id}`;
      if (!actor || seen.has(key)) continue;
      seen.add(key);
      result.push({ actor, camp, alignment });
    }
  }
  return result;
}

/** Each actor's camps in one perspective (camp ids in camp order). */
export function campsByActor(data: MembershipData, perspective: Perspective, options: MembershipOptions = {}): Map<string, string[]> {
  const byActor = new Map<string, string[]>();
  for (const { actor, camp } of memberships(data, perspective, options)) byActor.set(actor.actor_id, [...(byActor.get(actor.actor_id) ?? []), camp.camp_id]);
  return byActor;
}

/**
 * Actors whose camps differ between the article and the reference sources,
 * counting only actors both perspectives place (silence is not disagreement).
 */
export function disagreeingActors(data: MembershipData, options: MembershipOptions = {}): Set<string> {
  const article = campsByActor(data, "article", options);
  const reference = campsByActor(data, "reference", options);
  return new Set(
    [...article].filter(([actorId, camps]) => {
      const other = reference.get(actorId);
      return other !== undefined && (other.length !== camps.length || camps.some((campId) => !other.includes(campId)));
    }).map(([actorId]) => actorId),
  );
}

/**
 * The camp each actor is drawn in when it can only be in one place: the
 * article's camp first (the article is the subject), else the reference one.
 */
export function primaryCampByActor(data: MembershipData, options: MembershipOptions = {}): Map<string, string> {
  const primary = new Map<string, string>();
  for (const perspective of ["article", "reference"] as const) {
    for (const { actor, camp } of memberships(data, perspective, options)) {
      if (!primary.has(actor.actor_id)) primary.set(actor.actor_id, camp.camp_id);
    }
  }
  return primary;
}

/** How many of a camp's members have a leadership of one sect, and which. */
export interface CampSectCount {
  camp_id: string;
  sect: Actor["sect"];
  actor_ids: string[];
}

/** Members of each camp counted by the sect of their leadership, in camp order, sects in order of first member. */
export function campSectCounts(data: MembershipData, perspective: Perspective, options: MembershipOptions = {}): CampSectCount[] {
  const counts = new Map<string, CampSectCount>();
  for (const { actor, camp } of memberships(data, perspective, options)) {
    const key = `${camp.camp_id}/${actor.sect}`;
    const entry = counts.get(key) ?? { camp_id: camp.camp_id, sect: actor.sect, actor_ids: [] };
    entry.actor_ids.push(actor.actor_id);
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/**
 * The alignments and support links in force during the period: reference rows by their
 * validity dates, and every article row (the article describes one moment, undated). What a
 * chart of one period draws, so that it never mixes camps that did not coexist.
 */
export function inForceDuring<D extends { alignments: ReadonlyArray<Pick<Alignment, "perspective"> & Partial<Pick<Alignment, "valid_from" | "valid_to">>>; supportLinks: ReadonlyArray<Partial<Pick<SupportLink, "valid_from" | "valid_to">>> }>(data: D, period: Period): D {
  return {
    ...data,
    alignments: data.alignments.filter((row) => row.perspective === "article" || inForce(row, period)),
    supportLinks: data.supportLinks.filter((link) => inForce(link, period)),
  };
}
