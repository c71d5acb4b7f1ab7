import * as path from "node:path";
import { paths } from "./paths";

/** Debian's Python, the one with Jupyter installed (the python3 on PATH may be another). */
export const jupyterPython = "/usr/bin/python3";

/**
 * The environment for Jupyter commands: every Jupyter folder points into the project's
 * .jupyter/, so kernel specs and chart scripts come from there, and Jupyter's config,
 * runtime files and notebook signatures stay there: the user's global Jupyter is neither
 * used nor changed.
 */
const jupyterRoot = path.dirname(path.dirname(paths.jupyterData));

/** The project's Jupyter config folder (JUPYTER_CONFIG_DIR): Notebook's front-end settings live in its nbconfig/. */
export const jupyterConfigDir = path.join(jupyterRoot, "config");

export function projectJupyterEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    JUPYTER_PATH: paths.jupyterData,
    JUPYTER_DATA_DIR: paths.jupyterData,
    JUPYTER_CONFIG_DIR: jupyterConfigDir,
    JUPYTER_RUNTIME_DIR: path.join(jupyterRoot, "runtime"),
  };
}

/**
 * The project's Notebook server configuration (lib/jupyter/jupyter_notebook_config.py): a
 * notebook created and saved in the browser gets its cell ids before Notebook signs it, so
 * that it reopens trusted. Given to the server with `--config`.
 */
export const notebookServerConfig = path.join(paths.root, "lib", "jupyter", "jupyter_notebook_config.py");
