import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { projectRoot } from "../config/paths";

/**
 * Brings the lib build and the kernel spec up to date before notebooks run, so that a
 * notebook never imports a stale lib/dist: `tsc -b` is incremental and returns at once
 * when nothing changed. Done by the set-up script, the one place that knows how.
 */
export function ensureNotebookEnvironment(): void {
  const script = path.join(projectRoot, "lib", "setup", "ensure-environment.mjs");
  const result = spawnSync(process.execPath, [script, "--quiet", "--build", "--kernel"], { cwd: projectRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`the environment set-up failed (${script} exited with ${result.status ?? result.signal})`);
}
