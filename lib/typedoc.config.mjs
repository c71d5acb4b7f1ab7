// @ts-check
// Options of `npm run docs`. A script rather than JSON for one value: source links point at the
// files of this checkout, so they work without a git remote (a clone of a clone, a copied folder),
// where TypeDoc's default of a GitHub URL warns and fails the build.
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const options = {
  name: "syria-coalitions",
  entryPoints: ["src/index.ts", "src/export/index.ts", "src/report/index.ts", "src/runner/index.ts"],
  tsconfig: "tsconfig.json",
  skipErrorChecking: true,
  out: "docs/api",
  readme: "none",
  plugin: ["./typedoc-categories.mjs"],
  excludePrivate: true,
  excludeInternal: true,
  githubPages: false,
  disableGit: true,
  basePath: projectRoot,
  // With disableGit, TypeDoc gives {path} relative to the entry points' folder.
  sourceLinkTemplate: `${pathToFileURL(projectRoot).href}lib/src/{path}`,
  hideGenerator: true,
  sortEntryPoints: false,
  useFirstParagraphOfCommentAsSummary: true,
  categoryOrder: ["Notebook", "Display", "Datasets", "DataFrames", "Analysis", "Findings", "Charts", "Own charts", "Palette", "Export", "Rendering", "Vocabulary", "Paths", "*"],
  navigation: { includeCategories: true, includeGroups: false, includeFolders: false },
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ["Function", "Class", "Interface", "TypeAlias", "Variable"],
  treatWarningsAsErrors: true,
};

export default options;
