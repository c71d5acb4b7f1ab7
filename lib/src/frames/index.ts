/**
 * Typed frames over danfojs: every verb checks its column names against the frame, at
 * compile time where the columns are known and always at run time.
 */
export { Frame, Grouped, frameOf, type AggregatedValue, type ColumnOf, type Flat, type DerivedRow, type GroupedRow, type NamedAggregation, type PivotOptions, type PivotRow, type RenamedRow, type Row } from "./frame";
export { AGGREGATIONS, type Aggregation } from "./aggregate";
export { FrameColumnError } from "./columns";
export { MERGE_KINDS, type MergeKind } from "./merge";
export { daysBetween, yearOf } from "./dates";
