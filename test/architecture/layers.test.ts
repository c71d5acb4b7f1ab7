import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { kernelPreloads } from "../../lib/src/kernel/spec";
import { checkLayers, describeViolations, importClosure, importSites, layerOf, readSources, type LayerRules } from "./import-graph";

const root = path.resolve(__dirname, "..", "..", "lib", "src");

/**
 * The library's layers, bottom to top (docs/architecture.md, "Layout"). vocabulary holds what
 * every layer shares; findings (prose computed from analysis) and charts sit side by side, as do display
 * and export; notebook (what a notebook cell opens) sits on display and reaches export only lazily; runner
 * stands apart: it uses only config, files, cache, vocabulary and the kernel's spec and error format, and only
 * cli uses it. kernel (the code the kernel spec loads into every kernel process) uses only config, files, cache
 * and vocabulary, and only the runner imports it. cache (the one cache, on config and files) sits below every
 * layer that keeps entries. index.ts is the entry notebooks import: the light layers only, and export loaded
 * on first use.
 */
const rules: LayerRules = {
  rank: { vocabulary: 0, config: 1, files: 1, cache: 1.5, frames: 1, datasets: 2, analysis: 3, findings: 4, charts: 4, render: 5, display: 6, export: 6, kernel: 7, report: 7, runner: 8, notebook: 7, cli: 9, index: 9 },
  apart: [["display", "export"], ["findings", "charts"]],
  importedOnlyBy: { runner: ["cli"], kernel: ["runner"] },
  mayImport: {
    kernel: ["vocabulary", "config", "files", "cache"],
    runner: ["vocabulary", "config", "files", "cache", "kernel"],
    index: ["vocabulary", "config", "frames", "datasets", "analysis", "findings", "charts", "display", "notebook"],
  },
  lazyOnly: { index: ["export"], notebook: ["export"] },
};

/** Imports that break the rules today and are being removed; each must still exist, so the list only shrinks. */
const knownViolations: string[] = [];

function key(v: { file: string; specifier: string }): string {
  return `${v.file} → ${v.specifier.replace(/^(\.\.\/)+/, "")}`;
}

describe("layers of lib/src", () => {
  it("no import points up, sideways between display and export, or into the runner", () => {
    const violations = checkLayers(root, readSources(root), rules);
    const unexpected = violations.filter((v) => !knownViolations.includes(key(v)));
    assert.equal(unexpected.length, 0, `imports against the layer rules:\n${describeViolations(unexpected)}`);
    const gone = knownViolations.filter((known) => !violations.some((v) => key(v) === known));
    assert.deepEqual(gone, [], "known violations that no longer occur: remove them from knownViolations");
  });

  it("the vocabulary imports nothing from the rest of the library", () => {
    const files = new Map([...readSources(root)].filter(([file]) => file.startsWith(path.join(root, "vocabulary") + path.sep)));
    assert.ok(files.size > 0);
    const outward = [...files].flatMap(([file, text]) => importSites(file, text).filter((site) => site.specifier.startsWith("..")).map((site) => `${path.relative(root, file)}: ${site.specifier}`));
    assert.deepEqual(outward, []);
  });
});

/**
 * Modules of other layers that the kernel spec loads into every kernel process, and why: each is an
 * edge that no import shows, so it is listed here.
 */
const preloadsOutsideKernel: Record<string, string> = {
  "render/service/keep-warm": "starts the render service with the kernel, so that the first chart does not wait for Chromium",
};

