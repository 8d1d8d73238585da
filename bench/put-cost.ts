// put-cost: where a put's CPU goes on one member. The same puts (the lean generator, 512 in flight
// over 4 connections by default) go in turns to three servers, each in a process of its own
// (bench/lib/put-cost-server.ts): node:http2 answering a fixed PutResponse (the least a server on
// Node's own HTTP/2 pays), clusterd's gRPC server answering the same fixed response (its own HTTP/2
// plus the gRPC layer), and a clusterd member storing them. A fourth run drives one member's
// EtcdServer.put from inside its own process, with no network at all (the store alone). Server CPU
// per request of each, and the differences, say what each layer costs.
//
//   node --import tsx bench/put-cost.ts --clusterd-cmd 'node dist/clusterd.cjs' --update-docs
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { commandLine, exitOnHelp, positiveInt, positiveNumber } from './lib/flags.js';
import { machineFacts } from './lib/machine.js';
import {
  coresPercent,
  measure,
  type Measurement,
  RUN_COLUMNS,
  runCells,
} from './lib/measurement.js';
import { OwnedProcess } from './lib/owned-process.js';
import { markdownTable } from './lib/table.js';
import { LocalCluster } from './lib/targets.js';
import { LoadWorkerPool } from './lib/worker-pool.js';
import type { KeyValueShape } from './lib/workload.js';
import { median } from './lib/median.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const SECTION = 'put-cost';
const READY_TIMEOUT_MS = 60_000;
const SERVER_SCRIPT = fileURLToPath(new URL('./lib/put-cost-server.ts', import.meta.url));

const USAGE = `usage: node --import tsx bench/put-cost.ts [flags]
  --concurrency N     puts in flight (default 512)
  --conns N           HTTP/2 connections (default 4)
  --duration SECONDS  length of each run (default 5)
  --rounds N          runs of each server, in alternating order (default 3)
  --clusterd-cmd CMD  (default "node --import tsx cmd/clusterd.ts")
  --update-docs       write the section into docs/benchmarks.md between its markers
  --json              print the runs as JSON instead of markdown`;

const SERVERS = ['http2', 'grpc-server', 'member'] as const;
type ServerName = (typeof SERVERS)[number];

const SERVER_TEXT: Record<ServerName, string> = {
  http2: 'node:http2 answering a fixed PutResponse (no gRPC layer, no store), for comparison',
  'grpc-server':
    "clusterd's gRPC server (src/util/grpc-server on src/util/h2) answering the same fixed response",
  member: 'a clusterd member (`agent --no-fleet`) storing the puts',
};

interface Run {
  round: number;
  server: ServerName;
  measurement: Measurement;
}

interface StorePathRun {
  round: number;
  putsPerSecond: number;
  cpuUsPerPut: number;
}

