import type { Config, TopLevelSpec } from "vega-lite";
import { monthNames, nameLines } from "../vocabulary";
import { fontFamily } from "./palette";

/** The Vega-Lite config every spec of the library shares: fonts and sizes readable on a report page. */
export const vegaLiteConfig: Config = {
  font: fontFamily,
  background: "#ffffff",
  padding: 12,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260, titleLimit: 400 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 16, subtitleFontSize: 10, subtitleColor: "#555555", anchor: "start", offset: 12 },
};

/** Title with the source lines as its subtitle, so every chart names its sources. */
export function vegaLiteTitle(title: string, sourceLines: readonly string[]): TopLevelSpec["title"] {
  return { text: title, subtitle: [...sourceLines] };
}

/**
 * Vega's time-format locale for Indonesian (month and day names of axes such
 * as "%b"); undefined for English, Vega's default.
 */
export function vegaLiteLocale(lang: "en" | "id"): Config["locale"] {
  if (lang === "en") return undefined;
  return {
    time: {
      dateTime: "%A, %e %B %Y pukul %X",
      date: "%d/%m/%Y",
      time: "%H.%M.%S",
      periods: ["AM", "PM"],
      days: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
      shortDays: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
      months: [...monthNames.id],
      shortMonths: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    },
  };
}

/**
 * Axis properties that break the long ones of `names` into lines (nameLines) where the axis
 * draws them: a lookup by the label itself, so the data keep the full names, which tooltips
 * show and sorting uses. For axes with room for two lines per label.
 */
export function wrappedLabels(names: readonly string[], width: number): { labelExpr: string } {
  const lines = Object.fromEntries(names.map((name) => [name, nameLines(name, width)]).filter(([name, wrapped]) => wrapped.length > 1 || wrapped[0] !== name));
  return { labelExpr: `${JSON.stringify(lines)}[datum.label] || datum.label` };
}
