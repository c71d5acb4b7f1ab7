import * as fs from "node:fs";
import * as path from "node:path";

/** Folders made by temporaryFolder and not removed yet. */
const live = new Set<string>();
// A run stopped through process.exit (the commands turn Ctrl-C and kill into one, exit-on-signals.ts) leaves none behind.
process.on("exit", () => {
  for (const folder of live) fs.rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder named `prefix` and six random characters in `parent`: removed by removeTemporaryFolder, or as the process exits. */
export function temporaryFolder(parent: string, prefix: string): string {
  const folder = fs.mkdtempSync(path.join(parent, prefix));
  live.add(folder);
  return folder;
}

export function removeTemporaryFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
  live.delete(folder);
}
