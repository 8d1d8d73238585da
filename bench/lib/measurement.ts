// One measured cell of a benchmark: the merged load result, its latency percentiles in
// milliseconds, what the servers and the load generator consumed during the run, and which of
// them limited it, in the plain form that is printed and written as JSON.
import { loadavg } from 'node:os';
import { busyShare, readMachineCpu } from './cpu-stat.js';
import { ServerUsageSampler, type ServerUsage } from './server-usage.js';
import type { LoadRun, LoadWorkerPool } from './worker-pool.js';
import type { Workload } from './workload.js';

/**
 * A generator process (one thread does all its work) busier than this share of a core may have
 * held the servers back: its cell is marked client-bound.
 */
export const CLIENT_BOUND_CORE_SHARE = 0.8;
/** A server thread this busy was that server's limit (a Node server's event loop). */
const THREAD_BOUND_CORE_SHARE = 0.85;
/** The machine's CPUs this busy, all processes counted, were the limit. */
const MACHINE_BOUND_BUSY_SHARE = 0.9;

/**
 * What limited a cell: the load generator (`client`: the figure understates the server), a
 * server's busiest thread (`server thread`), all the machine's CPUs (`CPUs`), or none of them
 * (`round trips`: the closed loop waited on the server's latency, e.g. its fsync).
 */
export type Limit = 'client' | 'server thread' | 'CPUs' | 'round trips';

export interface LatencySummaryMs {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface Measurement {
  workload: Workload;
  concurrency: number;
  conns: number;
  clientProcesses: number;
  succeeded: number;
  failed: number;
  errors: Record<string, number>;
  elapsedSeconds: number;
  requestsPerSecond: number;
  /** True when a request-count run hit its time limit before finishing. */
  stoppedByTimeLimit: boolean;
  latencyMs: LatencySummaryMs;
  /** One entry per server pid that was watched. */
  servers: ServerUsage[];
  /** Server CPU time per successful request (µs), over all watched pids; 0 without pids. */
  serverCpuUsPerRequest: number;
  /** CPU cores the servers used on average over the cell (all watched pids). */
  serverCores: number;
  /** The busiest single server thread, in cores. */
  busiestServerThreadCores: number;
  /** CPU cores the load generator's processes used on average over the cell. */
  generatorCores: number;
  /** The generator processes' CPU time per successful request (µs). */
  generatorCpuUsPerRequest: number;
  /** The busiest generator process, in cores (each is one busy thread). */
  busiestGeneratorCores: number;
  /** The share (0 to 1) of all the machine's CPU time that was busy, other people's work too. */
  machineBusyShare: number;
  limit: Limit;
  /**
   * The machine's 1-minute load average when the measurement began: on a shared machine, a
   * value above the core count means other work competed with the client and the server.
   */
  loadAverageAtStart: number;
}

function classify(m: {
  busiestGeneratorCores: number;
  busiestServerThreadCores: number;
  machineBusyShare: number;
}): Limit {
  if (m.busiestGeneratorCores >= CLIENT_BOUND_CORE_SHARE) return 'client';
  if (m.busiestServerThreadCores >= THREAD_BOUND_CORE_SHARE) return 'server thread';
  if (m.machineBusyShare >= MACHINE_BOUND_BUSY_SHARE) return 'CPUs';
  return 'round trips';
}

export async function measure(
  pool: LoadWorkerPool,
  run: LoadRun,
  serverPids: readonly number[],
): Promise<Measurement> {
  const loadAverageAtStart = loadavg()[0] ?? 0;
  const machineBefore = readMachineCpu();
  const sampler = new ServerUsageSampler(serverPids);
  const generatorSampler = new ServerUsageSampler(pool.activeWorkerPids(run.concurrency));
  let servers: ServerUsage[] = [];
  let generators: ServerUsage[] = [];
  const result = await pool.run(run).finally(() => {
    servers = sampler.finish();
    generators = generatorSampler.finish();
  });
  const machineBusy = busyShare(machineBefore, readMachineCpu());
  const cores = (usage: ServerUsage, seconds: number): number =>
    usage.wallSeconds > 0 ? seconds / usage.wallSeconds : 0;
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const serverCpuSeconds = sum(servers.map((s) => s.cpuSeconds));
  const usage = {
    serverCores: sum(servers.map((s) => cores(s, s.cpuSeconds))),
    busiestServerThreadCores: Math.max(
      0,
      ...servers.map((s) => cores(s, s.busiestThreadCpuSeconds)),
    ),
    generatorCores: sum(generators.map((g) => cores(g, g.cpuSeconds))),
    busiestGeneratorCores: Math.max(0, ...generators.map((g) => cores(g, g.cpuSeconds))),
    machineBusyShare: machineBusy,
  };
  const { latency } = result;
  const ms = (us: number): number => us / 1000;
  return {
    workload: result.workload,
    concurrency: result.concurrency,
    conns: result.conns,
    clientProcesses: result.clientProcesses,
    succeeded: result.succeeded,
    failed: result.failed,
    errors: result.errors,
    elapsedSeconds: result.elapsedMs / 1000,
    requestsPerSecond: result.requestsPerSecond,
    stoppedByTimeLimit: result.stoppedByTimeLimit,
    latencyMs: {
      mean: ms(latency.mean),
      p50: ms(latency.percentile(50)),
      p90: ms(latency.percentile(90)),
      p99: ms(latency.percentile(99)),
      max: ms(latency.max),
    },
    servers,
    serverCpuUsPerRequest: result.succeeded > 0 ? (serverCpuSeconds * 1e6) / result.succeeded : 0,
    generatorCpuUsPerRequest:
      result.succeeded > 0
        ? (sum(generators.map((g) => g.cpuSeconds)) * 1e6) / result.succeeded
        : 0,
    ...usage,
    limit: classify(usage),
    loadAverageAtStart,
  };
}

/** `0.93` → `93%`: CPU use in % of one core, as top prints it. */
export function coresPercent(cores: number): string {
  return `${Math.round(cores * 100)}%`;
}

/** The columns of a measured run that per-run tables show, and their cells. */
export const RUN_COLUMNS = [
  'req/s',
  'p99 ms',
  'server CPU µs/req',
  'server CPU',
  'generator CPU',
  'limit',
  'errors',
] as const;

export function runCells(m: Measurement): string[] {
  return [
    m.requestsPerSecond.toFixed(0),
    m.latencyMs.p99.toFixed(2),
    m.serverCpuUsPerRequest.toFixed(0),
    coresPercent(m.serverCores),
    coresPercent(m.generatorCores),
    m.limit === 'client' ? '**client**' : m.limit,
    String(m.failed),
  ];
}
