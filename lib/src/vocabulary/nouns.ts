import type { Noun } from "./format";

/** Counted nouns of the findings' prose and the tables' notes, in both languages. */
export const nouns = {
  actor: { en: ["actor", "actors"], id: "aktor" },
  round: { en: ["round", "rounds"], id: "putaran" },
  event: { en: ["event", "events"], id: "peristiwa" },
  claim: { en: ["claim", "claims"], id: "klaim" },
  day: { en: ["day", "days"], id: "hari" },
  source: { en: ["source", "sources"], id: "sumber" },
  paragraph: { en: ["paragraph", "paragraphs"], id: "paragraf" },
  membershipPeriod: { en: ["membership period", "membership periods"], id: "masa keanggotaan" },
  session: { en: ["session", "sessions"], id: "sesi" },
  time: { en: ["time", "times"], id: "kali" },
  point: { en: ["point", "points"], id: "poin" },
  leader: { en: ["leader", "leaders"], id: "pemimpin" },
  member: { en: ["member", "members"], id: "anggota" },
  backer: { en: ["backer", "backers"], id: "pendukung" },
  partner: { en: ["partner", "partners"], id: "mitra" },
  row: { en: ["row", "rows"], id: "baris" },
  column: { en: ["column", "columns"], id: "kolom" },
} as const satisfies Record<string, Noun>;
