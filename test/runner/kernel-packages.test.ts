import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { moduleOnFirstUse } from "../../lib/src/runner/on-first-use";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder, temporaryProjectFolder } from "./fixtures";

test("a module behind a stand-in loads when an export is first read, and then gives that module's exports", () => {
  let loads = 0;
  const module = moduleOnFirstUse(() => {
    loads++;
    return { twice: (n: number) => n * 2, name: "real" };
  });
  assert.equal(loads, 0);
  assert.equal(module.twice(4), 8);
  assert.equal(module.name, "real");
  assert.deepEqual(Object.keys(module), ["twice", "name"]);
  assert.equal(loads, 1);
});

const loadedPackages = 'console.log(["mathjs", "xlsx"].map((name) => `${name} ${Object.keys(require.cache).some((file) => file.includes(`/node_modules/${name}/`)) ? "loaded" : "not loaded"}`).join(", "));';

test("in a kernel, danfojs-node loads mathjs and xlsx only when a notebook first uses them, and they work", async () => {
  const folder = temporaryProjectFolder();
  const file = path.join(folder, "packages.ipynb");
  const workbook = path.join(temporaryFolder(), "rounds.xlsx");
  const sources = [
    'import * as dfd from "danfojs-node";\nconst rounds = new dfd.DataFrame({ city: ["Astana", "Geneva", "Astana"], days: [2, 9, 2] });',
    loadedPackages,
    'console.log(`median ${rounds["days"].median()}, std ${rounds["days"].std().toFixed(3)}`);',
    `dfd.toExcel(rounds, { filePath: ${JSON.stringify(workbook)} });\nconst back = await dfd.readExcel(${JSON.stringify(workbook)}) as dfd.DataFrame;\nconsole.log(back["city"].values.join(" "));`,
    loadedPackages,
  ];
  const cells = sources.map((source, index) => ({ cell_type: "code", id: `cell-${index}`, source, metadata: {}, outputs: [], execution_count: null }));
  fs.writeFileSync(file, JSON.stringify({ ...readNotebook(fixture("passing")), cells }));
  const [result] = await runNotebooks([file], { outDir: temporaryFolder(), prepare: false, timeoutSeconds: 120 });
  const printed = codeCells(readNotebook(result!.output)).map((cell) => streamText(cell, "stdout") + streamText(cell, "stderr"));
  assert.equal(result!.ok, true, printed.join("\n"));
  assert.deepEqual(printed.slice(1), ["mathjs not loaded, xlsx not loaded\n", "median 2, std 4.041\n", "Astana Geneva Astana\n", "mathjs loaded, xlsx loaded\n"]);
});
