// The results of `bench/compare.ts --security …` and their markdown for docs/benchmarks.md: each
// security mode's cells for etcd and clusterd side by side, clusterd's throughput and p99 as a
// multiple of etcd's in the same mode, and each mode's multiple against plain's. The security
// issue's target is that TLS and auth leave the multiple where plain has it.
import {
  cellKey,
  etcdctlLines,
  generatorParagraph,
  machineLine,
  USAGE_NOTE,
  usageCells,
  usageHeaders,
  workloadCell,
  type CellResult,
  type ComparisonReport,
  type SystemResult,
} from './comparison-report.js';
import { markdownTable } from './table.js';
import type { SystemName } from './targets.js';
import type { SecurityMode } from './store-security.js';

export interface SecurityModeResult {
  mode: SecurityMode;
  results: SystemResult[];
}

export interface SecurityReport extends Omit<ComparisonReport, 'results'> {
  modes: SecurityModeResult[];
  /** The bench user's readwrite range, `[start, end)`. */
  benchRange: { start: string; end: string };
}

export function securitySectionName(members: number): string {
  return `compare-security-${members}`;
}

const BASE: SystemName = 'etcd';
const OTHER: SystemName = 'clusterd';

function cellOf(
  mode: SecurityModeResult | undefined,
  system: SystemName,
  key: string,
): CellResult | undefined {
  return mode?.results
    .find((r) => r.system === system)
    ?.measurements.find((m) => cellKey(m) === key);
}

/** clusterd's figure over etcd's for one mode and cell, or undefined when one is missing. */
function ratio(
  mode: SecurityModeResult | undefined,
  key: string,
  figure: (m: CellResult) => number,
): number | undefined {
  const base = cellOf(mode, BASE, key);
  const other = cellOf(mode, OTHER, key);
  if (base === undefined || other === undefined || figure(base) <= 0) return undefined;
  return figure(other) / figure(base);
}

const rps = (m: CellResult): number => m.requestsPerSecond;
const p99 = (m: CellResult): number => m.latencyMs.p99;
const times = (value: number | undefined): string =>
  value === undefined ? '-' : `${value.toFixed(2)}×`;
const percent = (value: number | undefined): string =>
  value === undefined ? '-' : `${Math.round(value * 100)}%`;

function cellName(m: CellResult): string {
  return `${m.workload} at ${m.concurrency}`;
}

/** Every cell of the run (workload and concurrency), in the order first measured. */
function cellKeys(report: SecurityReport): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const mode of report.modes) {
    for (const r of mode.results) {
      for (const m of r.measurements) if (!seen.has(cellKey(m))) seen.set(cellKey(m), cellName(m));
    }
  }
  return [...seen].map(([key, name]) => ({ key, name }));
}

function measurementRows(report: SecurityReport, compared: boolean): string[][] {
  const rows: string[][] = [];
  for (const { key } of cellKeys(report)) {
    for (const mode of report.modes) {
      for (const r of mode.results) {
        const m = r.measurements.find((c) => cellKey(c) === key);
        if (m === undefined) continue;
        const mine = r.system === OTHER;
        rows.push([
          mode.mode,
          r.system,
          workloadCell(m),
          String(m.concurrency),
          m.requestsPerSecond.toFixed(0),
          ...(compared ? [mine ? times(ratio(mode, key, rps)) : ''] : []),
          m.latencyMs.p50.toFixed(2),
          m.latencyMs.p99.toFixed(2),
          ...(compared ? [mine ? times(ratio(mode, key, p99)) : ''] : []),
          ...usageCells(m, report.members),
        ]);
      }
    }
  }
  return rows;
}

