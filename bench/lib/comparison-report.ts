// The results of one bench/compare.ts run and their markdown rendering for docs/benchmarks.md.
import type { FailoverTrial } from './failover.js';
import type { MachineFacts } from './machine.js';
import type { TlsSession } from './raw-grpc-connection.js';
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
  /** What the generator's first connection negotiated, for https:// client URLs. */
  tlsSession?: TlsSession;
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

/** Cells grouped by workload and concurrency rather than by system, in the order first run. */
export function cellKey(m: Measurement): string {
  return `${m.workload}\u0000${String(m.concurrency).padStart(8)}`;
}

/** The columns after the latencies, shared with the security report (security-report.ts). */
export function usageHeaders(members: number): string[] {
  const ofAll = members > 1 ? ' (all members)' : '';
  return [
    `RSS peak / end MiB${ofAll}`,
    ...(members > 1 ? ['largest member RSS peak MiB'] : []),
    `server CPU µs/req${ofAll}`,
    `server CPU${ofAll}`,
    'generator CPU',
    'limit',
    'errors',
    'rev. Δ',
    'load avg',
  ];
}

export function usageCells(m: CellResult, members: number): string[] {
  return [
    rssCell(m.servers),
    ...(members > 1 ? [largestPeakRssCell(m.servers)] : []),
    m.serverCpuUsPerRequest.toFixed(0),
    coresPercent(m.serverCores),
    coresPercent(m.generatorCores),
    m.limit === 'client' ? '**client**' : m.limit,
    String(m.failed),
    `${m.revisionGrowth}${m.revisionMismatch === undefined ? '' : ' ✗'}`,
    m.loadAverageAtStart.toFixed(1),
  ];
}

export function workloadCell(m: Measurement): string {
  return m.workload + (m.stoppedByTimeLimit ? ' (time limit)' : '');
}

function measurementRows(results: SystemResult[], members: number): string[][] {
  const rows = results.flatMap((r) => r.measurements.map((m) => ({ system: r.system, m })));
  // Grouped by cell rather than by system, so the systems' figures for a cell sit together.
  const cellOrder = [...new Set(rows.map((r) => cellKey(r.m)))];
  rows.sort((a, b) => cellOrder.indexOf(cellKey(a.m)) - cellOrder.indexOf(cellKey(b.m)));
  return rows.map(({ system, m }) => [
    system,
    workloadCell(m),
    String(m.concurrency),
    m.requestsPerSecond.toFixed(0),
    m.latencyMs.p50.toFixed(2),
    m.latencyMs.p99.toFixed(2),
    ...usageCells(m, members),
  ]);
}

/** A measured cell for the generator paragraph; `label` names it, e.g. `etcd put at 512`. */
export interface LabelledCell {
  system: SystemName;
  label: string;
  m: Measurement;
}

/** The paragraph that says, before any figure, whether the generator could have been the limit. */
export function generatorParagraph(
  cells: readonly LabelledCell[],
  systems: readonly SystemName[],
  nproc: number,
): string {
  if (cells.length === 0) return '';
  const busiest = cells.reduce((a, b) =>
    b.m.busiestGeneratorCores > a.m.busiestGeneratorCores ? b : a,
  );
  const clientBound = cells.filter((c) => c.m.limit === 'client');
  const serverMost = (system: string) =>
    cells
      .filter((c) => c.system === system)
      .reduce<LabelledCell | undefined>(
        (a, b) => (a === undefined || b.m.serverCores > a.m.serverCores ? b : a),
        undefined,
      );
  const peaks = systems.flatMap((system) => {
    const cell = serverMost(system);
    return cell
      ? [
          `${system} used at most ${coresPercent(cell.m.serverCores)} of a core ` +
            `(${cell.label.slice(system.length + 1)}, generator ${coresPercent(cell.m.generatorCores)})`,
        ]
      : [];
  });
  const verdict =
    clientBound.length === 0
      ? `no cell was client-bound (a generator process at ${coresPercent(CLIENT_BOUND_CORE_SHARE)} of a core or more)`
      : `client-bound, so understating the server: ${clientBound.map((c) => c.label).join(', ')}`;
  // Generator and servers share the CPUs: where together they filled them, the generator's CPU
  // was taken from the servers, so such a cell is CPU-bound for both, not the server's own limit.
  const cpuBound = cells.filter((c) => c.m.limit === 'CPUs');
  const shared =
    cpuBound.length === 0
      ? ''
      : ` CPU-bound for servers and generator together (the machine's CPUs 90% busy, so the ` +
        `generator's share was taken from the servers, whose figure would be higher with the ` +
        `generator elsewhere): ${cpuBound.map((c) => c.label).join(', ')}.`;
  return (
    `Generator: its busiest process used ${coresPercent(busiest.m.busiestGeneratorCores)} of a core ` +
    `(${busiest.label}); ${verdict}. ` +
    `Of the ${nproc} CPUs, ${peaks.join('; ')}.${shared}`
  );
}

export function etcdctlLines(results: SystemResult[]): string[] {
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

export function machineLine(machine: MachineFacts): string {
  return (
    `- Machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, ` +
    `${machine.kernel}; Node ${machine.node}. Generator and servers share these CPUs.`
  );
}

/** What the usage columns mean, under each table that has them. */
export const USAGE_NOTE =
  'CPU in % of one core over the cell (/proc/<pid>/stat). Limit: what held the cell back: ' +
  `**client** (a generator process at ${coresPercent(CLIENT_BOUND_CORE_SHARE)} of a core or ` +
  'more: the figure understates the server), server thread (a server thread near a full ' +
  "core, e.g. Node's event loop), CPUs (the machine's CPUs 90% busy, all processes), round " +
  'trips (none of these: the closed loop waited on the server, e.g. its fsync). rev. Δ: the ' +
  "store's revision growth over the cell, which must lie between the successful puts and all " +
  'puts sent (0 for reads); ✗ marks a mismatch.';

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
    machineLine(machine),
    `- Servers: ${servers.join('; ')}.`,
    `- Load: bench/lib/raw-grpc-connection.ts (gRPC's HTTP/2 frames, pre-encoded) in ` +
      `${report.clientProcesses} process(es), ${report.conns} HTTP/2 connection(s) over all ` +
      `members, key ${shape.keySize} B, value ${shape.valueSize} B, random keys from a key space ` +
      `of ${shape.keySpace}${hasRanges ? ' (written before the first range cell)' : ''}, ` +
      `${report.cellSize}${report.results.length > 1 ? '; the systems take turns cell by cell' : ''}.`,
    `- Command: \`${report.command}\``,
    '',
  ];
  const generator = generatorParagraph(
    report.results.flatMap((r) =>
      r.measurements.map((m) => ({
        system: r.system,
        label: `${r.system} ${m.workload} at ${m.concurrency}`,
        m,
      })),
    ),
    report.results.map((r) => r.system),
    machine.nproc,
  );
  if (generator) lines.push(generator, '');
  const headers = ['system', 'workload', 'concurrency', 'req/s', 'p50 ms', 'p99 ms'];
  headers.push(...usageHeaders(report.members));
  const leftAligned = new Set(['system', 'workload', 'limit']);
  lines.push(
    markdownTable(
      headers,
      measurementRows(report.results, report.members),
      headers.map((h) => !leftAligned.has(h)),
    ),
  );
  lines.push('', USAGE_NOTE);
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
