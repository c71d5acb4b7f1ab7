#!/usr/bin/env node
// Installs what the project needs and quickly skips what is already present.
// Plain JavaScript with no dependencies: it runs before `npm ci` has installed anything.
//
//   node lib/setup/ensure-environment.mjs [--npm] [--debian] [--build] [--kernel] [--all] [--quiet]
//
// --npm     npm packages (npm ci when package-lock.json or patches/ changed since the last install),
//           then the project's patches of them (patches/, see lib/setup/patches.mjs)
// --debian  Debian packages: Jupyter, Chromium, fonts (apt-get as root, otherwise the exact command to run)
// --build   compile lib/ for notebooks (incremental: a no-op when nothing changed), and build the
//           project's Plotly bundle (lib/setup/plotly-bundle.mjs) when its inputs changed
// --kernel  the tslab Jupyter kernel spec and chart scripts in the project-local .jupyter/ (after --build)
// --all     all of the above (the default when no step is named)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Debian packages and why each is needed; the binaries are what the project calls. */
export const debianPackages = [
  { name: "jupyter-notebook", why: "interactive notebooks (classic Notebook 6)" },
  { name: "jupyter-nbconvert", why: "notebook HTML export and the nbconvert cross-check" },
  { name: "python3-nbclient", why: "executing notebooks through real Jupyter" },
  { name: "python3-ipykernel", why: "Jupyter's kernel machinery" },
  { name: "chromium", why: "Plotly figure export and browser tests" },
  { name: "fonts-dejavu-core", why: "sans-serif glyphs for rendered charts" },
  { name: "fonts-liberation", why: "Arial-compatible metrics for rendered charts" },
  { name: "poppler-utils", why: "pdftotext and pdfinfo: the report tests read the printed PDFs" },
];

const args = new Set(process.argv.slice(2));
const quiet = args.has("--quiet");
const allSteps = ["--npm", "--debian", "--build", "--kernel"];
const named = allSteps.filter((step) => args.has(step));
const steps = new Set(args.has("--all") || named.length === 0 ? allSteps : named);

function say(message) {
  if (!quiet) console.log(`[setup] ${message}`);
}

function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", ...options });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${commandArgs.join(" ")} failed with exit code ${result.status}`);
}

const npmStamp = join(root, "node_modules", ".installed-lock-sha256");

/** The lock file and every patch: a changed patch reinstalls the packages, so that it applies to pristine files. */
function npmInputsHash() {
  const hash = createHash("sha256").update(readFileSync(join(root, "package-lock.json")));
  const patches = join(root, "patches");
  if (existsSync(patches)) for (const file of filesUnder(patches).sort()) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest("hex");
}

async function ensureNpmPackages() {
  const stamp = npmStamp;
  const wanted = npmInputsHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === wanted) {
    say("npm packages: present");
    return;
  }
  say("npm packages: installing with npm ci (package-lock.json or patches/ changed, or node_modules is missing)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  const { applyPatches, PatchError } = await import("./patches.mjs");
  try {
    for (const line of applyPatches(root)) say(`patch ${line}`);
  } catch (error) {
    if (error instanceof PatchError) fail(error.message);
    throw error;
  }
  writeFileSync(stamp, `${wanted}\n`);
}

/** One dpkg-query for all packages: it still lists the known ones when it fails on an unknown one. */
function missingDebianPackages() {
  const names = debianPackages.map((p) => p.name);
  const query = spawnSync("dpkg-query", ["-W", "-f=${Package}\t${Status}\n", ...names], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const installed = new Set(
    (query.stdout ?? "")
      .split("\n")
      .map((line) => line.split("\t"))
      .filter(([, status]) => status?.includes("install ok installed"))
      .map(([name]) => name),
  );
  return names.filter((name) => !installed.has(name));
}

function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) {
    say("Debian packages: present");
    return;
  }
  const install = ["apt-get", "install", "-y", "--no-install-recommends", ...missing];
  if (process.getuid?.() !== 0) {
    fail(
      `missing Debian packages: ${missing.join(", ")}.\n` +
        `Run as root:\n  apt-get update && ${install.join(" ")}\nthen run this command again.`,
    );
  }
  say(`Debian packages: installing ${missing.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update"], { env });
  run(install[0], install.slice(1), { env });
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * What lib/dist is built from: the sources, the build settings and the installed
 * dependencies. The runner's execution cache keys notebooks on the same stamp.
 */
function librarySourceHash() {
  const lib = join(root, "lib");
  const inputs = [...filesUnder(join(lib, "src")), join(lib, "package.json"), join(lib, "tsconfig.json"), join(lib, "tsconfig.base.json"), npmStamp].sort();
  const hash = createHash("sha256");
  for (const file of inputs) hash.update(`${relative(root, file)}\0`).update(existsSync(file) ? readFileSync(file) : "missing").update("\0");
  return hash.digest("hex");
}

function ensureLibraryBuild() {
  // Hashing the sources takes milliseconds where even an up-to-date `tsc -b` takes about half a second.
  const stamp = join(root, "lib", "dist", ".source-sha256");
  const wanted = librarySourceHash();
  if (existsSync(join(root, "lib", "dist", "index.js")) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === wanted) {
    say("lib build: current");
    return;
  }
  run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-b", "lib"]);
  writeFileSync(stamp, `${wanted}\n`);
  say("lib build: compiled");
}

if (steps.has("--npm")) await ensureNpmPackages();
if (steps.has("--debian")) ensureDebianPackages();
if (steps.has("--build")) {
  ensureLibraryBuild();
  // Imported after the build: plotly-bundle.mjs reads the trace list from lib/dist.
  const { ensurePlotlyBundle } = await import("./plotly-bundle.mjs");
  try {
    say(`Plotly bundle: ${await ensurePlotlyBundle()}`);
  } catch (error) {
    fail(`Plotly bundle: ${error.message}`);
  }
}
// Imported only when asked for: kernel.mjs reads lib/dist, which exists only after a build.
if (steps.has("--kernel")) say(`Jupyter kernel: ${(await import("./kernel.mjs")).ensureKernel()}`);
