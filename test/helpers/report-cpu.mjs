// Loaded into each test file's process by test/run.mjs (--import): as the process exits, writes the
// CPU seconds it used, its own and those of the processes it started and waited for (kernels,
// Chromium, Notebook servers), to the file SYRIA_TEST_CPU_FILE names. Read from /proc (Linux).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const cpuFile = process.env.SYRIA_TEST_CPU_FILE;
// The processes the tests start report nothing of their own.
delete process.env.SYRIA_TEST_CPU_FILE;

if (cpuFile) {
  const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  process.on("exit", () => {
    try {
      // proc(5): utime, stime, cutime and cstime are fields 14-17; the command name before them, in parentheses, may hold spaces.
      const stat = readFileSync("/proc/self/stat", "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
      writeFileSync(cpuFile, String(ticks / ticksPerSecond));
    } catch {
      // Not Linux: no CPU figure for this file.
    }
  });
}
