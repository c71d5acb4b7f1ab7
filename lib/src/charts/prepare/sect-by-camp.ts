import type { Lang } from "../../vocabulary";
import { labels, localName } from "../../vocabulary";
import type { ChartData, Sect } from "../rows";
import { campMemberships, type Perspective } from "./membership";

/** How many of a camp's members have a leadership of one sect. */
export interface CampSectCount {
  campId: string;
  camp: string;
  sectId: Sect;
  sect: string;
  members: number;
  /** Names of those members, for tooltips. */
  actors: string;
}

/** Members of each camp (one perspective) counted by the sect of their leadership, in camp order. */
export function sectCountsByCamp(data: Pick<ChartData, "actors" | "camps" | "alignments">, perspective: Perspective, lang: Lang): CampSectCount[] {
  const counts = new Map<string, CampSectCount>();
  for (const { actor, camp } of campMemberships(data, perspective)) {
    const key = `${camp.camp_id}/${actor.sect}`;
    const entry = counts.get(key) ?? {
      campId: camp.camp_id,
      camp: localName(camp, lang),
      sectId: actor.sect,
      sect: labels.sects[actor.sect][lang],
      members: 0,
      actors: "",
    };
    entry.members += 1;
    entry.actors = entry.actors ? `${entry.actors}, ${localName(actor, lang)}` : localName(actor, lang);
    counts.set(key, entry);
  }
  return [...counts.values()];
}
