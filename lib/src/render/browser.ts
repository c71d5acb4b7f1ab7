import * as fs from "node:fs";
import type { Browser } from "playwright-core";

/** Debian's Chromium: the only browser this project uses (no tool may download its own). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a root, offline, headless Chromium that must not phone home. */
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Thrown when Chromium is not installed, with the fix in the message. */
export class MissingChromiumError extends Error {
  constructor(executablePath: string) {
    super(
      `Chromium not found at ${executablePath}. Plotly charts are rendered in headless Chromium: ` +
        `install the Debian package with \`apt-get install chromium\` (or set CHROMIUM_PATH).`,
    );
    this.name = "MissingChromiumError";
  }
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary
 * profile folder and removes it on close.
 */
export async function launchBrowser(executablePath: string = chromiumPath): Promise<Browser> {
  if (!fs.existsSync(executablePath)) throw new MissingChromiumError(executablePath);
  // Loaded here, not at the top: notebooks that never render a Plotly image never load playwright.
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath, args: chromiumArgs });
}

let sharedBrowser: Promise<Browser> | undefined;

/**
 * One browser per process, launched on first use: a CLI run and a long-lived
 * notebook kernel both pay the ~2 s start once. Closed by closeSharedBrowser();
 * if nobody calls it, playwright kills the browser when the process exits
 * (it hooks exit, SIGINT, SIGTERM and SIGHUP), so no Chromium outlives a kernel.
 */
export function getSharedBrowser(): Promise<Browser> {
  if (!sharedBrowser) {
    const launching = launchBrowser();
    sharedBrowser = launching;
    // A failed launch must not be cached: the next call may follow an apt-get install.
    launching.catch(() => {
      if (sharedBrowser === launching) sharedBrowser = undefined;
    });
    launching.then((browser) => {
      browser.on("disconnected", () => {
        if (sharedBrowser === launching) sharedBrowser = undefined;
      });
    }, () => undefined);
  }
  return sharedBrowser;
}

/** Closes the shared browser if one is running; safe to call any number of times. */
export async function closeSharedBrowser(): Promise<void> {
  const pending = sharedBrowser;
  sharedBrowser = undefined;
  if (!pending) return;
  const browser = await pending.catch(() => undefined);
  await browser?.close();
}
