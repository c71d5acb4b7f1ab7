// npm run notebook: Jupyter Notebook 6 on localhost, with the project's tslab kernel, on notebooks/.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { paths } from "../config/paths";
import { jupyterPython, projectJupyterEnv } from "../config/jupyter";
import { warmRenderService } from "../render/static";

/**
 * Notebook 6 runs no script in the outputs of a notebook it has not signed, and the
 * runner's notebooks are written outside it: interactive charts would stay blank until
 * rerun. The project's own notebooks are trusted (signatures in the project-local folder).
 */
function trustProjectNotebooks(env: NodeJS.ProcessEnv): void {
  const notebooks = fs.readdirSync(paths.notebooks).filter((file) => file.endsWith(".ipynb")).map((file) => path.join(paths.notebooks, file));
  if (notebooks.length > 0) spawnSync(jupyterPython, ["-m", "nbformat.sign", ...notebooks], { env, stdio: "ignore" });
}

// The npm script has just run the set-up: packages, library build, kernel spec.
// Kernels inherit this: a render service they start stays warm for an interactive session's pauses.
process.env.SYRIA_RENDERER_IDLE_SECONDS ??= "3600";
const env = projectJupyterEnv();
trustProjectNotebooks(env);
// Warm before the first notebook opens, so that its first chart shows as fast as later ones.
warmRenderService();
// Notebook refuses to run as root (containers) without --allow-root.
const rootFlag = process.getuid?.() === 0 ? ["--allow-root"] : [];
const server = spawn(jupyterPython, ["-m", "notebook", "--ip=127.0.0.1", `--notebook-dir=${paths.notebooks}`, ...rootFlag, ...process.argv.slice(2)], { env, stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 1));
process.on("SIGINT", () => server.kill("SIGINT"));
