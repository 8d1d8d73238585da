// compare: the same load against etcd and clusterd, started here on loopback ports of this machine,
// taking turns cell by cell so that drifting background load hits both alike. The load is the
// project's own HTTP/2 gRPC generator (lib/raw-grpc-connection.ts) in worker processes whose CPU
// is sampled beside the servers', so a cell the generator limited is marked as such; every cell's
// successes are checked against the store's revision, and after the run etcdctl reads keys back.
// Prints a markdown section (and with --update-docs writes it into docs/benchmarks.md). See
// docs/benchmarks.md.
//
//   node --import tsx bench/compare.ts --systems etcd,clusterd --duration 10
//   node --import tsx bench/compare.ts --systems etcd --members 3 --failover-trials 5
//   node --import tsx bench/compare.ts --security plain,tls,auth,tls+auth --duration 6
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DisposableStore } from '../src/util/lifecycle.js';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import {
  renderComparison,
  sectionName,
  type ComparisonReport,
  type SystemResult,
} from './lib/comparison-report.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { measureLeaderFailover } from './lib/failover.js';
import {
  commandLine,
  nonNegativeInt,
  positiveInt,
  positiveNumber,
  exitOnHelp,
} from './lib/flags.js';
import type { StopCondition } from './lib/load-generator.js';
import { machineFacts } from './lib/machine.js';
import { measure } from './lib/measurement.js';
import {
  renderSecurityComparison,
  securitySectionName,
  type SecurityReport,
} from './lib/security-report.js';
import { checkWithEtcdctl, revisionMismatch, settledRevision } from './lib/store-checks.js';
import {
  enableAuth,
  etcdctlConnection,
  keySpaceRange,
  parseSecurityModes,
  prepareSecurity,
  SECURITY_MODES,
  type SecurityMode,
  type SecuritySetup,
} from './lib/store-security.js';
import { LocalCluster, SYSTEMS, type SystemName, parseSystems } from './lib/targets.js';
import { LoadWorkerPool } from './lib/worker-pool.js';
import { checkShape, parseMatrix } from './lib/workload.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const DEFAULT_MATRIX = 'put=1,64,512;range-linearizable=1,64;range-serializable=1,64';
const READY_TIMEOUT_MS = 60_000;

const USAGE = `usage: node --import tsx bench/compare.ts [flags]
  --systems LIST         ${SYSTEMS.join(',')} (default both)
  --members N            members per cluster: 1, or 3 for a cluster (default 1)
  --matrix SPEC          workload=concurrencies;… (default ${DEFAULT_MATRIX})
  --duration SECONDS     length of each cell (default 10) ...
  --total N              ... or requests per cell instead
  --conns N              HTTP/2 connections over all members (default 8)
  --workers N            load generator processes (default 1)
  --warmup N             unmeasured puts per system before the first cell (default 1000)
  --key-size, --val-size, --key-space   as kv-load (default 8, 256, 10000)
  --etcd-cmd CMD         etcd's command (default /usr/bin/etcd)
  --etcdctl PATH         etcdctl 3.4, which reads keys back after the run (default /usr/bin/etcdctl)
  --clusterd-cmd CMD     clusterd's command; \`agent\` and etcd's flags are appended
                         (default "node --import tsx cmd/clusterd.ts"). It must exec the server
                         itself, not through a shell, so its pid is the server's.
  --failover-trials N    leader kills to time with --members 3 or more (default 3)
  --security LIST        run the matrix under each of ${SECURITY_MODES.join(', ')}, both systems
                         started afresh per mode (TLS on the client URLs, auth with a user whose
                         token every request carries), and report each mode's clusterd/etcd
                         ratio beside plain's (section compare-security-N; no failover timing)
  --update-docs          write the section into docs/benchmarks.md between its markers
  --json                 print the results as JSON instead of markdown`;

