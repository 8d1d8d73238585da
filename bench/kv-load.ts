// kv-load: a closed-loop load generator for any etcd v3 endpoint (etcd itself or clusterd), in the
// spirit of etcd's tools/benchmark `put` and `range`, speaking gRPC's HTTP/2 frames itself
// (lib/raw-grpc-connection.ts). See docs/benchmarks.md.
//
//   node --import tsx bench/kv-load.ts --endpoints 127.0.0.1:2379 --workload put \
//     --conns 8 --concurrency 1,64,512 --duration 10 --workers 2 --pid $(pidof etcd)
import { parseArgs } from 'node:util';
import type { Credentials } from './lib/authenticate.js';
import { runWithCleanup } from './lib/cleanup.js';
import {
  commaList,
  commandLine,
  nonNegativeInt,
  positiveInt,
  positiveIntList,
  positiveNumber,
} from './lib/flags.js';
import type { StopCondition } from './lib/load-generator.js';
import { coresPercent, measure, type Measurement } from './lib/measurement.js';
import { markdownTable, rssCell } from './lib/table.js';
import { LoadWorkerPool } from './lib/worker-pool.js';
import { checkShape, isWorkload, WORKLOADS } from './lib/workload.js';

const USAGE = `usage: node --import tsx bench/kv-load.ts [flags]
  --endpoints LIST       etcd v3 endpoints, host:port or http://host:port (default 127.0.0.1:2379)
  --workload NAME        ${WORKLOADS.join(' | ')} (default put)
  --concurrency LIST     requests in flight, one measurement each (default 1)
  --conns N              HTTP/2 connections, spread over the endpoints (default 1)
  --workers N            client processes generating the load (default 1; needs conns >= workers)
  --total N              requests per measurement (default 10000) ...
  --duration SECONDS     ... or run each measurement for this long instead
  --time-limit SECONDS   end a --total measurement early after this long (default 120)
  --warmup N             unmeasured requests before the first measurement (default 500)
  --key-size BYTES       (default 8)
  --val-size BYTES       (default 256)
  --key-space N          distinct keys, chosen at random per request (default 10000)
  --no-seed              range workloads: do not write the key space first
  --pid LIST             server pids whose RSS (VmRSS) and CPU time to sample (the
                         generator's own CPU is always sampled)
  --request-timeout-ms N per-request deadline (default 10000)
  --user NAME:PASSWORD   with auth on: each connection authenticates once as this user (not
                         measured) and sends its token, as clientv3 does
  --scheme-in-authority  send \`:authority: http://host:port\`, as etcdctl 3.4's per-endpoint calls do
  --json                 print JSON instead of a table`;

function parseFlags() {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      endpoints: { type: 'string', default: '127.0.0.1:2379' },
      workload: { type: 'string', default: 'put' },
      concurrency: { type: 'string', default: '1' },
      conns: { type: 'string', default: '1' },
      workers: { type: 'string', default: '1' },
      total: { type: 'string' },
      duration: { type: 'string' },
      'time-limit': { type: 'string', default: '120' },
      warmup: { type: 'string', default: '500' },
      'key-size': { type: 'string', default: '8' },
      'val-size': { type: 'string', default: '256' },
      'key-space': { type: 'string', default: '10000' },
      seed: { type: 'boolean', default: true },
      pid: { type: 'string', default: '' },
      'request-timeout-ms': { type: 'string', default: '10000' },
      user: { type: 'string' },
      'scheme-in-authority': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const workload = values.workload;
  if (!isWorkload(workload)) throw new Error(`--workload: one of ${WORKLOADS.join(', ')}`);
  if (values.total !== undefined && values.duration !== undefined) {
    throw new Error('--total and --duration exclude each other');
  }
  const stop: StopCondition =
    values.duration !== undefined
      ? { durationMs: positiveNumber('duration', values.duration) * 1000 }
      : { requests: positiveInt('total', values.total ?? '10000') };
  const shape = {
    keySize: positiveInt('key-size', values['key-size']),
    valueSize: positiveInt('val-size', values['val-size']),
    keySpace: positiveInt('key-space', values['key-space']),
  };
  checkShape(shape);
  let credentials: Credentials | undefined;
  if (values.user !== undefined) {
    const colon = values.user.indexOf(':');
    if (colon <= 0) throw new Error('--user: NAME:PASSWORD');
    credentials = { user: values.user.slice(0, colon), password: values.user.slice(colon + 1) };
  }
  return {
    endpoints: commaList(values.endpoints),
    workload,
    concurrencies: positiveIntList('concurrency', values.concurrency),
    conns: positiveInt('conns', values.conns),
    workers: positiveInt('workers', values.workers),
    stop,
    timeLimitMs: positiveNumber('time-limit', values['time-limit']) * 1000,
    warmup: nonNegativeInt('warmup', values.warmup),
    shape,
    seed: values.seed,
    serverPids: commaList(values.pid).map((pid) => positiveInt('pid', pid)),
    requestTimeoutMs: positiveInt('request-timeout-ms', values['request-timeout-ms']),
    schemeInAuthority: values['scheme-in-authority'],
    credentials,
    json: values.json,
  };
}

