/** The set-up's patch step (lib/setup/patches.mjs): strict, loud, and a no-op once applied. */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";

interface PatchesModule {
  applyPatches(root: string, options?: { write?: boolean }): string[];
}
const { applyPatches } = require(path.join(projectRoot, "lib", "setup", "patches.mjs")) as PatchesModule;

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "patches-"));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

const original = ["function greet() {", '  return "hello";', "}", "module.exports = greet;", ""].join("\n");
const patch = [
  "A fix, described above its diff.",
  "",
  "--- a/node_modules/greeter/index.js",
  "+++ b/node_modules/greeter/index.js",
  "@@ -1,3 +1,3 @@",
  " function greet() {",
  '-  return "hello";',
  '+  return "hello, world";',
  " }",
  "",
].join("\n");

/** A project folder with the package `greeter` at `version`, its index.js holding `source`, and the patch. */
function project(name: string, version: string, source = original): string {
  const root = path.join(folder, name);
  fs.mkdirSync(path.join(root, "node_modules", "greeter"), { recursive: true });
  fs.writeFileSync(path.join(root, "node_modules", "greeter", "package.json"), JSON.stringify({ name: "greeter", version }));
  fs.writeFileSync(path.join(root, "node_modules", "greeter", "index.js"), source);
  fs.mkdirSync(path.join(root, "patches", "greeter@1.0.0"), { recursive: true });
  fs.writeFileSync(path.join(root, "patches", "greeter@1.0.0", "fix.patch"), patch);
  return root;
}
const index = (root: string) => fs.readFileSync(path.join(root, "node_modules", "greeter", "index.js"), "utf8");

describe("the patch step", () => {
  it("applies a patch to the version it was written for, then finds it in place", () => {
    const root = project("applies", "1.0.0");
    assert.deepEqual(applyPatches(root), ["greeter@1.0.0/fix.patch: applied to 1 file(s)"]);
    assert.equal(index(root), original.replace('"hello"', '"hello, world"'));
    assert.deepEqual(applyPatches(root), ["greeter@1.0.0/fix.patch: in place"]);
    assert.equal(index(root), original.replace('"hello"', '"hello, world"'));
  });

  it("refuses another version of the package, naming both", () => {
    const root = project("other-version", "1.0.1");
    assert.throws(() => applyPatches(root), /patches\/greeter@1\.0\.0\/fix\.patch was written for greeter 1\.0\.0, but greeter 1\.0\.1 is installed/);
    assert.equal(index(root), original);
  });

  it("applies a hunk that another fix of the same file moved, where its lines now stand", () => {
    const root = project("moved", "1.0.0", `// a line another fix added\n${original}`);
    assert.deepEqual(applyPatches(root), ["greeter@1.0.0/fix.patch: applied to 1 file(s)"]);
    assert.equal(index(root), `// a line another fix added\n${original.replace('"hello"', '"hello, world"')}`);
    assert.deepEqual(applyPatches(root), ["greeter@1.0.0/fix.patch: in place"]);
  });

  it("refuses a file whose lines are not the patch's, naming the file and the lines", () => {
    const root = project("changed", "1.0.0", original.replace('"hello"', '"hi"'));
    assert.throws(() => applyPatches(root), /greeter@1\.0\.0\/fix\.patch, node_modules\/greeter\/index\.js: the lines of the hunk at line 5 of the patch \(lines 1-3 of the original file\) are not in the file/);
    assert.equal(index(root), original.replace('"hello"', '"hi"'));
  });
});
