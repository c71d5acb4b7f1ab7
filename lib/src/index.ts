/**
 * The library notebooks import as "syria-coalitions": datasets → analysis →
 * charts → display/export → runner.
 */
export * from "./vocabulary";
export * from "./config/paths";
export * from "./datasets";
export * from "./analysis";
export * from "./charts";
export * from "./findings";
export * from "./display";
export * from "./notebook";
export * from "./export";
export * from "./runner";
export * from "./report";
