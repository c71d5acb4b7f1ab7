import * as dfd from "danfojs-node";
import { columnLabels, type Lang } from "../vocabulary";

/**
 * The frame with its column headers in the chosen language. Unknown columns keep
 * their names; a label that two columns would share keeps the second column's
 * name beside it, since a DataFrame needs distinct headers.
 */
export function withHeaders(frame: dfd.DataFrame, lang: Lang): dfd.DataFrame {
  const used = new Set<string>();
  const mapping: Record<string, string> = {};
  for (const column of frame.columns) {
    const label = columnLabels[column]?.[lang] ?? column;
    mapping[column] = used.has(label) ? `${label} (${column})` : label;
    used.add(mapping[column]!);
  }
  return frame.rename(mapping);
}
