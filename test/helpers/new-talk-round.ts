import { duplicateFirstRow, setCell } from "./data-copy";

/** The talk round addTalkRound writes: a Geneva round of December 2025, later than every round of the data. */
export const newTalkRound = { roundId: "geneva-2025-12", label: { en: "Geneva round of December 2025", id: "Putaran Jenewa Desember 2025" } } as const;

/**
 * Adds {@link newTalkRound} to talk_rounds.csv in a copy of data/: the first row becomes it, and a
 * copy of that row (astana-01) stays at the end for the rows of other tables that point at it.
 */
export function addTalkRound(dataDir: string): void {
  duplicateFirstRow(dataDir, "talk_rounds.csv");
  const isNew = (row: Record<string, string>) => row.round_id === "astana-01";
  const cells = { process: "geneva", round_number: "", label_en: newTalkRound.label.en, label_ind: newTalkRound.label.id, start_date: "2025-12-15", end_date: "2025-12-17", city: "Geneva", un_envoy_actor_id: "" };
  for (const [column, value] of Object.entries(cells)) setCell(dataDir, "talk_rounds.csv", isNew, column, value);
  setCell(dataDir, "talk_rounds.csv", isNew, "round_id", newTalkRound.roundId);
}
