/**
 * `npm run bench:kernel-devices`: what each device of the kernel's compiler tuning
 * (lib/src/kernel/compiler.ts) saves on its own, against the tuned kernel with all of them.
 *
 * Each variant is a copy of lib/dist (beside it, so that it finds the project's folders) whose
 * compiler.js has one device switched off; its kernel loads its preloads from there. For each
 * variant, interleaved round by round, a fresh kernel runs every code cell of the notebook:
 *   - cached: headless, as the runner starts it, with the conversions of an untimed first run;
 *   - uncached: headless, with an empty conversion cache (every cell type-checked);
 *   - opened: an interactive kernel with an empty conversion cache, idle for 8 s (`--idle`; someone opening
 *     the notebook and reading it: the prewarm reads the packages' declarations), then Run All,
 *     timed from the first cell.
 * Kernel CPU seconds (its whole life) and wall seconds, medians over the rounds.
 * danfojs-node's stand-ins are measured apart: they are in the preload, not the compiler.
 *
 *   npm run bench:kernel-devices -- [--rounds 2] [--idle 8] [--only "without prewarm,…"] [notebook]
 *   (default: every device, notebooks/03-talk-rounds.ipynb)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { kernelCpuSeconds, median, sleep } from "./kernel-timing";

const lib = path.join(__dirname, "..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-devices-"));
process.env.SYRIA_DATA_DIR = path.join(scratch, "data");
fs.cpSync(path.join(lib, "..", "data"), process.env.SYRIA_DATA_DIR, { recursive: true });
process.env.SYRIA_FIGURES_DIR = path.join(scratch, "figures");

/** Each device, and the edit of lib/dist/kernel/compiler.js that switches it off. */
const devices: Record<string, Array<[from: string, to: string]>> = {
  "all devices": [],
  "without plain programs": [["const create = createProgram ?? createPlainProgram(typescript);", "const create = createProgram ?? ((...args) => { const builder = typescript.createEmitAndSemanticDiagnosticsBuilderProgram(...args); converter_1.programsBuilt.during?.push(builder.getProgram()); return builder; });"]],
  "without TypeScript on first use": [
    ["return typescriptOnFirstUse(loadTypeScript);", "return loadTypeScript();"],
    ["return typescriptOnFirstUse(() => tunedTypeScript(loadTypeScript()));", "return tunedTypeScript(loadTypeScript());"],
  ],
  "without metadata read early": [["metadataModule.getCodeMetadata = (source) => (mayHaveMetadata(source) ? getCodeMetadata(source) : {});", "metadataModule.getCodeMetadata = getCodeMetadata;"]],
  "without conversion cache": [["cache: (0, converter_1.kernelConversionCache)(paths_1.paths.conversionCache, tslabIdentity(path.dirname(from)), cwd),", "cache: undefined,"]],
  "without prewarm": [["prewarm: !process.env[spec_1.headlessKernelVariable],", "prewarm: false,"]],
};

