import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../lib/src/render";

/**
 * A headless Chromium for a browser test. Under test/run.mjs, the run's one Chromium (a
 * playwright browser server started by the first test to ask, in a process of its own that the
 * run stops at its end), to which each test file connects: one Chromium start for the run, not
 * one per file. Alone (node --test), a browser of its own. Either way the test closes what it
 * gets: closing a connection leaves the run's browser to the others.
 */
export async function testBrowser(): Promise<Browser> {
  const run = process.env.SYRIA_TEST_RUN;
  if (!run) return launchBrowser();
  const { chromium } = await import("playwright-core");
  return chromium.connect(await runBrowserEndpoint(run));
}

/** The address of the run's browser server, started if no test of the run has started it. */
async function runBrowserEndpoint(run: string): Promise<string> {
  const endpointFile = path.join(run, "browser-endpoint");
  const logFile = path.join(run, "browser-server.log");
  try {
    // Whoever makes the folder starts the server; the others wait for its address.
    fs.mkdirSync(path.join(run, "browser-starting"));
    const log = fs.openSync(logFile, "a");
    // In the run's TMPDIR (test/run.mjs), not this file's: the server serves the whole run.
    const server = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "browser-server.ts"), endpointFile], { detached: true, stdio: ["ignore", log, log], env: { ...process.env, TMPDIR: path.join(run, "tmp") } });
    server.unref();
    fs.closeSync(log);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  for (let waited = 0; !fs.existsSync(endpointFile); waited += 100) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
    if (waited > 120_000 || log.includes("Error")) throw new Error(`the test run's browser server did not start${log ? `:\n${log}` : " within 120 s"}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return fs.readFileSync(endpointFile, "utf8");
}
