import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Dealer, Subscriber } from "zeromq";
import { removeTemporaryFolder, temporaryFolder } from "../files/temporary-folder";
import { CellOutputs } from "./cell-outputs";
import { kernelCommand, type KernelSpec } from "../kernel/spec";
import type { Output } from "./notebook-format";
import { decodeMessage, encodeMessage, newMessage, type JupyterMessage } from "./wire-protocol";

/**
 * How one execute_request ended. "timeout" and "kernel-died" leave the kernel unusable.
 * "aborted": the kernel did not run the cell. tslab cancels every request that reaches it
 * within 200 ms of a failed cell (a queue reset after the failure), so a cell sent right after
 * an error may come back aborted, with no output, however long the sender waited first when
 * the kernel is slow to get to its timer: the cell can be sent again.
 */
export type ExecutionStatus = "ok" | "error" | "aborted" | "timeout" | "kernel-died";

export interface Execution {
  status: ExecutionStatus;
  executionCount: number | null;
  outputs: Output[];
  /** For "kernel-died": the exit code or signal and the last lines the kernel wrote to stderr. */
  detail?: string;
}

interface Pending {
  outputs: CellOutputs;
  reply?: JupyterMessage;
  idle: boolean;
  settle: () => void;
}

const kernelStartTimeoutMs = 60_000;
/** How long one kernel_info_request may go unanswered before it is sent again while the kernel starts. */
const readyPollMs = 50;
const kernelReconnectMs = 10;
/** sun_path of a Unix socket address: 108 bytes with the final NUL. */
const maxSocketPathBytes = 107;
const shutdownGraceMs = 3_000;
/** Keeps the end of the kernel's own stderr, to explain a crash. */
const stderrTailChars = 2_000;

/** Kernels of this process still running: when the process exits (Ctrl-C included), none may outlive it (their folders go too, temporary-folder.ts). */
const liveKernels = new Set<ChildProcess>();
process.on("exit", () => {
  for (const kernel of liveKernels) kernel.kill("SIGTERM");
});

/**
 * A Jupyter client for one kernel process: starts it from its kernel spec, as Jupyter does
 * (connection file, HMAC key, Unix sockets), then runs code over the shell and IOPub channels.
 */
