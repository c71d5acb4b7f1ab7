export * from "./tables";
export { loadDataset, validateDataset, type ValidationReport } from "./load";
export { openDataset } from "./open";
export { DatasetValidationError, formatIssue, type DatasetIssue } from "./issues";
export { passesDataCheck, validationSummary } from "./summary";
export { citationReport, citations, citingColumns, type Citation, type CitationReport } from "./citations";
export { buildDataPackage, serializeDataPackage } from "./datapackage";
export * from "./frames";
export type { RowOf } from "./table";