function parseFlags() {
  const { values } = parseArgs({
    options: {
      systems: { type: 'string', default: SYSTEMS.join(',') },
      members: { type: 'string', default: '1' },
      matrix: { type: 'string', default: DEFAULT_MATRIX },
      duration: { type: 'string' },
      total: { type: 'string' },
      conns: { type: 'string', default: '8' },
      workers: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '1000' },
      'key-size': { type: 'string', default: '8' },
      'val-size': { type: 'string', default: '256' },
      'key-space': { type: 'string', default: '10000' },
      'etcd-cmd': { type: 'string', default: '/usr/bin/etcd' },
      etcdctl: { type: 'string', default: '/usr/bin/etcdctl' },
      'clusterd-cmd': { type: 'string', default: 'node --import tsx cmd/clusterd.ts' },
      'failover-trials': { type: 'string', default: '3' },
      security: { type: 'string' },
      'update-docs': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  exitOnHelp(values.help, USAGE);
  const systems = parseSystems(values.systems);
  if (values.total !== undefined && values.duration !== undefined) {
    throw new Error('--total and --duration exclude each other');
  }
  const stop: StopCondition =
    values.total !== undefined
      ? { requests: positiveInt('total', values.total) }
      : { durationMs: positiveNumber('duration', values.duration ?? '10') * 1000 };
  const shape = {
    keySize: positiveInt('key-size', values['key-size']),
    valueSize: positiveInt('val-size', values['val-size']),
    keySpace: positiveInt('key-space', values['key-space']),
  };
  checkShape(shape);
  const commands: Record<SystemName, string[]> = {
    etcd: values['etcd-cmd'].split(/\s+/).filter(Boolean),
    clusterd: values['clusterd-cmd'].split(/\s+/).filter(Boolean),
  };
  return {
    systems,
    members: positiveInt('members', values.members),
    cells: parseMatrix(values.matrix),
    stop,
    conns: positiveInt('conns', values.conns),
    workers: positiveInt('workers', values.workers),
    warmup: nonNegativeInt('warmup', values.warmup),
    shape,
    commands,
    etcdctl: values.etcdctl,
    failoverTrials: nonNegativeInt('failover-trials', values['failover-trials']),
    security: values.security === undefined ? undefined : parseSecurityModes(values.security),
    updateDocs: values['update-docs'],
    json: values.json,
  };
}

type Flags = ReturnType<typeof parseFlags>;

function progress(line: string): void {
  process.stderr.write(`compare: ${line}\n`);
}

/**
 * Starts every system under `setup` (on `store`, which the caller disposes to stop them), runs the
 * cells alternating between them (ABBA from `cellOffset`, so that order carries on across modes),
 * reads keys back with etcdctl and, with `timeFailover` and 3 members or more, times failovers.
 */
async function runSystems(
  store: DisposableStore,
  flags: Flags,
  setup: SecuritySetup,
  cellOffset: number,
  timeFailover: boolean,
): Promise<SystemResult[]> {
  const timeLimitMs = 'durationMs' in flags.stop ? flags.stop.durationMs + 60_000 : 300_000;
  const label = (system: string): string =>
    flags.security === undefined ? system : `${system} (${setup.mode})`;
  interface LiveSystem {
    cluster: LocalCluster;
    pool: LoadWorkerPool;
    result: SystemResult;
    keySpaceWritten: boolean;
  }
  const results: SystemResult[] = [];
  const live: LiveSystem[] = [];
  const connection = etcdctlConnection(setup);

  // All systems run side by side for the whole comparison: an idle server costs little CPU, and
  // only then can the cells alternate between them.
  for (const system of flags.systems) {
    const command = flags.commands[system];
    const result: SystemResult = {
      system,
      command: command.join(' '),
      version: '',
      measurements: [],
      failover: [],
    };
    results.push(result);
    try {
      progress(`starting ${flags.members} ${label(system)} member(s)`);
      const workDir = ownedTempDir(store, `clusterd-bench-${system}-`);
      const cluster = store.add(
        await LocalCluster.start(
          system,
          command,
          flags.members,
          workDir,
          READY_TIMEOUT_MS,
          undefined,
          undefined,
          setup.pki,
        ),
      );
      result.version = (await cluster.members[0]!.status()).version;
      if (setup.auth !== undefined) {
        progress(`${label(system)}: users, roles and auth enable through etcdctl`);
        await enableAuth(flags.etcdctl, cluster.endpoints[0]!, setup, flags.shape);
      }
      const pool = store.add(
        await LoadWorkerPool.start({
          endpoints: cluster.endpoints,
          workers: flags.workers,
          conns: flags.conns,
          shape: flags.shape,
          requestTimeoutMs: 10_000,
          connectTimeoutMs: 10_000,
          ...(setup.pki !== undefined && { caFile: setup.pki.caFile }),
          ...(setup.auth !== undefined && { credentials: setup.auth.bench }),
        }),
      );
      if (pool.tlsSession !== undefined) result.tlsSession = pool.tlsSession;
      if (flags.warmup > 0) {
        progress(`${label(system)}: warm-up, ${flags.warmup} unmeasured puts`);
        await pool.run({
          workload: 'put',
          concurrency: Math.min(64, flags.warmup),
          stop: { requests: flags.warmup },
          timeLimitMs,
        });
      }
      live.push({ cluster, pool, result, keySpaceWritten: false });
    } catch (err) {
      result.failure = err instanceof Error ? err.message : String(err);
      progress(`${label(system)} did not start: ${result.failure}`);
      process.exitCode = 1;
    }
  }

  for (const [index, cell] of flags.cells.entries()) {
    // ABBA order: neither system always runs first, after the other has warmed the machine.
    const turn = (cellOffset + index) % 2 === 0 ? live : [...live].reverse();
    for (const target of turn) {
      const name = label(target.result.system);
      if (cell.workload !== 'put' && !target.keySpaceWritten) {
        progress(`${name}: writing the ${flags.shape.keySpace} keys of the key space`);
        // Seeding a large key space takes longer than a cell; it has its own bound.
        await target.pool.seedKeySpace(64, 600_000);
        target.keySpaceWritten = true;
      }
      progress(`${name}: ${cell.workload} at concurrency ${cell.concurrency}`);
      const revisionBefore = await settledRevision(target.cluster);
      const measurement = await measure(
        target.pool,
        { ...cell, stop: flags.stop, timeLimitMs },
        target.cluster.pids,
      );
      const revisionGrowth = (await settledRevision(target.cluster)) - revisionBefore;
      const mismatch = revisionMismatch(
        cell.workload,
        revisionGrowth,
        measurement.succeeded,
        measurement.failed,
      );
      if (mismatch !== undefined) {
        progress(`${name}: ${cell.workload} at ${cell.concurrency}: ${mismatch}`);
        process.exitCode = 1;
      }
      if (measurement.failed > 0) {
        const errors = Object.entries(measurement.errors)
          .map(([error, count]) => `${count} × ${error}`)
          .join('; ');
        progress(`${name}: ${measurement.failed} failed: ${errors}`);
      }
      target.result.measurements.push({
        ...measurement,
        revisionGrowth,
        ...(mismatch !== undefined && { revisionMismatch: mismatch }),
      });
    }
  }

  for (const target of live) {
    progress(`${label(target.result.system)}: reading keys back with etcdctl`);
    try {
      target.result.etcdctlCheck = await checkWithEtcdctl(
        flags.etcdctl,
        target.cluster.endpoints[0]!,
        flags.shape,
        target.keySpaceWritten,
        connection,
      );
    } catch (err) {
      target.result.etcdctlCheck = {
        keys: 0,
        sampled: 0,
        sampledFound: 0,
        sampledWithValue: 0,
        problems: [err instanceof Error ? err.message : String(err)],
      };
    }
    if (target.result.etcdctlCheck.problems.length > 0) process.exitCode = 1;
  }

  if (timeFailover && flags.members >= 3) {
    for (const target of live) {
      progress(`${target.result.system}: timing ${flags.failoverTrials} leader failover(s)`);
      target.result.failover = await measureLeaderFailover(
        target.cluster,
        flags.failoverTrials,
        READY_TIMEOUT_MS,
      );
    }
  }
  return results;
}

await runWithCleanup(async (store) => {
  const flags = parseFlags();
  const common = () => ({
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: commandLine(),
    machine: machineFacts(),
    members: flags.members,
    clientProcesses: flags.workers,
    conns: flags.conns,
    shape: flags.shape,
    cellSize:
      'durationMs' in flags.stop
        ? `${flags.stop.durationMs / 1000} s per cell`
        : `${flags.stop.requests} requests per cell`,
    notRun: SYSTEMS.filter((s) => !flags.systems.includes(s)),
  });

  if (flags.security === undefined) {
    const results = await runSystems(store, flags, { mode: 'plain' }, 0, true);
    const report: ComparisonReport = { ...common(), results };
    const markdown = renderComparison(report);
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${markdown}\n`);
    if (flags.updateDocs) {
      replaceMarkedSection(DOCS_FILE, sectionName(flags.members), markdown);
      progress(`updated ${DOCS_FILE} (section bench:${sectionName(flags.members)})`);
    }
    return;
  }

  // One mode after another, each on servers of its own that are stopped before the next starts.
  const modes: { mode: SecurityMode; results: SystemResult[] }[] = [];
  for (const [i, mode] of flags.security.entries()) {
    const modeStore = store.add(new DisposableStore());
    try {
      const setup = await prepareSecurity(mode, ownedTempDir(modeStore, 'clusterd-bench-pki-'));
      const cellOffset = i * flags.cells.length;
      modes.push({ mode, results: await runSystems(modeStore, flags, setup, cellOffset, false) });
    } finally {
      await modeStore.dispose();
    }
  }
  if (flags.members >= 3) progress('--security runs time no failover');
  const report: SecurityReport = {
    ...common(),
    modes,
    benchRange: keySpaceRange(flags.shape),
  };
  const markdown = renderSecurityComparison(report);
  process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${markdown}\n`);
  if (flags.updateDocs) {
    const section = securitySectionName(flags.members);
    replaceMarkedSection(DOCS_FILE, section, markdown);
    progress(`updated ${DOCS_FILE} (section bench:${section})`);
  }
});
