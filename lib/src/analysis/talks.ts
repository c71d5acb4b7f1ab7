import { PARTICIPANT_ROLES, TALK_PROCESSES, type Dataset, type RoundParticipant, type TalkRound } from "../datasets/tables";
import { roundParticipantsFrame, talkRoundsFrame } from "../datasets/frames";
import { daysBetween, frameOf, yearOf } from "../frames";

/**
 * Rounds per year and process, one row per year, one column per process and their total: the
 * chain notebook 03 shows in its analysis cell, verb for verb (test/notebooks/visible-analysis.test.ts).
 */
export function roundsPerYear(dataset: Dataset) {
  return talkRoundsFrame(dataset)
    .derive({ year: (round) => yearOf(round.start_date) })
    .pivot({ index: "year", columns: "process", columnOrder: TALK_PROCESSES })
    .derive({ total: (year) => TALK_PROCESSES.reduce((sum, track) => sum + Number(year[track] ?? 0), 0) });
}

/** What {@link roundsPerYear} returns: the table notebook 03 computes, which its findings take. */
export type RoundsPerYear = ReturnType<typeof roundsPerYear>;

/**
 * Each round with its length in days (both ends counted) and the days since the
 * previous round of the same process ended (NaN for a process's first round).
 */
export function roundSchedule(dataset: Dataset) {
  const rounds = talkRoundsFrame(dataset).select("round_id", "process", "label_en", "label_ind", "start_date", "end_date", "city").sort(["process", "start_date"]);
  const previous = new Map(rounds.rows().map((round, i, all) => [round.round_id, i > 0 && all[i - 1]!.process === round.process ? all[i - 1] : undefined]));
  return rounds.derive({
    duration_days: (round) => daysBetween(round.start_date, round.end_date) + 1,
    days_since_previous: (round) => {
      const before = previous.get(round.round_id);
      return before ? daysBetween(before.end_date, round.start_date) : NaN;
    },
  });
}

const tenth = (days: number) => Math.round(days * 10) / 10;

/**
 * Mean (to one decimal), median, min and max round length and gap, per process, of a
 * {@link roundSchedule}: the chain notebook 03 shows in its analysis cell, verb for verb.
 */
export function scheduleSummary(schedule: ReturnType<typeof roundSchedule>) {
  return schedule
    .groupby("process")
    .agg({
      rounds: ["round_id", "count"],
      mean_days: ["duration_days", "mean"], median_days: ["duration_days", "median"], min_days: ["duration_days", "min"], max_days: ["duration_days", "max"],
      mean_gap_days: ["days_since_previous", "mean"], median_gap_days: ["days_since_previous", "median"], min_gap_days: ["days_since_previous", "min"], max_gap_days: ["days_since_previous", "max"],
    })
    .derive({ mean_days: (track) => tenth(track.mean_days), mean_gap_days: (track) => tenth(track.mean_gap_days) });
}

/** What {@link scheduleSummary} returns: the table notebook 03 computes, which its findings take. */
export type ScheduleSummary = ReturnType<typeof scheduleSummary>;

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
export function participationPivot(dataset: Dataset, year: number) {
  const participation = participationIn(dataset, year);
  const roundIds = participation.rounds.map((round) => round.round_id);
  const rows = participation.actorIds.map((actorId) => ({
    actor_id: actorId,
    ...Object.fromEntries(roundIds.map((roundId) => [roundId, [...participation.rolesAt(actorId, roundId)].sort().join(", ")])),
  }));
  return frameOf<{ actor_id: string } & Record<string, string>>(rows, { columns: ["actor_id", ...roundIds], name: "participation" });
}

/** How many rounds of a year each actor attended, by role. */
export function attendanceByRole(dataset: Dataset, year: number) {
  const roundIds = new Set(dataset.talkRounds.filter((round) => yearOf(round.start_date) === year).map((round) => round.round_id));
  return roundParticipantsFrame(dataset)
    .filter((row) => roundIds.has(row.round_id))
    .pivot({ index: "actor_id", columns: "role", columnOrder: PARTICIPANT_ROLES });
}
