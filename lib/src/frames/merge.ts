import * as dfd from "danfojs-node";
import { checkChoice, checkColumns } from "./columns";

/** How a merge keeps rows, as in pandas: only matching (inner), all of the left, all of the right, or all (outer). */
export const MERGE_KINDS = ["inner", "left", "right", "outer"] as const;
/** One of {@link MERGE_KINDS}. */
export type MergeKind = (typeof MERGE_KINDS)[number];

/**
 * danfojs's merge, with the checks it lacks: the key columns exist on both sides, and no
 * other column is on both (danfojs would keep both as `name` and `name_1`; rename one first).
 */
export function mergeFrames(left: dfd.DataFrame, right: dfd.DataFrame, on: readonly string[], how: MergeKind, names: { left: string; right: string }): dfd.DataFrame {
  checkChoice(how, MERGE_KINDS, "merge: how");
  checkColumns(on, left.columns, "merge (left)", names.left);
  checkColumns(on, right.columns, "merge (right)", names.right);
  const shared = right.columns.filter((column) => !on.includes(column) && left.columns.includes(column));
  if (shared.length > 0) throw new Error(`merge: both frames have column${shared.length > 1 ? "s" : ""} ${shared.map((column) => `"${column}"`).join(", ")}; rename ${shared.length > 1 ? "them" : "it"} on one side first, or add ${shared.length > 1 ? "them" : "it"} to "on"`);
  return dfd.merge({ left, right, on: [...on], how });
}
