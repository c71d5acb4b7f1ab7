import type { Lang } from "./lang";

/** Captions of the notebooks' tables, in English and Indonesian: the notebooks name a key, never the words. */
export const captions = {
  actors: { en: "Actors of the war", id: "Aktor-aktor perang" },
  articleMembers: { en: "Camp members according to the article", id: "Anggota kubu menurut artikel" },
  placementsDiffer: { en: "Placements that differ", id: "Penempatan yang berbeda" },
  kindArticle: { en: "Members by kind (article)", id: "Anggota menurut jenis (artikel)" },
  kindReference: { en: "Members by kind (reference sources, 2017)", id: "Anggota menurut jenis (sumber rujukan, 2017)" },
  localityReference: { en: "Local and foreign members (reference sources, 2017)", id: "Anggota lokal dan asing (sumber rujukan, 2017)" },
  sectArticle: { en: "Members by sect of their leadership (article)", id: "Anggota menurut mazhab pimpinannya (artikel)" },
  membershipPeriods: { en: "Membership periods, 2011–2025 (reference sources)", id: "Masa keanggotaan, 2011–2025 (sumber rujukan)" },
  religion: { en: "Estimates by religion or sect", id: "Perkiraan menurut agama atau mazhab" },
  ethnicity: { en: "Estimates by ethnicity", id: "Perkiraan menurut etnis" },
  religion_ethnicity: { en: "Estimates by religion and ethnicity", id: "Perkiraan menurut agama dan etnis" },
  widestSpread: { en: "Where the sources disagree most", id: "Di mana sumber paling berbeda" },
  sunniArabDirect: { en: "Direct estimates of the Sunni Arab share", id: "Perkiraan langsung porsi Arab Sunni" },
  sectMatch: { en: "Population sharing the sect of each camp's core members", id: "Penduduk yang semazhab dengan anggota inti tiap kubu" },
  roundsPerYear: { en: "Rounds per year", id: "Putaran per tahun" },
  scheduleSummary: { en: "Round length and gaps by track", id: "Lama putaran dan jeda per jalur" },
  rounds2017: { en: "The rounds of 2017", id: "Putaran-putaran 2017" },
  participation2017: { en: "Participation in the 2017 rounds", id: "Partisipasi dalam putaran 2017" },
  attendance2017: { en: "2017 rounds attended, by role", id: "Putaran 2017 yang dihadiri, menurut peran" },
  astana6Participants: { en: "Who took part in Astana 6, and in which role", id: "Siapa ikut Astana 6, dan dalam peran apa" },
  events2017: { en: "Events of the second half of 2017", id: "Peristiwa paruh kedua 2017" },
  eventsByKind: { en: "Events by kind", id: "Peristiwa menurut jenis" },
  verdicts: { en: "Claims per verdict", id: "Klaim per penilaian" },
  verdictsByParagraph: { en: "Claims per paragraph and verdict", id: "Klaim per paragraf dan penilaian" },
  evidence: { en: "Claims and the sources that decide them", id: "Klaim dan sumber penentunya" },
  doubtful: { en: "Claims the data only partly support or cannot check, and why", id: "Klaim yang hanya didukung sebagian atau tidak dapat diperiksa, dan alasannya" },
} as const satisfies Record<string, Record<Lang, string>>;

/** Name of a table caption in {@link captions}: what `nb.table(frame, key)` takes. */
export type CaptionKey = keyof typeof captions;

/**
 * The name of a text column in the chosen language: the data keep English in
 * `<base>_en` and Indonesian in `<base>_ind` (label, title, name).
 */
export function localColumn<B extends string>(base: B, lang: Lang): `${B}_en` | `${B}_ind` {
  return lang === "en" ? `${base}_en` : `${base}_ind`;
}
