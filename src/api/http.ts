// The HTTP/1 endpoints etcd serves beside gRPC: /health, /version and Prometheus /metrics; on the
// client URLs also etcd's access control (--host-whitelist, --cors) and, with --enable-pprof, a CPU
// profile under /debug/pprof/.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { EtcdServer } from '../server/etcd-server.js';
import type { Logger } from '../util/log.js';
import { clusterdVersion } from '../version.js';
import { type CpuProfiler, ProfileError } from './cpu-profile.js';
import { etcdApiVersion } from './maintenance.js';

/** What the client URLs' HTTP side adds to the plain endpoints (a metrics URL has none of it). */
export interface ClientHttpOptions {
  /** --cors: the origins answered with CORS headers; empty or `*` allows every origin. */
  cors: readonly string[];
  /** --host-whitelist: Host headers accepted without TLS; empty or `*` accepts every host. */
  hostWhitelist: readonly string[];
  /** --enable-pprof: serves /debug/pprof/profile. */
  profiler?: CpuProfiler;
  logger: Logger;
}

export function createHttpServer(server: EtcdServer, client?: ClientHttpOptions): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const reply = (code: number, type: string, body: string): void => {
      res.writeHead(code, { 'Content-Type': type });
      res.end(body);
    };
    if (client && !accessAllowed(req, res, client)) return;
    if (client?.profiler && path.startsWith('/debug/pprof/')) {
      serveProfile(req, res, path, client.profiler);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(405, 'text/plain', 'Method Not Allowed\n');
      return;
    }
    switch (path) {
      case '/health': {
        // etcd 3.4: unhealthy while an alarm is raised or no leader is known.
        const healthy = server.activeAlarms.length === 0 && server.leaderId !== 0n;
        reply(healthy ? 200 : 503, 'application/json', JSON.stringify({ health: String(healthy) }));
        return;
      }
      case '/version': {
        reply(
          200,
          'application/json',
          JSON.stringify({
            etcdserver: etcdApiVersion,
            etcdcluster: etcdApiVersion.replace(/\.\d+$/, '.0'),
            clusterd: clusterdVersion,
          }),
        );
        return;
      }
      case '/metrics': {
        reply(200, 'text/plain; version=0.0.4', server.renderMetrics());
        return;
      }
      default: {
        reply(404, 'text/plain', '404 page not found\n');
        return;
      }
    }
  });
}

/**
 * etcd's accessController: a request without TLS must name a whitelisted host (against DNS
 * rebinding, CVE-2018-5702), allowed origins get CORS headers, and OPTIONS is answered here.
 * Returns whether the request goes on.
 */
function accessAllowed(
  req: IncomingMessage,
  res: ServerResponse,
  options: ClientHttpOptions,
): boolean {
  const secure = (req.socket as Partial<TLSSocket>).encrypted === true;
  if (!secure) {
    const host = hostname(req.headers.host ?? '');
    if (!allows(options.hostWhitelist, host)) {
      options.logger.warn('rejecting HTTP request to prevent DNS rebinding attacks', { host });
      // Go's http.Error: text/plain, nosniff, the text and a newline; 421 Misdirected Request.
      res.writeHead(421, {
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(hostRejection(host) + '\n');
      return false;
    }
  }
  const origin = req.headers.origin;
  if (allows(options.cors, '*')) addCorsHeaders(res, '*');
  else if (origin !== undefined && allows(options.cors, origin)) addCorsHeaders(res, origin);
  if (req.method === 'OPTIONS') {
    res.writeHead(200);
    res.end();
    return false;
  }
  return true;
}

/** etcd's AccessController: an empty list or one holding `*` allows everything. */
function allows(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes('*') || list.includes(value);
}

/** Go's httputil.GetHostname: the Host header without its port (and an IPv6 host's brackets). */
function hostname(host: string): string {
  const m = /^\[([^\]]*)\](:\d*)?$/.exec(host) ?? /^([^:]*)(:\d*)?$/.exec(host);
  return m ? m[1]! : host;
}

function addCorsHeaders(res: ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS, PUT, DELETE');
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Headers', 'accept, content-type, authorization');
}

/** etcd's answer to a Host it does not know (errCVE20185702). */
function hostRejection(host: string): string {
  return `
etcd received your request, but the Host header was unrecognized.

To fix this, choose one of the following options:
- Enable TLS, then any HTTPS request will be allowed.
- Add the hostname you want to use to the whitelist in settings.
  - e.g. etcd --host-whitelist ${JSON.stringify(host)}

This requirement has been added to help prevent "DNS Rebinding" attacks (CVE-2018-5702).
`;
}

/** /debug/pprof/: an index, and /debug/pprof/profile?seconds=N (V8's CPU profile, not pprof's). */
function serveProfile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  profiler: CpuProfiler,
): void {
  if (path === '/debug/pprof/') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(
      "profile: a CPU profile of this clusterd (?seconds=N, default 30), in V8's .cpuprofile JSON\n" +
        "  (Chrome DevTools or speedscope read it; it is not pprof's format). No other Go profiles.\n",
    );
    return;
  }
  if (path !== '/debug/pprof/profile') {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('404 page not found\n');
    return;
  }
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const seconds = Number(query.get('seconds') ?? '30');
  if (!Number.isFinite(seconds) || seconds <= 0) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('invalid value for "seconds"\n');
    return;
  }
  profiler.profile(seconds).then(
    (profile) => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Disposition': 'attachment; filename="clusterd.cpuprofile"',
      });
      res.end(profile);
    },
    (err: unknown) => {
      res.writeHead(err instanceof ProfileError ? err.status : 500, {
        'Content-Type': 'text/plain; charset=utf-8',
      });
      res.end(`${err instanceof Error ? err.message : String(err)}\n`);
    },
  );
}
