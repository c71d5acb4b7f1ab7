/**
 * Loaded into every kernel process (`node --require`, see lib/setup/kernel.mjs). Charts are
 * drawn by the shared render service: started with the kernel, it loads Chromium and plotly.js
 * while the first cells run, and it stays up as long as the kernel does. The thread that asks
 * it for show()'s images starts once the kernel has loaded, before the first cell needs it.
 */
import { startRenderThread } from "../static-svg-sync";
import { keepRenderServiceWarm } from "./client";

keepRenderServiceWarm();
setImmediate(startRenderThread);
