// The benchmark process's side of its load workers: forks them, splits each measurement's
// concurrency, request count and connections between them, starts them together and merges what
// they measured into one result.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Disposable } from '../../src/util/lifecycle.js';
import type { Credentials } from './authenticate.js';
import { LatencyHistogram } from './histogram.js';
import type { GeneratorResult, GeneratorRun, StopCondition } from './load-generator.js';
import { OwnedProcess } from './owned-process.js';
import type { TlsSession } from './raw-grpc-connection.js';
import type { FromWorker, ToWorker, WorkerConfig } from './worker-protocol.js';
import type { KeyValueShape, Workload } from './workload.js';

const WORKER_ENTRY = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
const WORKER_EXIT_GRACE_MS = 2_000;

export interface PoolOptions {
  endpoints: string[];
  workers: number;
  /** HTTP/2 connections in total, divided between the workers. */
  conns: number;
  shape: KeyValueShape;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** Requests carry `:authority: http://host:port`, as etcdctl 3.4's per-endpoint calls do. */
  schemeInAuthority?: boolean;
  /** For https:// endpoints: the CA file (PEM) their certificates must chain to. */
  caFile?: string;
  /** With auth on: every connection authenticates as this user and sends its token. */
  credentials?: Credentials;
}

/** One measurement over the whole pool. */
export interface LoadRun {
  workload: Workload;
  /** Requests in flight over all workers. */
  concurrency: number;
  /** For a request count, the count over all workers; a duration applies to each worker. */
  stop: StopCondition;
  timeLimitMs: number;
}

export interface LoadResult {
  workload: Workload;
  concurrency: number;
  conns: number;
  /** Worker processes that generated this load. */
  clientProcesses: number;
  succeeded: number;
  failed: number;
  errors: Record<string, number>;
  /** Wall time of the slowest worker: all of them start together. */
  elapsedMs: number;
  requestsPerSecond: number;
  stoppedByTimeLimit: boolean;
  latency: LatencyHistogram;
}

/** `total` split into `parts` shares that differ by at most one, largest first. */
function split(total: number, parts: number): number[] {
  return Array.from(
    { length: parts },
    (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0),
  );
}

class WorkerHandle {
  readonly process: OwnedProcess;
  readonly ready: Promise<void>;
  /** What the worker's first connection negotiated, for https:// endpoints. */
  tlsSession: TlsSession | undefined;
  private readonly pending = new Map<number, (result: GeneratorResult) => void>();
  private nextId = 0;
  private failure: Error | undefined;
  private readonly child: ChildProcess;

  constructor(config: WorkerConfig) {
    this.child = fork(WORKER_ENTRY, [JSON.stringify(config)], {
      execArgv: process.execArgv, // `--import tsx`: the worker is TypeScript too
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.process = new OwnedProcess(this.child);
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            this.tlsSession = message.tls;
            resolve();
            break;
          case 'failed':
            reject(new Error(`load worker could not connect: ${message.message}`));
            break;
          case 'result':
            this.pending.get(message.id)?.(message.result);
            this.pending.delete(message.id);
            break;
        }
      });
      void this.process.exited.then((how) => {
        this.failure = new Error(`load worker ${this.process.pid} exited (${how})`);
        reject(this.failure);
      });
    });
  }

  run(run: GeneratorRun): Promise<GeneratorResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const message: ToWorker = { type: 'run', id, run };
    return new Promise((resolve, reject) => {
      this.pending.set(id, resolve);
      void this.process.exited.then(() => {
        reject(this.failure ?? new Error('load worker exited'));
      });
      this.child.send(message);
    });
  }

  async close(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    const timer = setTimeout(() => void this.process.stop(), WORKER_EXIT_GRACE_MS);
    await this.process.exited;
    clearTimeout(timer);
  }
}

export class LoadWorkerPool implements Disposable {
  private constructor(
    private readonly workers: WorkerHandle[],
    private readonly options: PoolOptions,
  ) {}

