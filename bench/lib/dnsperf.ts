// dnsperf (Debian's, 2.10) as the benchmarks drive it: one run against one server, its statistics
// parsed, its own CPU time (from bash's `times`, which counts the children it waited for: exact,
// where sampling /proc would miss the end of the run), and the server's CPU time over the same run,
// in all and per thread, which together say whether the server or the generator was the limit.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { DisposableStore } from '../../src/util/lifecycle.js';
import { OwnedProcess } from './owned-process.js';
import { busyShare, readMachineCpu } from './cpu-stat.js';
import { readCpuSeconds, readThreadCpu } from './server-usage.js';

export interface DnsperfOptions {
  host: string;
  port: number;
  /** dnsperf's input: `name type` per line. */
  queryFile: string;
  /** -l: seconds of sending. */
  seconds: number;
  /** -c: clients (sockets). */
  clients: number;
  /** -T: threads. */
  threads: number;
  /** -q: queries outstanding at most. */
  outstanding: number;
  /** -Q: queries per second at most (open loop at that rate); undefined: as fast as answered. */
  maxQps?: number;
  /** -v: every query's latency, for percentiles (costs the generator a line per query). */
  perQuery?: boolean;
  /** Where dnsperf's output goes (and, with `.times` appended, bash's). */
  outputFile: string;
  /** The server's pid, whose CPU time over the run is read. */
  serverPid: number;
}

export interface ThreadShare {
  name: string;
  /** CPU seconds over the run divided by its wall time: 1 is a full core. */
  cores: number;
}

export interface DnsperfResult {
  sent: number;
  completed: number;
  lost: number;
  /** Response codes and their counts, as dnsperf reports them. */
  rcodes: Record<string, number>;
  qps: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  stddevMs: number;
  /** dnsperf's own run time. */
  runSeconds: number;
  /** Wall time from dnsperf's start to its exit (the window the CPU figures cover). */
  wallSeconds: number;
  /** dnsperf's user + system CPU seconds over its wall time: 1 is a full core. */
  generatorCores: number;
  /** The server's CPU seconds over the same wall time, all threads. */
  serverCores: number;
  /** The server's threads that used CPU, busiest first. */
  serverThreads: ThreadShare[];
  /** Per-query latencies in ms, sorted, with `perQuery`. */
  latenciesMs: Float64Array | undefined;
  /** The share of all the machine's CPU time that was busy over the run (everyone's work). */
  machineBusy: number;
  /** The 1-minute load average when the run began. */
  loadAverage: number;
}

/**
 * `tool` in the background of a bash that waits for it and then prints `times` (the CPU of the
 * children it waited for: exact, whatever else runs); a SIGTERM to the bash (the benchmark being
 * stopped) ends the tool by its pid first. Arguments: the output file, then the tool's.
 */
export function cpuTimedScript(tool: string): string {
  return `out=$1; shift
${tool} "$@" > "$out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid; exit 143' TERM INT
wait $pid
status=$?
times
exit $status`;
}

const SCRIPT = cpuTimedScript('dnsperf');

