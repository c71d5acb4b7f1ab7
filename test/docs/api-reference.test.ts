import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { scratchFolder } from "../helpers/scratch-folder";

const root = path.resolve(__dirname, "..", "..");
const optionsFile = path.join(root, "lib", "typedoc.config.mjs");

/** Each entry point of the package, by the module name its reference page carries (its `@module` tag). */
const entryPoints: Record<string, string> = {
  "syria-coalitions": "lib/src/index.ts",
  "syria-coalitions/export": "lib/src/export/index.ts",
  "syria-coalitions/report": "lib/src/report/index.ts",
  "syria-coalitions/runner": "lib/src/runner/index.ts",
};

/** The parts of TypeDoc's JSON output this test reads. */
interface CommentJson {
  summary: Array<{ kind: string; text: string }>;
}
interface ReflectionJson {
  id: number;
  name: string;
  kind: number;
  comment?: CommentJson;
  signatures?: Array<{ comment?: CommentJson }>;
  children?: ReflectionJson[];
  categories?: Array<{ title: string; children: number[] }>;
  /** A re-export: the id of the reflection it names. */
  target?: number;
}

const kind = { Variable: 32, Function: 64, Class: 128, Reference: 4194304 };

let workDir: string;
let run: { status: number | null; output: string };
let project: ReflectionJson;
const exportsOf = new Map<string, string[]>();

function byId(id: number, node: ReflectionJson = project): ReflectionJson | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = byId(id, child);
    if (found) return found;
  }
  return undefined;
}

function moduleNamed(name: string): ReflectionJson {
  assert.ok(project.children, "TypeDoc wrote no reference: see why in the first test");
  const module = project.children.find((child) => child.name === name);
  assert.ok(module, `the reference has no module "${name}" (modules: ${project.children.map((child) => child.name).join(", ")})`);
  return module;
}

/** The item's own text: a function's is on its signature, a re-export's on what it names. */
function summaryOf(item: ReflectionJson): string {
  const target = item.kind === kind.Reference && item.target !== undefined ? (byId(item.target) ?? item) : item;
  const comment = target.comment ?? target.signatures?.find((signature) => signature.comment)?.comment;
  return (comment?.summary ?? []).map((part) => part.text).join("").trim();
}

/** What `require` of the entry point gives at run time: functions, classes and constants, not types. */
function runtimeExports(entry: string): string[] {
  return Object.keys(require(path.join(root, entry)) as object).filter((name) => name !== "__esModule");
}

describe("API reference (npm run docs)", () => {
  before(async () => {
    workDir = scratchFolder("api-reference-");
    const json = path.join(workDir, "api.json");
    // One TypeDoc run, as `npm run docs` runs it, into a scratch folder instead of lib/docs/api.
    const typedoc = spawn(path.join(root, "node_modules", ".bin", "typedoc"), ["--options", optionsFile, "--json", json, "--out", path.join(workDir, "html")], { cwd: root });
    let output = "";
    typedoc.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    typedoc.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(typedoc, "close");
    // Loading the entry points (danfojs and all) while TypeDoc works.
    for (const [name, entry] of Object.entries(entryPoints)) exportsOf.set(name, runtimeExports(entry));
    const [status] = (await exited) as [number | null];
    run = { status, output };
    project = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, "utf8")) as ReflectionJson) : { id: -1, name: "", kind: 0 };
  });

  after(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it("TypeDoc fails on an undocumented or dangling public item, and passes without a warning", async () => {
    // Without these settings a passing run would prove nothing.
    const options = ((await import(pathToFileURL(optionsFile).href)) as { default: unknown }).default as { validation?: Record<string, boolean>; requiredToBeDocumented?: string[]; treatWarningsAsErrors?: boolean };
    assert.equal(options.treatWarningsAsErrors, true);
    assert.equal(options.validation?.notDocumented, true);
    assert.equal(options.validation?.notExported, true);
    assert.deepEqual(["Function", "Class", "Interface", "TypeAlias", "Variable"].filter((k) => !options.requiredToBeDocumented?.includes(k)), []);
    assert.equal(run.status, 0, run.output);
    assert.doesNotMatch(run.output, /\[warning\]|\[error\]/, run.output);
  });

  for (const [name, entry] of Object.entries(entryPoints)) {
    it(`every runtime export of ${name} (${entry}) has a reference entry with its own description, and nothing else does`, () => {
      const module = moduleNamed(name);
      const documented = new Map((module.children ?? []).map((child) => [child.name, child]));
      const exported = exportsOf.get(name)!;
      assert.ok(exported.length > 0);
      assert.deepEqual(exported.filter((item) => !documented.has(item)), [], "exported but missing from the reference");
      assert.deepEqual(exported.filter((item) => summaryOf(documented.get(item)!) === ""), [], "in the reference without a description");
      const values = [...documented.values()].filter((child) => [kind.Variable, kind.Function, kind.Class].includes(child.kind)).map((child) => child.name);
      assert.deepEqual(values.filter((item) => !exported.includes(item)), [], "in the reference but not exported at run time");
    });
  }

  it("every type in the reference has its own description too", () => {
    const blank = Object.keys(entryPoints).flatMap((name) => (moduleNamed(name).children ?? []).filter((child) => summaryOf(child) === "").map((child) => `${name}: ${child.name}`));
    assert.deepEqual(blank, []);
  });

  it("the main entry point's items are grouped by the layer that defines them, none left over", () => {
    const module = moduleNamed("syria-coalitions");
    const titles = (module.categories ?? []).map((category) => category.title);
    for (const expected of ["Notebook", "Display", "Datasets", "DataFrames", "Analysis", "Findings", "Charts", "Export", "Vocabulary"]) assert.ok(titles.includes(expected), `no category ${expected} in ${titles.join(", ")}`);
    assert.ok(!titles.includes("Other"), "an item whose folder has no category: add its folder to lib/typedoc-categories.mjs");
    const categorized = new Set((module.categories ?? []).flatMap((category) => category.children));
    assert.deepEqual((module.children ?? []).filter((child) => !categorized.has(child.id)).map((child) => child.name), []);
    const inCategory = (title: string) => (module.categories ?? []).find((category) => category.title === title)!.children.map((id) => byId(id)?.name);
    assert.ok(inCategory("Notebook").includes("openNotebook"));
    assert.ok(inCategory("DataFrames").includes("actorsFrame") && inCategory("DataFrames").includes("Frame"));
    assert.ok(inCategory("Export").includes("exportFigure"));
  });
});
