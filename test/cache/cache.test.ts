import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { FolderVariableError, folderFromEnvironment } from "../../lib/src/config/folder-variable";
import { paths, projectRoot } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { checkedTable } from "../../lib/src/datasets/checked-table-cache";
import { actors } from "../../lib/src/datasets/tables";
import { recordExport, unchangedExport } from "../../lib/src/export/export-records";
import { CacheNamespace, cacheKey } from "../../lib/src/cache";
import { RenderCache } from "../../lib/src/render/service/render-cache";
import { ConversionCache } from "../../lib/src/kernel/conversion-cache";
import { readEntry, writeEntry, type CacheEntry } from "../../lib/src/runner/execution-cache";
import { scratchFolder } from "../helpers/scratch-folder";

const [chart] = allCharts(loadDataset());
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';

/** Every entry file under `dir` (the namespace's folders included), the way a reader of the folder finds them. */
function entryFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Ways an entry is damaged or replaced: cut short, one byte of its content changed, its first
 * line removed (the bare content another program would write), and the entry of another key put
 * in its place (each is whole and signed, but not this entry).
 */
const damages: Record<string, (file: string, contents: Map<string, Buffer>) => void> = {
  "cut short": (file) => fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 20)),
  "a byte changed": (file) => {
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 2] ^= 0x01;
    fs.writeFileSync(file, bytes);
  },
  "without its mark": (file) => {
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(bytes.indexOf(0x0a) + 1));
  },
  "another entry copied over it": (file, contents) => fs.writeFileSync(file, [...contents].find(([other]) => other !== file)![1]),
};

/** One cache, through the interface its callers use: write entries A and B, read A, and whether A is a hit. */
interface Subject {
  dir: string;
  write(which: "a" | "b"): void;
  hit(): boolean;
}

function subjects(): Record<string, () => Subject> {
  const conversion = { output: "const a = 1;", diagnostics: [] };
  return {
    executions: () => {
      const dir = scratchFolder("cache-executions-");
      const output = path.join(scratchFolder("cache-output-"), "out.ipynb");
      fs.writeFileSync(output, "{}");
      const entry = (notebook: string): Omit<CacheEntry, "data" | "outputSha256"> => ({ notebook, output, ranAt: "2017-09-14T00:00:00Z", inputs: { cells: [], parameters: "p", kernel: "k", library: "l", folders: "f" } });
      return { dir, write: (which) => writeEntry(dir, entry(which), []), hit: () => readEntry(dir, "a", output) !== null };
    },
    conversions: () => {
      const dir = scratchFolder("cache-conversions-");
      const types = path.join(scratchFolder("cache-types-"), "types.d.ts");
      fs.writeFileSync(types, "export declare const a: number;\n");
      const cache = new ConversionCache(dir, "identity");
      return { dir, write: (which) => void cache.write("", which, conversion, [types]), hit: () => cache.read("", "a") !== undefined };
    },
    renders: () => {
      const dir = scratchFolder("cache-renders-");
      const cache = new RenderCache(dir, "renderers");
      return { dir, write: (which) => cache.write(chart!, which === "a" ? "svg" : "pdf", 2, which === "a" ? svg : "%PDF-1.3\n%%EOF\n"), hit: () => cache.read(chart!, "svg") !== undefined };
    },
    exports: () => {
      const dir = scratchFolder("cache-exports-");
      const outDir = scratchFolder("cache-figures-");
      fs.writeFileSync(path.join(outDir, "a.svg"), svg);
      fs.writeFileSync(path.join(outDir, "b.svg"), svg);
      const files = (id: string) => [{ name: `${id}.svg`, bytes: svg.length, sha256: "0".repeat(64) }];
      return { dir, write: (which) => recordExport(outDir, which, "key", files(which), dir), hit: () => unchangedExport(outDir, "a", "key", dir) !== undefined };
    },
    tables: () => {
      const dir = scratchFolder("cache-tables-");
      let checks = 0;
      const check = () => ({ rows: [], rejected: [], issues: [], checks: ++checks });
      return {
        dir,
        write: (which) => void checkedTable(actors, Buffer.from(which), "actors.csv", check, dir),
        hit: () => {
          const before = checks;
          checkedTable(actors, Buffer.from("a"), "actors.csv", check, dir);
          return checks === before;
        },
      };
    },
  };
}

