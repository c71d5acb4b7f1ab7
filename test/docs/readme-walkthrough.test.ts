import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { paths } from "../../lib/src/config/paths";

/** The TypeScript blocks of the README's "Your own analysis" section, in order: one cell after another. */
function walkthroughCode(): string {
  const readme = fs.readFileSync(path.join(paths.root, "README.md"), "utf8");
  const start = readme.indexOf("### Your own analysis");
  assert.ok(start >= 0, "the README has the walkthrough section");
  const section = readme.slice(start, readme.indexOf("\n##", start + 1));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1].replace(/^ {3}/gm, ""));
  assert.ok(blocks.length >= 3, "load, group and chart steps");
  return blocks.join("\n");
}

/** The type assertions (`x as T`, `<T>x`, `as const`) in a TypeScript source, as text. */
function typeAssertions(code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  const source = ts.createSourceFile("walkthrough.ts", code, ts.ScriptTarget.ES2022, true);
  visit(source);
  return found;
}

test("the walkthrough needs no type assertion: not in the README, not in the worked example notebook", () => {
  assert.deepEqual(typeAssertions(walkthroughCode()), []);
  const notebook = JSON.parse(fs.readFileSync(path.join(paths.notebooks, "examples", "your-own-analysis.ipynb"), "utf8")) as { cells: Array<{ cell_type: string; source: string[] }> };
  const cells = notebook.cells.filter((cell) => cell.cell_type === "code").map((cell) => cell.source.join(""));
  assert.ok(cells.some((cell) => cell.includes(".groupby(")), "the notebook groups its frame");
  assert.deepEqual(typeAssertions(cells.join("\n")), []);
});

test("the README walkthrough's code type-checks against the library as a notebook sees it", () => {
  // A file in notebooks/ resolves "syria-coalitions" and danfojs-node as a notebook cell does (lib/dist types).
  const file = path.join(paths.notebooks, `.readme-walkthrough-${process.pid}.ts`);
  fs.writeFileSync(file, walkthroughCode());
  try {
    const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2022, types: ["node"], esModuleInterop: true });
    const problems = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file?.fileName === file);
    assert.deepEqual(problems.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")), []);
  } finally {
    fs.rmSync(file, { force: true });
  }
});
