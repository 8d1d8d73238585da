// Free TCP ports on the loopback interface for the servers a benchmark starts. The OS picks them;
// all listeners stay open until every port is chosen so one call never returns a port twice.
// Another process could still take a port before the server binds it: a rare, loud failure.
import * as dgram from 'node:dgram';
import { createServer, type Server } from 'node:net';

/** A TCP port the OS picks on loopback, kept open (in `servers`) until the caller closes it. */
async function openLoopbackPort(servers: Server[]): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

export async function freeLoopbackPorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) ports.push(await openLoopbackPort(servers));
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/**
 * Free loopback ports for DNS servers, which listen on UDP and TCP with the same number: the OS
 * picks a TCP port, and it is kept only if UDP can bind it too. As above, all stay open until every
 * port is chosen.
 */
export async function freeLoopbackDnsPorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  const sockets: dgram.Socket[] = [];
  try {
    const ports: number[] = [];
    while (ports.length < count) {
      if (servers.length > count + 20) throw new Error('no port free on both UDP and TCP');
      const port = await openLoopbackPort(servers);
      const socket = dgram.createSocket('udp4');
      const bound = await new Promise<boolean>((resolve) => {
        socket.once('error', () => {
          resolve(false);
        });
        socket.bind(port, '127.0.0.1', () => {
          resolve(true);
        });
      });
      if (bound) {
        sockets.push(socket);
        ports.push(port);
      } else socket.close();
    }
    return ports;
  } finally {
    for (const socket of sockets) socket.close();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}