describe("the one cache", () => {
  for (const [name, make] of Object.entries(subjects())) {
    for (const [damage, apply] of Object.entries(damages)) {
      it(`${name}: an entry ${damage} is ignored, not an error, and the next write makes it whole again`, () => {
        const subject = make();
        subject.write("a");
        subject.write("b");
        assert.equal(subject.hit(), true, "an intact entry is read back");
        const files = entryFiles(subject.dir);
        assert.equal(files.length, 2);
        const contents = new Map(files.map((file) => [file, fs.readFileSync(file)]));
        for (const file of files) apply(file, contents);
        assert.equal(subject.hit(), false, "a damaged entry is a miss");
        subject.write("a");
        assert.equal(subject.hit(), true, "rewritten, the entry is read back");
      });
    }
  }

  it("an entry signed by another cache's key is not this cache's own", () => {
    // The same entry made under another cache folder: another key (each made at random).
    const elsewhere = scratchFolder("cache-elsewhere-");
    const script = `const { CacheNamespace } = require(${JSON.stringify(path.join(projectRoot, "lib", "dist", "cache", "index.js"))});
      new CacheNamespace(process.argv[1], 10).writeJson("${"ab".repeat(32)}", { made: "elsewhere" });`;
    const made = spawnSync(process.execPath, ["-e", script, path.join(elsewhere, "tables")], { env: { ...process.env, SYRIA_CACHE_DIR: elsewhere }, encoding: "utf8" });
    assert.equal(made.status, 0, made.stderr);
    const here = new CacheNamespace(scratchFolder("cache-here-"), 10);
    fs.copyFileSync(path.join(elsewhere, "tables", `${"ab".repeat(32)}.json`), here.file("ab".repeat(32)));
    assert.equal(here.readJson("ab".repeat(32)), undefined);
    here.writeJson("ab".repeat(32), { made: "here" });
    assert.deepEqual(here.readJson("ab".repeat(32)), { made: "here" });
  });

  it("keys and entry names: parts are kept apart, and a name that is not a key is refused", () => {
    assert.notEqual(cacheKey("ab", "c"), cacheKey("a", "bc"));
    const namespace = new CacheNamespace(scratchFolder("cache-names-"), 10);
    for (const bad of ["../escape", "ABCDEF0123456789", "0123"]) assert.throws(() => namespace.file(bad), /not a cache entry name/);
  });

  it("SYRIA_CACHE_DIR moves every namespace, and npm run clean empties them, leaving other files alone", () => {
    const root = path.join(scratchFolder("cache-root-"), "cache");
    // One process writes through each of the five caches (as compiled, as commands run them) with the cache moved to `root`.
    const script = `
      const { paths } = require("./lib/dist/config/paths");
      const fs = require("node:fs");
      const path = require("node:path");
      const { allCharts } = require("./lib/dist/charts");
      const { loadDataset } = require("./lib/dist/datasets");
      const { writeEntry } = require("./lib/dist/runner/execution-cache");
      const { ConversionCache } = require("./lib/dist/kernel/conversion-cache");
      const { RenderCache } = require("./lib/dist/render/service/render-cache");
      const { recordExport } = require("./lib/dist/export/export-records");
      const dataset = loadDataset();
      const out = paths.cache + "-figures";
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, "x.svg"), "<svg/>");
      writeEntry(paths.notebookCache, { notebook: "n", output: path.join(out, "x.svg"), ranAt: "", inputs: { cells: [], parameters: "", kernel: "", library: "", folders: "" } }, []);
      new ConversionCache(paths.conversionCache, "identity").write("", "const a = 1;", { diagnostics: [] }, [path.join(out, "x.svg")]);
      new RenderCache(paths.renderCache, "renderers").write(allCharts(dataset)[0], "svg", 2, "<svg></svg>");
      recordExport(out, "x", "key", [{ name: "x.svg", bytes: 6, sha256: "" }]);
      fs.rmSync(out, { recursive: true });`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: projectRoot, env: { ...process.env, SYRIA_CACHE_DIR: root }, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    for (const namespace of ["executions", "conversions", "renders", "exports", "tables"]) {
      assert.ok(entryFiles(path.join(root, namespace)).length > 0, `${namespace} is under SYRIA_CACHE_DIR`);
    }
    assert.equal((fs.statSync(root).mode & 0o777).toString(8), "700", "made by the cache, the folder is its owner's only");
    fs.writeFileSync(path.join(root, "notes.txt"), "the user's own file");

    const clean = spawnSync("npm", ["run", "--silent", "clean"], { cwd: projectRoot, env: { ...process.env, SYRIA_CACHE_DIR: root }, encoding: "utf8" });
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stdout, /emptied the cache .* MB freed/);
    assert.deepEqual(fs.readdirSync(root), ["notes.txt"]);
  });

  it("the project's cache folder is where the paths say: under node_modules/.cache unless SYRIA_CACHE_DIR moves it", () => {
    const moved = spawnSync(process.execPath, ["--import", "tsx", "-e", 'process.stdout.write(require("./lib/dist/config/paths").paths.cache)'], { cwd: projectRoot, env: { ...process.env, SYRIA_CACHE_DIR: "" }, encoding: "utf8" });
    assert.equal(moved.stdout, path.join(projectRoot, "node_modules", ".cache", "syria-coalitions"));
    assert.equal(paths.cache, process.env.SYRIA_CACHE_DIR, "test/run.mjs gives the tests a cache of their own");
  });
});

