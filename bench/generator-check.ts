// generator-check: is the project's own load generator (lib/raw-grpc-connection.ts, what compare.ts
// and kv-load.ts use) as lean as h2load, nghttp2's C load tool? Both post the same 256-byte
// PutRequest as a gRPC frame to the same server over the same connections and streams, taking
// turns, with the server's and the generator's CPU sampled over each run. h2load can only post one
// body, so it writes one key over and over; the generator runs that workload too, then the
// benchmarks' own (random keys of a key space). h2load counts an HTTP 200 as a success, gRPC
// errors included, so every run is checked against the store's revision growth.
//
//   node --import tsx bench/generator-check.ts --clusterd-cmd 'node dist/clusterd.cjs'
//   node --import tsx bench/generator-check.ts --systems etcd --rounds 3 --update-docs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kvService } from '../src/api/services.js';
import { etcdserverpb } from '../src/gen/etcd.js';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { commandLine, positiveInt, positiveNumber, exitOnHelp } from './lib/flags.js';
import { grpcMessage } from './lib/h2-wire.js';
import { runH2load } from './lib/h2load.js';
import { machineFacts } from './lib/machine.js';
import { coresPercent, measure } from './lib/measurement.js';
import { ServerUsageSampler } from './lib/server-usage.js';
import { revisionMismatch, settledRevision } from './lib/store-checks.js';
import { markdownTable } from './lib/table.js';
import { LocalCluster, SYSTEMS, type SystemName, parseSystems } from './lib/targets.js';
import { LoadWorkerPool } from './lib/worker-pool.js';
import { benchmarkValue, formatKey, type KeyValueShape } from './lib/workload.js';
import { median } from './lib/median.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const SECTION = 'generator-check';
const READY_TIMEOUT_MS = 60_000;
const KEY_SIZE = 8;
const VALUE_SIZE = 256;
const KEY_SPACE = 10_000;
const WARMUP_PUTS = 1000;

const USAGE = `usage: node --import tsx bench/generator-check.ts [flags]
  --systems LIST      ${SYSTEMS.join(',')} (default both)
  --conns N           HTTP/2 connections (h2load -c) (default 4)
  --streams N         requests in flight per connection (h2load -m) (default 128)
  --duration SECONDS  length of each run (default 5)
  --rounds N          runs of each generator per system, in alternating order (default 2)
  --etcd-cmd CMD      (default /usr/bin/etcd)
  --clusterd-cmd CMD  (default "node --import tsx cmd/clusterd.ts")
  --update-docs       write the section into docs/benchmarks.md between its markers
  --json              print the runs as JSON instead of markdown`;

type GeneratorName = 'h2load' | 'generator' | 'generator, key space';

interface Run {
  system: SystemName;
  round: number;
  generator: GeneratorName;
  requestsPerSecond: number;
  meanMs: number;
  serverCores: number;
  generatorCores: number;
  /** Generator CPU per successful request. */
  generatorUsPerRequest: number;
  /** Failures the generator itself saw (h2load: non-2xx or reset streams). */
  failed: number;
  successes: number;
  revisionGrowth: number;
  /** Empty when the revision growth fits the successes. */
  problem: string;
}

