// The HTTP/1 endpoints etcd serves beside gRPC: /health, /version and Prometheus /metrics.
import { createServer, type Server } from 'node:http';
import type { EtcdServer } from '../server/etcd-server.js';
import { clusterdVersion } from '../version.js';
import { etcdApiVersion } from './maintenance.js';

export function createHttpServer(server: EtcdServer): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const reply = (code: number, type: string, body: string): void => {
      res.writeHead(code, { 'Content-Type': type });
      res.end(body);
    };
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
