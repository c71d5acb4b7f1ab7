/**
 * The packages the kernel's code reaches into are pinned, installed at the versions that code was
 * written for, and patched: a package that changes fails here, and stops the kernel, rather than
 * leaving it silently unpatched or untuned.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { checkPackageVersions, versionMismatches, writtenFor } from "../../lib/src/kernel/versions";

interface PatchesModule {
  applyPatches(root: string, options?: { write?: boolean }): string[];
  readPatches(root: string): Array<{ file: string; name: string; version: string }>;
  PatchError: new (message: string) => Error;
}
const patches = () => import(path.join(projectRoot, "lib", "setup", "patches.mjs")) as Promise<PatchesModule>;

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

describe("the packages the kernel changes", () => {
  it("are installed at the versions the kernel's code was written for", () => {
    assert.deepEqual(versionMismatches(), []);
  });

  it("are pinned to those exact versions in package.json", () => {
    const root = readJson(path.join(projectRoot, "package.json"));
    const lib = readJson(path.join(projectRoot, "lib", "package.json"));
    const declared = { ...root.devDependencies, ...root.dependencies, ...lib.dependencies };
    for (const [name, version] of Object.entries(writtenFor)) assert.equal(declared[name], version, `package.json must pin ${name} to exactly ${version}`);
  });

  it("stop the kernel as it starts when one is another version, naming it", () => {
    const installed = (name: keyof typeof writtenFor) => (name === "tslab" ? "1.0.23" : writtenFor[name]);
    assert.throws(() => checkPackageVersions(installed), /tslab 1\.0\.23, but the kernel's code was written for 1\.0\.22[\s\S]*docs\/kernel\.md/);
    assert.doesNotThrow(() => checkPackageVersions((name) => writtenFor[name]));
  });

  it("have every patch of patches/ in place, each written for the pinned version", async () => {
    const { applyPatches, readPatches } = await patches();
    const all = readPatches(projectRoot);
    assert.ok(all.length >= 3, "the tslab patches are found");
    for (const patch of all) assert.equal(patch.version, writtenFor[patch.name as keyof typeof writtenFor], `${patch.file} is for the pinned version`);
    assert.deepEqual(
      applyPatches(projectRoot, { write: false }).filter((line) => !line.endsWith(": in place")),
      [],
      "a patch is not applied: run `npm run setup`",
    );
  });
});
