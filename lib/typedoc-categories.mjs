// @ts-check
/**
 * TypeDoc plugin (lib/typedoc.config.mjs): files each item of an entry point under the
 * category of the folder that defines it, so the reference reads like README
 * "Layout" and a new function lands in the right place without anyone tagging it.
 * A category is described by a `@categoryDescription` of the entry point's module
 * comment. An entry point whose items all come from one folder gets no categories.
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Comment, Converter, ReflectionCategory, ReflectionKind } from "typedoc";

const src = fileURLToPath(new URL("./src/", import.meta.url));

/** Path prefixes under lib/src and their category; the longest matching prefix wins. */
const categoryByPrefix = [
  ["index.ts", "Export"],
  ["notebook/", "Notebook"],
  ["display/", "Display"],
  ["datasets/", "Datasets"],
  ["datasets/frames.ts", "DataFrames"],
  ["frames/", "DataFrames"],
  ["analysis/headers.ts", "DataFrames"],
  ["analysis/", "Analysis"],
  ["findings/", "Findings"],
  ["charts/", "Charts"],
  ["vocabulary/chart.ts", "Charts"],
  ["charts/own-chart.ts", "Own charts"],
  ["charts/palette.ts", "Palette"],
  ["export/", "Export"],
  ["render/", "Rendering"],
  ["report/", "Report"],
  ["runner/", "Runner"],
  ["vocabulary/", "Vocabulary"],
  ["config/", "Paths"],
];

/** @param {import("typedoc").DeclarationReflection} reflection */
function categoryOf(reflection) {
  const file = reflection.sources?.[0]?.fullFileName;
  if (!file) return "Other";
  const relative = path.relative(src, file).split(path.sep).join("/");
  const matches = categoryByPrefix.filter(([prefix]) => relative.startsWith(prefix));
  return matches.sort((a, b) => b[0].length - a[0].length)[0]?.[1] ?? "Other";
}

/** @param {import("typedoc").DeclarationReflection} module */
function categorize(module) {
  const byTitle = new Map();
  // Children are already sorted (GroupPlugin runs first), so each category keeps that order.
  for (const child of module.children ?? []) {
    const title = categoryOf(child);
    if (!byTitle.has(title)) byTitle.set(title, new ReflectionCategory(title));
    byTitle.get(title).children.push(child);
  }
  if (byTitle.size < 2) return;
  for (const tag of module.comment?.blockTags ?? []) {
    if (tag.tag !== "@categoryDescription") continue;
    const { header, body } = Comment.splitPartsToHeaderAndBody(tag.content);
    if (byTitle.has(header)) byTitle.get(header).description = body;
  }
  // Setting categories first makes TypeDoc's own CategoryPlugin (priority -200) leave the module alone.
  module.categories = [...byTitle.values()];
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const order = /** @type {string[]} */ (app.options.getValue("categoryOrder"));
      const rank = (/** @type {string} */ title) => (order.includes(title) ? order.indexOf(title) : order.includes("*") ? order.indexOf("*") : order.length);
      for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
        categorize(module);
        module.categories?.sort((a, b) => rank(a.title) - rank(b.title) || a.title.localeCompare(b.title));
      }
    },
    -150,
  );
}
