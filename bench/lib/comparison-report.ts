// The results of one bench/compare.ts run and their markdown rendering for docs/benchmarks.md.
import type { FailoverTrial } from './failover.js';
import type { MachineFacts } from './machine.js';
import { CLIENT_BOUND_CORE_SHARE, coresPercent, type Measurement } from './measurement.js';
import type { EtcdctlCheck } from './store-checks.js';
import { largestPeakRssCell, markdownTable, rssCell } from './table.js';
import type { SystemName } from './targets.js';
import type { KeyValueShape } from './workload.js';

/** A measured cell with the store's revision growth over it (see store-checks.ts). */
export interface CellResult extends Measurement {
  revisionGrowth: number;
  /** Set when the growth does not fit the cell's successes and failures. */
  revisionMismatch?: string;
}

export interface SystemResult {
  system: SystemName;
  /** The command each member ran, before etcd's flags. */
  command: string;
  /** As reported by Maintenance.Status; empty when the system did not start. */
  version: string;
  /** Why the system has no figures, when it has none. */
  failure?: string;
  measurements: CellResult[];
  failover: FailoverTrial[];
  /** Keys read back through etcdctl after the cells. */
  etcdctlCheck?: EtcdctlCheck;
}

export interface ComparisonReport {
  generatedAt: string;
  command: string;
  machine: MachineFacts;
  members: number;
  clientProcesses: number;
  conns: number;
  shape: KeyValueShape;
  /** e.g. `10 s per cell` or `20000 requests per cell`. */
  cellSize: string;
  results: SystemResult[];
  /** Systems known to the harness that this run left out. */
  notRun: SystemName[];
}

export function sectionName(members: number): string {
  return members === 1 ? 'single-node' : `${members}-node`;
}

function measurementRows(results: SystemResult[], members: number): string[][] {
  const rows = results.flatMap((r) => r.measurements.map((m) => ({ system: r.system, m })));
  // Grouped by cell rather than by system, so the systems' figures for a cell sit together.
  const cellKey = (m: Measurement): string =>
    `${m.workload}\u0000${String(m.concurrency).padStart(8)}`;
  const cellOrder = [...new Set(rows.map((r) => cellKey(r.m)))];
  rows.sort((a, b) => cellOrder.indexOf(cellKey(a.m)) - cellOrder.indexOf(cellKey(b.m)));
  return rows.map(({ system, m }) => [
    system,
    m.workload + (m.stoppedByTimeLimit ? ' (time limit)' : ''),
    String(m.concurrency),
    m.requestsPerSecond.toFixed(0),
    m.latencyMs.p50.toFixed(2),
    m.latencyMs.p99.toFixed(2),
    rssCell(m.servers),
    ...(members > 1 ? [largestPeakRssCell(m.servers)] : []),
    m.serverCpuUsPerRequest.toFixed(0),
    coresPercent(m.serverCores),
    coresPercent(m.generatorCores),
    m.limit === 'client' ? '**client**' : m.limit,
    String(m.failed),
    `${m.revisionGrowth}${m.revisionMismatch === undefined ? '' : ' ✗'}`,
    m.loadAverageAtStart.toFixed(1),
  ]);
}

/** The paragraph that says, before any figure, whether the generator could have been the limit. */
function generatorParagraph(report: ComparisonReport): string {
  const cells = report.results.flatMap((r) => r.measurements.map((m) => ({ system: r.system, m })));
  if (cells.length === 0) return '';
  const busiest = cells.reduce((a, b) =>
    b.m.busiestGeneratorCores > a.m.busiestGeneratorCores ? b : a,
  );
  const clientBound = cells.filter((c) => c.m.limit === 'client');
  const serverMost = (system: string) =>
    cells
      .filter((c) => c.system === system)
      .reduce<(typeof cells)[number] | undefined>(
        (a, b) => (a === undefined || b.m.serverCores > a.m.serverCores ? b : a),
        undefined,
      );
  const peaks = report.results.flatMap((r) => {
    const cell = serverMost(r.system);
    return cell
      ? [
          `${r.system} used at most ${coresPercent(cell.m.serverCores)} of a core ` +
            `(${cell.m.workload} at ${cell.m.concurrency}, generator ${coresPercent(cell.m.generatorCores)})`,
        ]
      : [];
  });
  const verdict =
    clientBound.length === 0
      ? `no cell was client-bound (a generator process at ${coresPercent(CLIENT_BOUND_CORE_SHARE)} of a core or more)`
      : `client-bound, so understating the server: ${clientBound
          .map((c) => `${c.system} ${c.m.workload} at ${c.m.concurrency}`)
          .join(', ')}`;
  return (
    `Generator: its busiest process used ${coresPercent(busiest.m.busiestGeneratorCores)} of a core ` +
    `(${busiest.system} ${busiest.m.workload} at ${busiest.m.concurrency}); ${verdict}. ` +
    `Of the ${report.machine.nproc} CPUs, ${peaks.join('; ')}.`
  );
}

