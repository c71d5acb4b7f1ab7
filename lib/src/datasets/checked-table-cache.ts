import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { installedVersion, paths } from "../config/paths";
import { CacheNamespace, cacheKey } from "../cache";
import type { DatasetIssue } from "./issues";
import type { LocatedRow } from "./read-table";
import type { AnyTable } from "./table";

/**
 * The rows and problems of tables checked before, in the cache's `tables` namespace: a CSV file whose
 * bytes and checking code did not change is not parsed and validated again. Parsing and
 * validating the tables a notebook reads cost 0.1–0.3 s of a fresh kernel; reading them back
 * costs about a millisecond a table. Rows are plain JSON values (strings, numbers, lists,
 * null), so they come back exactly as checked.
 */

/** What checking one table's text gives: its valid rows (with lines and cells as written) and its problems. */
export interface CheckedTable<R> {
  rows: Array<LocatedRow<R>>;
  /**
   * The rows with a problem of their own, with their cells as written (their keys still exist for
   * other tables' look-ups) and the values of the cells that passed their own check (still checked
   * against other tables).
   */
  rejected: Array<LocatedRow<Partial<R>>>;
  issues: DatasetIssue[];
}

/** Entries kept: the newest by use (the project's eleven tables, and the copies tests and benchmarks change). */
const keptEntries = 500;

/** Packages that parse and validate the cells: their version is part of the checking code. */
const checkingPackages = ["csv-parse", "zod"];

let identity: string | undefined;

/**
 * Everything a table's check depends on besides its text: this folder's modules (the schemas,
 * the CSV reading, the row rules), as compiled or as sources, whichever runs, and the versions
 * of the packages they use.
 */
function checkingCode(): string {
  if (identity !== undefined) return identity;
  const hash = createHash("sha256");
  const ownExtension = path.extname(__filename);
  const modules = fs.readdirSync(__dirname).filter((name) => path.extname(name) === ownExtension && !name.endsWith(".d.ts")).sort();
  for (const name of modules) hash.update(`${name}\0`).update(fs.readFileSync(path.join(__dirname, name))).update("\0");
  for (const name of checkingPackages) hash.update(`${name}@${installedVersion(name)}\0`);
  identity = hash.digest("hex");
  return identity;
}

/**
 * The table's checked rows and problems for this text: from the cache when this text was
 * checked before by the same code, else from `check`, then kept. Problems name `file`.
 */
export function checkedTable<R>(table: AnyTable, text: Buffer, file: string, check: () => CheckedTable<R>, dir: string = paths.tableCache): CheckedTable<R> {
  const cache = new CacheNamespace(dir, keptEntries);
  const key = cacheKey(checkingCode(), table.name, text);
  const kept = cache.readJson<CheckedTable<R>>(key);
  if (kept && Array.isArray(kept.rows) && Array.isArray(kept.rejected) && Array.isArray(kept.issues)) return { rows: kept.rows, rejected: kept.rejected, issues: kept.issues.map((issue) => ({ ...issue, file })) };
  const checked = check();
  cache.writeJson(key, checked);
  return checked;
}
