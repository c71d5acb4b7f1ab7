import type { ParticipantRole } from "../analysis";
import type { Sect, Verdict } from "../datasets/tables";

/**
 * Camp colours from the Okabe–Ito palette, chosen to stay distinct under the
 * common colour-vision deficiencies. Plotly and Vega-Lite charts both read
 * them here, so a camp has one colour everywhere.
 */
export const campColors: Readonly<Record<string, string>> = {
  us_led: "#0072B2",
  russia_led: "#D55E00",
  jihadist: "#333333",
  mediators: "#009E73",
};

/** Actors no camp claims (e.g. targets of support only). */
export const unalignedColor = "#AAAAAA";

/** The camp's colour; unknown camps get the neutral grey rather than a random hue. */
export function campColor(campId: string): string {
  return campColors[campId] ?? unalignedColor;
}

/** Sect colours (Paul Tol's "muted" scheme, colour-blind safe), disjoint in use from the camps. */
export const sectColors: Readonly<Record<Sect, string>> = {
  sunni: "#88CCEE",
  shia: "#117733",
  alawite: "#CC6677",
  christian: "#DDCC77",
  jewish: "#332288",
  secular_or_mixed: "#AA4499",
  not_applicable: "#DDDDDD",
};

/** Support arrows of the network: a hue no camp uses. */
export const supportColor = "#CC79A7";

/** Colour of the process lines in the talk-rounds timeline. */
export const processColors = { astana: "#E69F00", geneva: "#56B4E9" } as const;

/** Marker of the 2017 events, neutral so as not to suggest a camp. */
export const eventColor = "#555555";

/**
 * Verdict colours (Paul Tol's "vibrant" scheme, colour-blind safe), in the
 * order the charts list verdicts: from holds up to cannot be checked.
 */
export const verdictColors: Readonly<Record<Verdict, string>> = {
  supported: "#009988",
  partly_supported: "#33BBEE",
  contradicted: "#CC3311",
  unverifiable: "#BBBBBB",
};

/**
 * Colours of an actor's role at a round of talks (Paul Tol's "bright" scheme,
 * colour-blind safe, no hue shared with the camps so a role never reads as a
 * camp), and a near-white for rounds the actor did not attend.
 */
export const participationColors: Readonly<Record<ParticipantRole | "absent", string>> = {
  delegation: "#4477AA",
  guarantor: "#EE6677",
  observer: "#CCBB44",
  mediator: "#228833",
  host: "#AA3377",
  absent: "#F0F0F0",
};

/** Font stack installed on the export machine (fonts-liberation, fonts-dejavu-core). */
export const fontFamily = "Liberation Sans, DejaVu Sans, Arial, sans-serif";
