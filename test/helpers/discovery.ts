// A stand-in for etcd's v2 discovery service reached through --discovery-proxy (tests of the
// discovery options and of every etcd flag).
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy that is also the discovery service of one cluster of `size`: it answers only
 * requests in a proxy's absolute form (http://host/path), so whatever reaches the service went
 * through the proxy. A minimal v2 keys API under /<token>.
 */
export class ProxiedDiscovery {
  /** The absolute URLs requested through the proxy. */
  readonly requests: string[] = [];
  private readonly nodes: {
    key: string;
    value: string;
    createdIndex: number;
    modifiedIndex: number;
  }[] = [];
  private index = 10;

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  static async start(token: string, size: number): Promise<ProxiedDiscovery> {
    const handler: { discovery?: ProxiedDiscovery } = {};
    const server = http.createServer((req, res) => {
      handler.discovery!.handle(token, size, req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as AddressInfo;
    handler.discovery = new ProxiedDiscovery(server, address.port);
    return handler.discovery;
  }

  private handle(
    token: string,
    size: number,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): void {
    const raw = req.url ?? '';
    if (!/^https?:\/\//.test(raw)) {
      res.writeHead(400).end('not a proxy request');
      return;
    }
    this.requests.push(`${req.method ?? ''} ${raw}`);
    const url = new URL(raw);
    const json = (body: unknown): void => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-etcd-index': String(this.index),
      });
      res.end(JSON.stringify(body));
    };
    const dir = `/${token}`;
    if (url.pathname === `${dir}/_config/size`) {
      json({ action: 'get', node: { key: `${dir}/_config/size`, value: String(size) } });
    } else if (url.pathname === dir && req.method === 'GET') {
      json({ action: 'get', node: { key: dir, dir: true, nodes: this.nodes } });
    } else if (url.pathname.startsWith(`${dir}/`) && req.method === 'PUT') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        this.index++;
        const node = {
          key: url.pathname,
          value: new URLSearchParams(body).get('value') ?? '',
          createdIndex: this.index,
          modifiedIndex: this.index,
        };
        this.nodes.push(node);
        json({ action: 'create', node });
      });
    } else if (url.pathname.startsWith(`${dir}/`) && url.searchParams.get('wait') === 'true') {
      json({ action: 'get', node: this.nodes.find((n) => n.key === url.pathname) });
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errorCode: 100, message: 'Key not found', index: this.index }));
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }
}
