/**
 * `npm run figures`: exports every chart of the library, built from the real
 * dataset, to figures/ (svg, png, pdf, html) and updates figures/manifest.json.
 *
 *   npm run figures -- --formats svg,png --lang id
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { allCharts } from "../charts";
import { type Lang } from "../vocabulary";
import { paths } from "../config/paths";
import { loadDataset } from "../datasets";
import { closeRenderer, exportFigure, figureFormats, type FigureFormat } from "../export";

interface CliOptions {
  formats: FigureFormat[];
  lang: Lang;
  outDir: string;
}

function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      formats: { type: "string", default: figureFormats.join(",") },
      lang: { type: "string", default: "en" },
      out: { type: "string", default: paths.figures },
    },
  });
  const formats = (values.formats as string).split(",").map((format) => format.trim()).filter(Boolean);
  const unknown = formats.filter((format) => !(figureFormats as readonly string[]).includes(format));
  if (unknown.length || formats.length === 0) {
    throw new Error(`--formats takes a comma-separated list of ${figureFormats.join(", ")}; got "${values.formats}"`);
  }
  if (values.lang !== "en" && values.lang !== "id") throw new Error(`--lang takes en or id; got "${values.lang}"`);
  return { formats: formats as FigureFormat[], lang: values.lang, outDir: path.resolve(values.out as string) };
}

async function main(): Promise<number> {
  const options = parseCli(process.argv.slice(2));
  const started = performance.now();
  const charts = allCharts(loadDataset(), options.lang);
  const madeBy = "lib/src/cli/export-figures.ts";
  const failures: string[] = [];
  try {
    for (const [index, chart] of charts.entries()) {
      const figureStarted = performance.now();
      const progress = `[${index + 1}/${charts.length}] ${chart.meta.id} (${chart.library})`;
      try {
        const result = await exportFigure(chart, { madeBy, formats: options.formats, outDir: options.outDir });
        const sizes = result.files.map((file) => `${path.extname(file.name).slice(1)} ${(file.bytes / 1024).toFixed(0)} kB`).join(", ");
        console.log(`${progress}: ${sizes} in ${(performance.now() - figureStarted).toFixed(0)} ms`);
      } catch (error) {
        failures.push(chart.meta.id);
        console.error(`${progress}: FAILED: ${(error as Error).message}`);
      }
    }
  } finally {
    await closeRenderer();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const written = charts.length - failures.length;
  console.log(
    `${written} of ${charts.length} figures exported to ${path.relative(process.cwd(), options.outDir) || "."} ` +
      `(${options.formats.join(", ")}, ${options.lang}) in ${seconds} s` +
      (failures.length ? `; failed: ${failures.join(", ")}` : ""),
  );
  return failures.length ? 1 : 0;
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
