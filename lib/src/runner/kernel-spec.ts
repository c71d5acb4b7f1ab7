import * as fs from "node:fs";
import * as path from "node:path";
import { paths } from "../config/paths";

/** The kernel the project's notebooks declare in metadata.kernelspec.name. */
export const kernelName = "tslab";

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
