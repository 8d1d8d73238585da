// The closed-loop load of one client process: `concurrency` requests in flight, each slot sending
// its next request as soon as the previous one completes, spread over the process's channels.
// Callbacks rather than promises on this path: at thousands of calls per second per core, every
// allocation per call shows in the figures.
import type * as grpc from '@grpc/grpc-js';
import { describeError } from './etcd-rpc.js';
import { LatencyHistogram, type HistogramSnapshot } from './histogram.js';
import {
  formatKey,
  requestIssuer,
  type KeyOrder,
  type KeyValueShape,
  type Workload,
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
  constructor(
    private readonly channels: readonly grpc.Client[],
    private readonly shape: KeyValueShape,
    private readonly requestTimeoutMs: number,
  ) {}

  run(spec: GeneratorRun): Promise<GeneratorResult> {
    const { channels, shape, requestTimeoutMs } = this;
    const issue = requestIssuer(spec.workload, shape);
    const histogram = new LatencyHistogram();
    const errors: Record<string, number> = {};
    const maxRequests = 'requests' in spec.stop ? spec.stop.requests : Infinity;
    const windowMs = 'durationMs' in spec.stop ? spec.stop.durationMs : spec.timeLimitMs;
    const keys = spec.keys;
    let sequence = 0;
    const nextKey = (): Buffer =>
      keys.order === 'random'
        ? formatKey(Math.floor(Math.random() * shape.keySpace), shape.keySize)
        : formatKey((keys.first + keys.stride * sequence++) % shape.keySpace, shape.keySize);

    return new Promise((resolve) => {
      const startedAt = performance.now();
      const endsAt = startedAt + windowMs;
      let issued = 0;
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

      const sendNext = (slot: number): void => {
        if (issued >= maxRequests || (timedOut ||= performance.now() >= endsAt)) {
          if (inFlight === 0) finish();
          return;
        }
        issued++;
        inFlight++;
        const sentAt = performance.now();
        issue(
          channels[slot % channels.length]!,
          nextKey(),
          Date.now() + requestTimeoutMs,
          (err) => {
            inFlight--;
            if (err) {
              failed++;
              const label = describeError(err);
              errors[label] = (errors[label] ?? 0) + 1;
            } else {
              succeeded++;
              histogram.record((performance.now() - sentAt) * 1000);
            }
            sendNext(slot);
          },
        );
      };

      for (let slot = 0; slot < spec.concurrency; slot++) sendNext(slot);
    });
  }
}
