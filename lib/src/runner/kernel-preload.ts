/**
 * Loaded into every kernel process (`node --require`, see lib/setup/kernel.mjs).
 *
 * tslab keeps its sockets open until killed, and once playwright (Plotly exports) has added
 * its own SIGTERM listener, SIGTERM no longer ends the process. A kernel that launched
 * Chromium would then need SIGKILL, which skips playwright's exit hook and leaves Chromium
 * running. Exiting on SIGTERM runs that hook (it kills the browsers it launched), for the
 * runner and for Jupyter's own kernel shutdown alike.
 */
process.on("SIGTERM", () => process.exit(143));
