import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { readManifest, updateManifest, type ManifestEntry } from "../../lib/src/export/manifest";
import { withFileLock } from "../../lib/src/files/file-lock";
import { scratchFolder } from "../helpers/scratch-folder";

const dir = scratchFolder("manifest-lock-");
const manifestModule = path.resolve(__dirname, "../../lib/src/export/manifest.ts");

const entry = (id: string): ManifestEntry => ({ id, title: { en: id, id }, lang: "en", madeBy: "test", files: [], tables: [], sourceIds: [] });

/** A process adding `count` entries named `<prefix>-<n>` to the manifest, one update each. */
function writer(file: string, prefix: string, count: number): Promise<number | null> {
  const script = `const { updateManifest } = require(${JSON.stringify(manifestModule)});
for (let n = 0; n < ${count}; n++) updateManifest(${JSON.stringify(file)}, { id: "${prefix}-" + n, title: { en: "t", id: "t" }, lang: "en", madeBy: "test", files: [], tables: [], sourceIds: [] });`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["ignore", "ignore", "inherit"] });
  return new Promise((resolve) => child.on("exit", resolve));
}

describe("the figure manifest, updated by processes at the same time", () => {
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps every entry that three processes exporting side by side add", async () => {
    const file = path.join(dir, "manifest.json");
    const codes = await Promise.all(["a", "b", "c"].map((prefix) => writer(file, prefix, 60)));
    assert.deepEqual(codes, [0, 0, 0]);
    const ids = readManifest(file).figures.map((figure) => figure.id);
    assert.equal(ids.length, 180, `${180 - ids.length} entries lost`);
    assert.equal(fs.existsSync(`${file}.lock`), false, "the lock is released");
  });

  it("takes over a lock whose process has ended", () => {
    const file = path.join(dir, "taken-over.json");
    const ended = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    fs.writeFileSync(`${file}.lock`, ended.stdout.trim());
    updateManifest(file, entry("after-a-crash"));
    assert.deepEqual(readManifest(file).figures.map((figure) => figure.id), ["after-a-crash"]);
    assert.equal(fs.existsSync(`${file}.lock`), false);
  });

  it("waits for a lock held by a live process, then names it in its error", () => {
    const file = path.join(dir, "held.json");
    fs.writeFileSync(`${file}.lock`, String(process.pid));
    assert.throws(() => withFileLock(file, () => undefined, 200), (error: Error) => error.message.includes(`${file}.lock`) && /stayed locked/.test(error.message));
    fs.rmSync(`${file}.lock`);
  });
});
