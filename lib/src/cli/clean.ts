/**
 * `npm run clean`: empties the project's cache (SYRIA_CACHE_DIR, by default
 * node_modules/.cache/syria-coalitions): the notebooks' runs, the kernels' cell conversions, the
 * charts drawn, the records of exports and the checked tables. Nothing committed is touched, and
 * the next command rebuilds what it needs. The render service is stopped too, so that no chart
 * drawn before is served from its memory (the next chart starts it again).
 */
import * as path from "node:path";
import { paths } from "../config/paths";
import { clearCache, removeMeasured } from "../cache";
import { stopRenderService } from "../render/service/client";

/** The cache folders of earlier versions of the project, one per cache, removed with the cache when it sits where they did. */
const earlierFolders = ["syria-notebooks", "tslab-conversions", "syria-renders", "syria-exports", "syria-tables"];

async function main(): Promise<void> {
  await stopRenderService();
  let freed = clearCache(paths.cache);
  const defaultParent = path.join(paths.root, "node_modules", ".cache");
  if (path.dirname(paths.cache) === defaultParent) {
    for (const name of earlierFolders) freed += removeMeasured(path.join(defaultParent, name));
  }
  console.log(`emptied the cache ${path.relative(process.cwd(), paths.cache) || paths.cache} (${(freed / 1e6).toFixed(1)} MB freed)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
