import * as path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Chart } from "../vocabulary";
import type { SvgReply } from "./static-svg-worker";

/** Longer than the render service's own start timeout, so that its error (naming its log) arrives first. */
const replyTimeoutMs = 120_000;

interface SvgThread {
  worker: Worker;
  replies: MessagePort;
  /** Cell 0 turns 1 when a reply has been posted: the calling thread sleeps on it. */
  signal: Int32Array;
}

let thread: SvgThread | undefined;

/**
 * Loads the worker module: the compiled .js beside this file, or its .ts source under tsx
 * (whose loader a worker does not inherit). If that fails, every request is answered with
 * the reason, since the caller sleeps until it gets an answer.
 */
const bootstrap = `
const { parentPort, workerData } = require("node:worker_threads");
try {
  if (workerData.typescriptLoader) require(workerData.typescriptLoader);
  require(workerData.file);
} catch (error) {
  parentPort.on("message", () => {
    workerData.replies.postMessage({ error: "the render thread could not start: " + (error && error.stack || error) });
    Atomics.store(workerData.signal, 0, 1);
    Atomics.notify(workerData.signal, 0);
  });
}`;

function startThread(): SvgThread {
  const { port1: replies, port2: workerReplies } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const extension = path.extname(__filename);
  const workerData = {
    file: path.join(__dirname, `static-svg-worker${extension}`),
    typescriptLoader: extension === ".ts" ? require.resolve("tsx/cjs") : undefined,
    replies: workerReplies,
    signal,
  };
  // execArgv: [] keeps the kernel's --require preloads (tslab tuning, the render service's
  // keep-warm) out of this thread: loading them again cost a first show() about 300 ms.
  const worker = new Worker(bootstrap, { eval: true, workerData, transferList: [workerReplies], execArgv: [] });
  // Neither keeps a kernel or command alive once its own work is done.
  worker.unref();
  replies.unref();
  return { worker, replies, signal };
}

/**
 * Starts the render thread ahead of the first chart (kernels, as they start: booting it takes
 * a first show() 70 ms or more), without keeping the process alive.
 */
export function startRenderThread(): SvgThread {
  thread ??= startThread();
  return thread;
}

/**
 * The chart's static SVG from the shared render service, synchronously: a worker thread
 * asks the service while this thread sleeps. show() stays synchronous, so a cell that
 * does not await it prints no pending Promise, and its output always lands in its own cell.
 */
export function renderStaticSvgSync(chart: Chart): string {
  const { worker, replies, signal } = startRenderThread();
  Atomics.store(signal, 0, 0);
  worker.postMessage(chart);
  if (Atomics.wait(signal, 0, 0, replyTimeoutMs) === "timed-out") {
    void worker.terminate();
    thread = undefined;
    throw new Error(`the render service gave no image of "${chart.meta.id}" within ${replyTimeoutMs / 1000} s`);
  }
  const reply = receiveMessageOnPort(replies)?.message as SvgReply | undefined;
  if (!reply) throw new Error(`the render thread woke without a reply for "${chart.meta.id}"`);
  if ("error" in reply) throw new Error(reply.error);
  return reply.svg;
}
