export * from "./frame-ops";
export * from "./coalitions";
export * from "./composition";
export * from "./talks";
export * from "./diplomacy";
export * from "./claims";
export * from "./headers";
export * from "./claim-counts";
