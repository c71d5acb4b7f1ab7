import { monthNames } from "../vocabulary";

/** A "day month year" date as the article writes it, compared with the date the data give. */
export interface WrittenDateCheck {
  /** The date as written, e.g. "9 Juki 2017". */
  written: string;
  /** The month word as written ("Juki"). */
  monthWritten: string;
  /** The Indonesian name of the month the data give ("Juli"). */
  monthExpected: string;
  /** Day and year as written equal those of the data's date. */
  dayAndYearMatch: boolean;
  /** Letters to change, add or drop to turn the written month into the expected one (0: spelt right). */
  monthEdits: number;
  /** right: as the data say; typo: day and year right and the month one letter off; wrong: anything else. */
  verdict: "right" | "typo" | "wrong";
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * Finds the first "D Month YYYY" date in an Indonesian text and compares it with
 * an ISO date. A month one letter away from the right one is read as a typo
 * (the article's "9 Juki 2017" for 9 Juli 2017); undefined when the text holds no such date.
 */
export function checkWrittenDate(text: string, iso: string): WrittenDateCheck | undefined {
  const match = /\b(\d{1,2}) ([A-Za-z]+) (\d{4})\b/.exec(text);
  if (!match) return undefined;
  const [written, day, monthWritten, year] = match as unknown as [string, string, string, string];
  const monthExpected = monthNames.id[Number(iso.slice(5, 7)) - 1]!;
  const dayAndYearMatch = Number(day) === Number(iso.slice(8, 10)) && year === iso.slice(0, 4);
  const monthEdits = editDistance(monthWritten.toLowerCase(), monthExpected.toLowerCase());
  const verdict = dayAndYearMatch && monthEdits === 0 ? "right" : dayAndYearMatch && monthEdits === 1 ? "typo" : "wrong";
  return { written, monthWritten, monthExpected, dayAndYearMatch, monthEdits, verdict };
}