export async function runDnsperf(
  store: DisposableStore,
  options: DnsperfOptions,
): Promise<DnsperfResult> {
  const args = [
    ...['-s', options.host, '-p', String(options.port), '-d', options.queryFile],
    ...['-l', String(options.seconds), '-c', String(options.clients)],
    ...['-T', String(options.threads), '-q', String(options.outstanding)],
    ...(options.maxQps === undefined ? [] : ['-Q', String(options.maxQps)]),
    ...(options.perQuery ? ['-v'] : []),
  ];
  const timesFile = `${options.outputFile}.times`;
  const loadAverage = loadavg()[0]!;
  const machineBefore = readMachineCpu();
  const serverCpuBefore = readCpuSeconds(options.serverPid) ?? 0;
  const threadsBefore = readThreadCpu(options.serverPid);
  const started = performance.now();
  const bash = OwnedProcess.spawn(
    'bash',
    ['-c', SCRIPT, 'dnsperf-run', options.outputFile, ...args],
    timesFile,
  );
  store.defer(() => bash.stop()); // a no-op once it has exited
  const status = await bash.exited;
  const wallSeconds = (performance.now() - started) / 1000;
  const serverCpu = (readCpuSeconds(options.serverPid) ?? 0) - serverCpuBefore;
  const threadsAfter = readThreadCpu(options.serverPid);
  const machineAfter = readMachineCpu();
  const output = readFileSync(options.outputFile, 'utf8');
  if (status !== 0) {
    throw new Error(
      `dnsperf ${args.join(' ')} exited with ${status}:\n${output.split('\n').slice(-15).join('\n')}`,
    );
  }

  const serverThreads: ThreadShare[] = [];
  for (const [tid, after] of threadsAfter) {
    const cpu = after.cpuSeconds - (threadsBefore.get(tid)?.cpuSeconds ?? 0);
    if (cpu > 0) serverThreads.push({ name: after.name, cores: cpu / wallSeconds });
  }
  serverThreads.sort((a, b) => b.cores - a.cores);

  const stats = parseStatistics(output);
  return {
    ...stats,
    wallSeconds,
    generatorCores: childCpuSeconds(readFileSync(timesFile, 'utf8')) / wallSeconds,
    serverCores: serverCpu / wallSeconds,
    serverThreads,
    latenciesMs: options.perQuery ? perQueryLatencies(output) : undefined,
    machineBusy: busyShare(machineBefore, machineAfter),
    loadAverage,
  };
}

type Statistics = Omit<
  DnsperfResult,
  | 'wallSeconds'
  | 'generatorCores'
  | 'serverCores'
  | 'serverThreads'
  | 'latenciesMs'
  | 'machineBusy'
  | 'loadAverage'
>;

/** dnsperf's closing statistics. */
export function parseStatistics(output: string): Statistics {
  const field = (label: string): string => {
    const match = new RegExp(`^\\s*${label}:\\s+(.+)$`, 'm').exec(output);
    if (!match) throw new Error(`dnsperf printed no "${label}":\n${output.slice(-2000)}`);
    return match[1]!.trim();
  };
  const number = (label: string): number => Number.parseFloat(field(label));
  const latency = /^([\d.]+) \(min ([\d.]+), max ([\d.]+)\)$/.exec(
    field('Average Latency \\(s\\)'),
  );
  if (!latency) throw new Error(`dnsperf's latency line is not as expected`);
  const rcodes: Record<string, number> = {};
  for (const match of field('Response codes').matchAll(/([A-Z]+) (\d+)/g))
    rcodes[match[1]!] = Number(match[2]);
  return {
    sent: number('Queries sent'),
    completed: number('Queries completed'),
    lost: number('Queries lost'),
    rcodes,
    qps: number('Queries per second'),
    meanMs: Number(latency[1]) * 1000,
    minMs: Number(latency[2]) * 1000,
    maxMs: Number(latency[3]) * 1000,
    stddevMs: number('Latency StdDev \\(s\\)') * 1000,
    runSeconds: number('Run time \\(s\\)'),
  };
}

/** The children's user + system seconds from bash's `times` (its second line). */
export function childCpuSeconds(times: string): number {
  const lines = times.trim().split('\n');
  const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines[lines.length - 1]!.trim());
  if (!match) throw new Error(`cannot read bash's times: ${JSON.stringify(times)}`);
  return Number(match[1]) * 60 + Number(match[2]) + Number(match[3]) * 60 + Number(match[4]);
}

/** `> NOERROR name type 0.000123` lines (dnsperf -v), in ms, sorted. */
function perQueryLatencies(output: string): Float64Array {
  const values: number[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('> ')) continue;
    const seconds = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(seconds)) values.push(seconds * 1000);
  }
  return Float64Array.from(values).sort();
}

/** The value below which `fraction` of the sorted values fall (nearest rank). */
export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
