/**
 * Ctrl-C or a kill: the command exits through process.exit, whose hooks stop the kernels it
 * started (they ignore SIGINT) and remove its temporary folders. Without a listener Node would
 * die at once and run neither.
 */
export function exitOnSignals(): void {
  process.on("SIGINT", () => process.exit(130));
  process.on("SIGTERM", () => process.exit(143));
}
