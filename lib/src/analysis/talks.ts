import * as dfd from "danfojs-node";
import { PARTICIPANT_ROLES, type Dataset, type RoundParticipant, type TalkRound } from "../datasets/tables";
import { roundParticipantsFrame, talkRoundsFrame } from "../datasets/frames";
import { filterRows, frameRows, pivotTable, sortedBy } from "./frame-ops";

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Rounds per year and process: one row per year, one column per process. */
export function roundsPerYear(dataset: Dataset): dfd.DataFrame {
  const rounds = talkRoundsFrame(dataset);
  rounds.addColumn("year", rounds["start_date"].values.map((date: string) => date.slice(0, 4)), { inplace: true });
  return pivotTable(rounds, { index: "year", columns: "process", columnOrder: ["astana", "geneva"] });
}

/**
 * Each round with its length in days (both ends counted) and the days since the
 * previous round of the same process ended (NaN for a process's first round).
 */
export function roundSchedule(dataset: Dataset): dfd.DataFrame {
  const rounds = sortedBy(talkRoundsFrame(dataset).loc({ columns: ["round_id", "process", "label_en", "label_ind", "start_date", "end_date", "city"] }), ["process", "start_date"]);
  const rows = frameRows<{ process: string; start_date: string; end_date: string }>(rounds);
  rounds.addColumn("duration_days", rows.map((row) => daysBetween(row.start_date, row.end_date) + 1), { inplace: true });
  rounds.addColumn(
    "days_since_previous",
    rows.map((row, i) => (i > 0 && rows[i - 1]!.process === row.process ? daysBetween(rows[i - 1]!.end_date, row.start_date) : NaN)),
    { inplace: true },
  );
  return rounds;
}

/** Mean, median, min and max round length and gap, per process. */
export function scheduleSummary(dataset: Dataset): dfd.DataFrame {
  const schedule = roundSchedule(dataset);
  const rows = frameRows<{ process: string; duration_days: number; days_since_previous: number }>(schedule);
  const processes = [...new Set(rows.map((row) => row.process))].sort();
  const stats = (values: number[]) => {
    const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
    const middle = sorted.length / 2;
    const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
    return [Math.round(mean * 10) / 10, median, sorted[0] ?? NaN, sorted.at(-1) ?? NaN];
  };
  return new dfd.DataFrame(
    processes.map((process) => {
      const ofProcess = rows.filter((row) => row.process === process);
      return [process, ofProcess.length, ...stats(ofProcess.map((row) => row.duration_days)), ...stats(ofProcess.map((row) => row.days_since_previous))];
    }),
    { columns: ["process", "rounds", "mean_days", "median_days", "min_days", "max_days", "mean_gap_days", "median_gap_days", "min_gap_days", "max_gap_days"] },
  );
}

/** Rounds in date order (then by id). */
export function roundsByDate<R extends Pick<TalkRound, "round_id" | "start_date">>(rounds: readonly R[]): R[] {
  return [...rounds].sort((a, b) => a.start_date.localeCompare(b.start_date) || a.round_id.localeCompare(b.round_id));
}

/** Rounds of talks that overlap [from, to] (ISO dates), in date order. */
export function roundsInWindow<R extends Pick<TalkRound, "round_id" | "start_date" | "end_date">>(rounds: readonly R[], from: string, to: string): R[] {
  return roundsByDate(rounds.filter((round) => round.end_date >= from && round.start_date <= to));
}

/** A role at a round of talks: "delegation", "guarantor", "observer", "mediator" or "host". */
export type ParticipantRole = RoundParticipant["role"];

/** Roles at a round, in the order tables and legends list them. */
export const participantRoleOrder: readonly ParticipantRole[] = PARTICIPANT_ROLES;

/** The columns participation questions read. */
export interface ParticipationData<R extends Pick<TalkRound, "round_id" | "start_date"> = Pick<TalkRound, "round_id" | "start_date">> {
  talkRounds: readonly R[];
  roundParticipants: ReadonlyArray<Pick<RoundParticipant, "round_id" | "actor_id" | "role" | "source_id">>;
}

/** Who attended the rounds of one year, in which roles. */
export interface Participation<R> {
  /** Rounds that start in the year, in date order. */
  rounds: R[];
  /** The participant rows of those rounds. */
  rows: Array<Pick<RoundParticipant, "round_id" | "actor_id" | "role" | "source_id">>;
  /** Actors at one or more of those rounds, by id. */
  actorIds: string[];
  /** An actor's roles at a round, in participantRoleOrder (empty when absent). */
  rolesAt(actorId: string, roundId: string): ParticipantRole[];
}

/** Who attended which rounds of a year, in which roles. */
export function participationIn<R extends Pick<TalkRound, "round_id" | "start_date">>(data: ParticipationData<R>, year: number): Participation<R> {
  const rounds = roundsByDate(data.talkRounds.filter((round) => round.start_date.startsWith(`${year}-`)));
  const roundIds = new Set(rounds.map((round) => round.round_id));
  const rows = data.roundParticipants.filter((row) => roundIds.has(row.round_id));
  const rank = (role: ParticipantRole) => participantRoleOrder.indexOf(role);
  return {
    rounds,
    rows,
    actorIds: [...new Set(rows.map((row) => row.actor_id))].sort(),
    rolesAt: (actorId, roundId) =>
      rows
        .filter((row) => row.actor_id === actorId && row.round_id === roundId)
        .map((row) => row.role)
        .sort((a, b) => rank(a) - rank(b)),
  };
}

/**
 * Who attended which rounds of a year: one row per actor, one column per round,
 * each cell the actor's role(s) at that round ("" when absent).
 */
export function participationPivot(dataset: Dataset, year: number): dfd.DataFrame {
  const participation = participationIn(dataset, year);
  const roundIds = participation.rounds.map((round) => round.round_id);
  return new dfd.DataFrame(
    participation.actorIds.map((actorId) => [actorId, ...roundIds.map((roundId) => [...participation.rolesAt(actorId, roundId)].sort().join(", "))]),
    { columns: ["actor_id", ...roundIds] },
  );
}

/** How many rounds of a year each actor attended, by role. */
export function attendanceByRole(dataset: Dataset, year: number): dfd.DataFrame {
  const roundIds = new Set(dataset.talkRounds.filter((round) => round.start_date.startsWith(String(year))).map((round) => round.round_id));
  const ofYear = filterRows(roundParticipantsFrame(dataset), (row) => roundIds.has(row.round_id as string));
  return pivotTable(ofYear, { index: "actor_id", columns: "role", columnOrder: ["delegation", "guarantor", "observer", "mediator", "host"] });
}
