import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { test } from "node:test";
import { runNotebooks } from "../../lib/src/runner";
import { moduleOnFirstUse } from "../../lib/src/kernel/on-first-use";
import { codeCells, fixture, readNotebook, streamText, temporaryFolder, temporaryProjectFolder } from "../runner/fixtures";

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

test("a stand-in for a package that exports a function is wrapped by __importDefault unloaded, and loads when called", () => {
  let loads = 0;
  const get = (url: string) => `got ${url}`;
  const request = Object.assign((options: { url: string }) => `requested ${options.url}`, { get });
  const module = moduleOnFirstUse(
    () => {
      loads++;
      return request;
    },
    (key) => (key === "__esModule" ? false : undefined),
    true,
  );
  // What TypeScript's CommonJS output does with `import request from "request"`.
  const imported = ((module as { __esModule?: boolean }).__esModule ? module : { default: module }) as { default: typeof request };
  assert.equal(loads, 0);
  assert.equal(imported.default({ url: "a" }), "requested a");
  assert.equal(imported.default.get("b"), "got b");
  assert.equal(loads, 1);
});

const loadedPackages = 'console.log(["mathjs", "xlsx", "request", "@tensorflow/tfjs-core"].map((name) => `${name} ${Object.keys(require.cache).some((file) => file.includes(`/node_modules/${name}/`)) ? "loaded" : "not loaded"}`).join(", "));';

test("in a kernel, danfojs-node loads mathjs, xlsx, request and TensorFlow only when a notebook first uses them, and they work", async () => {
  // A CSV served over HTTP, which danfojs reads with request.
  const server = http.createServer((_, response) => response.end("city,days\nAstana,2\nGeneva,9\n"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rounds.csv`;
  try {
    const folder = temporaryProjectFolder();
    const file = path.join(folder, "packages.ipynb");
    const workbook = path.join(temporaryFolder(), "rounds.xlsx");
    const sources = [
      'import * as dfd from "danfojs-node";\nimport { show } from "syria-coalitions";\nconst rounds = new dfd.DataFrame({ city: ["Astana", "Geneva", "Astana"], days: [2, 9, 2] });',
      loadedPackages,
      'console.log(`median ${rounds["days"].median()}, std ${rounds["days"].std().toFixed(3)}`);',
      `dfd.toExcel(rounds, { filePath: ${JSON.stringify(workbook)} });\nconst back = await dfd.readExcel(${JSON.stringify(workbook)}) as dfd.DataFrame;\nconsole.log(back["city"].values.join(" "));`,
      `const served = await dfd.readCSV(${JSON.stringify(url)}) as dfd.DataFrame;\nconsole.log(served["days"].values.join(" "));`,
      // A frame's arithmetic runs on tensors; TensorFlow's "install the node backend" banner stays out (the library sets its PROD flag).
      'console.log(((rounds.loc({ columns: ["days"] }).add(1) as dfd.DataFrame)["days"] as dfd.Series).values.join(" "));',
      loadedPackages,
    ];
    const cells = sources.map((source, index) => ({ cell_type: "code", id: `cell-${index}`, source, metadata: {}, outputs: [], execution_count: null }));
    fs.writeFileSync(file, JSON.stringify({ ...readNotebook(fixture("passing")), cells }));
    const [result] = await runNotebooks([file], { outDir: temporaryFolder(), prepare: false, timeoutSeconds: 120 });
    const printed = codeCells(readNotebook(result!.output)).map((cell) => streamText(cell, "stdout") + streamText(cell, "stderr"));
    assert.equal(result!.ok, true, printed.join("\n"));
    assert.deepEqual(printed.slice(1), [
      "mathjs not loaded, xlsx not loaded, request not loaded, @tensorflow/tfjs-core not loaded\n",
      "median 2, std 4.041\n",
      "Astana Geneva Astana\n",
      "2 9\n",
      "3 10 3\n",
      "mathjs loaded, xlsx loaded, request loaded, @tensorflow/tfjs-core loaded\n",
    ]);
  } finally {
    server.close();
  }
});
