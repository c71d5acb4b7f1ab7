import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { processTreeCpuSeconds } from "../helpers/render-service-processes";

// A parent that starts a child burning one second of CPU, then idles: what bench:notebooks
// measures of the render service, whose drawing is done by the Chromium processes it started.
const parentScript = `
const { spawn } = require("node:child_process");
const child = spawn(process.execPath, ["-e", \`
  while (process.cpuUsage().user + process.cpuUsage().system < 1e6) {}
  console.log("burnt");
  setInterval(() => {}, 1000);
\`], { stdio: ["ignore", "inherit", "inherit"] });
setInterval(() => {}, 1000);
`;

describe("processTreeCpuSeconds", () => {
  it("counts the CPU of the processes a process started, not only its own", async () => {
    // In a process group of its own, killed whole: the child holds the pipe open and would outlive its parent.
    const parent = spawn(process.execPath, ["-e", parentScript], { stdio: ["ignore", "pipe", "inherit"], detached: true });
    try {
      await new Promise<void>((resolve, reject) => {
        parent.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("burnt") && resolve());
        parent.on("exit", (code) => reject(new Error(`the parent exited (${code}) before its child had burnt its CPU`)));
      });
      // Clock ticks are 10 ms: a second burnt reads at least 0.99 s.
      assert.ok(processTreeCpuSeconds([parent.pid!]) >= 0.99, "the child's second is counted");
      assert.equal(processTreeCpuSeconds([]), 0);
    } finally {
      process.kill(-parent.pid!, "SIGKILL");
    }
  });
});
