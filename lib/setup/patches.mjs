// Applies the project's fixes to other packages: patches/<package>@<version>/<fix>.patch, unified
// diffs of files under node_modules (readable by `git apply` and `patch -p1` from the project root).
// Plain JavaScript with no dependencies, run by ensure-environment.mjs right after `npm ci`.
//
// Strict on purpose: a patch is written for one exact version of its package, so it applies
// only to that version, and only where every line of each hunk stands as written (at its line
// number, or at the one other place another fix of the same file moved it to), without fuzz.
// Anything else is an error naming the patch, the file and the lines, never a silently
// unpatched package. What each patch
// does and how to drop it: docs/kernel.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export class PatchError extends Error {}

/** "tslab@1.0.22" → tslab, 1.0.22; "@scope/name@1.2.3" → @scope/name, 1.2.3. */
export function patchTarget(folder) {
  const at = folder.lastIndexOf("@");
  if (at <= 0) throw new PatchError(`patches/${folder}: patches live in patches/<package>@<version>/`);
  return { name: folder.slice(0, at), version: folder.slice(at + 1) };
}

/**
 * The files of a unified diff and their hunks. Lines before the first file header are the
 * patch's description.
 */
export function parsePatch(text, patchName) {
  const lines = text.split("\n");
  const files = [];
  let hunk;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.startsWith("--- ") && lines[index + 1]?.startsWith("+++ ")) {
      const path = lines[index + 1].slice(4).replace(/\t.*$/, "");
      if (!path.startsWith("b/")) throw new PatchError(`${patchName}:${index + 2}: expected a path starting with b/, got ${path}`);
      files.push({ path: path.slice(2), hunks: [] });
      hunk = undefined;
      index++;
      continue;
    }
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (header) {
      if (files.length === 0) throw new PatchError(`${patchName}:${index + 1}: a hunk before any file header`);
      hunk = { line: index + 1, oldStart: Number(header[1]), newStart: Number(header[3]), oldLines: [], newLines: [] };
      files.at(-1).hunks.push(hunk);
      continue;
    }
    if (!hunk) continue;
    const [mark, rest] = [line[0], line.slice(1)];
    if (mark === " ") {
      hunk.oldLines.push(rest);
      hunk.newLines.push(rest);
    } else if (mark === "-") hunk.oldLines.push(rest);
    else if (mark === "+") hunk.newLines.push(rest);
    else if (mark !== "\\") hunk = undefined;
  }
  if (files.length === 0) throw new PatchError(`${patchName}: no file in this patch`);
  return files;
}

const matchesAt = (lines, at, expected) => at >= 0 && expected.every((line, offset) => lines[at + offset] === line);

/**
 * Where `expected` stands in `lines`: at `hint`, or else at the one other place it stands (a
 * patch of another fix of the same file moved it). Undefined when nowhere, or in several places.
 */
function locate(lines, expected, hint) {
  if (matchesAt(lines, hint, expected)) return hint;
  const found = [];
  for (let at = 0; at + expected.length <= lines.length && found.length < 2; at++) if (matchesAt(lines, at, expected)) found.push(at);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The file's text with the hunks applied, or unchanged when every hunk is already there.
 * Throws when a hunk's lines are neither there to patch nor there patched.
 */
export function applyHunks(text, hunks, where) {
  const lines = text.split("\n");
  const states = hunks.map((hunk) => {
    const at = locate(lines, hunk.oldLines, hunk.oldStart - 1);
    if (at !== undefined) return { hunk, at, applied: false };
    if (locate(lines, hunk.newLines, hunk.newStart - 1) !== undefined) return { hunk, applied: true };
    throw new PatchError(`${where}: the lines of the hunk at line ${hunk.line} of the patch (lines ${hunk.oldStart}-${hunk.oldStart + hunk.oldLines.length - 1} of the original file) are not in the file: the package is not the version this patch was written for, or was changed`);
  });
  if (states.every((state) => state.applied)) return { text, changed: false };
  if (states.some((state) => state.applied)) throw new PatchError(`${where}: partly applied (some hunks are in place, others not): reinstall the package (npm ci)`);
  // Applied bottom-up, so that the places found above stay true.
  for (const { hunk, at } of [...states].sort((a, b) => b.at - a.at)) lines.splice(at, hunk.oldLines.length, ...hunk.newLines);
  return { text: lines.join("\n"), changed: true };
}

/** The folders of patches/ named <package>@<version> (scoped packages one level down). */
function packageFolders(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => (entry.name.startsWith("@") && !entry.name.slice(1).includes("@") ? packageFolders(join(dir, entry.name)).map((inner) => `${entry.name}/${inner}`) : [entry.name]));
}

/** Every patch of patches/: its path, package, version and parsed files. */
export function readPatches(root) {
  const dir = join(root, "patches");
  if (!existsSync(dir)) return [];
  return packageFolders(dir)
    .sort()
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => name.endsWith(".patch"))
        .sort()
        .map((name) => `${folder}/${name}`)
        .map((file) => ({ file, ...patchTarget(folder), files: parsePatch(readFileSync(join(dir, file), "utf8"), `patches/${file}`) })),
    );
}

function installedVersion(root, name) {
  const file = join(root, "node_modules", name, "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : undefined;
}

/**
 * Applies every patch of `root`/patches to `root`/node_modules (a patch already in place is left
 * as it is). Returns one line per patch; throws a PatchError naming what does not fit.
 */
export function applyPatches(root, { write = true } = {}) {
  return readPatches(root).map((patch) => {
    const installed = installedVersion(root, patch.name);
    if (installed !== patch.version) {
      throw new PatchError(`patches/${patch.file} was written for ${patch.name} ${patch.version}, but ${installed ? `${patch.name} ${installed} is installed` : `${patch.name} is not installed`}: pin ${patch.version} in package.json, or port the patch (docs/kernel.md)`);
    }
    let changed = 0;
    for (const file of patch.files) {
      const path = join(root, file.path);
      if (!existsSync(path)) throw new PatchError(`patches/${patch.file}: ${file.path} does not exist`);
      const result = applyHunks(readFileSync(path, "utf8"), file.hunks, `patches/${patch.file}, ${file.path}`);
      if (result.changed) {
        changed++;
        if (write) writeFileSync(path, result.text);
      }
    }
    return `${patch.file}: ${changed === 0 ? "in place" : `applied to ${changed} file(s)`}`;
  });
}
