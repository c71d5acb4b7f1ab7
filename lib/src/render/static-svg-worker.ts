/** The thread behind renderStaticSvgSync: asks the render service for one SVG per message, then wakes the caller. */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { Chart } from "../vocabulary";
import { renderStatic } from "./service/client";

export type SvgReply = { svg: string } | { error: string };

const { replies, signal } = workerData as { replies: MessagePort; signal: Int32Array };

parentPort?.on("message", async (chart: Chart) => {
  let reply: SvgReply;
  try {
    // A chart shown is usually exported too: its PNG and PDF are made while the kernel goes on.
    reply = { svg: (await renderStatic(chart, ["svg"], 2, ["png", "pdf"])).svg as string };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  replies.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
