/**
 * Set by the runner in its kernels' environment: nobody watches or types there. Such a kernel
 * prewarms nothing, and show() waits for each chart's static image, which the saved notebook needs.
 */
export const headlessKernelVariable = "SYRIA_HEADLESS_KERNEL";

/** Whether this process is a kernel the runner started (no one is watching its outputs appear). */
export function isHeadlessKernel(): boolean {
  return Boolean(process.env[headlessKernelVariable]);
}
