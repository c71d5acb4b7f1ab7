// npm run notebook: Jupyter Notebook 6 on localhost, with the project's tslab kernel, on notebooks/.
import { spawn } from "node:child_process";
import { paths } from "../config/paths";
import { jupyterPython, notebookServerConfig, projectJupyterEnv } from "../config/jupyter";
import { warmRenderService } from "../render/static";

// The npm script has just run the set-up: packages, library build, kernel spec.
// Kernels inherit this: a render service they start stays warm for an interactive session's pauses.
process.env.SYRIA_RENDERER_IDLE_SECONDS ??= "3600";
const env = projectJupyterEnv();
// Warm before the first notebook opens, so that its first chart shows as fast as later ones.
warmRenderService();
// Notebook refuses to run as root (containers) without --allow-root.
const rootFlag = process.getuid?.() === 0 ? ["--allow-root"] : [];
// Nothing is signed here: a notebook is trusted (its chart scripts run) when this machine made
// its outputs: the runner signs what it executed, Notebook what the user ran and saved. A
// notebook received from elsewhere opens untrusted, with its charts' static images.
const given = process.argv.slice(2);
// notebooks/ unless the command line names another folder (Notebook takes the option once).
const folder = given.some((arg) => arg.startsWith("--notebook-dir")) ? [] : [`--notebook-dir=${paths.notebooks}`];
const args = ["-m", "notebook", `--config=${notebookServerConfig}`, "--ip=127.0.0.1", ...folder, ...rootFlag, ...given];
const server = spawn(jupyterPython, args, { env, stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 1));
process.on("SIGINT", () => server.kill("SIGINT"));
