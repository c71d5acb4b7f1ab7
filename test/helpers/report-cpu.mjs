// Loaded into each test process by test/run.mjs (--import): as the process exits, writes the CPU
// seconds it used, its own and those of the processes it started and waited for (kernels,
// Chromium, Notebook servers), to the file SYRIA_TEST_CPU_FILE names.
import { writeFileSync } from "node:fs";
import { cpuSeconds } from "./process-cpu.mjs";

const cpuFile = process.env.SYRIA_TEST_CPU_FILE;
// The processes the tests start report nothing of their own.
delete process.env.SYRIA_TEST_CPU_FILE;

if (cpuFile) {
  // The clock tick is looked up now, so that the exit handler only reads /proc.
  cpuSeconds();
  process.on("exit", () => writeFileSync(cpuFile, String(cpuSeconds() ?? "")));
}
