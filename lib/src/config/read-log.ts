import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Names a file to which every data file read is appended, one absolute path a line. The
 * notebook runner sets it for each kernel: its execution cache then knows which files a
 * notebook depends on, so a change to one CSV reruns only the notebooks that read it.
 */
export const readLogVariable = "SYRIA_READ_LOG";

/** Records that `file` is read; a no-op unless the runner asked for a log. */
export function recordRead(file: string): void {
  const log = process.env[readLogVariable];
  if (log) fs.appendFileSync(log, `${path.resolve(file)}\n`);
}
