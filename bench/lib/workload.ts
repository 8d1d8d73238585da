// What one benchmark request is: the workloads of etcd's `benchmark put` and `benchmark range
// --consistency=l|s`, over keys of a fixed size drawn from a bounded key space.
import { createHash } from 'node:crypto';
import { kvService } from '../../src/api/services.js';
import { etcdserverpb } from '../../src/gen/etcd.js';
import { positiveIntList } from './flags.js';
import { grpcRequestHeaderBlock, UnaryCallTemplate } from './h2-wire.js';

export const WORKLOADS = ['put', 'range-linearizable', 'range-serializable'] as const;
export type Workload = (typeof WORKLOADS)[number];

export function isWorkload(name: string): name is Workload {
  return (WORKLOADS as readonly string[]).includes(name);
}

/** `workload=concurrencies;…` (e.g. `put=1,512;range-serializable=64`) as its cells. */
export function parseMatrix(spec: string): { workload: Workload; concurrency: number }[] {
  return spec.split(';').flatMap((entry) => {
    const [name = '', concurrencies = ''] = entry.split('=');
    const workload = name.trim();
    if (!isWorkload(workload)) throw new Error(`--matrix: unknown workload '${name}'`);
    return positiveIntList('matrix', concurrencies).map((concurrency) => ({
      workload,
      concurrency,
    }));
  });
}

export interface KeyValueShape {
  keySize: number;
  valueSize: number;
  keySpace: number;
}

/**
 * Which key each request uses. Random keys mirror etcd's benchmark; sequential keys with a stride
 * let N workers cover the key space together exactly once, which is how a range run seeds it.
 */
export type KeyOrder = { order: 'random' } | { order: 'sequential'; first: number; stride: number };

/** Key number `index` as zero-padded decimal: readable in etcdctl and exactly `keySize` bytes. */
export function formatKey(index: number, keySize: number): Buffer {
  return Buffer.from(String(index).padStart(keySize, '0'), 'latin1');
}

/** Key and value octets a request may carry: the generator sends each in one HTTP/2 frame. */
const MAX_REQUEST_PAYLOAD_BYTES = 16_000;

export function checkShape(shape: KeyValueShape): void {
  const widest = String(shape.keySpace - 1).length;
  if (widest > shape.keySize) {
    throw new Error(
      `--key-space ${shape.keySpace} needs keys of ${widest} bytes; --key-size is ${shape.keySize}`,
    );
  }
  if (shape.keySize + shape.valueSize > MAX_REQUEST_PAYLOAD_BYTES) {
    throw new Error(
      `--key-size plus --val-size may be at most ${MAX_REQUEST_PAYLOAD_BYTES} (one HTTP/2 frame)`,
    );
  }
}

/**
 * The value every put writes: `valueSize` octets that look random (so no layer can compress them)
 * but are the same in every run and process, so a reader can check what a put stored.
 */
export function benchmarkValue(valueSize: number): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; 32 * i < valueSize; i++) {
    blocks.push(createHash('sha256').update(`clusterd-bench-value-${i}`).digest());
  }
  return Buffer.concat(blocks).subarray(0, valueSize);
}

/** How the requests of a workload address the server. */
export interface RequestTarget {
  /** The `:authority` of every request: the endpoint's `host:port` unless told otherwise. */
  authority: string;
  scheme: 'http' | 'https';
  /** With auth on: the connection's token from Authenticate, sent with every request. */
  token?: string;
}

/** One workload's request, encoded once, and what counts as its answer. */
export interface WorkloadCall {
  template: UnaryCallTemplate;
  /** A range must find its key: its response carries at least the value. */
  minResponseBytes: number;
}

/**
 * The pre-encoded call of a workload: etcd's benchmark `put` (one value for all requests, as etcd's
 * tool does: the cost measured is the server's, not the client's random number generator) and
 * `range --consistency=l|s` of one key. The key is written into each copy (see UnaryCallTemplate).
 */
export function workloadCall(
  workload: Workload,
  shape: KeyValueShape,
  target: RequestTarget,
): WorkloadCall {
  const { Put, Range } = kvService;
  const placeholder = Buffer.alloc(shape.keySize, 0x30);
  const call = (path: string, protobuf: Uint8Array, minResponseBytes: number): WorkloadCall => {
    // Both requests have the key as field 1, which protobufjs writes first: a tag octet, the
    // length as a varint, then the key.
    const keyOffset = 1 + varintLength(shape.keySize);
    if (!Buffer.from(protobuf.subarray(keyOffset, keyOffset + shape.keySize)).equals(placeholder)) {
      throw new Error(`${path}: the key is not where the template expects it`);
    }
    const headerBlock = grpcRequestHeaderBlock({ path, ...target });
    return {
      template: new UnaryCallTemplate(headerBlock, protobuf, keyOffset, shape.keySize),
      minResponseBytes,
    };
  };
  switch (workload) {
    case 'put':
      return call(
        Put.path,
        etcdserverpb.PutRequest.encode({
          key: placeholder,
          value: benchmarkValue(shape.valueSize),
        }).finish(),
        0,
      );
    case 'range-linearizable':
    case 'range-serializable':
      return call(
        Range.path,
        etcdserverpb.RangeRequest.encode({
          key: placeholder,
          serializable: workload === 'range-serializable',
        }).finish(),
        shape.valueSize,
      );
  }
}

function varintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest >= 128; rest = Math.floor(rest / 128)) length++;
  return length;
}
