#!/usr/bin/env node
// Installs what the project needs and quickly skips what is already present.
// Plain JavaScript with no dependencies: it runs before `npm ci` has installed anything.
//
//   node lib/setup/ensure-environment.mjs [--npm] [--debian] [--build] [--kernel] [--all] [--quiet]
//
// --npm     npm packages (npm ci when package-lock.json changed since the last install)
// --debian  Debian packages: Jupyter, Chromium, fonts (apt-get as root, otherwise the exact command to run)
// --build   compile lib/ for notebooks (incremental: a no-op when nothing changed)
// --kernel  the tslab Jupyter kernel spec and chart scripts in the project-local .jupyter/ (after --build)
// --all     all of the above (the default when no step is named)
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

function ensureNpmPackages() {
  const lock = join(root, "package-lock.json");
  const stamp = join(root, "node_modules", ".installed-lock-sha256");
  const wanted = createHash("sha256").update(readFileSync(lock)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === wanted) {
    say("npm packages: present");
    return;
  }
  say("npm packages: installing with npm ci (package-lock.json changed or node_modules is missing)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(stamp, `${wanted}\n`);
}

function missingDebianPackages() {
  return debianPackages
    .map((p) => p.name)
    .filter((name) => {
      try {
        const status = execFileSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
        return !status.includes("install ok installed");
      } catch {
        return true;
      }
    });
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

function ensureLibraryBuild() {
  // tsc -b is incremental: it compares sources with lib/dist/.tsbuildinfo and returns at once when current.
  run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-b", "lib"]);
  say("lib build: current");
}

if (steps.has("--npm")) ensureNpmPackages();
if (steps.has("--debian")) ensureDebianPackages();
if (steps.has("--build")) ensureLibraryBuild();
// Imported only when asked for: kernel.mjs reads lib/dist, which exists only after a build.
if (steps.has("--kernel")) say(`Jupyter kernel: ${(await import("./kernel.mjs")).ensureKernel()}`);
