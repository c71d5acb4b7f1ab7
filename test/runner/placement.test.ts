import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, test } from "node:test";
import { projectRoot } from "../../lib/src/config/paths";
import { runNotebooks } from "../../lib/src/runner";
import { codeCells, readNotebook, streamText, temporaryFolder, temporaryProjectFolder } from "./fixtures";

const imports = 'import * as dfd from "danfojs-node";\nimport { campColor } from "syria-coalitions";\nconsole.log(typeof dfd.DataFrame, typeof campColor);';
const notebook = { cells: [{ cell_type: "code", execution_count: null, id: "imports", metadata: {}, outputs: [], source: imports }], metadata: {}, nbformat: 4, nbformat_minor: 5 };

const inside = path.join(temporaryProjectFolder(), "deeper", "mine.ipynb");
const outside = path.join(temporaryFolder(), "mine.ipynb");
for (const file of [inside, outside]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(notebook));
}
after(() => fs.rmSync(path.dirname(path.dirname(inside)), { recursive: true, force: true }));

test("a notebook in any folder of the project imports the library and danfojs; outside it, the error says where notebooks must live", async () => {
  const results = await runNotebooks([inside, outside], { prepare: false, jobs: 2 });
  const [insideResult, outsideResult] = [inside, outside].map((file) => results.find((result) => result.notebook === file));
  assert.ok(insideResult!.ok, JSON.stringify(insideResult!.failure));
  assert.equal(streamText(codeCells(readNotebook(inside))[0]!, "stdout"), "function function\n");
  assert.equal(outsideResult!.ok, false);
  assert.match(outsideResult!.failure!.message, /Cannot find module 'danfojs-node'/);
  assert.ok(outsideResult!.failure!.message.includes(`notebooks must live inside the project folder ${projectRoot}`), outsideResult!.failure!.message);
});