describe("what the kernel spec loads by path", () => {
  const sources = readSources(root);
  const source = (module: string) => path.join(root, `${module}.ts`);

  it("is the kernel's own preloads, and the modules of other layers listed with their reason", () => {
    for (const module of kernelPreloads) {
      assert.ok(sources.has(source(module)), `kernelPreloads names ${module}, but lib/src/${module}.ts does not exist`);
      assert.ok(module.startsWith("kernel/") || module in preloadsOutsideKernel, `${module} is loaded into every kernel but is not in lib/src/kernel/: list it in preloadsOutsideKernel with its reason, or move it`);
    }
    assert.deepEqual(Object.keys(preloadsOutsideKernel).filter((module) => !(kernelPreloads as readonly string[]).includes(module)), [], "preloadsOutsideKernel lists a module the kernel spec no longer loads");
  });

  it("the kernel's preloads reach only the kernel's allowed layers", () => {
    const allowed = new Set(["kernel", ...rules.mayImport!.kernel!]);
    for (const module of kernelPreloads.filter((name) => name.startsWith("kernel/"))) {
      const outside = [...importClosure(sources, source(module))].filter((file) => !allowed.has(layerOf(root, file)));
      assert.deepEqual(outside.map((file) => path.relative(root, file)), [], `${module} loads modules outside ${[...allowed].join(", ")}`);
    }
  });

  it("no module imports a preload: they change other packages as they load, and only the kernel spec loads them", () => {
    const preloads = new Set(kernelPreloads.map(source));
    const importers = [...sources.keys()].flatMap((file) =>
      importSites(file, sources.get(file)!)
        .filter((site) => site.specifier.startsWith(".") && preloads.has(`${path.resolve(path.dirname(file), site.specifier)}.ts`))
        .map((site) => `${path.relative(root, file)}: ${site.specifier}`),
    );
    assert.deepEqual(importers, []);
  });

  it("the set-up scripts load compiled modules that exist, of the layers they may use", () => {
    const setup = path.resolve(root, "..", "setup");
    const loads = fs
      .readdirSync(setup)
      .filter((name) => name.endsWith(".mjs"))
      .flatMap((name) => [...fs.readFileSync(path.join(setup, name), "utf8").matchAll(/requireFromLib\("\.\/([^"]+)\.js"\)/g)].map((match) => match[1]!));
    assert.ok(loads.length > 0, "no requireFromLib(...) found in lib/setup: the pattern of this test is out of date");
    for (const module of loads) {
      assert.ok(sources.has(source(module)), `lib/setup loads lib/dist/${module}.js, but lib/src/${module}.ts does not exist`);
      assert.ok(["kernel", "render", "config"].includes(layerOf(root, source(module))), `lib/setup loads ${module}: only kernel, render and config modules are set-up's to load`);
    }
  });
});

describe("the layer check itself", () => {
  const synthetic = (file: string, text: string) => checkLayers(root, new Map([[path.join(root, file), text]]), rules);

  it("sees every way of importing a module", () => {
    const text = [
      'import { a } from "../charts";',
      'import type { B } from "../charts/b";',
      'export { c } from "../charts/c";',
      'export * from "../charts/d";',
      'const e = require("../charts/e");',
      'const f = import("../charts/f");',
      'import g = require("../charts/g");',
      'let h: import("../charts/h").H;',
      'const i = require.resolve("../charts/i");',
    ].join("\n");
    const sites = importSites("x.ts", text);
    assert.deepEqual(
      sites.map((site) => [site.specifier, site.form, site.line]),
      [
        ["../charts", "import", 1],
        ["../charts/b", "import type", 2],
        ["../charts/c", "export from", 3],
        ["../charts/d", "export from", 4],
        ["../charts/e", "require", 5],
        ["../charts/f", "dynamic import", 6],
        ["../charts/g", "require", 7],
          ["../charts/h", "import type node", 8],
      ],
    );
  });

  it("fails an upward import, naming the file, the import and the rule", () => {
    const [violation, ...more] = synthetic("analysis/bad.ts", 'import type { Chart } from "../charts/chart";\n');
    assert.equal(more.length, 0);
    assert.equal(violation!.file, path.join("analysis", "bad.ts"));
    assert.equal(violation!.specifier, "../charts/chart");
    assert.equal(violation!.line, 1);
    assert.match(describeViolations([violation!]), /lib\/src\/analysis\/bad\.ts:1 imports "\.\.\/charts\/chart" \(analysis → charts\): analysis sits below charts.*\(import type\)/);
  });

  it("fails a sideways import between display and export, and any import of the runner but the CLI's", () => {
    assert.equal(synthetic("display/bad.ts", 'export { x } from "../export/x";').length, 1);
    assert.equal(synthetic("export/bad.ts", 'const x = require("../display");').length, 1);
    assert.match(synthetic("report/bad.ts", 'import("../runner");')[0]!.rule, /only cli may import runner/);
    assert.equal(synthetic("cli/good.ts", 'import { run } from "../runner";').length, 0);
    assert.match(synthetic("runner/bad.ts", 'import { x } from "../datasets";')[0]!.rule, /runner may import only vocabulary, config/);
    assert.equal(synthetic("runner/good.ts", 'import { kernelName } from "../kernel/spec";').length, 0);
  });

  it("keeps the kernel's code from the runner and from the library's upper layers", () => {
    assert.match(synthetic("kernel/bad.ts", 'import { KernelClient } from "../runner/kernel-client";')[0]!.rule, /only cli may import runner/);
    assert.match(synthetic("kernel/bad.ts", 'import { show } from "../display";')[0]!.rule, /kernel may import only vocabulary, config, files/);
    assert.match(synthetic("display/bad.ts", 'import { kernelName } from "../kernel/spec";')[0]!.rule, /only runner may import kernel/);
  });

  it("fails an import out of the vocabulary and of an unknown folder", () => {
    assert.equal(synthetic("vocabulary/bad.ts", 'import { paths } from "../config/paths";').length, 1);
    assert.match(synthetic("misc/x.ts", 'import { a } from "../charts";')[0]!.rule, /misc is not a known layer/);
  });

  it("lets the entry reach export only for types or inside a function", () => {
    const entry = (text: string) => checkLayers(root, new Map([[path.join(root, "index.ts"), text]]), rules);
    assert.deepEqual(entry('import type * as E from "./export";\nexport type { O } from "./export";\nexport const f = () => require("./export").f();'), []);
    assert.match(entry('export * from "./export";')[0]!.rule, /index may reach export only for types or by loading it inside a function \(export from\)/);
    assert.equal(entry('const e = require("./export");').length, 1);
    assert.match(entry('export * from "./report";')[0]!.rule, /index may import only/);
  });

  it("accepts downward imports and packages", () => {
    assert.deepEqual(synthetic("charts/good.ts", 'import { a } from "../analysis";\nimport { b } from "../vocabulary";\nimport * as dfd from "danfojs-node";'), []);
  });
});
