import * as fs from "node:fs";
import * as path from "node:path";

/** A lock older than this was left by a process that hung or was killed: no update holds one this long. */
const staleAfterMs = 30_000;
const retryMs = 5;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function isStale(lock: string): boolean {
  try {
    const holder = Number(fs.readFileSync(lock, "utf8"));
    if (Number.isInteger(holder) && holder > 0) process.kill(holder, 0);
    return Date.now() - fs.statSync(lock).mtimeMs > staleAfterMs;
  } catch (error) {
    // ESRCH: the process that took it has ended without removing it. ENOENT: just released.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Runs `update` (a read, change and write of `file`) while holding `<file>.lock`, so that
 * processes updating the same file at once (notebooks run side by side, each exporting into
 * the figure manifest) do not lose each other's changes. A lock whose process has ended is
 * taken over; one held longer than `timeoutMs` is an error naming it.
 */
export function withFileLock<T>(file: string, update: () => T, timeoutMs = 10_000): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + timeoutMs;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (isStale(lock)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${file} stayed locked for ${timeoutMs / 1000} s by ${lock}: if no other export is running, delete that file`);
      Atomics.wait(sleeper, 0, 0, retryMs);
    }
  }
  try {
    return update();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
