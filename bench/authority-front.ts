// authority-front: what clusterd's `:authority` mending front (src/api/h2-authority.ts) costs. Two
// single-member clusterd stores run side by side, one with the front (the default) and one with
// --no-fix-http2-authority, and take turns under the same load: requests with `:authority:
// host:port`, as gRPC clients send it, to both; and to the one with the front also requests with
// `:authority: http://host:port`, as etcdctl 3.4 sends it on its per-endpoint calls, whose
// connections the front must mend (the store without it refuses them). Both stores are compacted
// before every run, so that neither keeps a longer history than the other.
//
//   node --import tsx bench/authority-front.ts --clusterd-cmd 'node dist/clusterd.cjs'
//   node --import tsx bench/authority-front.ts --matrix 'put=512' --rounds 5 --update-docs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { commandLine, positiveInt, positiveNumber, exitOnHelp } from './lib/flags.js';
import { machineFacts } from './lib/machine.js';
import { measure, type Measurement, RUN_COLUMNS, runCells } from './lib/measurement.js';
import { compactHistory, revisionMismatch, settledRevision } from './lib/store-checks.js';
import { markdownTable } from './lib/table.js';
import { LocalCluster } from './lib/targets.js';
import { LoadWorkerPool } from './lib/worker-pool.js';
import { checkShape, type KeyValueShape, parseMatrix } from './lib/workload.js';
import { median } from './lib/median.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const SECTION = 'h2-front';
const READY_TIMEOUT_MS = 60_000;
const DEFAULT_MATRIX = 'put=512;range-serializable=512';

const USAGE = `usage: node --import tsx bench/authority-front.ts [flags]
  --matrix SPEC       workload=concurrencies;… (default ${DEFAULT_MATRIX})
  --duration SECONDS  length of each run (default 4)
  --rounds N          runs of each arm per cell, in alternating order (default 3)
  --conns N           HTTP/2 connections per arm (default 4)
  --key-space N       distinct keys (default 10000)
  --clusterd-cmd CMD  (default "node --import tsx cmd/clusterd.ts")
  --update-docs       write the section into docs/benchmarks.md between its markers
  --json              print the runs as JSON instead of markdown`;

const ARMS = ['no front', 'front', 'front, mended'] as const;
type Arm = (typeof ARMS)[number];

const ARM_TEXT: Record<Arm, string> = {
  'no front': 'the store with `--no-fix-http2-authority`, requests with `:authority: host:port`',
  front: 'the store with the front, requests with `:authority: host:port`',
  'front, mended':
    'the store with the front, requests with `:authority: http://host:port` (as etcdctl 3.4 sends)',
};

interface Run {
  round: number;
  arm: Arm;
  measurement: Measurement;
  problem: string;
}

