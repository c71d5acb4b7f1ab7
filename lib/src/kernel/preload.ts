/** Loaded into every kernel process (`node --require`, see lib/setup/kernel.mjs). */
import { readableCellErrors } from "./readable-errors";
import { loadOnFirstUse } from "./on-first-use";
import { tensorflowStandIn } from "./tensorflow-stand-in";
import { checkPackageVersions } from "./versions";

// Everything below reaches into tslab, TypeScript, danfojs-node or zeromq as they were at one version.
checkPackageVersions();

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

// danfojs-node loads mathjs (statistics: median, std, variance, mode), xlsx (Excel files),
// request (CSV and JSON read from a URL) and TensorFlow.js as it loads, though it calls them
// only inside the functions that need them: they load when a notebook first uses one, and
// loading danfojs-node takes 0.1 s instead of 1.1 s.
const danfojsFiles = /[\\/]danfojs-base[\\/]/;
loadOnFirstUse({
  mathjs: { from: danfojsFiles },
  xlsx: { from: danfojsFiles },
  request: { from: danfojsFiles, exportsFunction: true },
  "@tensorflow/tfjs-node": tensorflowStandIn(danfojsFiles),
});
