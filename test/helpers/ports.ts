// Free loopback ports for servers the tests start. Other programs may hold 2379/2380, so tests
// never use fixed ports. A port is probed (bound and released) and handed to a child that binds it
// a moment later; a port the kernel picked for `listen(0)` would be in the ephemeral range, where
// any outgoing connection on the machine (a test's own clients, the peers' dials) may take it in
// between. So ports come from below that range, where the kernel never assigns one on its own, and
// each is handed out once per test process.
import { readFileSync } from 'node:fs';
import * as net from 'node:net';

const lowestPort = 10_000;
const handedOut = new Set<number>();

/** The first port of the kernel's ephemeral range (Linux's default when it cannot be read). */
function ephemeralLow(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/);
    const n = Number(low);
    return Number.isInteger(n) && n > lowestPort + 1000 ? n : 32_768;
  } catch {
    return 32_768;
  }
}

const highestPort = ephemeralLow() - 1;

function probe(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => {
      resolve(false);
    });
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const port = lowestPort + Math.floor(Math.random() * (highestPort - lowestPort + 1));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await probe(port, host)) return port;
  }
  throw new Error(`no free port on ${host} in ${lowestPort}-${highestPort}`);
}

/** `count` distinct free ports. */
export async function freePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < count) ports.push(await freePort(host));
  return ports;
}
