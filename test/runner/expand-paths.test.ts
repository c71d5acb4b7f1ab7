import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { expandPaths } from "../../lib/src/runner/expand-paths";
import { scratchFolder } from "../helpers/scratch-folder";

test("expandPaths expands globs, skips checkpoints, and requires literal paths to exist", () => {
  const root = scratchFolder("expand-");
  for (const file of ["a.ipynb", "b.ipynb", "notes.md", "sub/c.ipynb", ".ipynb_checkpoints/a-checkpoint.ipynb"]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), "{}");
  }
  const names = (patterns: string[]) => expandPaths(patterns, root).map((file) => path.relative(root, file));
  assert.deepEqual(names(["*.ipynb"]), ["a.ipynb", "b.ipynb"]);
  assert.deepEqual(names(["**/*.ipynb"]), ["a.ipynb", "b.ipynb", "sub/c.ipynb"]);
  assert.deepEqual(names(["b.ipynb", "[ab].ipynb"]), ["a.ipynb", "b.ipynb"]);
  assert.deepEqual(names(["none/*.ipynb"]), []);
  assert.throws(() => expandPaths(["missing.ipynb"], root), /not found/);
  fs.rmSync(root, { recursive: true });
});
