import type { Dataset } from "../datasets/tables";
import { frameOf } from "../frames";
import { campMakeup, campMembers } from "./coalitions";
import type { Perspective } from "./memberships";

/** One camp's local (Syrian) and foreign members. */
export interface CampLocality {
  camp_id: string;
  local: number;
  foreign: number;
  members: number;
  /** Foreign members as a share of all members, percent, one decimal. */
  foreign_share_pct: number;
  /** Ids of the local members, sorted. */
  local_actor_ids: string[];
}

/** Per camp: how many members are Syrian and how many foreign, and the foreign share; camps with the highest share first. */
export function campLocality(dataset: Dataset, perspective: Perspective): CampLocality[] {
  const counts = campMakeup(dataset, perspective, "locality").rows();
  const members = campMembers(dataset, perspective).rows("camp_id", "actor_id", "locality");
  return counts
    .map((row) => {
      const local = Number(row.local ?? 0);
      const foreign = Number(row.foreign ?? 0);
      const localIds = [...new Set(members.filter((m) => m.camp_id === row.camp_id && m.locality === "local").map((m) => m.actor_id))].sort();
      return { camp_id: row.camp_id, local, foreign, members: local + foreign, foreign_share_pct: Math.round((1000 * foreign) / (local + foreign)) / 10, local_actor_ids: localIds };
    })
    .sort((a, b) => b.foreign_share_pct - a.foreign_share_pct || a.camp_id.localeCompare(b.camp_id));
}

/** campLocality as a table (without the id lists), for the notebook. */
export function campLocalityTable(dataset: Dataset, perspective: Perspective) {
  const rows = campLocality(dataset, perspective).map(({ local_actor_ids: _ids, ...row }) => row);
  return frameOf(rows, { columns: ["camp_id", "local", "foreign", "members", "foreign_share_pct"], name: "camp_locality" });
}