describe("environment variables naming folders", () => {
  const check = (value: string) => folderFromEnvironment("SYRIA_DATA_DIR", "/default", { SYRIA_DATA_DIR: value });

  it("take an absolute path to a folder of the user's own, or fall back when unset", () => {
    const folder = scratchFolder("folder-variable-");
    assert.equal(check(folder), folder);
    assert.equal(check(`${folder}/`), folder);
    assert.equal(check(path.join(folder, "not-yet")), path.join(folder, "not-yet"), "a folder made later");
    assert.equal(folderFromEnvironment("SYRIA_DATA_DIR", "/default", {}), "/default");
  });

  it("refuse a relative path, a file, a folder every account may write to, and one owned by another account", (t) => {
    const folder = scratchFolder("folder-variable-");
    assert.throws(() => check("data"), /SYRIA_DATA_DIR=data: not an absolute path/);
    const file = path.join(folder, "file");
    fs.writeFileSync(file, "");
    assert.throws(() => check(file), (error: unknown) => error instanceof FolderVariableError && /not a folder/.test(error.message));
    const open = path.join(folder, "open");
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    assert.throws(() => check(open), /SYRIA_DATA_DIR=.*open: writable by every account \(mode 777\)/);
    if (process.getuid?.() !== 0) return t.skip("needs root to give a folder to another account");
    const theirs = path.join(folder, "theirs");
    fs.mkdirSync(theirs);
    fs.chownSync(theirs, 65534, 65534);
    assert.throws(() => check(theirs), /owned by another account \(uid 65534/);
  });

  it("stop a command with the variable named, before it reads or writes anything", () => {
    const open = scratchFolder("folder-variable-");
    fs.chmodSync(open, 0o777);
    const run = spawnSync(process.execPath, [path.join(projectRoot, "lib", "dist", "cli", "data-check.js")], { env: { ...process.env, SYRIA_CACHE_DIR: open }, encoding: "utf8" });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, new RegExp(`SYRIA_CACHE_DIR=${open}: writable by every account`));
    assert.deepEqual(fs.readdirSync(open), []);
  });
});
