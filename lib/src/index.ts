export * from "./config/paths";
export * from "./datasets";
export * from "./charts/chart";
