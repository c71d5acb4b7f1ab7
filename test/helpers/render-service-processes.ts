import { execFileSync } from "node:child_process";
import * as fs from "node:fs";

/** A process's parent and CPU seconds (its own, and its children's it has waited for), from /proc/<pid>/stat; undefined once it is gone. */
function processTimes(pid: number): { parent: number; seconds: number } | undefined {
  try {
    // The command name, in parentheses, may hold spaces: the fields follow its last ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // proc(5) fields 4 (ppid) and 14-17 (utime, stime, cutime, cstime), counted here from field 3.
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return { parent: Number(fields[1]), seconds: ticks / clockTicks() };
  } catch {
    return undefined;
  }
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  return ticksPerSecond;
}

const processIds = () =>
  fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

/** The render services running whose environment holds `entry` (e.g. "SYRIA_RENDERER_INSTANCE=test-42"), found in /proc (Linux). */
export function renderServicePids(entry: string): number[] {
  return processIds().filter((pid) => {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      return /render[/\\]service[/\\]server\.[jt]s/.test(command) && fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(entry);
    } catch {
      // Gone since the folder was listed, or not ours to read.
      return false;
    }
  });
}

/** CPU seconds used so far by these processes and every process they started that still runs (a render service's Chromium). */
export function processTreeCpuSeconds(roots: readonly number[]): number {
  const all = new Map(processIds().flatMap((pid) => {
    const times = processTimes(pid);
    return times ? [[pid, times] as const] : [];
  }));
  const tree = new Set(roots.filter((pid) => all.has(pid)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { parent }] of all) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree].reduce((sum, pid) => sum + all.get(pid)!.seconds, 0);
}
