import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it, type TestContext } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { scratchFolder } from "../helpers/scratch-folder";

const script = path.join(paths.root, "lib", "setup", "ensure-environment.mjs");

/** Whether every account may enter `folder` (it and each folder above it searchable by others). */
function enterableByAll(folder: string): boolean {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    try {
      if ((fs.statSync(dir).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    if (dir === path.dirname(dir)) return true;
  }
}

/**
 * A new folder other accounts can read: in TMPDIR when they can enter it, else in the system's
 * temporary folder (TMPDIR may sit in a home folder of mode 0700, as the test runner's own does).
 * Removed when the test ends.
 */
function sharedFolder(t: TestContext, prefix: string): string {
  const parent = [os.tmpdir(), "/tmp", "/var/tmp", "/dev/shm"].find(enterableByAll);
  assert.ok(parent, "no temporary folder that every account can enter");
  const folder = fs.mkdtempSync(path.join(parent, prefix));
  fs.chmodSync(folder, 0o755);
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** A PATH on which dpkg-query knows no package: every Debian package looks missing. */
function pathWithoutDebianPackages(t: TestContext): string {
  const bin = sharedFolder(t, "no-dpkg-");
  fs.writeFileSync(path.join(bin, "dpkg-query"), "#!/bin/sh\nexit 1\n", { mode: 0o755 });
  return `${bin}:${process.env.PATH}`;
}

/**
 * The set-up folder copied where any user can read it: the clone itself may sit in a
 * folder other users cannot enter (root's home, a mktemp -d folder), and the Debian step
 * needs nothing else from the project.
 */
function readableCopyOfSetup(t: TestContext): string {
  const copy = sharedFolder(t, "setup-copy-");
  fs.cpSync(path.dirname(script), path.join(copy, "lib", "setup"), { recursive: true });
  for (const dir of [copy, path.join(copy, "lib"), path.join(copy, "lib", "setup")]) fs.chmodSync(dir, 0o755);
  for (const file of fs.readdirSync(path.join(copy, "lib", "setup"))) fs.chmodSync(path.join(copy, "lib", "setup", file), 0o644);
  return path.join(copy, "lib", "setup", path.basename(script));
}

describe("the set-up script's Debian step", () => {
  it("skips when every package is present, without calling apt-get", (t) => {
    // An apt-get first on PATH that only leaves a mark: the skip must never reach it.
    const fakeBin = scratchFolder("fake-apt-");
    t.after(() => fs.rmSync(fakeBin, { recursive: true, force: true }));
    const mark = path.join(fakeBin, "called");
    fs.writeFileSync(path.join(fakeBin, "apt-get"), `#!/bin/sh\ntouch ${JSON.stringify(mark)}\nexit 1\n`, { mode: 0o755 });
    const result = spawnSync(process.execPath, [script, "--debian"], { encoding: "utf8", env: { ...process.env, PATH: `${fakeBin}:${process.env.PATH}` } });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Debian packages: present/);
    assert.equal(fs.existsSync(mark), false, "apt-get was called although every package is present");
  });

  it("as a non-root user, prints the exact apt-get line and stops instead of installing", (t) => {
    const setpriv = "/usr/bin/setpriv";
    if (process.getuid?.() !== 0 || !fs.existsSync(setpriv)) return t.skip("needs root and setpriv to run the script as another user");
    const result = spawnSync(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, readableCopyOfSetup(t), "--debian"], {
      encoding: "utf8",
      env: { ...process.env, PATH: pathWithoutDebianPackages(t) },
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /missing Debian packages: jupyter-notebook, .*chromium/);
    assert.match(result.stderr, /apt-get update && apt-get install -y --no-install-recommends jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel chromium fonts-dejavu-core fonts-liberation poppler-utils/);
  });
});