  /** Forks the workers and resolves once every connection is up. */
  static async start(options: PoolOptions): Promise<LoadWorkerPool> {
    if (options.conns < options.workers) {
      throw new Error(`--conns (${options.conns}) must be at least --workers (${options.workers})`);
    }
    let firstChannelIndex = 0;
    const workers = split(options.conns, options.workers).map((conns) => {
      const worker = new WorkerHandle({
        endpoints: options.endpoints,
        conns,
        firstChannelIndex,
        shape: options.shape,
        requestTimeoutMs: options.requestTimeoutMs,
        connectTimeoutMs: options.connectTimeoutMs,
        schemeInAuthority: options.schemeInAuthority ?? false,
        ...(options.caFile !== undefined && { caFile: options.caFile }),
        ...(options.credentials !== undefined && { credentials: options.credentials }),
      });
      firstChannelIndex += conns;
      return worker;
    });
    const pool = new LoadWorkerPool(workers, options);
    try {
      await Promise.all(workers.map((w) => w.ready));
    } catch (err) {
      await pool.dispose();
      throw err;
    }
    return pool;
  }

  get processCount(): number {
    return this.workers.length;
  }

  /** What the first connection negotiated, for https:// endpoints. */
  get tlsSession(): TlsSession | undefined {
    return this.workers[0]?.tlsSession;
  }

  /** The worker processes, whose CPU time is the generator's. */
  get pids(): number[] {
    return this.workers.map((w) => w.process.pid);
  }

  /** Runs one measurement with random keys on all workers at once and merges their results. */
  async run(run: LoadRun): Promise<LoadResult> {
    const active = this.activeWorkers(run.concurrency);
    const concurrencies = split(run.concurrency, active.length);
    const requestShares =
      'requests' in run.stop ? split(run.stop.requests, active.length) : undefined;
    const results = await Promise.all(
      active.map((worker, i) =>
        worker.run({
          workload: run.workload,
          concurrency: concurrencies[i]!,
          stop: requestShares ? { requests: requestShares[i]! } : run.stop,
          timeLimitMs: run.timeLimitMs,
          keys: { order: 'random' },
        }),
      ),
    );
    const latency = new LatencyHistogram();
    const errors: Record<string, number> = {};
    let succeeded = 0;
    let failed = 0;
    let elapsedMs = 0;
    for (const result of results) {
      latency.merge(LatencyHistogram.fromSnapshot(result.latency));
      for (const [label, count] of Object.entries(result.errors)) {
        errors[label] = (errors[label] ?? 0) + count;
      }
      succeeded += result.succeeded;
      failed += result.failed;
      elapsedMs = Math.max(elapsedMs, result.elapsedMs);
    }
    return {
      workload: run.workload,
      concurrency: run.concurrency,
      conns: this.options.conns,
      clientProcesses: active.length,
      succeeded,
      failed,
      errors,
      elapsedMs,
      requestsPerSecond: elapsedMs > 0 ? (succeeded * 1000) / elapsedMs : 0,
      stoppedByTimeLimit: results.some((r) => r.stoppedByTimeLimit),
      latency,
    };
  }

  /** The workers a measurement at `concurrency` uses: below one request in flight per worker,
   * the surplus workers sit it out. */
  activeWorkerPids(concurrency: number): number[] {
    return this.activeWorkers(concurrency).map((w) => w.process.pid);
  }

  private activeWorkers(concurrency: number): WorkerHandle[] {
    return this.workers.slice(0, Math.min(concurrency, this.workers.length));
  }

  /**
   * Writes every key of the key space once, so range workloads read keys that exist. Each worker
   * takes every N-th key; the writes are not measured.
   */
  async seedKeySpace(concurrency: number, timeLimitMs: number): Promise<void> {
    const { keySpace } = this.options.shape;
    const stride = this.workers.length;
    const concurrencies = split(Math.max(concurrency, stride), stride);
    const results = await Promise.all(
      this.workers.map((worker, i) =>
        worker.run({
          workload: 'put',
          concurrency: concurrencies[i]!,
          stop: { requests: Math.ceil((keySpace - i) / stride) },
          timeLimitMs,
          keys: { order: 'sequential', first: i, stride },
        }),
      ),
    );
    const failed = results.reduce((sum, r) => sum + r.failed, 0);
    if (failed > 0 || results.some((r) => r.stoppedByTimeLimit)) {
      const errors = results.flatMap((r) => Object.keys(r.errors)).join('; ');
      throw new Error(`seeding the key space failed (${failed} errors: ${errors})`);
    }
  }

  async dispose(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
