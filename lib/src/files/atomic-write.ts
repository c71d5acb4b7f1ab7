import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Writes a file so that readers see the old content or the new, never a part:
 * a temporary file in the same folder (same file system), then a rename.
 */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
