import * as fs from "node:fs";
import * as path from "node:path";
import { paths } from "../config/paths";

/**
 * How the project's tslab kernel is started: the kernel spec Jupyter and the runner read, and
 * what it loads into every kernel process.
 */

/** The kernel the project's notebooks declare in metadata.kernelspec.name. */
export const kernelName = "tslab";

/**
 * The modules the kernel spec loads into every kernel process (`node --require`, compiled to
 * lib/dist), before tslab. The first two are the kernel's own (this folder): the preload
 * (kernel/preload.ts) and the compiler tuning (kernel/compiler.ts, separate so that
 * `npm run bench:kernel` can start a kernel without it). The last starts the render service
 * with the kernel. Loaded by path, these are edges no import shows: the layer test reads
 * this list.
 */
export const kernelPreloads = ["kernel/preload", "kernel/compiler", "render/service/keep-warm"] as const;

// Defined in config, where show() reads it too; the runner and the kernel's code import it from here.
export { headlessKernelVariable } from "../config/headless-kernel";

/** A Jupyter kernel spec (kernel.json), as Jupyter itself reads it. */
export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
  env?: Record<string, string>;
}

export function kernelSpecPath(jupyterData: string = paths.jupyterData): string {
  return path.join(jupyterData, "kernels", kernelName, "kernel.json");
}

/** Reads the project-local kernel spec: the runner starts the very command Jupyter would. */
export function readKernelSpec(jupyterData: string = paths.jupyterData): KernelSpec {
  const file = kernelSpecPath(jupyterData);
  if (!fs.existsSync(file)) {
    throw new Error(`kernel spec not found at ${file}: run \`node lib/setup/ensure-environment.mjs --kernel\``);
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as KernelSpec;
}

/** The argv with Jupyter's {connection_file} placeholder filled in. */
export function kernelCommand(spec: KernelSpec, connectionFile: string): string[] {
  return spec.argv.map((arg) => arg.replaceAll("{connection_file}", connectionFile));
}
