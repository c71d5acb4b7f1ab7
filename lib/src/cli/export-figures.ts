/**
 * `npm run figures`: exports every chart of the library, built from the real dataset, in
 * both languages (or the one given) to figures/ (svg, png, pdf, html, json) and updates
 * figures/manifest.json. A figure whose files are already as its chart makes them is
 * neither drawn nor written again.
 *
 *   npm run figures -- --formats svg,png --lang id
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { type Lang } from "../vocabulary";
import { paths } from "../config/paths";
import { loadDataset } from "../datasets";
import { closeRenderer, exportAllCharts, figureFormats, type FigureFormat } from "../export";

interface CliOptions {
  formats: FigureFormat[];
  langs: Lang[];
  outDir: string;
}

function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      formats: { type: "string", default: figureFormats.join(",") },
      lang: { type: "string" },
      out: { type: "string", default: paths.figures },
    },
  });
  const formats = (values.formats as string).split(",").map((format) => format.trim()).filter(Boolean);
  const unknown = formats.filter((format) => !(figureFormats as readonly string[]).includes(format));
  if (unknown.length || formats.length === 0) {
    throw new Error(`--formats takes a comma-separated list of ${figureFormats.join(", ")}; got "${values.formats}"`);
  }
  if (values.lang !== undefined && values.lang !== "en" && values.lang !== "id") throw new Error(`--lang takes en or id; got "${values.lang}"`);
  return { formats: formats as FigureFormat[], langs: values.lang ? [values.lang] : ["en", "id"], outDir: path.resolve(values.out as string) };
}

async function main(): Promise<number> {
  const options = parseCli(process.argv.slice(2));
  const started = performance.now();
  try {
    const outcomes = await exportAllCharts(loadDataset(), {
      langs: options.langs,
      madeBy: "lib/src/cli/export-figures.ts",
      formats: options.formats,
      outDir: options.outDir,
      onFigure: (outcome) => {
        if (outcome.status === "failed") console.error(`${outcome.id}: FAILED: ${outcome.error.message}`);
        else {
          const sizes = outcome.files.map((file) => `${path.extname(file.name).slice(1)} ${(file.bytes / 1024).toFixed(0)} kB`).join(", ");
          console.log(`${outcome.id}: ${outcome.status === "changed" ? sizes : "already up to date"} (${outcome.seconds.toFixed(1)} s)`);
        }
      },
    });
    const failures = outcomes.filter((outcome) => outcome.status === "failed").map((outcome) => outcome.id);
    const changed = outcomes.filter((outcome) => outcome.status === "changed").length;
    console.log(
      `${outcomes.length - failures.length} of ${outcomes.length} figures exported to ${path.relative(process.cwd(), options.outDir) || "."} ` +
        `(${options.formats.join(", ")}; ${options.langs.join(", ")}; ${changed} changed) in ${((performance.now() - started) / 1000).toFixed(1)} s` +
        (failures.length ? `; failed: ${failures.join(", ")}` : ""),
    );
    return failures.length ? 1 : 0;
  } finally {
    await closeRenderer();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm run figures: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
