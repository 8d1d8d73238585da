// The closed-loop load of one client process: `concurrency` requests in flight, each slot sending
// its next request as soon as the previous one completes. Requests take the process's connections
// in turn, over as many of them as give every server the same share: pinned to one connection, a
// single slot would ask one member only, its figure a matter of whether that member leads.
// Callbacks rather than promises on this path: at tens of thousands of calls per second, every
// allocation per call shows in the figures.
import { LatencyHistogram, type HistogramSnapshot } from './histogram.js';
import { statusName, type RawGrpcConnection } from './raw-grpc-connection.js';
import {
  workloadCall,
  type KeyOrder,
  type KeyValueShape,
  type RequestTarget,
  type Workload,
  type WorkloadCall,
} from './workload.js';

/** When a run ends: after a number of requests, or after a time. */
export type StopCondition = { requests: number } | { durationMs: number };

/** One process's share of a measurement. */
export interface GeneratorRun {
  workload: Workload;
  concurrency: number;
  stop: StopCondition;
  /** Ends a request-count run early so a stalled server cannot hold the benchmark forever. */
  timeLimitMs: number;
  keys: KeyOrder;
}

export interface GeneratorResult {
  succeeded: number;
  failed: number;
  /** Failed requests by error label, e.g. `DEADLINE_EXCEEDED: Deadline exceeded`. */
  errors: Record<string, number>;
  elapsedMs: number;
  stoppedByTimeLimit: boolean;
  /** Latency of the successful requests. */
  latency: HistogramSnapshot;
}

export class LoadGenerator {
  private readonly calls = new Map<string, WorkloadCall>();
  /** How many of the connections requests rotate over (a multiple of the servers they reach). */
  private readonly rotation: number;

  /** `targets[i]` is how requests on `connections[i]` address its server. */
  constructor(
    private readonly connections: readonly RawGrpcConnection[],
    private readonly targets: readonly RequestTarget[],
    private readonly shape: KeyValueShape,
  ) {
    const servers = new Set(targets.map((t) => t.authority)).size;
    const evenShare = connections.length - (connections.length % servers);
    // Fewer connections than servers: every connection, the shares as even as they can be.
    this.rotation = evenShare > 0 ? evenShare : connections.length;
  }

  /** The workload's encoded call for each connection (one per distinct target). */
  private callsOf(workload: Workload): WorkloadCall[] {
    return this.targets.map((target) => {
      const id = `${workload} ${target.scheme}://${target.authority} ${target.token ?? ''}`;
      let call = this.calls.get(id);
      if (call === undefined) {
        call = workloadCall(workload, this.shape, target);
        this.calls.set(id, call);
      }
      return call;
    });
  }

  run(spec: GeneratorRun): Promise<GeneratorResult> {
    const { connections, shape, rotation } = this;
    const calls = this.callsOf(spec.workload);
    const histogram = new LatencyHistogram();
    const errors: Record<string, number> = {};
    const maxRequests = 'requests' in spec.stop ? spec.stop.requests : Infinity;
    const windowMs = 'durationMs' in spec.stop ? spec.stop.durationMs : spec.timeLimitMs;
    const keys = spec.keys;
    let sequence = 0;
    const nextKey = (): number =>
      keys.order === 'random'
        ? Math.floor(Math.random() * shape.keySpace)
        : (keys.first + keys.stride * sequence++) % shape.keySpace;

    return new Promise((resolve) => {
      const startedAt = performance.now();
      const endsAt = startedAt + windowMs;
      let issued = 0;
      let turn = 0;
      let inFlight = 0;
      let succeeded = 0;
      let failed = 0;
      let timedOut = false;

      const finish = (): void => {
        resolve({
          succeeded,
          failed,
          errors,
          elapsedMs: performance.now() - startedAt,
          stoppedByTimeLimit: timedOut && 'requests' in spec.stop,
          latency: histogram.snapshot(),
        });
      };

      const sendNext = (): void => {
        if (issued >= maxRequests || (timedOut ||= performance.now() >= endsAt)) {
          if (inFlight === 0) finish();
          return;
        }
        issued++;
        inFlight++;
        const sentAt = performance.now();
        const index = turn++ % rotation;
        const { template, minResponseBytes } = calls[index]!;
        connections[index]!.call(template, nextKey(), minResponseBytes, (code, message) => {
          inFlight--;
          if (code !== 0) {
            failed++;
            const label = `${statusName(code)}: ${message}`;
            errors[label] = (errors[label] ?? 0) + 1;
          } else {
            succeeded++;
            histogram.record((performance.now() - sentAt) * 1000);
          }
          sendNext();
        });
      };

      for (let slot = 0; slot < spec.concurrency; slot++) sendNext();
    });
  }
}
