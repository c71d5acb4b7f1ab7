export * from "./tables";
export { loadDataset, validateDataset, type ValidationReport } from "./load";
export { openDataset } from "./open";
export { DatasetValidationError, formatIssue, type DatasetIssue } from "./issues";
export { validationSummary } from "./summary";
export { buildDataPackage, serializeDataPackage } from "./datapackage";
export * from "./frames";
export type { RowOf } from "./table";
