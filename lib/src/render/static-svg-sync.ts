import * as fs from "node:fs";
import * as path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Chart } from "../vocabulary";
import { serviceAddress } from "./service/protocol";
import type { SvgReply, SvgRequest } from "./static-svg-worker";

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
  parentPort.on("message", ({ id }) => {
    workerData.replies.postMessage({ id, error: "the render thread could not start: " + (error && error.stack || error) });
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
  // Replies whose caller stopped waiting arrive through the event loop.
  replies.on("message", handOver);
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

let lastId = 0;

/** What to do with replies that arrive after their caller stopped waiting, by request id. */
const lateReplies = new Map<number, (reply: SvgReply) => void>();

function handOver(reply: SvgReply): void {
  const handler = lateReplies.get(reply.id);
  lateReplies.delete(reply.id);
  handler?.(reply);
}

/**
 * Waits, the calling thread asleep, for the reply to request `id` until `deadline`; replies to
 * other requests that come first go to their late handlers. Undefined when the deadline passed.
 */
function waitForReply(current: SvgThread, id: number, deadline: number): SvgReply | undefined {
  for (;;) {
    // Cleared before the queue is read: a reply posted after the read wakes the wait below.
    Atomics.store(current.signal, 0, 0);
    for (let message = receiveMessageOnPort(current.replies); message; message = receiveMessageOnPort(current.replies)) {
      const reply = message.message as SvgReply;
      if (reply.id === id) return reply;
      handOver(reply);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) return undefined;
    Atomics.wait(current.signal, 0, 0, remaining);
  }
}

function svgOf(reply: SvgReply): string {
  if ("error" in reply) throw new Error(reply.error);
  return reply.svg;
}

/** Asks the render thread for the chart's SVG and waits until `deadline`; a later reply goes to `later`. */
function requestSvg(chart: Chart, deadline: number, later: (result: { svg: string } | { error: Error }) => void): string | undefined {
  const current = startRenderThread();
  const id = ++lastId;
  current.worker.postMessage({ id, chart } satisfies SvgRequest);
  const reply = waitForReply(current, id, deadline);
  if (reply) return svgOf(reply);
  lateReplies.set(id, (late) => {
    try {
      later({ svg: svgOf(late) });
    } catch (error) {
      later({ error: error as Error });
    }
  });
  return undefined;
}

/**
 * The chart's static SVG from the shared render service, synchronously: a worker thread
 * asks the service while this thread sleeps. show() stays synchronous, so a cell that
 * does not await it prints no pending Promise, and its output always lands in its own cell.
 */
export function renderStaticSvgSync(chart: Chart): string {
  const svg = requestSvg(chart, Date.now() + replyTimeoutMs, () => undefined);
  if (svg === undefined) {
    void thread?.worker.terminate();
    thread = undefined;
    throw new Error(`the render service gave no image of "${chart.meta.id}" within ${replyTimeoutMs / 1000} s`);
  }
  return svg;
}

/**
 * The chart's static SVG if the render service gives it within `waitMs` (a chart drawn before,
 * a warm service); otherwise undefined at once, and `later` is called with the SVG, or the
 * error, when it comes (from the event loop: the kernel is idle or running a later cell).
 * With no service listening (its socket absent: it is not started yet), nothing can come that
 * soon, and it does not wait.
 */
export function renderStaticSvgWithin(chart: Chart, waitMs: number, later: (result: { svg: string } | { error: Error }) => void): string | undefined {
  return requestSvg(chart, serviceMayBeListening() ? Date.now() + waitMs : 0, later);
}

function serviceMayBeListening(): boolean {
  try {
    return fs.existsSync(serviceAddress());
  } catch {
    // A private folder that cannot be used: the render thread's request fails and says why.
    return true;
  }
}
