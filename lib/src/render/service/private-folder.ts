import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { projectRoot } from "../../config/paths";

/**
 * The render service's socket, log and temporary files live in a folder only their owner can
 * enter, as ssh-agent's and gpg-agent's sockets do: a Unix socket's permission to connect is
 * the permission to reach its file, so the folder's mode 0700 is the service's credential.
 */

/** Linux's limit on a socket path (sun_path is 108 bytes, one for the terminating NUL). */
export const maxSocketPathBytes = 107;

/** Why `folder` is not private to this process's user, or undefined when it is (a real folder, owned by the user, mode 0700 or stricter). */
export function whyNotPrivate(folder: string): string | undefined {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(folder);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code})`;
  }
  if (stats.isSymbolicLink()) return "is a symbolic link";
  if (!stats.isDirectory()) return "is not a folder";
  const uid = process.getuid?.() ?? os.userInfo().uid;
  if (stats.uid !== uid) return `is owned by uid ${stats.uid}, not by this user (uid ${uid})`;
  if ((stats.mode & 0o077) !== 0) return `has mode ${(stats.mode & 0o777).toString(8)}: other users may enter it (it must be 700)`;
  return undefined;
}

/** `folder`, created with mode 0700 if missing, once checked private; an error saying why otherwise (a folder is never loosened or taken over). */
function ensurePrivate(folder: string): string {
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  try {
    fs.mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const problem = whyNotPrivate(folder);
  if (problem) throw new Error(`refusing to use ${folder} for the render service: it ${problem}`);
  return folder;
}

/** The folders tried, best first: the user's runtime folder (XDG_RUNTIME_DIR, if itself private), the project's cache, the temporary folder. */
function candidates(): string[] {
  const uid = process.getuid?.() ?? os.userInfo().uid;
  const runtime = process.env.XDG_RUNTIME_DIR;
  const found: string[] = [];
  if (runtime && path.isAbsolute(runtime) && whyNotPrivate(runtime) === undefined) found.push(path.join(runtime, "syria-coalitions"));
  found.push(path.join(projectRoot, "node_modules", ".cache", "syria-runtime"));
  // Only when the paths above are too long for a socket: a name other users could take first, so checked as strictly.
  found.push(path.join(os.tmpdir(), `syria-coalitions-${uid}`));
  return found;
}

/**
 * The user's private folder for the service's files whose names have `longestName` bytes at most:
 * the first candidate where a socket path fits. Checked on every call (cheap): a folder whose
 * owner or mode changed since is refused, with the reason.
 */
export function privateFolder(longestName: number): string {
  const fitting = candidates().find((folder) => Buffer.byteLength(path.join(folder, "x".repeat(longestName))) <= maxSocketPathBytes);
  if (!fitting) throw new Error(`no folder for the render service's socket has a path short enough (${maxSocketPathBytes} bytes): set XDG_RUNTIME_DIR or TMPDIR to a shorter private folder`);
  return ensurePrivate(fitting);
}
