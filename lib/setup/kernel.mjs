// Installs the tslab kernel spec and the chart scripts into the project-local Jupyter data
// folder (paths.jupyterData, gitignored). The user's global Jupyter is left alone: the
// project's commands point JUPYTER_PATH / JUPYTER_DATA_DIR at this folder.
//
// Runs after the lib build: it reads paths and vendored scripts from lib/dist, their one source.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const requireFromLib = createRequire(join(root, "lib", "dist", "index.js"));

/**
 * Written by hand rather than by `tslab install`: no Python round trip, and argv names this
 * Node binary and the project's own tslab, so the kernel never depends on what PATH holds.
 * Each process loads the modules listed in lib/src/kernel/spec.ts (kernelPreloads) first.
 */
function kernelSpec(kernelPreloads) {
  const compiled = join(root, "lib", "dist");
  const preloads = kernelPreloads.flatMap((module) => ["--require", join(compiled, `${module}.js`)]);
  return {
    argv: [process.execPath, ...preloads, join(root, "node_modules", "tslab", "bin", "tslab"), "kernel", "--config-path", "{connection_file}"],
    display_name: "TypeScript (syria-coalitions)",
    language: "typescript",
  };
}

/** Writes a file only when its content changed, so a repeated set-up touches nothing. */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Returns a short report of what was done. */
export function ensureKernel() {
  const { kernelPreloads, kernelSpecPath } = requireFromLib("./kernel/spec.js");
  const { installJupyterScripts } = requireFromLib("./render/vendor-scripts.js");
  const { installJupyterPreload } = requireFromLib("./render/jupyter-preload.js");
  const changed = writeIfChanged(kernelSpecPath(), `${JSON.stringify(kernelSpec(kernelPreloads), null, 2)}\n`);
  const copied = [installJupyterScripts(), installJupyterPreload()].some(Boolean);
  return `${changed ? "installed" : "present"} (${kernelSpecPath()}), chart scripts: ${copied ? "copied" : "present"}`;
}
