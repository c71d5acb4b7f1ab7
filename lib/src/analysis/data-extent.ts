import type { Alignment, TalkRound } from "../datasets/tables";
import { warPeriod } from "./membership-periods";
import type { Period } from "./memberships";

/**
 * How far the data reach, for charts whose axes and titles must grow with the data rather
 * than hold a range fixed when they were drawn (a round or a membership added later shows).
 */

/** Whole calendar years around the dates: from 1 January of the first to 31 December of the last. */
function wholeYears(dates: readonly string[]): Period | undefined {
  if (dates.length === 0) return undefined;
  const sorted = [...dates].sort();
  return { from: `${sorted[0]!.slice(0, 4)}-01-01`, to: `${sorted.at(-1)!.slice(0, 4)}-12-31` };
}

/**
 * The whole years the rounds of talks span, from the year of the first start to the year of the
 * last end ({ from: "2012-01-01", to: "2024-12-31" } on the project's data); undefined without rounds.
 */
export function talkRoundsSpan(rounds: ReadonlyArray<Pick<TalkRound, "start_date" | "end_date">>): Period | undefined {
  return wholeYears(rounds.flatMap((round) => [round.start_date, round.end_date]));
}

/**
 * The span of the membership timeline: from the war's start ({@link warPeriod}) to the end of
 * {@link warPeriod} or of the year of the latest validity date of the alignments, whichever is later
 * (2011–2025 on the project's data; a membership dated 2026 extends it to 2026). Earlier dates
 * stay clipped to the war's start: the timeline is about the war.
 */
export function membershipSpan(data: { alignments: ReadonlyArray<Partial<Pick<Alignment, "valid_from" | "valid_to">>> }): Period {
  const dated = wholeYears(data.alignments.flatMap((row) => [row.valid_from, row.valid_to]).filter((date): date is string => typeof date === "string" && date !== ""));
  return { from: warPeriod.from, to: dated && dated.to > warPeriod.to ? dated.to : warPeriod.to };
}
