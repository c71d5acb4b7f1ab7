#!/usr/bin/env node
// Runs every test/**/*.test.ts file with node's test runner (Node 20's --test takes no globs).
// Arguments narrow the run to files whose path contains one of them: node test/run.mjs datasets
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const testDir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = testFiles(testDir)
  .map((file) => relative(process.cwd(), file))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(" ")}`);
  process.exit(1);
}
// Charts drawn by earlier runs are not reused: each run draws every chart it renders once, the
// figure snapshots included (the render service keeps them in this run's folder).
const renderCache = mkdtempSync(join(tmpdir(), "test-renders-"));
// Nor are the records of earlier exports (every figure a test exports is rendered and written),
// nor tables checked before (every table a test reads is parsed and validated).
const exportRecords = mkdtempSync(join(tmpdir(), "test-export-records-"));
const tableCache = mkdtempSync(join(tmpdir(), "test-tables-"));
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, TZ: "UTC", SYRIA_RENDER_CACHE_DIR: process.env.SYRIA_RENDER_CACHE_DIR ?? renderCache, SYRIA_EXPORT_CACHE_DIR: process.env.SYRIA_EXPORT_CACHE_DIR ?? exportRecords, SYRIA_TABLE_CACHE_DIR: process.env.SYRIA_TABLE_CACHE_DIR ?? tableCache },
});
for (const dir of [renderCache, exportRecords, tableCache]) rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