const variantFolders: string[] = [];
/** A copy of lib/dist with `edits` made to kernel/compiler.js; throws when an edit no longer finds its code. */
function variant(index: number, edits: Array<[string, string]>): string {
  const folder = path.join(lib, `.bench-dist-${index}`);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(path.join(lib, "dist"), folder, { recursive: true });
  variantFolders.push(folder);
  const compiler = path.join(folder, "kernel", "compiler.js");
  let code = fs.readFileSync(compiler, "utf8");
  for (const [from, to] of edits) {
    if (code.split(from).length !== 2) throw new Error(`lib/dist/kernel/compiler.js no longer holds: ${from}\nupdate this benchmark`);
    code = code.replace(from, to);
  }
  fs.writeFileSync(compiler, code);
  return folder;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { rounds: { type: "string", default: "2" }, only: { type: "string" }, idle: { type: "string", default: "8" } } });
  const { paths } = await import("../src/config/paths");
  const { KernelClient } = await import("../src/runner/kernel-client");
  const { headlessKernelVariable, readKernelSpec } = await import("../src/kernel/spec");
  const { executeNotebook } = await import("../src/runner/execute-notebook");
  const { parseNotebook, joinText } = await import("../src/runner/notebook-format");
  const { ensureNotebookEnvironment } = await import("../src/runner/environment");
  const { stopRenderService } = await import("../src/render/static");
  ensureNotebookEnvironment();

  const spec = readKernelSpec();
  const compiled = path.join(lib, "dist") + path.sep;
  const chosen = values.only ? ["all devices", ...values.only.split(",")] : Object.keys(devices);
  const unknown = chosen.filter((name) => !(name in devices));
  if (unknown.length > 0) throw new Error(`unknown devices: ${unknown.join(", ")} (known: ${Object.keys(devices).join(", ")})`);
  const specs = chosen.map((name, index) => {
    const edits = devices[name]!;
    const folder = variant(index, edits) + path.sep;
    return { name, argv: spec.argv.map((arg) => (arg.startsWith(compiled) && arg.includes(`${path.sep}kernel${path.sep}`) ? folder + arg.slice(compiled.length) : arg)) };
  });
  const notebook = path.resolve(positionals[0] ?? path.join(paths.notebooks, "03-talk-rounds.ipynb"));
  const cells = parseNotebook(fs.readFileSync(notebook, "utf8")).cells.filter((cell) => cell.cell_type === "code").map((cell) => joinText(cell.source));

  const run = async (argv: string[], env: Record<string, string>, idleSeconds = 0) => {
    const started = performance.now();
    const kernel = await KernelClient.start({ ...spec, argv, env: { ...spec.env, ...env } }, path.dirname(notebook));
    try {
      if (idleSeconds > 0) await sleep(idleSeconds * 1000);
      const from = idleSeconds > 0 ? performance.now() : started;
      const nb = { cells: cells.map((source) => ({ cell_type: "code" as const, execution_count: null, metadata: {}, outputs: [], source })), metadata: {}, nbformat: 4, nbformat_minor: 5 };
      const { failure } = await executeNotebook(nb, kernel, { parameters: {}, cellTimeoutMs: 300_000, metadata: {} });
      if (failure) throw new Error(`cell ${failure.cellNumber} failed: ${failure.message}`);
      return { wall: (performance.now() - from) / 1000, cpu: kernelCpuSeconds() };
    } finally {
      await kernel.shutdown();
    }
  };
  const headless = { [headlessKernelVariable]: "1" };
  const emptyCache = () => ({ SYRIA_CACHE_DIR: fs.mkdtempSync(path.join(scratch, "cache-")) });
  const results = new Map<string, Array<{ wall: number; cpu: number }>>();
  const record = (key: string, timing: { wall: number; cpu: number }) => results.set(key, [...(results.get(key) ?? []), timing]);
  console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}; ${values.rounds} rounds, variants interleaved\n`);
  // Untimed: each variant's own conversion cache (its compiled files differ, so does its cache identity) is filled.
  for (const { argv } of specs) await run(argv, headless);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const { name, argv } of round % 2 === 0 ? specs : [...specs].reverse()) {
      record(`${name}|cached`, await run(argv, headless));
      record(`${name}|uncached`, await run(argv, { ...headless, ...emptyCache() }));
      record(`${name}|opened`, await run(argv, emptyCache(), Number(values.idle)));
    }
  }
  await stopRenderService();

  console.log(`${"".padEnd(34)}${["cached", "uncached", `opened: Run All after ${values.idle} s`].map((label) => label.padStart(24)).join("")}`);
  console.log(`${"".padEnd(34)}${"wall    cpu".padStart(24).repeat(3)}`);
  for (const { name } of specs) {
    const cells = ["cached", "uncached", "opened"].map((scenario) => {
      const timings = results.get(`${name}|${scenario}`)!;
      return `${median(timings.map((t) => t.wall)).toFixed(2)} s ${median(timings.map((t) => t.cpu)).toFixed(2)} s`.padStart(24);
    });
    console.log(`${name.padEnd(34)}${cells.join("")}`);
  }
  console.log(`\nLoad average at the end: ${os.loadavg()[0]!.toFixed(1)}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const folder of [...variantFolders, scratch]) fs.rmSync(folder, { recursive: true, force: true });
  });
