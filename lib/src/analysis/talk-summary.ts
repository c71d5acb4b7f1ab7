import type { Dataset, RoundParticipant, TalkRound } from "../datasets/tables";
import { frameOf } from "../frames";
import { roundsPerYear, type RoundsPerYear } from "./talks";

/** Rounds of one year: per process and in total. */
export interface YearRounds {
  year: string;
  astana: number;
  geneva: number;
  total: number;
}

/** A {@link roundsPerYear} table as plain rows in year order (a track without rounds that year at 0). */
export function yearRounds(perYear: RoundsPerYear): YearRounds[] {
  return perYear.rows().map((row) => ({ year: String(row.year), astana: Number(row.astana ?? 0), geneva: Number(row.geneva ?? 0), total: row.total }));
}

/** roundsPerYear with a total per year, as plain rows in year order. */
export function roundsPerYearRows(dataset: Dataset): YearRounds[] {
  return yearRounds(roundsPerYear(dataset));
}

/** The rounds-per-year table with its total column. */
export function roundsPerYearWithTotal(dataset: Dataset) {
  return frameOf(roundsPerYearRows(dataset), { columns: ["year", "astana", "geneva", "total"], name: "rounds_per_year" });
}

/** One round with who took part in it and in which role. */
export interface RoundDetails {
  round: TalkRound;
  participants: Array<Pick<RoundParticipant, "actor_id" | "role">>;
}

/** One round (round_id of data/talk_rounds.csv) and its participants with their roles; an unknown id throws. */
export function roundDetails(dataset: Dataset, roundId: string): RoundDetails {
  const round = dataset.talkRounds.find((candidate) => candidate.round_id === roundId);
  if (!round) throw new Error(`no round ${roundId} in data/talk_rounds.csv`);
  const participants = dataset.roundParticipants.filter((row) => row.round_id === roundId).map(({ actor_id, role }) => ({ actor_id, role }));
  return { round, participants };
}

/** How many rounds of one process and year an actor attended in one role. */
export interface ProcessAttendance {
  actor_id: string;
  process: TalkRound["process"];
  role: RoundParticipant["role"];
  rounds: number;
  /** Rounds the process held that year. */
  of: number;
}

/** Attendance of a year's rounds by actor, process and role, most rounds first. */
export function attendanceByProcess(dataset: Dataset, year: number): ProcessAttendance[] {
  const ofYear = dataset.talkRounds.filter((round) => round.start_date.startsWith(String(year)));
  const processOf = new Map(ofYear.map((round) => [round.round_id, round.process]));
  const held = (process: string) => ofYear.filter((round) => round.process === process).length;
  const counts = new Map<string, ProcessAttendance>();
  for (const row of dataset.roundParticipants) {
    const process = processOf.get(row.round_id);
    if (!process) continue;
    const key = `${row.actor_id}/${process}/${row.role}`;
    const entry = counts.get(key) ?? { actor_id: row.actor_id, process, role: row.role, rounds: 0, of: held(process) };
    entry.rounds += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.rounds - a.rounds || a.process.localeCompare(b.process) || a.actor_id.localeCompare(b.actor_id) || a.role.localeCompare(b.role));
}
