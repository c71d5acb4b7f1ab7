import * as dfd from "danfojs-node";
import type { Dataset } from "../datasets/tables";
import { campMakeup, campMembers } from "./coalitions";
import type { Perspective } from "./memberships";
import { frameRows } from "./frame-ops";

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
  const counts = frameRows<{ camp_id: string; local?: number; foreign?: number }>(campMakeup(dataset, perspective, "locality"));
  const members = frameRows<{ camp_id: string; actor_id: string; locality: string }>(campMembers(dataset, perspective));
  return counts
    .map((row) => {
      const local = row.local ?? 0;
      const foreign = row.foreign ?? 0;
      const localIds = [...new Set(members.filter((m) => m.camp_id === row.camp_id && m.locality === "local").map((m) => m.actor_id))].sort();
      return { camp_id: row.camp_id, local, foreign, members: local + foreign, foreign_share_pct: Math.round((1000 * foreign) / (local + foreign)) / 10, local_actor_ids: localIds };
    })
    .sort((a, b) => b.foreign_share_pct - a.foreign_share_pct || a.camp_id.localeCompare(b.camp_id));
}

/** campLocality as a table (without the id lists), for the notebook. */
export function campLocalityTable(dataset: Dataset, perspective: Perspective): dfd.DataFrame {
  const rows = campLocality(dataset, perspective).map(({ local_actor_ids: _ids, ...row }) => row);
  return new dfd.DataFrame(rows, { columns: ["camp_id", "local", "foreign", "members", "foreign_share_pct"] });
}
