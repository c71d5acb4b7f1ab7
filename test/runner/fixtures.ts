import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../../lib/src/config/paths";
import { parseNotebook, type CodeCell, type Notebook, type Output } from "../../lib/src/runner/notebook-format";
import { scratchFolder } from "../helpers/scratch-folder";

export const fixtureFolder = path.join(projectRoot, "test", "fixtures", "notebooks");

export function fixture(name: string): string {
  return path.join(fixtureFolder, `${name}.ipynb`);
}

/** A copy of a fixture notebook in `folder` (as `fileName`.ipynb), where a test runs it: its path. */
export function fixtureCopy(name: string, folder: string, fileName: string = name): string {
  const copy = path.join(folder, `${fileName}.ipynb`);
  fs.copyFileSync(fixture(name), copy);
  return copy;
}

/** A new folder in TMPDIR, removed when the process exits. */
export function temporaryFolder(): string {
  return scratchFolder("notebooks-");
}

/**
 * A scratch folder inside the project (under node_modules/, so never committed), for
 * notebooks that import the library: packages resolve from the notebook's folder upwards.
 */
export function temporaryProjectFolder(): string {
  const parent = path.join(projectRoot, "node_modules", ".cache", "syria-tests");
  fs.mkdirSync(parent, { recursive: true });
  return scratchFolder("notebooks-", parent);
}

export function readNotebook(file: string): Notebook {
  return parseNotebook(fs.readFileSync(file, "utf8"));
}

export function codeCells(notebook: Notebook): CodeCell[] {
  return notebook.cells.filter((cell): cell is CodeCell => cell.cell_type === "code");
}

/** All text a code cell (saved, or as a kernel just ran it) printed to one stream. */
export function streamText(cell: { outputs: Output[] }, name: "stdout" | "stderr"): string {
  return cell.outputs
    .filter((output) => output.output_type === "stream" && output.name === name)
    .map((output) => [(output as { text: string | string[] }).text].flat().join(""))
    .join("");
}

/**
 * The 1-based number of the only line of `text` that contains `part`: tests find the line
 * they expect in a source by its text, never by copying it from the output they check.
 */
export function lineContaining(text: string, part: string): number {
  const found = text.split("\n").flatMap((line, index) => (line.includes(part) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`${found.length} lines contain ${part}, expected exactly one`);
  return found[0]!;
}