function parseFlags() {
  const { values } = parseArgs({
    options: {
      matrix: { type: 'string', default: DEFAULT_MATRIX },
      duration: { type: 'string', default: '4' },
      rounds: { type: 'string', default: '3' },
      conns: { type: 'string', default: '4' },
      'key-space': { type: 'string', default: '10000' },
      'clusterd-cmd': { type: 'string', default: 'node --import tsx cmd/clusterd.ts' },
      'update-docs': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  exitOnHelp(values.help, USAGE);
  const cells = parseMatrix(values.matrix);
  const shape: KeyValueShape = {
    keySize: 8,
    valueSize: 256,
    keySpace: positiveInt('key-space', values['key-space']),
  };
  checkShape(shape);
  return {
    cells,
    seconds: positiveNumber('duration', values.duration),
    rounds: positiveInt('rounds', values.rounds),
    conns: positiveInt('conns', values.conns),
    shape,
    command: values['clusterd-cmd'].split(/\s+/).filter(Boolean),
    updateDocs: values['update-docs'],
    json: values.json,
  };
}

function progress(line: string): void {
  process.stderr.write(`authority-front: ${line}\n`);
}

function render(runs: Run[], flags: ReturnType<typeof parseFlags>, version: string): string {
  const machine = machineFacts();
  const headers = ['workload', 'concurrency', 'round', 'arm', ...RUN_COLUMNS, 'rev. Δ'];
  const rows = runs.map(({ round, arm, measurement: m, problem }) => [
    m.workload,
    String(m.concurrency),
    String(round),
    arm,
    ...runCells(m),
    problem ? '✗' : 'ok',
  ]);
  const summaryHeaders = ['workload', 'concurrency', 'arm', 'req/s', 'of no front'];
  summaryHeaders.push('server CPU µs/req', 'of no front');
  const summaryRows = flags.cells.flatMap((cell) => {
    const of = (arm: Arm): Measurement[] =>
      runs
        .filter(
          (r) =>
            r.arm === arm &&
            r.measurement.workload === cell.workload &&
            r.measurement.concurrency === cell.concurrency,
        )
        .map((r) => r.measurement);
    const base = of('no front');
    const rate = (ms: Measurement[]): number => median(ms.map((m) => m.requestsPerSecond));
    const cpu = (ms: Measurement[]): number => median(ms.map((m) => m.serverCpuUsPerRequest));
    return ARMS.map((arm) => [
      cell.workload,
      String(cell.concurrency),
      arm,
      rate(of(arm)).toFixed(0),
      `${((rate(of(arm)) / rate(base)) * 100).toFixed(0)}%`,
      cpu(of(arm)).toFixed(0),
      `${((cpu(of(arm)) / cpu(base)) * 100).toFixed(0)}%`,
    ]);
  });
  const problems = runs.filter((r) => r.problem !== '');
  return [
    "### The `:authority` front's cost",
    '',
    `Generated by \`bench/authority-front.ts\` at ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.`,
    '',
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, ` +
      `${machine.kernel}; Node ${machine.node}. Generator and servers share these CPUs.`,
    `- Servers: two single-member clusterd ${version} (\`${flags.command.join(' ')}\`), one with ` +
      'the front and one with `--no-fix-http2-authority`, running side by side.',
    `- Arms: ${ARMS.map((a) => `"${a}": ${ARM_TEXT[a]}`).join('; ')}.`,
    `- Load: bench/lib/raw-grpc-connection.ts, one process, ${flags.conns} HTTP/2 connections per ` +
      `arm, key 8 B, value 256 B, random keys of ${flags.shape.keySpace} (written before the ` +
      `first range), ${flags.seconds} s per run; ${flags.rounds} round(s), the arms in alternating order.`,
    `- Command: \`${commandLine()}\``,
    '',
    'Medians of the rounds:',
    '',
    markdownTable(summaryHeaders, summaryRows, [false, true, false, true, true, true, true]),
    '',
    'Every run:',
    '',
    markdownTable(headers, rows, [false, true, true, false, ...headers.slice(4).map(() => true)]),
    ...(problems.length > 0
      ? [
          '',
          '**Revision mismatches:**',
          '',
          ...problems.map((r) => `- round ${r.round} ${r.arm}: ${r.problem}`),
        ]
      : []),
  ].join('\n');
}

await runWithCleanup(async (store) => {
  const flags = parseFlags();
  const workDir = ownedTempDir(store, 'clusterd-authority-front-');
  const start = async (name: string, extra: string[]): Promise<LocalCluster> => {
    mkdirSync(join(workDir, name));
    // LocalCluster passes these where the scheduler's flags go: after `agent`.
    return store.add(
      await LocalCluster.start(
        'clusterd',
        flags.command,
        1,
        join(workDir, name),
        READY_TIMEOUT_MS,
        ['--no-fleet', ...extra],
      ),
    );
  };
  progress('starting clusterd with and without the front');
  const withFront = await start('front', []);
  const withoutFront = await start('no-front', ['--no-fix-http2-authority']);
  const version = (await withFront.members[0]!.status()).version;
  const pool = (cluster: LocalCluster, schemeInAuthority: boolean): Promise<LoadWorkerPool> =>
    LoadWorkerPool.start({
      endpoints: cluster.endpoints,
      workers: 1,
      conns: flags.conns,
      shape: flags.shape,
      requestTimeoutMs: 10_000,
      connectTimeoutMs: 10_000,
      schemeInAuthority,
    });
  const arms: Record<Arm, { cluster: LocalCluster; pool: LoadWorkerPool }> = {
    'no front': { cluster: withoutFront, pool: store.add(await pool(withoutFront, false)) },
    front: { cluster: withFront, pool: store.add(await pool(withFront, false)) },
    'front, mended': { cluster: withFront, pool: store.add(await pool(withFront, true)) },
  };
  for (const arm of ['no front', 'front'] as const) {
    await arms[arm].pool.run({
      workload: 'put',
      concurrency: 64,
      stop: { requests: 1000 },
      timeLimitMs: 60_000,
    });
  }
  let seeded = false;
  const compacted = new Map<LocalCluster, number>();
  const runs: Run[] = [];
  let turn = 0;
  for (const cell of flags.cells) {
    if (cell.workload !== 'put' && !seeded) {
      progress(`writing the ${flags.shape.keySpace} keys of the key space into both`);
      await arms['no front'].pool.seedKeySpace(64, 600_000);
      await arms.front.pool.seedKeySpace(64, 600_000);
      seeded = true;
    }
    for (let round = 1; round <= flags.rounds; round++) {
      const order = turn++ % 2 === 0 ? ARMS : [...ARMS].reverse();
      for (const arm of order) {
        progress(`${cell.workload} at ${cell.concurrency}, round ${round}: ${arm}`);
        const { cluster, pool: armPool } = arms[arm];
        // Both stores keep the same history whatever their arms wrote before (the store with the
        // front serves two arms): see compactHistory.
        for (const target of [withFront, withoutFront]) {
          compacted.set(target, await compactHistory(target, compacted.get(target)));
        }
        const before = await settledRevision(cluster);
        const measurement = await measure(
          armPool,
          { ...cell, stop: { durationMs: flags.seconds * 1000 }, timeLimitMs: 60_000 },
          cluster.pids,
        );
        const growth = (await settledRevision(cluster)) - before;
        const problem =
          revisionMismatch(cell.workload, growth, measurement.succeeded, measurement.failed) ?? '';
        if (problem) {
          progress(problem);
          process.exitCode = 1;
        }
        runs.push({ round, arm, measurement, problem });
      }
    }
  }
  const markdown = render(runs, flags, version);
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(
          runs.map(({ measurement, ...r }) => ({ ...r, ...measurement })),
          null,
          2,
        )}\n`
      : `${markdown}\n`,
  );
  if (flags.updateDocs) {
    replaceMarkedSection(DOCS_FILE, SECTION, markdown);
    progress(`updated ${DOCS_FILE} (section bench:${SECTION})`);
  }
});