function renderTable(measurements: Measurement[]): string {
  const headers = ['workload', 'concurrency', 'conns', 'client procs', 'requests', 'errors'];
  headers.push('req/s', 'mean ms', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms');
  headers.push('server RSS peak / end MiB', 'server CPU µs/req', 'server CPU', 'generator CPU');
  headers.push('limit', 'load avg');
  const rows = measurements.map((m) => [
    m.workload + (m.stoppedByTimeLimit ? ' (time limit)' : ''),
    String(m.concurrency),
    String(m.conns),
    String(m.clientProcesses),
    String(m.succeeded),
    String(m.failed),
    m.requestsPerSecond.toFixed(0),
    ...[m.latencyMs.mean, m.latencyMs.p50, m.latencyMs.p90, m.latencyMs.p99, m.latencyMs.max].map(
      (ms) => ms.toFixed(2),
    ),
    rssCell(m.servers),
    m.servers.length > 0 ? m.serverCpuUsPerRequest.toFixed(0) : '-',
    m.servers.length > 0 ? coresPercent(m.serverCores) : '-',
    coresPercent(m.generatorCores),
    m.servers.length > 0 || m.limit === 'client' ? m.limit : '-',
    m.loadAverageAtStart.toFixed(1),
  ]);
  return markdownTable(headers, rows, [false, ...headers.slice(1).map(() => true)]);
}

function renderErrors(measurements: Measurement[]): string {
  return measurements
    .flatMap((m) =>
      Object.entries(m.errors).map(
        ([label, count]) => `  ${m.workload} @${m.concurrency}: ${count} × ${label}`,
      ),
    )
    .join('\n');
}

await runWithCleanup(async (store) => {
  const flags = parseFlags();
  const pool = store.add(
    await LoadWorkerPool.start({
      endpoints: flags.endpoints,
      workers: flags.workers,
      conns: flags.conns,
      shape: flags.shape,
      requestTimeoutMs: flags.requestTimeoutMs,
      connectTimeoutMs: 10_000,
      schemeInAuthority: flags.schemeInAuthority,
      ...(flags.credentials !== undefined && { credentials: flags.credentials }),
    }),
  );
  const progress = (line: string): void => {
    process.stderr.write(`kv-load: ${line}\n`);
  };
  if (flags.workload !== 'put' && flags.seed) {
    progress(`writing the ${flags.shape.keySpace} keys of the key space`);
    await pool.seedKeySpace(64, flags.timeLimitMs);
  }
  if (flags.warmup > 0) {
    progress(`warm-up: ${flags.warmup} unmeasured requests`);
    await pool.run({
      workload: flags.workload,
      concurrency: Math.min(64, flags.warmup),
      stop: { requests: flags.warmup },
      timeLimitMs: flags.timeLimitMs,
    });
  }
  const measurements: Measurement[] = [];
  for (const concurrency of flags.concurrencies) {
    progress(`${flags.workload} at concurrency ${concurrency}`);
    measurements.push(
      await measure(
        pool,
        { workload: flags.workload, concurrency, stop: flags.stop, timeLimitMs: flags.timeLimitMs },
        flags.serverPids,
      ),
    );
  }
  if (flags.json) {
    const { endpoints, conns, workers, shape } = flags;
    const report = { command: commandLine(), endpoints, conns, workers, shape, measurements };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const shape = flags.shape;
  process.stdout.write(
    `${flags.workload} against ${flags.endpoints.join(', ')}: ${pool.processCount} client ` +
      `process(es), ${flags.conns} connection(s), key ${shape.keySize} B, value ` +
      `${shape.valueSize} B, key space ${shape.keySpace}\n\n${renderTable(measurements)}\n`,
  );
  const errors = renderErrors(measurements);
  if (errors) process.stdout.write(`\nerrors:\n${errors}\n`);
});
