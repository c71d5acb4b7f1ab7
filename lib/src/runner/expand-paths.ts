import * as fs from "node:fs";
import * as path from "node:path";

const wildcard = /[*?[]/;

/** "**" spans folders, "*" and "?" stay within one path segment, "[...]" is a character class. */
function globToRegExp(glob: string): RegExp {
  let pattern = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (glob.startsWith("**/", i)) {
      pattern += "(?:.*/)?";
      i += 2;
    } else if (glob.startsWith("**", i)) {
      pattern += ".*";
      i += 1;
    } else if (char === "*") pattern += "[^/]*";
    else if (char === "?") pattern += "[^/]";
    else if (char === "[") {
      const end = glob.indexOf("]", i);
      pattern += end > i ? glob.slice(i, end + 1) : "\\[";
      i = end > i ? end : i;
    } else pattern += char.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true, encoding: "utf8" }) as string[])
    .filter((entry) => !entry.split(path.sep).includes(".ipynb_checkpoints"))
    .filter((entry) => fs.statSync(path.join(folder, entry)).isFile());
}

/**
 * Expands notebook paths and globs (relative to `cwd`) into sorted, distinct absolute paths.
 * A literal path must exist; a glob may match nothing (the caller reports an empty run).
 * Jupyter's .ipynb_checkpoints copies never match.
 */
export function expandPaths(patterns: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    if (!wildcard.test(pattern)) {
      if (!fs.existsSync(absolute)) throw new Error(`notebook not found: ${pattern}`);
      found.add(absolute);
      continue;
    }
    const segments = absolute.split("/");
    const firstWild = segments.findIndex((segment) => wildcard.test(segment));
    const base = segments.slice(0, firstWild).join("/") || "/";
    const matcher = globToRegExp(segments.slice(firstWild).join("/"));
    for (const file of filesUnder(base)) {
      if (matcher.test(file)) found.add(path.join(base, file));
    }
  }
  return [...found].sort();
}
