// Entry point of one load worker process (forked by worker-pool.ts): it opens its HTTP/2
// connections (raw-grpc-connection.ts) and runs the measurements its parent asks for. A separate
// process, so that the generator's CPU time is its own /proc/<pid>/stat and several can share the
// load. The worker exits when its parent disconnects, so it cannot outlive the benchmark.
import { readFileSync } from 'node:fs';
import { authenticate } from './authenticate.js';
import { LoadGenerator } from './load-generator.js';
import { parseEndpoint, RawGrpcConnection } from './raw-grpc-connection.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';
import type { RequestTarget } from './workload.js';

function send(message: FromWorker): void {
  process.send!(message);
}

/** How requests address `endpoint`: its `host:port`, or the whole URL as etcdctl 3.4 sends it. */
function requestTarget(endpoint: string, schemeInAuthority: boolean): RequestTarget {
  const { host, port, secure } = parseEndpoint(endpoint);
  const scheme = secure ? 'https' : 'http';
  const hostPort = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { authority: schemeInAuthority ? `${scheme}://${hostPort}` : hostPort, scheme };
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2]!) as WorkerConfig;
  const endpoints = Array.from(
    { length: config.conns },
    (_, i) => config.endpoints[(config.firstChannelIndex + i) % config.endpoints.length]!,
  );
  const connections: RawGrpcConnection[] = [];
  const targets = endpoints.map((e) => requestTarget(e, config.schemeInAuthority));
  process.once('disconnect', () => {
    for (const connection of connections) connection.close();
    process.exit(0);
  });
  try {
    const ca = config.caFile === undefined ? undefined : readFileSync(config.caFile);
    for (const [i, endpoint] of endpoints.entries()) {
      const connection = await RawGrpcConnection.connect({
        endpoint,
        requestTimeoutMs: config.requestTimeoutMs,
        connectTimeoutMs: config.connectTimeoutMs,
        ...(ca !== undefined && { ca }),
      });
      connections.push(connection);
      if (config.credentials !== undefined) {
        // A token per connection, taken before the load: the login is not measured.
        targets[i]!.token = await authenticate(
          connection,
          targets[i]!,
          config.credentials,
          performance.now() + config.connectTimeoutMs,
        );
      }
    }
  } catch (err) {
    send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  const generator = new LoadGenerator(connections, targets, config.shape);
  process.on('message', (message: ToWorker) => {
    void generator.run(message.run).then((result) => {
      send({ type: 'result', id: message.id, result });
    });
  });
  const tls = connections[0]?.tlsSession;
  send({ type: 'ready', ...(tls !== undefined && { tls }) });
}

void main();
