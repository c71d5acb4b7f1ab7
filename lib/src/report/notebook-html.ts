import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { copyScriptsForExportedHtml } from "../render";
import { writeFileAtomic } from "../files/atomic-write";
import { jupyterPython, projectJupyterEnv } from "../config/jupyter";
import { removeTemporaryFolder, temporaryFolder } from "../files/temporary-folder";

const run = promisify(execFile);

/**
 * nbconvert's templates load require.js and MathJax from a CDN. Offline those
 * requests only fail; chart outputs fall back to plain `<script>` tags for the
 * vendored scripts, so the remote tags are removed rather than left to error.
 */
export function withoutRemoteResources(html: string): string {
  return html
    .replace(/<script\b[^>]*\bsrc="https?:\/\/[^"]*"[^>]*>\s*<\/script>/gi, "")
    .replace(/<link\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/gi, "");
}

/**
 * nbconvert 6 writes no cell ids; the report links each figure to the cell that drew it.
 * The lab template writes one `<div class="jp-Cell jp-…Cell` per notebook cell, in order,
 * so the notebook's own cell ids are given to them as `id="cell-<id>"`. If the counts
 * differ (another template), the page is left as it is and links go to the page.
 */
export function withCellIds(html: string, cellIds: ReadonlyArray<string | undefined>): string {
  const opening = /<div class="jp-Cell jp-(?:Code|Markdown|Raw)Cell /g;
  if ((html.match(opening) ?? []).length !== cellIds.length) return html;
  let index = 0;
  return html.replace(opening, (tag) => {
    const id = cellIds[index++];
    return id ? `<div id="cell-${id.replace(/[^A-Za-z0-9_-]/g, "")}"${tag.slice(4)}` : tag;
  });
}

/** The notebook's title: its first Markdown heading, else its file name. */
export function notebookTitle(notebookPath: string): string {
  const notebook = JSON.parse(fs.readFileSync(notebookPath, "utf8")) as { cells: Array<{ cell_type: string; source: string | string[] }> };
  for (const cell of notebook.cells.filter((candidate) => candidate.cell_type === "markdown")) {
    const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    const heading = /^#\s+(.+)$/m.exec(source);
    if (heading) return heading[1]!.trim();
  }
  return path.basename(notebookPath, ".ipynb");
}

/**
 * Renders executed notebooks to HTML pages in `outDir` with nbconvert (Debian's
 * Jupyter), offline: remote tags removed, chart scripts copied to outDir/vendor.
 * Returns the written files.
 */
export async function renderNotebooksHtml(notebookPaths: string[], outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const staging = temporaryFolder(outDir, ".nbconvert-");
  try {
    await run(jupyterPython, ["-m", "nbconvert", "--to", "html", "--output-dir", staging, ...notebookPaths], { env: projectJupyterEnv(), maxBuffer: 16 * 1024 * 1024 });
    copyScriptsForExportedHtml(outDir);
    return notebookPaths.map((notebookPath) => {
      const name = `${path.basename(notebookPath, ".ipynb")}.html`;
      const target = path.join(outDir, name);
      const cellIds = (JSON.parse(fs.readFileSync(notebookPath, "utf8")) as { cells: Array<{ id?: string }> }).cells.map((cell) => cell.id);
      writeFileAtomic(target, withCellIds(withoutRemoteResources(fs.readFileSync(path.join(staging, name), "utf8")), cellIds));
      return target;
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`nbconvert could not render the notebooks to HTML: ${stderr?.trim().split("\n").slice(-3).join(" ") || (error as Error).message}`);
  } finally {
    removeTemporaryFolder(staging);
  }
}