function range(values: readonly (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return '-';
  const low = Math.min(...known);
  const high = Math.max(...known);
  return percent(low) === percent(high) ? percent(low) : `${percent(low)} to ${percent(high)}`;
}

/** A mode's multiple of etcd's figure over plain's, cell by cell. */
function sharesOfPlain(
  mode: SecurityModeResult,
  plain: SecurityModeResult,
  cells: readonly { key: string }[],
  figure: (m: CellResult) => number,
): (number | undefined)[] {
  return cells.map(({ key }) => {
    const mine = ratio(mode, key, figure);
    const plainRatio = ratio(plain, key, figure);
    return mine !== undefined && plainRatio !== undefined && plainRatio > 0
      ? mine / plainRatio
      : undefined;
  });
}

/** Each mode's multiples beside plain's, cell by cell, and one sentence per mode. */
function againstPlain(report: SecurityReport): string[] {
  const plain = report.modes.find((m) => m.mode === 'plain');
  const others = report.modes.filter((m) => m.mode !== 'plain');
  const cells = cellKeys(report);
  const lines: string[] = [];
  if (plain === undefined) {
    lines.push(
      'This run had no plain cells, so the modes are not compared with plain (add `plain` to ' +
        '`--security`).',
    );
    return lines.map((line) => `- ${line}`);
  }
  const each = (figure: (m: CellResult) => number): string =>
    cells
      .map(
        ({ key, name }, i) =>
          `${times(ratio(plain, key, figure))}${i === 0 ? " etcd's" : ''} (${name})`,
      )
      .join(', ');
  lines.push(`plain: clusterd's requests/s were ${each(rps)}; its p99 ${each(p99)}.`);
  if (others.length === 0) return lines.map((line) => `- ${line}`);
  const own = (mode: SecurityModeResult, system: SystemName, key: string): number | undefined => {
    const secured = cellOf(mode, system, key);
    const base = cellOf(plain, system, key);
    return secured && base && base.requestsPerSecond > 0
      ? secured.requestsPerSecond / base.requestsPerSecond
      : undefined;
  };
  const rows: string[][] = [];
  for (const mode of others) {
    const shares = sharesOfPlain(mode, plain, cells, rps);
    const p99Shares = sharesOfPlain(mode, plain, cells, p99);
    for (const [i, { key, name }] of cells.entries()) {
      rows.push([
        mode.mode,
        name,
        times(ratio(mode, key, rps)),
        times(ratio(plain, key, rps)),
        percent(shares[i]),
        times(ratio(mode, key, p99)),
        times(ratio(plain, key, p99)),
        percent(own(mode, BASE, key)),
        percent(own(mode, OTHER, key)),
      ]);
    }
    const lowest = shares.reduce<number | undefined>(
      (low, share, i) =>
        share !== undefined && (low === undefined || share < shares[low]!) ? i : low,
      undefined,
    );
    lines.push(
      `${mode.mode}: clusterd's multiple of etcd's requests/s was ${range(shares)} of plain's` +
        (lowest !== undefined && cells.length > 1 ? ` (lowest: ${cells[lowest]!.name})` : '') +
        `, its multiple of etcd's p99 ${range(p99Shares)} of plain's; against their own plain ` +
        `figures, etcd kept ${range(cells.map(({ key }) => own(mode, BASE, key)))} of its ` +
        `requests/s and clusterd ${range(cells.map(({ key }) => own(mode, OTHER, key)))}.`,
    );
  }
  return [
    ...lines.map((line) => `- ${line}`),
    '',
    markdownTable(
      [
        'security',
        'cell',
        'clusterd ÷ etcd req/s',
        "plain's",
        "share of plain's",
        'clusterd ÷ etcd p99',
        "plain's",
        'etcd req/s vs its plain',
        'clusterd req/s vs its plain',
      ],
      rows,
      [false, false, true, true, true, true, true, true, true],
    ),
    '',
    "Share of plain's: the mode's requests/s multiple over plain's (100% meets the target; for " +
      'p99, where lower is better, compare the two p99 columns); etcd and clusterd vs their ' +
      'plain: what each kept of its own plain throughput in the same cell.',
  ];
}

function securityLines(report: SecurityReport): string[] {
  const modes = new Set(report.modes.map((m) => m.mode));
  const lines: string[] = [];
  if (modes.has('tls') || modes.has('tls+auth')) {
    const negotiated = new Map<string, Set<string>>();
    for (const mode of report.modes) {
      for (const r of mode.results) {
        const s = r.tlsSession;
        if (s === undefined) continue;
        const seen = negotiated.get(r.system) ?? new Set<string>();
        seen.add(`${s.protocol} ${s.cipher}, ALPN ${s.alpn}`);
        negotiated.set(r.system, seen);
      }
    }
    const sessions = [...negotiated]
      .map(([system, seen]) => `${system} ${[...seen].join(' / ')}`)
      .join('; ');
    lines.push(
      '- tls: https:// client URLs with a P-256 server certificate from a CA made for the run ' +
        '(`--cert-file --key-file`; no client certificates; the peer URLs stay http://); the ' +
        'generator checks the certificate against the CA and offers only h2 by ALPN. ' +
        `Negotiated: ${sessions || 'not recorded'}.`,
    );
  }
  if (modes.has('auth') || modes.has('tls+auth')) {
    const { start, end } = report.benchRange;
    lines.push(
      '- auth: set up with etcdctl before the load: root user with the root role, user `bench` ' +
        `with a role granted readwrite on the key space's range [\`${start}\`, \`${end}\`), ` +
        "`auth enable`; simple tokens (both systems' default). Each generator connection " +
        'authenticates once as `bench` (Authenticate, not measured) and sends its `token` in ' +
        "every request's pre-encoded headers; etcdctl's checks run as root.",
    );
  }
  return lines;
}

export function renderSecurityComparison(report: SecurityReport): string {
  const { machine, shape } = report;
  const systems = [...new Set(report.modes.flatMap((m) => m.results.map((r) => r.system)))];
  const compared = systems.includes(BASE) && systems.includes(OTHER);
  const topology = report.members === 1 ? 'Single node' : `${report.members}-member cluster`;
  const hasRanges = report.modes.some((mode) =>
    mode.results.some((r) => r.measurements.some((m) => m.workload !== 'put')),
  );
  const servers = [
    ...report.modes.flatMap((mode) =>
      mode.results.flatMap((r) =>
        r.failure ? [`${r.system} (${mode.mode}): did not run (${r.failure.split('\n')[0]!})`] : [],
      ),
    ),
    ...systems.flatMap((system) => {
      const r = report.modes
        .flatMap((m) => m.results)
        .find((x) => x.system === system && !x.failure);
      return r ? [`${r.system} ${r.version} (\`${r.command}\`, default settings otherwise)`] : [];
    }),
    ...report.notRun.map((s) => `${s}: not part of this run`),
  ];
  const lines = [
    `### ${topology}, ${report.modes.map((m) => m.mode).join(', ')}: ${systems.join(' vs ')}`,
    '',
    `Generated by \`bench/compare.ts --security\` at ${report.generatedAt}.`,
    '',
    machineLine(machine),
    `- Servers: ${servers.join('; ')}. Each security mode starts both systems afresh.`,
    ...securityLines(report),
    `- Load: bench/lib/raw-grpc-connection.ts (gRPC's HTTP/2 frames, pre-encoded) in ` +
      `${report.clientProcesses} process(es), ${report.conns} HTTP/2 connection(s) over all ` +
      `members, key ${shape.keySize} B, value ${shape.valueSize} B, random keys from a key space ` +
      `of ${shape.keySpace}${hasRanges ? ' (written before the first range cell)' : ''}, ` +
      `${report.cellSize}${systems.length > 1 ? '; within a mode the systems take turns cell by cell' : ''}.`,
    `- Command: \`${report.command}\``,
    '',
  ];
  const generator = generatorParagraph(
    report.modes.flatMap((mode) =>
      mode.results.flatMap((r) =>
        r.measurements.map((m) => ({
          system: r.system,
          label: `${r.system} ${mode.mode} ${cellName(m)}`,
          m,
        })),
      ),
    ),
    systems,
    machine.nproc,
  );
  if (generator) lines.push(generator, '');
  if (compared) {
    lines.push(
      "The security issue's target: with TLS and with auth, clusterd's throughput the same " +
        "multiple of etcd's as plain. Each mode against plain:",
      '',
      ...againstPlain(report),
      '',
    );
  }
  const headers = [
    'security',
    'system',
    'workload',
    'concurrency',
    'req/s',
    ...(compared ? ["÷ etcd's"] : []),
    'p50 ms',
    'p99 ms',
    ...(compared ? ["p99 ÷ etcd's"] : []),
    ...usageHeaders(report.members),
  ];
  const leftAligned = new Set(['security', 'system', 'workload', 'limit']);
  lines.push(
    markdownTable(
      headers,
      measurementRows(report, compared),
      headers.map((h) => !leftAligned.has(h)),
    ),
    '',
    USAGE_NOTE +
      (compared ? " ÷ etcd's: clusterd's figure over etcd's in the same mode and cell." : ''),
  );
  const mismatches = report.modes.flatMap((mode) =>
    mode.results.flatMap((r) =>
      r.measurements.flatMap((m) =>
        m.revisionMismatch === undefined
          ? []
          : [`- ${r.system} ${mode.mode} ${cellName(m)}: ${m.revisionMismatch}`],
      ),
    ),
  );
  if (mismatches.length > 0) lines.push('', '**Revision mismatches:**', '', ...mismatches);
  const checks = report.modes.flatMap((mode) =>
    etcdctlLines(mode.results).map((line) => line.replace(/^- (\S+):/, `- $1 (${mode.mode}):`)),
  );
  if (checks.length > 0) {
    lines.push('', "Read back with etcdctl 3.4 after each mode's cells:", '', ...checks);
  }
  return lines.join('\n');
}
