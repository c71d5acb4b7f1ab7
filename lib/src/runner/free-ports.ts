import * as net from "node:net";

/** Ports given to kernels of this process: the OS may offer a port again before its kernel has bound it. */
const handedOut = new Set<number>();

function listenOnFreePort(): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/**
 * Asks the OS for `count` distinct free TCP ports on localhost, as jupyter_client does:
 * the listeners stay open until every port is known, so none is handed out twice.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  const ports: number[] = [];
  while (ports.length < count) {
    const server = await listenOnFreePort();
    servers.push(server);
    const { port } = server.address() as net.AddressInfo;
    if (!handedOut.has(port)) ports.push(port);
  }
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  for (const port of ports) handedOut.add(port);
  return ports;
}
