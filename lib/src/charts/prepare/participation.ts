import type { Lang } from "../../vocabulary";
import { labels, localName } from "../../vocabulary";
import type { ChartData, RoundParticipantRow, TalkRoundRow } from "../rows";

export type ParticipantRole = RoundParticipantRow["role"];

/** Roles in legend order; "absent" closes it. */
export const participantRoleOrder: readonly ParticipantRole[] = ["delegation", "guarantor", "observer", "mediator", "host"];

/** One actor at one round: the role the cell is coloured by, and every role it had there. */
export interface ParticipationCell {
  actorId: string;
  roundId: string;
  /** First of the actor's roles at the round in participantRoleOrder, or "absent". */
  role: ParticipantRole | "absent";
  /** All the actor's roles at the round, localised, joined by ", " (empty when absent). */
  roles: string;
}

/** The actors × rounds grid of one year's rounds. */
export interface ParticipationGrid {
  /** Rounds that start in the year, in date order. */
  rounds: TalkRoundRow[];
  /** Actors who took part in at least one of them: by their main role, then rounds attended, then name. */
  actors: Array<{ actorId: string; name: string }>;
  /** cells[actor][round], in the order of `actors` and `rounds`. */
  cells: ParticipationCell[][];
  /** The participant rows of those rounds. */
  rows: RoundParticipantRow[];
}

/**
 * Who attended which rounds of a year, in which role: the grid of
 * analysis/talks.ts participationPivot, on plain rows, with the actors ordered
 * so that actors of the same role sit together.
 */
export function participationGrid(data: Pick<ChartData, "talkRounds" | "roundParticipants" | "actors">, year: number, lang: Lang): ParticipationGrid {
  const rounds = data.talkRounds
    .filter((round) => round.start_date.startsWith(`${year}-`))
    .sort((a, b) => a.start_date.localeCompare(b.start_date) || a.round_id.localeCompare(b.round_id));
  const roundIds = new Set(rounds.map((round) => round.round_id));
  const rows = data.roundParticipants.filter((row) => roundIds.has(row.round_id));
  const names = new Map(data.actors.map((actor) => [actor.actor_id, localName(actor, lang)]));
  const rank = (role: ParticipantRole) => participantRoleOrder.indexOf(role);

  const cellOf = (actorId: string, roundId: string): ParticipationCell => {
    const roles = rows
      .filter((row) => row.actor_id === actorId && row.round_id === roundId)
      .map((row) => row.role)
      .sort((a, b) => rank(a) - rank(b));
    return { actorId, roundId, role: roles[0] ?? "absent", roles: roles.map((role) => labels.participantRoles[role][lang]).join(", ") };
  };
  const mainRole = (actorId: string) => {
    const counts = participantRoleOrder.map((role) => rows.filter((row) => row.actor_id === actorId && row.role === role).length);
    return counts.indexOf(Math.max(...counts));
  };
  const attended = (actorId: string) => new Set(rows.filter((row) => row.actor_id === actorId).map((row) => row.round_id)).size;
  const actors = [...new Set(rows.map((row) => row.actor_id))]
    .map((actorId) => ({ actorId, name: names.get(actorId) ?? actorId }))
    .sort((a, b) => mainRole(a.actorId) - mainRole(b.actorId) || attended(b.actorId) - attended(a.actorId) || a.name.localeCompare(b.name));
  return {
    rounds,
    actors,
    cells: actors.map((actor) => rounds.map((round) => cellOf(actor.actorId, round.round_id))),
    rows,
  };
}
