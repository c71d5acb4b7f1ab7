import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond;

/**
 * CPU seconds a process has used (Linux, from /proc/<pid>/stat): its own, and those of the
 * processes it started and has waited for; a child still running counts on its own, not here.
 * Undefined once the process is gone, or off Linux.
 */
export function cpuSeconds(pid = "self") {
  try {
    // proc(5): utime, stime, cutime and cstime are fields 14-17; the command name before them, in parentheses, may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
