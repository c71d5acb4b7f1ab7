import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { jupyterPython, notebookServerConfig, projectJupyterEnv } from "../../lib/src/config/jupyter";
import { testBrowser } from "../helpers/browser";
import { temporaryFolder } from "../runner/fixtures";

/** A classic Notebook 6 server on a scratch folder, as `npm run notebook` starts it, for browser tests. */
export interface NotebookServer {
  /** The page of a notebook in the served folder, e.g. "01-actors.ipynb". */
  url(notebook: string): string;
  /** Signs notebooks in the server's own signature store, as `jupyter trust` does: Notebook 6 then runs their output scripts. */
  sign(...notebooks: string[]): void;
  /** Shuts down every kernel the opened pages started (Notebook starts one per notebook page). */
  stopKernels(): Promise<void>;
  stop(): Promise<void>;
}

const token = "test";

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts Notebook 6 on `notebookDir` with the project's kernel spec and chart scripts
 * (JUPYTER_PATH), but with signatures and runtime files in `stateDir`: no notebook is
 * trusted unless the test signs it, and the project's own signatures are left alone.
 * Resolves once the server says it is listening.
 */
export async function startNotebookServer(notebookDir: string, stateDir: string): Promise<NotebookServer> {
  const env = { ...projectJupyterEnv(), JUPYTER_DATA_DIR: path.join(stateDir, "data"), JUPYTER_RUNTIME_DIR: path.join(stateDir, "runtime") };
  const port = await freePort();
  // Notebook refuses to run as root (CI containers) without --allow-root; port_retries=0: fail rather than move to another port.
  const rootFlag = process.getuid?.() === 0 ? ["--allow-root"] : [];
  const args = ["-m", "notebook", `--config=${notebookServerConfig}`, "--no-browser", "--ip=127.0.0.1", `--port=${port}`, "--NotebookApp.port_retries=0", `--NotebookApp.token=${token}`, `--notebook-dir=${notebookDir}`, ...rootFlag];
  const server = spawn(jupyterPython, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Notebook server did not start within 120 s:\n${log}`)), 120_000);
    server.stderr.setEncoding("utf8");
    server.stderr.on("data", (chunk: string) => {
      log += chunk;
      if (log.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Notebook server exited with code ${code}:\n${log}`));
    });
  });
  const api = (route: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}/api/${route}?token=${token}`, init);
  return {
    url: (notebook) => `http://127.0.0.1:${port}/notebooks/${encodeURIComponent(notebook)}?token=${token}`,
    sign(...notebooks) {
      const signed = spawnSync(jupyterPython, ["-m", "nbformat.sign", ...notebooks.map((notebook) => path.join(notebookDir, notebook))], { env, encoding: "utf8" });
      if (signed.status !== 0) throw new Error(`nbformat.sign failed: ${signed.stderr}`);
    },
    async stopKernels() {
      const sessions = (await (await api("sessions")).json()) as Array<{ id: string }>;
      await Promise.all(sessions.map((session) => api(`sessions/${session.id}`, { method: "DELETE" })));
    },
    async stop() {
      // SIGTERM: Notebook stops its kernels and exits.
      server.kill("SIGTERM");
      const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      // A kernel that outlived a killed Notebook holds the stderr it inherited open: read on, the
      // pipe would keep this test's process alive (all its tests passed) for as long as that kernel runs.
      server.stderr.destroy();
    },
  };
}

/**
 * Opens a notebook's page and waits until Notebook has rendered every cell and its saved outputs.
 * Notebook starts a kernel for each page it opens. No cell runs on a test's page: its kernel is
 * stopped as soon as Notebook has started it, and the page shows no kernel, its outputs as they
 * were. Left running, a kernel idle for 4 s reads its packages' declarations (about 2 CPU
 * seconds), and a page stays open that long on a loaded machine.
 */
export async function openNotebookPage(page: Page, server: NotebookServer, notebook: string): Promise<void> {
  // Not Playwright's default 30 s: a saved notebook of 1.6 MB loads slower while other tests run beside it.
  await page.goto(server.url(notebook), { timeout: 120_000 });
  try {
    await page.waitForFunction(
      () => {
        const shown = (window as unknown as { Jupyter?: { notebook?: { _fully_loaded?: boolean; kernel: object | null } } }).Jupyter?.notebook;
        return shown?._fully_loaded === true && shown.kernel !== null;
      },
      null,
      { timeout: 120_000 },
    );
  } finally {
    await server.stopKernels();
  }
}

/** A browser and a Notebook server on scratch copies of notebooks, for a suite of browser tests. */
export interface NotebookBrowser {
  server: NotebookServer;
  /** Opens a notebook's page (openNotebookPage) at the suite's viewport; the caller closes it. */
  openPage(notebook: string): Promise<Page>;
  /** Opens a notebook's page, runs `check` on it, then closes it. */
  onPage(notebook: string, check: (page: Page) => Promise<void>): Promise<void>;
  /** Closes the browser, stops the server and removes the copies. */
  close(): Promise<void>;
}

/** Serves the notebooks (file name → saved notebook text) from a scratch folder, and launches a browser to read them in. */
export async function startNotebookBrowser(notebooks: Record<string, string>, viewport: { width: number; height: number }): Promise<NotebookBrowser> {
  const folder = temporaryFolder();
  const served = path.join(folder, "notebooks");
  fs.mkdirSync(served);
  for (const [name, text] of Object.entries(notebooks)) fs.writeFileSync(path.join(served, name), text);
  let browser: Browser | undefined;
  let server: NotebookServer | undefined;
  const close = async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    [browser, server] = await Promise.all([testBrowser(), startNotebookServer(served, folder)]);
  } catch (error) {
    await close();
    throw error;
  }
  const [started, opened] = [server, browser];
  const openPage = async (notebook: string) => {
    const page = await opened.newPage({ viewport });
    try {
      await openNotebookPage(page, started, notebook);
    } catch (error) {
      await page.close();
      throw error;
    }
    return page;
  };
  return {
    server: started,
    openPage,
    async onPage(notebook, check) {
      const page = await openPage(notebook);
      try {
        await check(page);
      } finally {
        await page.close();
      }
    },
    close,
  };
}
