import * as dfd from "danfojs-node";
import { Frame } from "../frames";
import type { Field } from "./fields";
import { loadDataset } from "./load";
import type { RowOf } from "./table";
import { datasetTables, type Dataset, type TableKey } from "./tables";

/**
 * A table's row as its frame holds it: an id list is one text with ";" between the ids, and
 * an empty number cell is NaN (danfojs, like pandas, has no missing whole number).
 */
export type FrameRow<T> = { [K in keyof T]: [T[K]] extends [readonly string[]] ? string : [T[K]] extends [number | null] ? number : T[K] };
/** The frame of one table of the dataset: its columns and their types come from the table's schema (tables.ts). */
export type TableFrame<K extends TableKey> = Frame<FrameRow<RowOf<(typeof datasetTables)[K]>>>;

type DanfoDtype = "string" | "int32" | "float32";

/**
 * danfo dtype of a column: whole numbers stay int32 unless a cell is empty (danfo
 * has no nullable integer, so such columns become float32 with NaN, as in pandas).
 */
function dtypeOf(field: Field, values: unknown[]): DanfoDtype {
  const { type } = field.descriptor;
  if (type === "integer") return values.some((value) => value === null) ? "float32" : "int32";
  if (type === "number") return "float32";
  return "string";
}

function cellValue(value: unknown, dtype: DanfoDtype): unknown {
  if (Array.isArray(value)) return value.join(";");
  if (value === null) return dtype === "string" ? null : NaN;
  return value;
}

/**
 * One table as a typed {@link Frame} over a danfojs DataFrame, named after its file (errors say
 * "talk_rounds"), columns in the schema's order and typed from it, dtypes from the schema:
 * text as string, numbers as float32, whole numbers as int32 (float32 with NaN when a cell
 * is empty), id lists joined with ";". Without a dataset, reads and validates data/ with
 * {@link loadDataset}; pass a notebook's `nb.dataset` to reuse what it loaded.
 *
 * @example
 * ```ts
 * const rounds = tableFrame("talkRounds", nb.dataset);
 * showTable(rounds.select("round_id", "process", "start_date", "city"));
 * ```
 */
export function tableFrame<K extends TableKey>(key: K, dataset: Dataset = loadDataset()): TableFrame<K> {
  const fields = datasetTables[key].fields as Record<string, Field>;
  const columns = Object.keys(fields);
  const rows = dataset[key] as Array<Record<string, unknown>>;
  const dtypes = columns.map((column) => dtypeOf(fields[column]!, rows.map((row) => row[column])));
  const data = rows.map((row) => columns.map((column, index) => cellValue(row[column], dtypes[index]!)));
  const table = datasetTables[key];
  return new Frame(new dfd.DataFrame(data, { columns, dtypes }), table.file.replace(/\.csv$/, ""));
}

/** data/sources.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link sources}). */
export const sourcesFrame = (dataset?: Dataset) => tableFrame("sources", dataset);
/**
 * data/actors.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link actors}).
 *
 * @example
 * ```ts
 * const nb = openNotebook("01-actors-and-coalitions");
 * const foreign = actorsFrame(nb.dataset).filter((actor) => actor.locality === "foreign");
 * showTable(foreign.select("actor_id", "name_en", "kind", "sect"), { caption: "Foreign actors" });
 * ```
 */
export const actorsFrame = (dataset?: Dataset) => tableFrame("actors", dataset);
/** data/camps.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link camps}). */
export const campsFrame = (dataset?: Dataset) => tableFrame("camps", dataset);
/** data/alignments.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link alignments}). */
export const alignmentsFrame = (dataset?: Dataset) => tableFrame("alignments", dataset);
/** data/support_links.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link supportLinks}). */
export const supportLinksFrame = (dataset?: Dataset) => tableFrame("supportLinks", dataset);
/** data/population_groups.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link populationGroups}). */
export const populationGroupsFrame = (dataset?: Dataset) => tableFrame("populationGroups", dataset);
/** data/composition.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link composition}). */
export const compositionFrame = (dataset?: Dataset) => tableFrame("composition", dataset);
/** data/talk_rounds.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link talkRounds}). */
export const talkRoundsFrame = (dataset?: Dataset) => tableFrame("talkRounds", dataset);
/** data/round_participants.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link roundParticipants}). */
export const roundParticipantsFrame = (dataset?: Dataset) => tableFrame("roundParticipants", dataset);
/** data/events.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link events}). */
export const eventsFrame = (dataset?: Dataset) => tableFrame("events", dataset);
/** data/claims.csv as a typed frame, as {@link tableFrame} makes it (schema: {@link claims}). */
export const claimsFrame = (dataset?: Dataset) => tableFrame("claims", dataset);