function etcdctlLines(results: SystemResult[]): string[] {
  return results.flatMap((r) => {
    const c = r.etcdctlCheck;
    if (c === undefined) return [];
    const outcome =
      c.problems.length === 0 ? 'as expected' : `**problems**: ${c.problems.join('; ')}`;
    return [
      `- ${r.system}: ${c.keys} keys in the store; ${c.sampledWithValue} of ${c.sampled} random ` +
        `keys of the key space read back with the benchmark's value (${c.sampledFound} found); ${outcome}.`,
    ];
  });
}

function failoverTable(results: SystemResult[]): string {
  const rows = results.flatMap((r) =>
    r.failover.map((t, i) => [
      r.system,
      String(i + 1),
      t.killedLeader,
      t.newLeader,
      t.electionMs.toFixed(0),
    ]),
  );
  return markdownTable(
    ['system', 'trial', 'killed leader', 'new leader', 'ms to new leader'],
    rows,
    [false, true, false, false, true],
  );
}

export function renderComparison(report: ComparisonReport): string {
  const { machine, shape } = report;
  const hasRanges = report.results.some((r) => r.measurements.some((m) => m.workload !== 'put'));
  const topology = report.members === 1 ? 'Single node' : `${report.members}-member cluster`;
  const servers = [
    ...report.results.map((r) =>
      r.failure
        ? `${r.system}: did not run (${r.failure.split('\n')[0]!})`
        : `${r.system} ${r.version} (\`${r.command}\`, default settings)`,
    ),
    ...report.notRun.map((s) => `${s}: not part of this run`),
  ];
  const lines = [
    `### ${topology}: ${report.results.map((r) => r.system).join(' vs ')}`,
    '',
    `Generated by \`bench/compare.ts\` at ${report.generatedAt}.`,
    '',
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, ` +
      `${machine.kernel}; Node ${machine.node}. Generator and servers share these CPUs.`,
    `- Servers: ${servers.join('; ')}.`,
    `- Load: bench/lib/raw-grpc-connection.ts (gRPC's HTTP/2 frames, pre-encoded) in ` +
      `${report.clientProcesses} process(es), ${report.conns} HTTP/2 connection(s) over all ` +
      `members, key ${shape.keySize} B, value ${shape.valueSize} B, random keys from a key space ` +
      `of ${shape.keySpace}${hasRanges ? ' (written before the first range cell)' : ''}, ` +
      `${report.cellSize}${report.results.length > 1 ? '; the systems take turns cell by cell' : ''}.`,
    `- Command: \`${report.command}\``,
    '',
  ];
  const generator = generatorParagraph(report);
  if (generator) lines.push(generator, '');
  const headers = ['system', 'workload', 'concurrency', 'req/s', 'p50 ms', 'p99 ms'];
  const ofAll = report.members > 1 ? ' (all members)' : '';
  headers.push(`RSS peak / end MiB${ofAll}`);
  if (report.members > 1) headers.push('largest member RSS peak MiB');
  headers.push(`server CPU µs/req${ofAll}`, `server CPU${ofAll}`, 'generator CPU', 'limit');
  headers.push('errors', 'rev. Δ', 'load avg');
  const leftAligned = new Set(['system', 'workload', 'limit']);
  lines.push(
    markdownTable(
      headers,
      measurementRows(report.results, report.members),
      headers.map((h) => !leftAligned.has(h)),
    ),
  );
  lines.push(
    '',
    'CPU in % of one core over the cell (/proc/<pid>/stat). Limit: what held the cell back: ' +
      `**client** (a generator process at ${coresPercent(CLIENT_BOUND_CORE_SHARE)} of a core or ` +
      'more: the figure understates the server), server thread (a server thread near a full ' +
      "core, e.g. Node's event loop), CPUs (the machine's CPUs 90% busy, all processes), round " +
      'trips (none of these: the closed loop waited on the server, e.g. its fsync). rev. Δ: the ' +
      "store's revision growth over the cell, which must lie between the successful puts and all " +
      'puts sent (0 for reads); ✗ marks a mismatch.',
  );
  const mismatches = report.results.flatMap((r) =>
    r.measurements.flatMap((m) =>
      m.revisionMismatch === undefined
        ? []
        : [`- ${r.system} ${m.workload} at ${m.concurrency}: ${m.revisionMismatch}`],
    ),
  );
  if (mismatches.length > 0) lines.push('', '**Revision mismatches:**', '', ...mismatches);
  const checks = etcdctlLines(report.results);
  if (checks.length > 0) {
    lines.push('', 'Read back with etcdctl 3.4 after the cells:', '', ...checks);
  }
  if (report.results.some((r) => r.failover.length > 0)) {
    lines.push(
      '',
      'Time to a new leader after `kill -9` of the leader (found and polled every 10 ms through ' +
        'Maintenance.Status; the killed member is restarted between trials):',
      '',
      failoverTable(report.results),
    );
  }
  return lines.join('\n');
}
