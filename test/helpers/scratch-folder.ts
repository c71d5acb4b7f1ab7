import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Folders made by scratchFolder in this process. */
const made = new Set<string>();
// Removed as the test file's process ends, whatever its tests did; test/run.mjs removes the
// folders of a process that was killed with the run's TMPDIR.
process.on("exit", () => {
  for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder in `parent` (TMPDIR by default), named `prefix` and six random characters, removed when the process exits. */
export function scratchFolder(prefix: string, parent: string = os.tmpdir()): string {
  const folder = fs.mkdtempSync(path.join(parent, prefix));
  made.add(folder);
  return folder;
}
