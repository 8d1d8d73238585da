// A small TCP proxy between a client and a server, to make failures on demand:
// - 'pass': forward both ways;
// - 'hold-responses': forward client → server, hold server → client until the mode changes (a write
//   is applied but its answer does not arrive in time). Held, not dropped: a live TCP connection
//   never loses bytes, and HTTP/2 cannot survive losing them (a dropped HEADERS frame leaves the
//   client's HPACK table behind the server's, so every later answer on it fails to decode);
// - 'reset-on-request': the next bytes from the client close the connection without forwarding
//   (a request that never reached the server, but after the connection was up).
// `dropAll()` closes every connection (a broken stream); `refuse` makes it reject new ones.
import * as net from 'node:net';

export type ProxyMode = 'pass' | 'hold-responses' | 'reset-on-request';

export class TcpProxy {
  /** Bytes the proxy forwarded from clients to the server. */
  bytesToServer = 0;
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private refusing = false;
  private modeValue: ProxyMode = 'pass';
  /** Server → client bytes held in 'hold-responses', per client connection. */
  private readonly held = new Map<net.Socket, Buffer[]>();

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {
    this.server = net.createServer((client) => {
      this.accept(client);
    });
  }

  static async start(target: string): Promise<TcpProxy> {
    const [host, port] = target.split(':') as [string, string];
    const proxy = new TcpProxy(host, Number(port));
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    return proxy;
  }

  get mode(): ProxyMode {
    return this.modeValue;
  }

  /** Leaving 'hold-responses' delivers what was held, in order. */
  set mode(mode: ProxyMode) {
    this.modeValue = mode;
    if (mode === 'hold-responses') return;
    for (const [client, chunks] of this.held) {
      for (const chunk of chunks) client.write(chunk);
    }
    this.held.clear();
  }

  get endpoint(): string {
    const address = this.server.address() as net.AddressInfo;
    return `127.0.0.1:${address.port}`;
  }

  /** Refuse (reset) new connections until called with false. */
  refuse(on: boolean): void {
    this.refusing = on;
  }

  /** Closes every open connection. */
  dropAll(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    this.held.clear();
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private accept(client: net.Socket): void {
    if (this.refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.sockets.add(client);
    this.sockets.add(upstream);
    const closeBoth = (): void => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
      this.held.delete(client);
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
    client.on('data', (chunk: Buffer) => {
      if (this.modeValue === 'reset-on-request') {
        closeBoth();
        return;
      }
      this.bytesToServer += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (this.modeValue === 'hold-responses') {
        const held = this.held.get(client);
        if (held) held.push(chunk);
        else this.held.set(client, [chunk]);
        return;
      }
      client.write(chunk);
    });
  }
}
