// npm run notebooks -- [paths or globs] [--param key=value ...] [--jobs N] [--timeout seconds] [--out DIR] [--in-place] [--force] [--no-cache]
import { parseArgs } from "node:util";
import { paths } from "../config/paths";
import { warmRenderService } from "../render/static";
import { parseParameter, progressLines, runNotebooks, summaryLines } from "../runner";
import { exitOnSignals } from "./exit-on-signals";

function positiveNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!(value > 0)) throw new Error(`--${name} expects a positive number, got "${text}"`);
  return value;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      param: { type: "string", multiple: true, default: [] },
      jobs: { type: "string" },
      timeout: { type: "string" },
      out: { type: "string" },
      "in-place": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  const results = await runNotebooks(positionals, {
    parameters: Object.fromEntries((values.param ?? []).map(parseParameter)),
    jobs: positiveNumber("jobs", values.jobs),
    timeoutSeconds: positiveNumber("timeout", values.timeout),
    outDir: values.out,
    inPlace: values["in-place"],
    cache: values["no-cache"] ? undefined : { dir: paths.notebookCache, force: values.force },
    // The npm script has just run the set-up (build and kernel spec).
    prepare: false,
    onProgress: (event) => {
      // A notebook is about to run: its charts' static images will need the render service warm.
      if (event.type === "running") warmRenderService();
      console.log(progressLines(event).join("\n"));
    },
  });
  console.log(summaryLines(results, (performance.now() - started) / 1000).join("\n"));
  if (results.length === 0) console.error("no notebooks matched");
  return results.length > 0 && results.every((result) => result.ok) ? 0 : 1;
}

exitOnSignals();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
