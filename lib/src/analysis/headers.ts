import type * as dfd from "danfojs-node";
import type { Dataset } from "../datasets";
import { Frame } from "../frames";
import { columnLabels, type Lang } from "../vocabulary";

/**
 * A column's header in the chosen language: from the header dictionary, or, for a column
 * named by a talk round's id (a table pivoted by round), the round's name in the dataset.
 * Undefined when neither knows the column.
 */
export function columnLabel(column: string, lang: Lang, dataset?: Pick<Dataset, "talkRounds">): string | undefined {
  const label = columnLabels[column]?.[lang];
  if (label !== undefined) return label;
  const round = dataset?.talkRounds.find((row) => row.round_id === column);
  return round && (lang === "en" ? round.label_en : round.label_ind);
}

/**
 * The frame (a typed frame or a danfojs DataFrame) as a DataFrame with its column headers
 * in the chosen language (columnLabel), for display. Unknown columns keep their names; a
 * label that two columns would share keeps the second column's name beside it, since a
 * DataFrame needs distinct headers.
 */
export function withHeaders(frame: Frame<object> | dfd.DataFrame, lang: Lang, dataset?: Pick<Dataset, "talkRounds">): dfd.DataFrame {
  if (frame instanceof Frame) return withHeaders(frame.danfo, lang, dataset);
  const used = new Set<string>();
  const mapping: Record<string, string> = {};
  for (const column of frame.columns) {
    const label = columnLabel(column, lang, dataset) ?? column;
    mapping[column] = used.has(label) ? `${label} (${column})` : label;
    used.add(mapping[column]!);
  }
  return frame.rename(mapping, { inplace: false }) as dfd.DataFrame;
}
