import * as dfd from "danfojs-node";
import type { Field } from "./fields";
import { loadDataset } from "./load";
import { datasetTables, type Dataset, type TableKey } from "./tables";

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

/** One table as a DataFrame with the table's columns in order and dtypes from its schema. */
export function tableFrame<K extends TableKey>(key: K, dataset: Dataset = loadDataset()): dfd.DataFrame {
  const fields = datasetTables[key].fields as Record<string, Field>;
  const columns = Object.keys(fields);
  const rows = dataset[key] as Array<Record<string, unknown>>;
  const dtypes = columns.map((column) => dtypeOf(fields[column]!, rows.map((row) => row[column])));
  const data = rows.map((row) => columns.map((column, index) => cellValue(row[column], dtypes[index]!)));
  return new dfd.DataFrame(data, { columns, dtypes });
}

export const sourcesFrame = (dataset?: Dataset) => tableFrame("sources", dataset);
export const actorsFrame = (dataset?: Dataset) => tableFrame("actors", dataset);
export const campsFrame = (dataset?: Dataset) => tableFrame("camps", dataset);
export const alignmentsFrame = (dataset?: Dataset) => tableFrame("alignments", dataset);
export const supportLinksFrame = (dataset?: Dataset) => tableFrame("supportLinks", dataset);
export const populationGroupsFrame = (dataset?: Dataset) => tableFrame("populationGroups", dataset);
export const compositionFrame = (dataset?: Dataset) => tableFrame("composition", dataset);
export const talkRoundsFrame = (dataset?: Dataset) => tableFrame("talkRounds", dataset);
export const roundParticipantsFrame = (dataset?: Dataset) => tableFrame("roundParticipants", dataset);
export const eventsFrame = (dataset?: Dataset) => tableFrame("events", dataset);
export const claimsFrame = (dataset?: Dataset) => tableFrame("claims", dataset);
