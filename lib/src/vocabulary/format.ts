import type { Lang } from "./lang";

/**
 * How numbers, percentages, dates and lists are written in each language: the
 * one place prose (findings) and captions format values. Written by hand rather
 * than with Intl so the output does not depend on the ICU data of the machine.
 */

/** Twelve names, one per month, January first. */
export type TwelveNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** Month names, January first (also the Indonesian locale of Vega-Lite charts). */
export const monthNames: Record<Lang, TwelveNames> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
};

const separators: Record<Lang, { decimal: string; thousands: string }> = {
  en: { decimal: ".", thousands: "," },
  id: { decimal: ",", thousands: "." },
};

/**
 * A number with at most `digits` decimals (trailing zeros dropped): 58.8 / 58,8; 1,500 / 1.500.
 * `minimumGroupingDigits` (as in CLDR) is how many digits must precede the first group
 * separator: 1 (default) groups 1,500; 2 writes 1500 and 2017 but 15,000, as tables do so
 * that years and small counts read as written.
 */
export function formatNumber(value: number, lang: Lang, digits = 1, minimumGroupingDigits = 1): string {
  if (!Number.isFinite(value)) return "–";
  const rounded = Number(value.toFixed(digits));
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole!.length < 3 + minimumGroupingDigits ? whole! : whole!.replace(/\B(?=(\d{3})+(?!\d))/g, separators[lang].thousands);
  return `${rounded < 0 ? "−" : ""}${grouped}${fraction ? separators[lang].decimal + fraction : ""}`;
}

const percentSign: Record<Lang, string> = { en: " %", id: "%" };

/** A percentage: "58.8 %" in English (the project's style), "58,8%" in Indonesian (PUEBI writes the sign attached). */
export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return `${formatNumber(value, lang, digits)}${percentSign[lang]}`;
}

/** A range of percentages, one sign: "74–75 %"; a single value when both ends are equal. */
export function formatPercentRange(low: number, high: number, lang: Lang, digits = 1): string {
  if (Number(low.toFixed(digits)) === Number(high.toFixed(digits))) return formatPercent(low, lang, digits);
  return `${formatNumber(low, lang, digits)}–${formatNumber(high, lang, digits)}${percentSign[lang]}`;
}

function dateParts(iso: string): { year: string; month: number; day: number } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${iso}"`);
  return { year: match[1]!, month: match[2] ? Number(match[2]) : 0, day: match[3] ? Number(match[3]) : 0 };
}

/**
 * A date as prose, as precise as the input or as `precision` asks: "7 July 2017",
 * "7 Juli 2017"; "October 2017" for month precision (or "2017-10"); "2017" for a year.
 */
export function formatDate(iso: string, lang: Lang, precision: "day" | "month" | "year" = "day"): string {
  const { year, month, day } = dateParts(iso);
  if (precision === "year" || month === 0) return year;
  const monthName = monthNames[lang][month - 1]!;
  if (precision === "month" || day === 0) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** Two days as one span, sharing what they share: "14–15 September 2017", "30 October – 2 November 2017". */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  const a = dateParts(from);
  const b = dateParts(to);
  if (from === to) return formatDate(from, lang);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${formatDate(to, lang)}`;
  if (a.year === b.year) return `${a.day} ${monthNames[lang][a.month - 1]} – ${formatDate(to, lang)}`;
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

/** Two months as one span: "July–December 2017", "December 2017 – January 2018". */
export function formatMonthRange(from: string, to: string, lang: Lang): string {
  const a = dateParts(from);
  const b = dateParts(to);
  if (a.year === b.year && a.month === b.month) return formatDate(from, lang, "month");
  if (a.year === b.year) return `${monthNames[lang][a.month - 1]}–${formatDate(to, lang, "month")}`;
  return `${formatDate(from, lang, "month")} – ${formatDate(to, lang, "month")}`;
}

const conjunction: Record<Lang, string> = { en: "and", id: "dan" };

/** "A", "A and B", "A, B and C" (English); "A dan B", "A, B, dan C" (Indonesian, PUEBI's serial comma). */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  if (items.length === 2) return `${items[0]} ${conjunction[lang]} ${items[1]}`;
  const comma = lang === "id" ? "," : "";
  return `${items.slice(0, -1).join(", ")}${comma} ${conjunction[lang]} ${items.at(-1)}`;
}

/** A noun in both languages: English singular and plural; Indonesian does not inflect for number. */
export interface Noun {
  en: readonly [singular: string, plural: string];
  id: string;
}

/** A count with its noun: "1 round", "13 rounds", "13 putaran". */
export function formatCount(count: number, noun: Noun, lang: Lang): string {
  const word = lang === "id" ? noun.id : noun.en[count === 1 ? 0 : 1];
  return `${formatNumber(count, lang, 0)} ${word}`;
}

/** The formatters bound to one language, for prose written once per language. */
export interface Formatter {
  /** The language it writes. */
  lang: Lang;
  /** {@link formatNumber}: at most `digits` decimals (default 1). */
  number(value: number, digits?: number): string;
  /** {@link formatPercent}: "58.8 %", "58,8%". */
  percent(value: number, digits?: number): string;
  /** {@link formatPercentRange}: "74–75 %". */
  percentRange(low: number, high: number, digits?: number): string;
  /** {@link formatDate}: "7 July 2017", or coarser with `precision`. */
  date(iso: string, precision?: "day" | "month" | "year"): string;
  /** {@link formatDateRange}: "14–15 September 2017". */
  dateRange(from: string, to: string): string;
  /** {@link formatMonthRange}: "July–December 2017". */
  monthRange(from: string, to: string): string;
  /** {@link formatList}: "A, B and C". */
  list(items: readonly string[]): string;
  /** {@link formatCount}: "13 rounds". */
  count(count: number, noun: Noun): string;
}

/**
 * Every formatter bound to one language, so prose is written once for both languages.
 *
 * @example
 * ```ts
 * const f = formatter("id");
 * f.percent(58.8); // "58,8%"
 * f.date("2017-07-07"); // "7 Juli 2017"
 * f.list(["Rusia", "Iran", "Turki"]); // "Rusia, Iran, dan Turki"
 * f.count(13, nouns.round); // "13 putaran"
 * ```
 */
export function formatter(lang: Lang): Formatter {
  return {
    lang,
    number: (value, digits) => formatNumber(value, lang, digits),
    percent: (value, digits) => formatPercent(value, lang, digits),
    percentRange: (low, high, digits) => formatPercentRange(low, high, lang, digits),
    date: (iso, precision) => formatDate(iso, lang, precision),
    dateRange: (from, to) => formatDateRange(from, to, lang),
    monthRange: (from, to) => formatMonthRange(from, to, lang),
    list: (items) => formatList(items, lang),
    count: (count, noun) => formatCount(count, noun, lang),
  };
}
