import * as fs from "node:fs";
import type { Browser } from "playwright-core";

/** Debian's Chromium: the only browser this project uses (no tool may download its own). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for an offline, headless Chromium that must not phone home. */
const offlineArgs = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Chromium's flags for a process of user `uid`. Its sandbox stays on, except as root, where
 * Chromium refuses to start with it (it needs an unprivileged user to drop to): a container
 * running as root renders without the sandbox, and docs/security.md says so.
 */
export function chromiumArgs(uid: number | undefined = process.getuid?.()): string[] {
  return uid === 0 ? ["--no-sandbox", ...offlineArgs] : [...offlineArgs];
}

/** Chromium's message when the kernel gives it no way to sandbox (no user namespaces, no setuid helper). */
const noSandboxAvailable = /No usable sandbox|sandbox.*(not|n't) (available|supported)|Failed to move to new namespace/i;

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

let signalsClosedByProcess = false;

/**
 * For a process that closes its browsers itself on SIGINT, SIGTERM and SIGHUP (the render
 * service): the browsers it launches from then on leave those signals to it. Playwright's own
 * handlers would kill Chromium first, and a killed Chromium leaves its scratch folder
 * (TMPDIR/org.chromium.Chromium.*) behind; a closed one removes it.
 */
export function leaveBrowserSignalsToProcess(): void {
  signalsClosedByProcess = true;
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary
 * profile folder and removes it on close.
 */
export async function launchBrowser(executablePath: string = chromiumPath): Promise<Browser> {
  if (!fs.existsSync(executablePath)) throw new MissingChromiumError(executablePath);
  // Loaded here, not at the top: notebooks that never render a Plotly image never load playwright.
  const { chromium } = await import("playwright-core");
  const args = chromiumArgs();
  const signals = signalsClosedByProcess ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {};
  try {
    return await chromium.launch({ executablePath, args, ...signals });
  } catch (error) {
    if (args.includes("--no-sandbox") || !noSandboxAvailable.test(String(error))) throw error;
    // A kernel without user namespaces: rendering goes on without the sandbox, and says so.
    process.emitWarning("Chromium's sandbox cannot run on this machine (no user namespaces): charts are rendered without it", { code: "SYRIA_CHROMIUM_NO_SANDBOX" });
    return chromium.launch({ executablePath, args: ["--no-sandbox", ...args], ...signals });
  }
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
