import type { Actor, Alignment, Camp } from "../datasets/tables";
import { articleYear, inForce, yearPeriod, type AlignmentRole, type Period, type Perspective } from "./memberships";

/** The span the membership timeline covers: from the uprising of 2011 to the end of 2025. */
export const warPeriod: Period = { from: "2011-01-01", to: "2025-12-31" };

/**
 * The rows membershipPeriods reads. Validity dates may be missing as well as
 * empty (chart fixtures leave them out): both mean open.
 */
export interface MembershipInput {
  actors: ReadonlyArray<Pick<Actor, "actor_id" | "name_en" | "name_ind">>;
  camps: ReadonlyArray<Pick<Camp, "camp_id" | "name_en" | "name_ind">>;
  alignments: ReadonlyArray<Pick<Alignment, "alignment_id" | "actor_id" | "camp_id" | "role" | "perspective" | "source_id"> & Partial<Pick<Alignment, "valid_from" | "valid_to" | "end_status">>>;
}

/** One alignment row drawn as a bar: its days inside the period, and how each end was found. */
export interface MembershipPeriod {
  alignment_id: string;
  actor_id: string;
  actor_en: string;
  actor_ind: string;
  camp_id: string;
  camp_en: string;
  camp_ind: string;
  role: AlignmentRole;
  /** First day inside the period (valid_from, or the period's start when it is earlier or unknown). */
  start: string;
  /** Last day inside the period (valid_to, or the period's end when it is later or empty). */
  end: string;
  /** valid_from as recorded (null: the data give no start date; the bar starts at the period's start). */
  valid_from: string | null;
  /** valid_to as recorded (null: not known to have ended, see end_status; the bar runs to the period's end). */
  valid_to: string | null;
  /** end_status as recorded: ended, ongoing (a 2025 source shows it holding) or unknown (null in fixtures that leave it out). */
  end_status: Alignment["end_status"];
  /** Whether the row held during the article's year. */
  in_article_year: boolean;
  source_id: string;
}

/** Whose memberships {@link membershipPeriods} draws, and over which span. */
export interface MembershipPeriodOptions {
  /** Whose account: "reference" (default: dated by other sources) or "article" (undated: the whole period). */
  perspective?: Perspective;
  /** Span the bars are clipped to (default {@link warPeriod}, 2011–2025). */
  period?: Period;
}

/**
 * Every alignment of one perspective that held at some day of the period (by
 * default the reference sources, 2011–2025), clipped to it: one row per alignment
 * row, so an actor with several camps or successive periods has several. Open
 * ends are clipped to the period: an empty valid_from starts the bar at the
 * period's start (the data do not say when it began; valid_from stays null so a
 * chart can show it), an empty valid_to runs it to the period's end. Rows are in
 * the data's camp order, then by start, then by actor id.
 */
export function membershipPeriods(dataset: MembershipInput, options: MembershipPeriodOptions = {}): MembershipPeriod[] {
  const perspective = options.perspective ?? "reference";
  const period = options.period ?? warPeriod;
  const actors = new Map(dataset.actors.map((actor) => [actor.actor_id, actor]));
  const campOrder = new Map<string, number>(dataset.camps.map((camp, index) => [camp.camp_id, index]));
  const camps = new Map(dataset.camps.map((camp) => [camp.camp_id, camp]));
  const article = yearPeriod(articleYear);
  return dataset.alignments
    .filter((row) => row.perspective === perspective && inForce(row, period))
    .map((row): MembershipPeriod => {
      const actor = actors.get(row.actor_id);
      const camp = camps.get(row.camp_id);
      if (!actor || !camp) throw new Error(`alignment ${row.alignment_id}: unknown actor ${row.actor_id} or camp ${row.camp_id}`);
      const validFrom = row.valid_from ?? null;
      const validTo = row.valid_to ?? null;
      return {
        alignment_id: row.alignment_id,
        actor_id: row.actor_id,
        actor_en: actor.name_en,
        actor_ind: actor.name_ind,
        camp_id: row.camp_id,
        camp_en: camp.name_en,
        camp_ind: camp.name_ind,
        role: row.role,
        start: validFrom !== null && validFrom > period.from ? validFrom : period.from,
        end: validTo !== null && validTo < period.to ? validTo : period.to,
        valid_from: validFrom,
        valid_to: validTo,
        end_status: row.end_status ?? null,
        in_article_year: inForce(row, article),
        source_id: row.source_id,
      };
    })
    .sort((a, b) => campOrder.get(a.camp_id)! - campOrder.get(b.camp_id)! || a.start.localeCompare(b.start) || a.actor_id.localeCompare(b.actor_id));
}

/** What became of the camps: memberships that ended inside the period, began after its start, or have no start date. */
export interface MembershipChanges {
  period: Period;
  /** Distinct actors with at least one membership in the period. */
  actors: number;
  periods: number;
  /** Distinct actors holding a membership during the article's year. */
  actorsInArticleYear: number;
  /** Of those, actors none of whose article-year memberships closes before the period's end. */
  actorsKeptToEnd: number;
  /** Of those, actors every article-year membership of whom a source shows still holding (end_status ongoing); for the others it is unknown. */
  actorsKeptToEndOngoing: number;
  /** Memberships that closed before the period's end, by date. */
  ended: MembershipPeriod[];
  /** Memberships with a start date after the period's start, by date. */
  began: MembershipPeriod[];
  /** Memberships the data give no start date for (drawn from the period's start). */
  undatedStart: MembershipPeriod[];
}

/**
 * What became of the camps over the period, from the rows {@link membershipPeriods} returns for
 * it: how many actors held a membership and how many of the article year's kept all of theirs
 * to the end, and the memberships that ended, began, or have no start date.
 */
export function membershipChanges(periods: readonly MembershipPeriod[], period: Period = warPeriod): MembershipChanges {
  const byDate = (key: "start" | "end") => (a: MembershipPeriod, b: MembershipPeriod) => a[key].localeCompare(b[key]) || a.actor_id.localeCompare(b.actor_id);
  const inYear = periods.filter((row) => row.in_article_year);
  const articleYearActors = [...new Set(inYear.map((row) => row.actor_id))];
  const rowsOf = (actorId: string) => inYear.filter((row) => row.actor_id === actorId);
  const keptToEnd = articleYearActors.filter((actorId) => rowsOf(actorId).every((row) => row.end === period.to));
  return {
    period,
    actors: new Set(periods.map((row) => row.actor_id)).size,
    periods: periods.length,
    actorsInArticleYear: articleYearActors.length,
    actorsKeptToEnd: keptToEnd.length,
    actorsKeptToEndOngoing: keptToEnd.filter((actorId) => rowsOf(actorId).every((row) => row.end_status === "ongoing")).length,
    ended: periods.filter((row) => row.end < period.to).sort(byDate("end")),
    began: periods.filter((row) => row.start > period.from).sort(byDate("start")),
    undatedStart: periods.filter((row) => row.valid_from === null),
  };
}
