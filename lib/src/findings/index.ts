/**
 * Findings computed from the data: one file per notebook, each a pure function
 * (dataset) => Finding[] whose numbers, dates and names all come from the
 * analysis functions, in English and Indonesian.
 *
 * @module
 */
export { findingsMarkdown, type Finding } from "./finding";
export * from "./actors-and-coalitions";
export * from "./sectarian-composition";
export * from "./talk-rounds";
export * from "./diplomacy-2017";
export * from "./claims-check";
