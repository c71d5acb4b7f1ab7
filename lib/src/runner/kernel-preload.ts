/** Loaded into every kernel process (`node --require`, see lib/setup/kernel.mjs). */
import { readableCellErrors } from "./kernel-errors";

/*
 * tslab keeps its sockets open until killed, and once playwright (Plotly exports) has added
 * its own SIGTERM listener, SIGTERM no longer ends the process. A kernel that launched
 * Chromium would then need SIGKILL, which skips playwright's exit hook and leaves Chromium
 * running. Exiting on SIGTERM runs that hook (it kills the browsers it launched), for the
 * runner and for Jupyter's own kernel shutdown alike.
 */
process.on("SIGTERM", () => process.exit(143));

// A cell's error names its TypeScript line and the library's source files, not compiled code.
readableCellErrors();
