import type { Dataset } from "../datasets/tables";
import { formatter, labels, localName, type Formatter, type Lang } from "../vocabulary";

/** The formatters of both languages, in the order findings are written. */
export const both: Record<Lang, Formatter> = { en: formatter("en"), id: formatter("id") };

/** An actor's name for prose: the data's name in the language, cut at its first parenthesis or comma ("Government of Syria", "Kofi Annan"). */
export function actorName(dataset: Pick<Dataset, "actors">, actorId: string, lang: Lang): string {
  const actor = dataset.actors.find((candidate) => candidate.actor_id === actorId);
  if (!actor) return actorId;
  const name = localName(actor, lang);
  const cut = name.search(/ \(|, /);
  return cut >= 4 ? name.slice(0, cut) : name;
}

export function campName(dataset: Pick<Dataset, "camps">, campId: string, lang: Lang): string {
  const camp = dataset.camps.find((candidate) => candidate.camp_id === campId);
  return camp ? localName(camp, lang) : campId;
}

/** The Indonesian camp names start with "Kubu"/"Kelompok": lower-cased inside a sentence, as the English ones are ("the US-led camp"). */
export function campInSentence(dataset: Pick<Dataset, "camps">, campId: string, lang: Lang): string {
  const name = campName(dataset, campId, lang);
  return lang === "en" ? `the ${name}` : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Sect label as an adjective of a leadership: "Shia-led" / "berpimpinan Syiah". */
export function sectLed(sect: keyof typeof labels.sects, lang: Lang): string {
  const name = labels.sects[sect][lang];
  return lang === "en" ? `${sect === "secular_or_mixed" ? "secular" : name}-led` : `berpimpinan ${sect === "secular_or_mixed" ? "sekuler" : name}`;
}
