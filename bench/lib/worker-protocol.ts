// The messages between the benchmark process and its load worker processes (node IPC channel).
import type { Credentials } from './authenticate.js';
import type { GeneratorResult, GeneratorRun } from './load-generator.js';
import type { TlsSession } from './raw-grpc-connection.js';
import type { KeyValueShape } from './workload.js';

/** Passed to a worker as its single command-line argument (JSON). */
export interface WorkerConfig {
  endpoints: string[];
  /** The HTTP/2 connections this worker opens, spread over the endpoints. */
  conns: number;
  /** The index of this worker's first connection among all workers' connections. */
  firstChannelIndex: number;
  shape: KeyValueShape;
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** Send `:authority: http://host:port`, as etcdctl 3.4 does on its per-endpoint calls. */
  schemeInAuthority: boolean;
  /** For https:// endpoints: the CA file (PEM) their certificates must chain to. */
  caFile?: string;
  /** With auth on: each connection authenticates as this user and sends its token. */
  credentials?: Credentials;
}

export type ToWorker = { type: 'run'; id: number; run: GeneratorRun };

export type FromWorker =
  | { type: 'ready'; tls?: TlsSession }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: GeneratorResult };
