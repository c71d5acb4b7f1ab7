import { spawn } from "node:child_process";
import { jupyterPython, projectJupyterEnv } from "../config/jupyter";

/**
 * Signs notebooks the runner has just executed, in the project's signature store (.jupyter/),
 * so that Notebook runs their chart scripts when the user opens them. Only these: their
 * outputs were produced on this machine by this run, which is what a Jupyter signature
 * vouches for (Jupyter signs a notebook when the user's own kernel made its outputs). A
 * notebook received from elsewhere stays unsigned until it is run here; untrusted, it still
 * shows every chart's static image.
 */
export function signExecutedNotebooks(files: readonly string[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const signer = spawn(jupyterPython, ["-m", "nbformat.sign", ...files], { env: projectJupyterEnv(), stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    signer.stderr.setEncoding("utf8");
    signer.stderr.on("data", (chunk: string) => (errors += chunk));
    signer.on("error", reject);
    signer.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`signing ${files.length} executed notebook(s) failed (nbformat.sign exited with ${code}): ${errors.trim().split("\n").slice(-3).join(" ")}`))));
  });
}
