/**
 * The exact versions of the packages whose internals the kernel's code reaches into
 * (docs/kernel.md, "Other packages changed"). package.json pins each, and the kernel checks
 * them as it starts: with any other version it stops with an error saying what to do, rather
 * than run half tuned.
 */
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";
import { projectRoot } from "../config/paths";

export const writtenFor = {
  /** Patched (patches/tslab@1.0.22/) and wrapped: converter, metadata, executor's cell wrapper. */
  tslab: "1.0.22",
  /** tslab's own TypeScript: the compiler tuning uses its internals (bindSourceFile, BuilderState). */
  "@tslab/typescript-for-tslab": "5.0.4",
  /** Loads mathjs, xlsx, request and TensorFlow.js as it loads, which the kernel defers. */
  "danfojs-node": "1.2.0",
  /** The sockets of tslab's kernel (the bind patch relies on its refusal to use a binding socket). */
  zeromq: "6.8.0",
} as const;

export type Package = keyof typeof writtenFor;

/** Where each package is resolved from: tslab from the project, its TypeScript and zeromq from tslab, as tslab requires them. */
function installedVersion(name: Package, root: string): string | undefined {
  try {
    const fromProject = Module.createRequire(path.join(root, "package.json"));
    const from = name === "@tslab/typescript-for-tslab" || name === "zeromq" ? Module.createRequire(fromProject.resolve("tslab/package.json")) : fromProject;
    return (JSON.parse(fs.readFileSync(from.resolve(`${name}/package.json`), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The packages whose installed version is not the one written for, each with a line saying so. */
export function versionMismatches(installed: (name: Package) => string | undefined = (name) => installedVersion(name, projectRoot)): string[] {
  return (Object.keys(writtenFor) as Package[]).flatMap((name) => {
    const found = installed(name);
    return found === writtenFor[name] ? [] : [`${name} ${found ?? "(not installed)"}, but the kernel's code was written for ${writtenFor[name]}`];
  });
}

/** Throws, naming each package, when an installed version is not the one written for. */
export function checkPackageVersions(installed?: (name: Package) => string | undefined): void {
  const mismatches = versionMismatches(installed);
  if (mismatches.length > 0) {
    throw new Error(`The project's kernel cannot start:\n  ${mismatches.join("\n  ")}\nInstall the pinned versions (npm ci), or port the patches and the kernel's code to the new ones (docs/kernel.md).`);
  }
}
