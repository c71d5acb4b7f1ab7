import * as fs from "node:fs";
import * as path from "node:path";
import { folderFromEnvironment } from "./folder-variable";

/**
 * Every path the project uses, derived from this module's own location so that
 * the same answer comes out of the TypeScript sources (lib/src/config) and of the
 * compiled build (lib/dist/config) that notebooks import.
 */
export const projectRoot = path.resolve(__dirname, "..", "..", "..");

/**
 * Where figures are exported. SYRIA_FIGURES_DIR moves them elsewhere, e.g. for
 * tests that execute the notebooks without touching the project's figures/.
 */
const figuresDir = folderFromEnvironment("SYRIA_FIGURES_DIR", path.join(projectRoot, "figures"));
/** Where the CSV files are read from. SYRIA_DATA_DIR points at a copy (benchmarks and tests that change a row). */
const dataDir = folderFromEnvironment("SYRIA_DATA_DIR", path.join(projectRoot, "data"));
/**
 * The project's one cache (files/cache.ts): never committed, emptied by `npm run clean`.
 * SYRIA_CACHE_DIR moves it, every namespace with it (tests and benchmarks keep theirs apart).
 */
const cacheDir = folderFromEnvironment("SYRIA_CACHE_DIR", path.join(projectRoot, "node_modules", ".cache", "syria-coalitions"));

/**
 * Every folder and file the project reads or writes, absolute: data/ (moved by
 * SYRIA_DATA_DIR), figures/ and its manifest (SYRIA_FIGURES_DIR), notebooks/, the
 * project's Jupyter folder, the cache (SYRIA_CACHE_DIR) and the set-up's stamps.
 */
export const paths = {
  root: projectRoot,
  data: dataDir,
  dataPackage: path.join(dataDir, "datapackage.json"),
  notebooks: path.join(projectRoot, "notebooks"),
  figures: figuresDir,
  figureManifest: path.join(figuresDir, "manifest.json"),
  /** Project-local Jupyter data folder (kernel specs); the user's global Jupyter is left alone. */
  jupyterData: path.join(projectRoot, ".jupyter", "share", "jupyter"),
  cache: cacheDir,
  /** The runner's execution cache: a fresh clone reruns every notebook. */
  notebookCache: path.join(cacheDir, "executions"),
  /** tslab's cell conversions, kept by the kernel (kernel/conversion-cache.ts). */
  conversionCache: path.join(cacheDir, "conversions"),
  /** The render service's files of charts drawn before (render/service/render-cache.ts). */
  renderCache: path.join(cacheDir, "renders"),
  /** What the last export of each figure wrote (export/export-records.ts). */
  exportRecords: path.join(cacheDir, "exports"),
  /** The checked rows of data tables read before (datasets/checked-table-cache.ts). */
  tableCache: path.join(cacheDir, "tables"),
  /** The hash of the library sources lib/dist was last built from (written by the set-up script). */
  libBuildStamp: path.join(projectRoot, "lib", "dist", ".source-sha256"),
  /** The hash of package-lock.json that node_modules was installed from (written by the set-up script). */
  npmInstallStamp: path.join(projectRoot, "node_modules", ".installed-lock-sha256"),
  articleSeed: path.join(projectRoot, "..", "shared", "seeds", "000_ca1301d3008cf78c.txt"),
} as const;

/**
 * A file inside an installed package. Some packages' "exports" hide their browser
 * bundles from require.resolve, so the package folder is found from its entry point.
 */
export function packageFile(packageName: string, relativePath: string): string {
  let dir = path.dirname(require.resolve(packageName));
  while (path.basename(dir) !== packageName.split("/").pop() && dir !== path.dirname(dir)) {
    dir = path.dirname(dir);
  }
  return path.join(dir, relativePath);
}

/** The version of an installed package, from its package.json. */
export function installedVersion(packageName: string): string {
  return (JSON.parse(fs.readFileSync(packageFile(packageName, "package.json"), "utf8")) as { version: string }).version;
}

/** Browser bundles shipped inside npm packages: offline HTML output loads these, never a CDN. */
export const vendorScripts = {
  plotly: packageFile("plotly.js-dist-min", "plotly.min.js"),
  /** Built at set-up from the plotly.js source package (lib/setup/plotly-bundle.mjs, render/plotly-bundles.ts). */
  plotlyProject: path.join(projectRoot, "lib", "dist", "vendor", "plotly-project.min.js"),
  vega: packageFile("vega", "build/vega.min.js"),
  vegaLite: packageFile("vega-lite", "build/vega-lite.min.js"),
  vegaEmbed: packageFile("vega-embed", "build/vega-embed.min.js"),
} as const;