function parseFlags() {
  const { values } = parseArgs({
    options: {
      concurrency: { type: 'string', default: '512' },
      conns: { type: 'string', default: '4' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      'clusterd-cmd': { type: 'string', default: 'node --import tsx cmd/clusterd.ts' },
      'update-docs': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  exitOnHelp(values.help, USAGE);
  return {
    concurrency: positiveInt('concurrency', values.concurrency),
    conns: positiveInt('conns', values.conns),
    seconds: positiveNumber('duration', values.duration),
    rounds: positiveInt('rounds', values.rounds),
    command: values['clusterd-cmd'].split(/\s+/).filter(Boolean),
    updateDocs: values['update-docs'],
    json: values.json,
  };
}

function progress(line: string): void {
  process.stderr.write(`put-cost: ${line}\n`);
}

/** Starts a put-cost server in its own process and waits for its port. */
async function startFixedServer(
  mode: 'http2' | 'grpc-server',
  logFile: string,
): Promise<{ process: OwnedProcess; endpoint: string }> {
  const child = OwnedProcess.spawn(
    process.execPath,
    ['--import', 'tsx', SERVER_SCRIPT, mode],
    logFile,
  );
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const port = /^port (\d+)$/m.exec(await readFile(logFile, 'utf8').catch(() => ''))?.[1];
    if (port) return { process: child, endpoint: `127.0.0.1:${port}` };
    if (child.hasExited) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await child.stop();
  throw new Error(`${mode} server did not start (see ${logFile})`);
}

/** The store path: its own process, which prints one JSON line and exits. */
async function runStorePath(
  flags: ReturnType<typeof parseFlags>,
  logFile: string,
  puts: number,
): Promise<{ putsPerSecond: number; cpuUsPerPut: number }> {
  const args = ['--import', 'tsx', SERVER_SCRIPT, 'store-path'];
  args.push('--puts', String(puts), '--in-flight', String(flags.concurrency));
  const child = OwnedProcess.spawn(process.execPath, args, logFile);
  const code = await child.exited;
  const lines = (await readFile(logFile, 'utf8')).trim().split('\n');
  if (code !== 0) throw new Error(`store-path run failed (${String(code)}), see ${logFile}`);
  return JSON.parse(lines[lines.length - 1]!) as { putsPerSecond: number; cpuUsPerPut: number };
}

function render(
  runs: Run[],
  storeRuns: StorePathRun[],
  flags: ReturnType<typeof parseFlags>,
  version: string,
): string {
  const machine = machineFacts();
  const cpu = (server: ServerName): number =>
    median(runs.filter((r) => r.server === server).map((r) => r.measurement.serverCpuUsPerRequest));
  const rate = (server: ServerName): number =>
    median(runs.filter((r) => r.server === server).map((r) => r.measurement.requestsPerSecond));
  const storeCpu = median(storeRuns.map((r) => r.cpuUsPerPut));
  const storeRate = median(storeRuns.map((r) => r.putsPerSecond));
  const member = cpu('member');
  const share = (us: number): string => `${((us / member) * 100).toFixed(0)}%`;
  const layers = [
    ["clusterd's HTTP/2 and gRPC layers (grpc-server)", cpu('grpc-server'), 'grpc-server'],
    ['node:http2 alone, in their place (http2)', cpu('http2'), 'http2'],
    [
      'the store over the network (member − grpc-server)',
      member - cpu('grpc-server'),
      'difference',
    ],
    ['the store alone, in process (store-path)', storeCpu, 'store-path'],
  ] as const;
  const summary = markdownTable(
    ['part', 'CPU µs/put', 'of a member\u2019s'],
    layers.map(([part, us]) => [part, us.toFixed(0), share(us)]),
    [false, true, true],
  );
  const medians = markdownTable(
    ['server', 'req/s', 'server CPU µs/req', 'server CPU'],
    [
      ...SERVERS.map((s) => [
        s,
        rate(s).toFixed(0),
        cpu(s).toFixed(0),
        coresPercent(
          median(runs.filter((r) => r.server === s).map((r) => r.measurement.serverCores)),
        ),
      ]),
      ['store-path (no network)', storeRate.toFixed(0), storeCpu.toFixed(0), ''],
    ],
    [false, true, true, true],
  );
  const every = markdownTable(
    ['round', 'server', ...RUN_COLUMNS],
    [
      ...runs.map(({ round, server, measurement: m }) => [String(round), server, ...runCells(m)]),
      ...storeRuns.map((r) => [
        String(r.round),
        'store-path',
        r.putsPerSecond.toFixed(0),
        '',
        r.cpuUsPerPut.toFixed(0),
        '',
        '',
        '',
        '0',
      ]),
    ],
    [true, false, true, true, true, true, true, false, true],
  );
  return [
    "### Where a put's CPU goes",
    '',
    `Generated by \`bench/put-cost.ts\` at ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.`,
    '',
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, ` +
      `${machine.kernel}; Node ${machine.node}. Generator and servers share these CPUs.`,
    `- Servers, each in its own process: ${SERVERS.map((s) => `"${s}": ${SERVER_TEXT[s]}`).join('; ')}` +
      `; clusterd ${version} (\`${flags.command.join(' ')}\`). "store-path": one member's ` +
      'EtcdServer.put called from inside its process by a closed loop, no network.',
    `- Load: bench/lib/raw-grpc-connection.ts, one process, ${flags.conns} HTTP/2 connections, ` +
      `${flags.concurrency} puts in flight, key 8 B, value 256 B, random keys of 10000, ` +
      `${flags.seconds} s per run; the store path the same puts, as many as the member served per ` +
      `run; ${flags.rounds} round(s), the servers in alternating order.`,
    `- Command: \`${commandLine()}\``,
    '',
    'Medians of the rounds, and what each part costs per put:',
    '',
    medians,
    '',
    summary,
    '',
    'Every run:',
    '',
    every,
  ].join('\n');
}

await runWithCleanup(async (store) => {
  const flags = parseFlags();
  const workDir = ownedTempDir(store, 'clusterd-put-cost-');
  const shape: KeyValueShape = { keySize: 8, valueSize: 256, keySpace: 10_000 };
  progress('starting the servers');
  const fixed = {
    http2: await startFixedServer('http2', join(workDir, 'http2.log')),
    'grpc-server': await startFixedServer('grpc-server', join(workDir, 'grpc-server.log')),
  };
  for (const server of Object.values(fixed)) store.defer(() => server.process.stop());
  mkdirSync(join(workDir, 'member'));
  const member = store.add(
    await LocalCluster.start(
      'clusterd',
      flags.command,
      1,
      join(workDir, 'member'),
      READY_TIMEOUT_MS,
      ['--no-fleet'],
    ),
  );
  const version = (await member.members[0]!.status()).version;
  const pool = (endpoints: string[]): Promise<LoadWorkerPool> =>
    LoadWorkerPool.start({
      endpoints,
      workers: 1,
      conns: flags.conns,
      shape,
      requestTimeoutMs: 10_000,
      connectTimeoutMs: 10_000,
    });
  const targets: Record<ServerName, { pool: LoadWorkerPool; pids: number[] }> = {
    http2: { pool: store.add(await pool([fixed.http2.endpoint])), pids: [fixed.http2.process.pid] },
    'grpc-server': {
      pool: store.add(await pool([fixed['grpc-server'].endpoint])),
      pids: [fixed['grpc-server'].process.pid],
    },
    member: { pool: store.add(await pool(member.endpoints)), pids: member.pids },
  };
  for (const name of SERVERS) {
    await targets[name].pool.run({
      workload: 'put',
      concurrency: 64,
      stop: { requests: 2000 },
      timeLimitMs: 60_000,
    });
  }
  const runs: Run[] = [];
  const storeRuns: StorePathRun[] = [];
  for (let round = 1; round <= flags.rounds; round++) {
    const order = round % 2 === 1 ? SERVERS : [...SERVERS].reverse();
    for (const server of order) {
      progress(`round ${round}: ${server}`);
      const { pool: serverPool, pids } = targets[server];
      const measurement = await measure(
        serverPool,
        {
          workload: 'put',
          concurrency: flags.concurrency,
          stop: { durationMs: flags.seconds * 1000 },
          timeLimitMs: 60_000,
        },
        pids,
      );
      if (measurement.failed > 0) {
        progress(`${server}: ${measurement.failed} puts failed`);
        process.exitCode = 1;
      }
      runs.push({ round, server, measurement });
    }
    const memberPuts = runs.find((r) => r.round === round && r.server === 'member')!.measurement;
    progress(`round ${round}: store-path`);
    const result = await runStorePath(
      flags,
      join(workDir, `store-path-${round}.log`),
      Math.max(10_000, memberPuts.succeeded),
    );
    storeRuns.push({ round, ...result });
  }
  const markdown = render(runs, storeRuns, flags, version);
  process.stdout.write(
    flags.json
      ? `${JSON.stringify({ runs: runs.map(({ measurement, ...r }) => ({ ...r, ...measurement })), storeRuns }, null, 2)}\n`
      : `${markdown}\n`,
  );
  if (flags.updateDocs) {
    replaceMarkedSection(DOCS_FILE, SECTION, markdown);
    progress(`updated ${DOCS_FILE} (section bench:${SECTION})`);
  }
});
