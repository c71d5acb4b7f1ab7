/** What the kernel benchmarks share: medians, pauses, and the CPU time of the kernels they start. */
import * as fs from "node:fs";

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds (user + system) used so far by this process's children running tslab: the kernel. */
export function kernelCpuSeconds(): number {
  const ticksPerSecond = 100; // Linux USER_HZ
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) !== process.pid || !fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("tslab")) continue;
      total += (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}
