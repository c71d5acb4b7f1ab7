/** The thread behind the render thread's requests: asks the render service for one SVG per message, then wakes the caller. */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { Chart } from "../vocabulary";
import { renderStatic } from "./service/client";

/** The SVG of the request `id`, or why there is none. */
export type SvgReply = { id: number } & ({ svg: string } | { error: string });

export interface SvgRequest {
  id: number;
  chart: Chart;
}

const { replies, signal } = workerData as { replies: MessagePort; signal: Int32Array };

parentPort?.on("message", async ({ id, chart }: SvgRequest) => {
  let reply: SvgReply;
  try {
    // A chart shown is usually exported too: its PNG and PDF are made while the kernel goes on.
    reply = { id, svg: (await renderStatic(chart, ["svg"], 2, ["png", "pdf"])).svg as string };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  replies.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