function parseFlags() {
  const { values } = parseArgs({
    options: {
      systems: { type: 'string', default: SYSTEMS.join(',') },
      conns: { type: 'string', default: '4' },
      streams: { type: 'string', default: '128' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '2' },
      'etcd-cmd': { type: 'string', default: '/usr/bin/etcd' },
      'clusterd-cmd': { type: 'string', default: 'node --import tsx cmd/clusterd.ts' },
      'update-docs': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  exitOnHelp(values.help, USAGE);
  const systems = parseSystems(values.systems);
  const commands: Record<SystemName, string[]> = {
    etcd: values['etcd-cmd'].split(/\s+/).filter(Boolean),
    clusterd: values['clusterd-cmd'].split(/\s+/).filter(Boolean),
  };
  return {
    systems,
    commands,
    conns: positiveInt('conns', values.conns),
    streams: positiveInt('streams', values.streams),
    seconds: positiveNumber('duration', values.duration),
    rounds: positiveInt('rounds', values.rounds),
    updateDocs: values['update-docs'],
    json: values.json,
  };
}

function progress(line: string): void {
  process.stderr.write(`generator-check: ${line}\n`);
}

function render(
  runs: Run[],
  flags: ReturnType<typeof parseFlags>,
  versions: Map<SystemName, string>,
): string {
  const machine = machineFacts();
  const rows = runs.map((r) => [
    r.system,
    String(r.round),
    r.generator,
    r.requestsPerSecond.toFixed(0),
    r.meanMs.toFixed(2),
    coresPercent(r.serverCores),
    coresPercent(r.generatorCores),
    r.generatorUsPerRequest.toFixed(1),
    String(r.failed),
    `${r.revisionGrowth} / ${r.successes}${r.problem ? ' ✗' : ''}`,
  ]);
  const headers = [
    'system',
    'round',
    'generator',
    'puts/s',
    'mean ms',
    'server CPU',
    'generator CPU',
    'generator CPU µs/put',
    'errors seen',
    'rev. Δ / successes',
  ];
  const summary = flags.systems.flatMap((system) => {
    const of = (generator: GeneratorName): Run[] =>
      runs.filter((r) => r.system === system && r.generator === generator);
    const h2 = of('h2load');
    const own = of('generator');
    const spread = of('generator, key space');
    if (h2.length === 0 || own.length === 0) return [];
    const rate = (rs: Run[]): number => median(rs.map((r) => r.requestsPerSecond));
    const cpu = (rs: Run[]): number => median(rs.map((r) => r.generatorCores));
    return [
      `- ${system}: h2load ${rate(h2).toFixed(0)} puts/s with ${coresPercent(cpu(h2))} of a core; ` +
        `the generator ${rate(own).toFixed(0)} puts/s (${((rate(own) / rate(h2)) * 100).toFixed(0)}% ` +
        `of h2load's) with ${coresPercent(cpu(own))}` +
        (spread.length > 0
          ? `; with random keys of ${KEY_SPACE}, ${rate(spread).toFixed(0)} puts/s with ${coresPercent(cpu(spread))}`
          : '') +
        ' (medians of the rounds).',
    ];
  });
  const problems = runs.filter((r) => r.problem !== '');
  return [
    '### The load generator beside h2load',
    '',
    `Generated by \`bench/generator-check.ts\` at ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.`,
    '',
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, ` +
      `${machine.kernel}; Node ${machine.node}. Generators and server share these CPUs.`,
    `- Servers: ${flags.systems.map((s) => `${s} ${versions.get(s) ?? '?'} (\`${flags.commands[s].join(' ')}\`, one member, default settings)`).join('; ')}.`,
    `- Load: puts of a key of ${KEY_SIZE} bytes and a value of ${VALUE_SIZE} bytes over ${flags.conns} ` +
      `HTTP/2 connections with ${flags.streams} requests in flight on each ` +
      `(${flags.conns * flags.streams} in all), ${flags.seconds} s per run. h2load ` +
      `(\`h2load -c ${flags.conns} -m ${flags.streams} -D ${flags.seconds} -d put.bin -H ` +
      `'content-type: application/grpc' -H 'te: trailers' http://HOST:PORT/etcdserverpb.KV/Put\`, ` +
      'one thread) and "generator" post the same body, one key; "generator, key space" is the ' +
      `benchmarks' workload, random keys of ${KEY_SPACE}. The generator is one process.`,
    `- Command: \`${commandLine()}\``,
    '',
    markdownTable(headers, rows, [false, true, false, ...headers.slice(3).map(() => true)]),
    '',
    "CPU in % of one core over the run (h2load's from bash's `times`, the others' from " +
      "/proc/<pid>/stat). rev. Δ: the store's revision growth over the run, which must be at " +
      "least the successes (h2load's count HTTP 200, whatever the grpc-status) and at most the " +
      'requests sent; ✗ marks a mismatch.',
    '',
    ...summary,
    ...(problems.length > 0
      ? [
          '',
          '**Mismatches:**',
          '',
          ...problems.map((r) => `- ${r.system} round ${r.round} ${r.generator}: ${r.problem}`),
        ]
      : []),
  ].join('\n');
}

await runWithCleanup(async (store) => {
  const flags = parseFlags();
  const workDir = ownedTempDir(store, 'clusterd-generator-check-');
  const oneKey: KeyValueShape = { keySize: KEY_SIZE, valueSize: VALUE_SIZE, keySpace: 1 };
  const keySpace: KeyValueShape = { ...oneKey, keySpace: KEY_SPACE };
  // h2load's body: exactly the generator's request for key 0 of a one-key space.
  const bodyFile = join(workDir, 'put.bin');
  writeFileSync(
    bodyFile,
    grpcMessage(
      etcdserverpb.PutRequest.encode({
        key: formatKey(0, KEY_SIZE),
        value: benchmarkValue(VALUE_SIZE),
      }).finish(),
    ),
  );
  const concurrency = flags.conns * flags.streams;
  const runs: Run[] = [];
  const versions = new Map<SystemName, string>();

  for (const system of flags.systems) {
    progress(`starting ${system}`);
    mkdirSync(join(workDir, system));
    const cluster = store.add(
      await LocalCluster.start(
        system,
        flags.commands[system],
        1,
        join(workDir, system),
        READY_TIMEOUT_MS,
      ),
    );
    versions.set(system, (await cluster.members[0]!.status()).version);
    const pool = (shape: KeyValueShape): Promise<LoadWorkerPool> =>
      LoadWorkerPool.start({
        endpoints: cluster.endpoints,
        workers: 1,
        conns: flags.conns,
        shape,
        requestTimeoutMs: 10_000,
        connectTimeoutMs: 10_000,
      });
    const pools = {
      generator: store.add(await pool(oneKey)),
      'generator, key space': store.add(await pool(keySpace)),
    };
    await pools.generator.run({
      workload: 'put',
      concurrency: Math.min(64, concurrency),
      stop: { requests: WARMUP_PUTS },
      timeLimitMs: 60_000,
    });
    const order: GeneratorName[] = ['h2load', 'generator', 'generator, key space'];
    for (let round = 1; round <= flags.rounds; round++) {
      for (const generator of round % 2 === 1 ? order : [...order].reverse()) {
        progress(`${system} round ${round}: ${generator}`);
        const before = await settledRevision(cluster);
        let run: Omit<Run, 'revisionGrowth' | 'problem'>;
        if (generator === 'h2load') {
          const sampler = new ServerUsageSampler(cluster.pids);
          const result = await runH2load(store, {
            url: `${cluster.endpoints[0]!}${kvService.Put.path}`,
            bodyFile,
            connections: flags.conns,
            streams: flags.streams,
            seconds: flags.seconds,
            outputFile: join(workDir, `h2load-${system}-${round}.out`),
          });
          const [server] = sampler.finish();
          run = {
            system,
            round,
            generator,
            requestsPerSecond: result.requestsPerSecond,
            meanMs: result.meanMs,
            serverCores: server!.cpuSeconds / result.wallSeconds,
            generatorCores: result.cpuSeconds / result.wallSeconds,
            generatorUsPerRequest: (result.cpuSeconds * 1e6) / Math.max(1, result.succeeded),
            failed: result.failed + (result.done - result.succeeded - result.failed),
            successes: result.succeeded,
          };
          const growth = (await settledRevision(cluster)) - before;
          // Every request h2load started may have been applied, finished or not.
          const problem =
            growth < result.succeeded
              ? `${result.succeeded} HTTP successes but the revision grew by only ${growth}: gRPC errors counted as successes`
              : growth > result.started
                ? `the revision grew by ${growth}, more than the ${result.started} requests started`
                : '';
          runs.push({ ...run, revisionGrowth: growth, problem });
        } else {
          const m = await measure(
            pools[generator],
            {
              workload: 'put',
              concurrency,
              stop: { durationMs: flags.seconds * 1000 },
              timeLimitMs: 60_000,
            },
            cluster.pids,
          );
          run = {
            system,
            round,
            generator,
            requestsPerSecond: m.requestsPerSecond,
            meanMs: m.latencyMs.mean,
            serverCores: m.serverCores,
            generatorCores: m.generatorCores,
            generatorUsPerRequest: m.generatorCpuUsPerRequest,
            failed: m.failed,
            successes: m.succeeded,
          };
          const growth = (await settledRevision(cluster)) - before;
          const problem = revisionMismatch('put', growth, m.succeeded, m.failed) ?? '';
          runs.push({ ...run, revisionGrowth: growth, problem });
        }
        if (runs.at(-1)!.problem) {
          progress(runs.at(-1)!.problem);
          process.exitCode = 1;
        }
      }
    }
    await Promise.all([pools.generator.dispose(), pools['generator, key space'].dispose()]);
    await cluster.dispose();
  }

  const markdown = render(runs, flags, versions);
  process.stdout.write(flags.json ? `${JSON.stringify(runs, null, 2)}\n` : `${markdown}\n`);
  if (flags.updateDocs) {
    replaceMarkedSection(DOCS_FILE, SECTION, markdown);
    progress(`updated ${DOCS_FILE} (section bench:${SECTION})`);
  }
});
