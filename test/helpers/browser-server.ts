/**
 * The test run's Chromium, started by the first test that asks for a browser (test/helpers/browser.ts):
 * playwright's browser server, whose address it writes to the file named on its command line.
 * Detached, it serves the run's test files until test/run.mjs stops the run's processes: SIGTERM
 * closes Chromium as playwright closes a browser, which removes its profile and scratch folders.
 */
import * as fs from "node:fs";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../lib/src/render/browser";

async function main(endpointFile: string): Promise<void> {
  const args = chromiumArgs();
  // The signals are this process's to handle: playwright's own handlers kill Chromium, which then leaves its scratch folder (org.chromium.Chromium.*) behind.
  const options = { executablePath: chromiumPath, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
  const server = await chromium.launchServer({ ...options, args }).catch((error: unknown) => {
    // As launchBrowser does on a machine whose kernel gives Chromium no sandbox.
    if (args.includes("--no-sandbox")) throw error;
    return chromium.launchServer({ ...options, args: ["--no-sandbox", ...args] });
  });
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void close());
  fs.writeFileSync(`${endpointFile}.tmp`, server.wsEndpoint());
  fs.renameSync(`${endpointFile}.tmp`, endpointFile);
}

main(process.argv[2]!).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
