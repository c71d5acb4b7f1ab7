import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Folders named by environment variables (SYRIA_DATA_DIR, SYRIA_FIGURES_DIR, SYRIA_CACHE_DIR) are
 * read and written as the user's own: the data read into notebooks, the figures written, the
 * cached conversions a kernel runs. So each must be an absolute path to a folder of the user's,
 * one no other account may write to; anything else stops the command with an error naming the
 * variable, the folder and the fault.
 */
export class FolderVariableError extends Error {
  constructor(
    readonly variable: string,
    readonly folder: string,
    fault: string,
  ) {
    super(`${variable}=${folder}: ${fault}`);
    this.name = "FolderVariableError";
  }
}

const uid = () => (typeof process.getuid === "function" ? process.getuid() : undefined);

/**
 * Checks an existing folder: a folder (symbolic links followed), owned by the user (or by root
 * when the user is root) and not writable by every account. A folder that does not exist yet
 * passes: whoever creates it makes it the user's own.
 */
export function checkPrivateFolder(folder: string, variable: string): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new FolderVariableError(variable, folder, `cannot be read (${(error as Error).message})`);
  }
  if (!stats.isDirectory()) throw new FolderVariableError(variable, folder, "not a folder");
  const user = uid();
  if (user !== undefined && stats.uid !== user) throw new FolderVariableError(variable, folder, `owned by another account (uid ${stats.uid}, you are uid ${user}): use a folder of your own`);
  if ((stats.mode & 0o002) !== 0) throw new FolderVariableError(variable, folder, `writable by every account (mode ${(stats.mode & 0o7777).toString(8)}): use a folder only you can write to (chmod o-w)`);
}

/** The folder an environment variable names, checked; `fallback` when the variable is unset or empty. */
export function folderFromEnvironment(variable: string, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[variable];
  if (value === undefined || value === "") return fallback;
  if (!path.isAbsolute(value)) throw new FolderVariableError(variable, value, "not an absolute path (give the whole path, starting with /)");
  const folder = path.resolve(value);
  checkPrivateFolder(folder, variable);
  return folder;
}
