const dayMs = 86_400_000;

function utcDay(date: string, what: string): number {
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(time)) throw new Error(`${what}: "${date}" is not a date YYYY-MM-DD`);
  return time;
}

/** Whole days from one ISO date (YYYY-MM-DD) to another: `daysBetween("2017-09-14", "2017-09-15")` is 1. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to, "daysBetween") - utcDay(from, "daysBetween")) / dayMs);
}

/** The year of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), as a number. */
export function yearOf(date: string): number {
  const match = /^(\d{4})(-\d{2}){0,2}$/.exec(date);
  if (!match) throw new Error(`yearOf: "${date}" is not a date YYYY-MM-DD`);
  return Number(match[1]);
}
