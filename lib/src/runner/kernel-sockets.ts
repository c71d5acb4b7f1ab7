import { wrapModuleLoad } from "./module-loader";

/** What a zeromq socket class offers that binding touches. */
interface Socket {
  bind(address: string): Promise<void>;
  send(message: unknown): Promise<void>;
  receive(): Promise<unknown[]>;
}
type SocketClass = new (...args: never[]) => Socket;

/** The socket classes tslab creates its five sockets from. */
const kernelSocketClasses = ["Publisher", "Router", "Reply"] as const;

/**
 * A subclass whose send and receive wait for the socket's bind to finish. zeromq throws
 * EBUSY ("Socket is blocked by a bind or unbind operation") on a socket being bound, and
 * tslab starts its receive loops and answers requests while it binds its sockets: a request
 * that came in on a socket already bound, before the others were, was answered on a blocked
 * one, or the next receive threw and ended that socket's loop, and the kernel never answered
 * again (3 starts in 1000 under load).
 */
export function waitingForBind<T extends SocketClass>(Base: T): T {
  // zeromq's sockets are not extensible: their binds in progress are kept here, until settled.
  const binds = new WeakMap<Socket, Promise<void>>();
  /**
   * Runs `operation` at once when no bind of the socket is in progress, as zeromq would (tslab
   * sends its shutdown reply and then closes the socket in the same tick), else once the bind,
   * and any begun meanwhile, is over.
   */
  const whenBound = <R>(socket: Socket, operation: () => Promise<R>): Promise<R> => {
    const bind = binds.get(socket);
    return bind ? bind.then(() => whenBound(socket, operation)) : operation();
  };
  return class extends (Base as SocketClass) {
    override bind(address: string): Promise<void> {
      const bound = super.bind(address);
      const settled: Promise<void> = bound.then(
        () => undefined,
        () => undefined,
      ).then(() => {
        if (binds.get(this) === settled) binds.delete(this);
      });
      binds.set(this, settled);
      return bound;
    }

    override send(message: unknown): Promise<void> {
      return whenBound(this, () => super.send(message));
    }

    override receive(): Promise<unknown[]> {
      return whenBound(this, () => super.receive());
    }
  } as unknown as T;
}

/** zeromq's exports, with the kernel's socket classes waiting for their bind. */
export function zeromqWaitingForBind(zeromq: Record<string, unknown>): Record<string, unknown> {
  const classes = Object.fromEntries(kernelSocketClasses.map((name) => [name, waitingForBind(zeromq[name] as SocketClass)]));
  return { ...zeromq, ...classes, __esModule: true };
}

/** tslab's require of zeromq gets the socket classes that wait for their bind (for the kernels Jupyter starts too). */
export function kernelSocketsWaitForBind(): void {
  const tslabFiles = /[\\/]tslab[\\/]dist[\\/]/;
  let wrapped: Record<string, unknown> | undefined;
  wrapModuleLoad((request, from, load) => {
    const loaded = load();
    if (request !== "zeromq" || !tslabFiles.test(from)) return loaded;
    return (wrapped ??= zeromqWaitingForBind(loaded as Record<string, unknown>));
  });
}
