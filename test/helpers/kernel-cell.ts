import type { Execution, KernelClient } from "../../lib/src/runner/kernel-client";

/**
 * Runs a cell in a kernel a test keeps for many cells, sending it again while the kernel
 * cancels it: tslab cancels what reaches it within 200 ms of a failed cell, measured on its own
 * clock, which a loaded machine holds back. A wait of fixed length after each failure passes on
 * a quiet machine and fails under load; asking again until the cell runs does not.
 */
export async function executeCell(kernel: KernelClient, code: string, timeoutMs = 120_000): Promise<Execution> {
  for (;;) {
    const execution = await kernel.execute(code, timeoutMs);
    if (execution.status !== "aborted") return execution;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
