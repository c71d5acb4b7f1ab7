import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { jupyterPython, projectJupyterEnv } from "../../lib/src/config/jupyter";
import { paths } from "../../lib/src/config/paths";
import { stopRenderService } from "../../lib/src/render/service/client";
import { runNotebooks } from "../../lib/src/runner";
import { fixture, temporaryFolder } from "../runner/fixtures";
import { freePort } from "../display/notebook-server";

// The render service `npm run notebook` warms is this test's own.
process.env.SYRIA_RENDERER_INSTANCE = `trust-${process.pid}`;

/** Whether each notebook's signature is in the project's store, by nbformat's own check (as Notebook does on opening). */
function signed(...notebooks: string[]): boolean[] {
  const script = "import sys, nbformat\nfrom nbformat.sign import NotebookNotary\nnotary = NotebookNotary()\nfor f in sys.argv[1:]:\n    print(notary.check_signature(nbformat.read(f, as_version=4)))";
  const checked = spawnSync(jupyterPython, ["-c", script, ...notebooks], { env: projectJupyterEnv(), encoding: "utf8" });
  assert.equal(checked.status, 0, checked.stderr);
  return checked.stdout.trim().split("\n").map((line) => line === "True");
}

/** A notebook as one arrives by mail or pull: nbformat 4.5, with a script in an output, signed nowhere here. */
const receivedNotebook = {
  cells: [
    {
      cell_type: "code",
      id: "received-1",
      execution_count: 1,
      metadata: {},
      source: "1 + 1",
      outputs: [{ output_type: "display_data", data: { "text/html": "<script>document.title = 'script from elsewhere ran'</script>", "text/plain": "2" }, metadata: {} }],
    },
  ],
  metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (syria-coalitions)", language: "typescript" } },
  nbformat: 4,
  nbformat_minor: 5,
};

/** A notebook as Notebook 6's page saves it after the user ran a cell: no cell ids (the page does not know them), its output marked trusted. */
const savedFromThePage = {
  cells: [{ cell_type: "code", execution_count: 1, metadata: { trusted: true }, source: "show(chart)", outputs: [{ output_type: "display_data", data: { "text/html": "<script>void 0</script><b>chart</b>", "text/plain": "chart" }, metadata: {} }] }],
  metadata: { kernelspec: { name: "tslab", display_name: "TypeScript (syria-coalitions)", language: "typescript" } },
  nbformat: 4,
  nbformat_minor: 5,
};

describe("trust as Jupyter means it", () => {
  const folder = temporaryFolder();
  const token = "trust-test";
  let port = 0;
  let server: ChildProcess | undefined;
  const api = (route: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}/api/contents/${route}?token=${token}`, init);
  const projectNotebooks = fs.readdirSync(paths.notebooks).filter((name) => name.endsWith(".ipynb")).map((name) => path.join(paths.notebooks, name));
  let projectTrustBefore: boolean[] = [];
  const ranHere = path.join(folder, "ran-here.ipynb");

  before(async () => {
    fs.writeFileSync(path.join(folder, "received.ipynb"), JSON.stringify(receivedNotebook, null, 1));
    // The runner executes a notebook in the folder: it made those outputs, it signs them. The
    // notebook is this run's own (a signature covers the whole notebook, and signatures stay).
    const notebook = JSON.parse(fs.readFileSync(fixture("passing"), "utf8")) as { cells: Array<{ source: string }> };
    notebook.cells[0]!.source += ` (run ${process.pid} at ${new Date().toISOString()})`;
    fs.writeFileSync(ranHere, JSON.stringify(notebook));
    assert.deepEqual(signed(ranHere), [false]);
    const [result] = await runNotebooks([ranHere], { prepare: false });
    assert.ok(result!.ok, result!.failure?.message);

    projectTrustBefore = signed(...projectNotebooks);
    // `npm run notebook`, as the user starts it; the folder it serves is the test's.
    port = await freePort();
    const cli = path.join(paths.root, "lib", "dist", "cli", "start-notebook-server.js");
    server = spawn(process.execPath, [cli, "--no-browser", `--port=${port}`, "--NotebookApp.port_retries=0", `--NotebookApp.token=${token}`, `--notebook-dir=${folder}`], { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the notebook server did not start within 120 s:\n${log}`)), 120_000);
      server!.stderr!.setEncoding("utf8");
      server!.stderr!.on("data", (chunk: string) => {
        log += chunk;
        if (log.includes(`http://127.0.0.1:${port}/`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      server!.once("exit", (code) => reject(new Error(`the notebook server exited with ${code}:\n${log}`)));
    });
  });

  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGINT");
      server.kill("SIGINT");
      await exited;
    }
    await stopRenderService();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("npm run notebook signs nothing: a received notebook opens untrusted, and the project's notebooks keep the trust they had", async () => {
    const opened = (await (await api("received.ipynb")).json()) as { content: typeof receivedNotebook & { cells: Array<{ metadata: { trusted?: boolean } }> } };
    assert.equal(opened.content.cells[0]!.metadata.trusted, false);
    assert.deepEqual(signed(path.join(folder, "received.ipynb")), [false]);
    assert.deepEqual(signed(...projectNotebooks), projectTrustBefore);
  });

  it("a notebook the runner executed opens trusted", async () => {
    assert.deepEqual(signed(ranHere), [true]);
    const opened = (await (await api(path.basename(ranHere))).json()) as { content: { cells: Array<{ cell_type: string; metadata: { trusted?: boolean } }> } };
    const code = opened.content.cells.filter((cell) => cell.cell_type === "code");
    assert.ok(code.length > 0 && code.every((cell) => cell.metadata.trusted === true));
  });

  it("a notebook the user ran and saved from the page (cells without ids) reopens trusted, with ids", async () => {
    const saved = await api("made-here.ipynb", { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ type: "notebook", content: savedFromThePage }) });
    assert.equal(saved.status, 201, await saved.text());
    const written = JSON.parse(fs.readFileSync(path.join(folder, "made-here.ipynb"), "utf8")) as { cells: Array<{ id?: string }> };
    assert.match(written.cells[0]!.id ?? "", /^[\w-]+$/);
    assert.deepEqual(signed(path.join(folder, "made-here.ipynb")), [true]);
    const reopened = (await (await api("made-here.ipynb")).json()) as { content: { cells: Array<{ metadata: { trusted?: boolean } }> } };
    assert.equal(reopened.content.cells[0]!.metadata.trusted, true);
  });
});