export class KernelClient {
  // The sockets connect before the kernel has bound its endpoints, and zeromq retries a refused
  // connection only after its reconnect interval: at the default 100 ms, a kernel ready in
  // 0.12 s sat idle until 0.23 s waiting for its first request.
  private readonly shell = new Dealer({ reconnectInterval: kernelReconnectMs });
  private readonly iopub = new Subscriber({ reconnectInterval: kernelReconnectMs });
  private readonly session = randomUUID();
  private readonly pending = new Map<string, Pending>();
  private stderrTail = "";
  /** The kernel's language_info, from its kernel_info_reply: Jupyter saves it in the notebook's metadata. */
  languageInfo: Record<string, unknown> = {};
  private exit: string | undefined;
  private onExit: (() => void) | undefined;
  private sending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly process: ChildProcess,
    private readonly key: string,
    private readonly connectionDir: string,
  ) {}

  /** Starts the kernel with `cwd` as its working folder (Jupyter uses the notebook's folder). */
  static async start(spec: KernelSpec, cwd: string): Promise<KernelClient> {
    // Unix sockets in the connection's own folder, not TCP ports: no port has to be found free,
    // which another process could take before the kernel binds it. tslab joins endpoints as
    // transport://ip:port, so each "port" names a socket file.
    if (Buffer.byteLength(path.join(os.tmpdir(), "kernel-XXXXXX", "kernel:5")) > maxSocketPathBytes) {
      throw new Error(`the kernel's sockets would be in ${os.tmpdir()}, a path too long for Unix sockets: set TMPDIR to a shorter folder`);
    }
    const connectionDir = temporaryFolder(os.tmpdir(), "kernel-");
    const connectionFile = path.join(connectionDir, "connection.json");
    const key = randomBytes(32).toString("hex");
    const socketStem = path.join(connectionDir, "kernel");
    const endpoint = (channel: number) => `ipc://${socketStem}:${channel}`;
    const [shell, iopub, stdin, control, hb] = [1, 2, 3, 4, 5];
    const connection = { transport: "ipc", ip: socketStem, shell_port: shell, iopub_port: iopub, stdin_port: stdin, control_port: control, hb_port: hb, key, signature_scheme: "hmac-sha256", kernel_name: "" };
    fs.writeFileSync(connectionFile, JSON.stringify(connection));
    const [command, ...args] = kernelCommand(spec, connectionFile);
    const child = spawn(command, args, { cwd, env: { ...process.env, ...spec.env }, stdio: ["ignore", "ignore", "pipe"] });
    const client = new KernelClient(child, key, connectionDir);
    client.watchProcess();
    client.shell.connect(endpoint(shell));
    client.iopub.connect(endpoint(iopub));
    client.iopub.subscribe();
    void client.receive(client.shell);
    void client.receive(client.iopub);
    try {
      await client.waitUntilReady();
    } catch (error) {
      // Nothing of a kernel that did not start is left: its process, sockets and connection folder.
      await client.shutdown();
      throw error;
    }
    return client;
  }

  private watchProcess(): void {
    this.process.stderr?.setEncoding("utf8");
    this.process.stderr?.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-stderrTailChars);
    });
    liveKernels.add(this.process);
    this.process.once("exit", (code, signal) => {
      liveKernels.delete(this.process);
      this.exit = signal ? `signal ${signal}` : `exit code ${code}`;
      this.onExit?.();
    });
  }

  /** zeromq allows one send in flight per socket: sends are chained; a failed one ends in the request's timeout. */
  private send(frames: string[]): void {
    this.sending = this.sending.then(() => this.shell.send(frames)).catch(() => undefined);
  }

  private async receive(socket: Dealer | Subscriber): Promise<void> {
    try {
      for await (const frames of socket) this.dispatch(decodeMessage(this.key, frames));
    } catch {
      // The socket was closed by shutdown(): nothing more to receive.
    }
  }

  private dispatch(message: JupyterMessage): void {
    const pending = this.pending.get(message.parent_header.msg_id ?? "");
    if (!pending) return;
    if (message.header.msg_type.endsWith("_reply")) {
      pending.reply = message;
    } else if (message.header.msg_type === "status") {
      pending.idle ||= message.content.execution_state === "idle";
    } else {
      pending.outputs.add(message);
    }
    // A request is over once its reply arrived on shell and the kernel went idle on IOPub.
    if (pending.reply && pending.idle) pending.settle();
  }

  /** Sends a request and waits for its reply and its IOPub idle status, or for the timeout or the kernel's death. */
  private request(type: string, content: Record<string, unknown>, timeoutMs: number): Promise<{ pending: Pending; status: "done" | "timeout" | "kernel-died" }> {
    const message = newMessage(type, this.session, content);
    return new Promise((resolve) => {
      const finish = (status: "done" | "timeout" | "kernel-died") => {
        clearTimeout(timer);
        this.pending.delete(message.header.msg_id);
        this.onExit = undefined;
        resolve({ pending, status });
      };
      const pending: Pending = { outputs: new CellOutputs(), idle: false, settle: () => finish("done") };
      const timer = setTimeout(() => finish("timeout"), timeoutMs);
      this.onExit = () => finish("kernel-died");
      this.pending.set(message.header.msg_id, pending);
      if (this.exit) return finish("kernel-died");
      this.send(encodeMessage(this.key, message));
    });
  }

  /**
   * IOPub is a PUB/SUB channel: messages sent before our subscription reaches the kernel are
   * lost. Like nbclient, ask for kernel_info until its IOPub status comes back.
   */
  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + kernelStartTimeoutMs;
    while (Date.now() < deadline) {
      const { pending, status } = await this.request("kernel_info_request", {}, readyPollMs);
      if (status === "done") {
        this.languageInfo = (pending.reply?.content.language_info ?? {}) as Record<string, unknown>;
        return;
      }
      if (status === "kernel-died") throw new Error(`the kernel exited while starting (${this.describeExit()})`);
    }
    throw new Error(`the kernel did not answer within ${kernelStartTimeoutMs / 1000} s${this.lastOutput()}`);
  }

  private describeExit(): string {
    return `${this.exit}${this.lastOutput()}`;
  }

  private lastOutput(): string {
    const tail = this.stderrTail.trim();
    return tail ? `; its last output:\n${tail}` : "";
  }

  /** What a front end offers on Tab at `cursorPos` in `code` (complete_request): the candidate names. */
  async complete(code: string, cursorPos: number, timeoutMs: number): Promise<string[]> {
    const { pending, status } = await this.request("complete_request", { code, cursor_pos: cursorPos }, timeoutMs);
    if (status !== "done") throw new Error(`complete_request: ${status}`);
    return (pending.reply?.content.matches ?? []) as string[];
  }

  async execute(code: string, timeoutMs: number): Promise<Execution> {
    const content = { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true };
    const { pending, status } = await this.request("execute_request", content, timeoutMs);
    const outputs = pending.outputs.outputs;
    const executionCount = (pending.reply?.content.execution_count as number | undefined) ?? null;
    if (status === "kernel-died") return { status, executionCount, outputs, detail: this.describeExit() };
    if (status === "timeout") return { status, executionCount, outputs };
    const replied = pending.reply?.content.status;
    return { status: replied === "ok" ? "ok" : replied === "abort" ? "aborted" : "error", executionCount, outputs };
  }

  /**
   * Stops the kernel with SIGTERM, not a shutdown_request: it works on a hung kernel too, and
   * playwright's SIGTERM hook then closes any Chromium the kernel launched for Plotly exports.
   * SIGKILL follows if the kernel is still there after a grace period.
   */
  async shutdown(): Promise<void> {
    if (!this.exit) {
      const exited = new Promise((resolve) => this.process.once("exit", resolve));
      this.process.kill("SIGTERM");
      const forceKill = setTimeout(() => this.process.kill("SIGKILL"), shutdownGraceMs);
      await exited;
      clearTimeout(forceKill);
    }
    this.shell.close();
    this.iopub.close();
    removeTemporaryFolder(this.connectionDir);
  }
}
