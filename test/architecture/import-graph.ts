import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

/** One module specifier a file uses, however it is written. */
export interface ImportSite {
  /** The specifier as written: "../charts", "danfojs-node". */
  specifier: string;
  /** 1-based line of the import. */
  line: number;
  /** How it imports: static import or export, type-only import or export, import() or require(), import("x").Type. */
  form: "import" | "import type" | "export from" | "export type from" | "dynamic import" | "require" | "import type node";
  /** Whether the module loads only when code runs: a type-only import, or import()/require() inside a function. */
  lazy: boolean;
}

const typeOnlyForms: ReadonlyArray<ImportSite["form"]> = ["import type", "export type from", "import type node"];

function insideFunction(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (ts.isFunctionLike(parent)) return true;
  return false;
}

/**
 * Every module specifier in a TypeScript source, read from its syntax tree rather
 * than by regex, so `import type`, `export … from`, `import()`, `require()`,
 * `import x = require()` and `import("x").T` in types are all seen.
 */
export function importSites(fileName: string, text: string): ImportSite[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sites: ImportSite[] = [];
  const add = (literal: ts.Node, form: ImportSite["form"]) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const lazy = typeOnlyForms.includes(form) || ((form === "require" || form === "dynamic import") && insideFunction(literal));
    sites.push({ specifier: literal.text, line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1, form, lazy });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ? "import type" : "import");
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly ? "export type from" : "export from");
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, "require");
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]!, "dynamic import");
      // require.resolve finds a file without loading it: a property access, not counted.
      else if (ts.isIdentifier(node.expression) && node.expression.text === "require") add(node.arguments[0]!, "require");
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, "import type node");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

/**
 * Who may import whom, by top folder of lib/src. `rank` orders the layers from
 * the bottom: a layer may import its own folder and any layer of lower rank,
 * except the pairs listed in `apart`. Folders with `importedOnlyBy` may only be
 * imported from those folders; `mayImport`, when given, is the whole list of
 * folders a layer may import (besides itself); `lazyOnly` lists, per layer, the
 * folders it may reach only for types or by loading them inside a function.
 */
export interface LayerRules {
  rank: Record<string, number>;
  /** Pairs of folders that share a rank and must not import each other. */
  apart?: Array<[string, string]>;
  importedOnlyBy?: Record<string, string[]>;
  mayImport?: Record<string, string[]>;
  lazyOnly?: Record<string, string[]>;
}

/** A broken rule: which file, which import, and what rule it breaks. */
export interface LayerViolation {
  file: string;
  line: number;
  specifier: string;
  from: string;
  to: string;
  rule: string;
}

/** The layer (top folder under `root`) of a file; files directly in `root` belong to the layer named by their base name ("index"). */
export function layerOf(root: string, file: string): string {
  const [first, ...rest] = path.relative(root, file).split(path.sep);
  return rest.length === 0 ? path.basename(first!, path.extname(first!)) : first!;
}

/** What a relative specifier points at, inside `root`; undefined for packages. */
function target(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return path.resolve(path.dirname(file), specifier);
}

/** Every rule the import of layer `to` by layer `from` breaks, or undefined. */
export function ruleBroken(rules: LayerRules, from: string, to: string): string | undefined {
  if (from === to) return undefined;
  if (!(from in rules.rank)) return `${from} is not a known layer (add it to the layer rules)`;
  if (!(to in rules.rank)) return `${to} is not a known layer (add it to the layer rules)`;
  const onlyBy = rules.importedOnlyBy?.[to];
  if (onlyBy && !onlyBy.includes(from)) return `only ${onlyBy.join(", ")} may import ${to}`;
  const allowed = rules.mayImport?.[from];
  if (allowed) return allowed.includes(to) ? undefined : `${from} may import only ${allowed.join(", ")}`;
  if ((rules.apart ?? []).some(([a, b]) => (a === from && b === to) || (a === to && b === from))) return `${from} and ${to} sit side by side and must not import each other`;
  if (rules.rank[to]! > rules.rank[from]!) return `${from} sits below ${to}: dependencies flow one way, upward imports are not allowed`;
  if (rules.rank[to] === rules.rank[from]) return `${from} and ${to} sit side by side and must not import each other`;
  return undefined;
}

/** The violations in a set of files, given as file name → source text (so tests can feed synthetic files). */
export function checkLayers(root: string, files: ReadonlyMap<string, string>, rules: LayerRules): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const [file, text] of files) {
    const from = layerOf(root, file);
    for (const site of importSites(file, text)) {
      const resolved = target(file, site.specifier);
      if (resolved === undefined) continue;
      if (path.relative(root, resolved).startsWith("..")) {
        violations.push({ file: path.relative(root, file), line: site.line, specifier: site.specifier, from, to: "(outside lib/src)", rule: "lib/src must not import files outside it" });
        continue;
      }
      const to = layerOf(root, resolved);
      const lazyOnly = rules.lazyOnly?.[from]?.includes(to);
      const rule = lazyOnly ? (site.lazy ? undefined : `${from} may reach ${to} only for types or by loading it inside a function`) : ruleBroken(rules, from, to);
      if (rule) violations.push({ file: path.relative(root, file), line: site.line, specifier: site.specifier, from, to, rule: `${rule} (${site.form})` });
    }
  }
  return violations;
}

/** The files `start` loads by relative import, transitively (itself included; type-only imports are not loads). */
export function importClosure(sources: ReadonlyMap<string, string>, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const site of importSites(file, sources.get(file) ?? "")) {
      if (!site.specifier.startsWith(".") || site.form.includes("type")) continue;
      const resolved = path.resolve(path.dirname(file), site.specifier);
      const candidates = [`${resolved}.ts`, path.join(resolved, "index.ts")];
      const found = candidates.find((candidate) => sources.has(candidate));
      if (found) visit(found);
    }
  };
  visit(start);
  return seen;
}

/** Every .ts file under `root`, with its text. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) files.set(full, fs.readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return files;
}

/** One line per violation: file:line, the import, the rule. */
export function describeViolations(violations: readonly LayerViolation[]): string {
  return violations.map((v) => `lib/src/${v.file}:${v.line} imports "${v.specifier}" (${v.from} → ${v.to}): ${v.rule}`).join("\n");
}
