// One measured cell of a benchmark: the merged load result, its latency percentiles in
// milliseconds and what the servers consumed during the run, in the plain form that is printed
// and written as JSON.
import { loadavg } from 'node:os';
import { ServerUsageSampler, type ServerUsage } from './server-usage.js';
import type { LoadRun, LoadWorkerPool } from './worker-pool.js';
import type { Workload } from './workload.js';

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
  /**
   * The machine's 1-minute load average when the measurement began: on a shared machine, a
   * value above the core count means other work competed with the client and the server.
   */
  loadAverageAtStart: number;
}

export async function measure(
  pool: LoadWorkerPool,
  run: LoadRun,
  serverPids: readonly number[],
): Promise<Measurement> {
  const loadAverageAtStart = loadavg()[0] ?? 0;
  const sampler = new ServerUsageSampler(serverPids);
  let servers: ServerUsage[] = [];
  const result = await pool.run(run).finally(() => {
    servers = sampler.finish();
  });
  const serverCpuSeconds = servers.reduce((sum, s) => sum + s.cpuSeconds, 0);
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
    loadAverageAtStart,
  };
}
