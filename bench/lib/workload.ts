// What one benchmark request is: the workloads of etcd's `benchmark put` and `benchmark range
// --consistency=l|s`, over keys of a fixed size drawn from a bounded key space.
import type * as grpc from '@grpc/grpc-js';
import { kvService } from '../../src/api/services.js';

export const WORKLOADS = ['put', 'range-linearizable', 'range-serializable'] as const;
export type Workload = (typeof WORKLOADS)[number];

export function isWorkload(name: string): name is Workload {
  return (WORKLOADS as readonly string[]).includes(name);
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

export function checkShape(shape: KeyValueShape): void {
  const widest = String(shape.keySpace - 1).length;
  if (widest > shape.keySize) {
    throw new Error(
      `--key-space ${shape.keySpace} needs keys of ${widest} bytes; --key-size is ${shape.keySize}`,
    );
  }
}

/** Sends one request for `key` on `client` and calls `done` with the outcome. */
export type IssueRequest = (
  client: grpc.Client,
  key: Buffer,
  deadline: number,
  done: (err: grpc.ServiceError | null) => void,
) => void;

export function requestIssuer(workload: Workload, shape: KeyValueShape): IssueRequest {
  const { Put, Range } = kvService;
  switch (workload) {
    case 'put': {
      // One random value shared by all requests, as etcd's benchmark does: the cost measured is
      // the server's, not the client's random number generator.
      const value = Buffer.alloc(shape.valueSize);
      for (let i = 0; i < value.length; i++) value[i] = Math.floor(Math.random() * 256);
      return (client, key, deadline, done) => {
        client.makeUnaryRequest(
          Put.path,
          Put.requestSerialize,
          Put.responseDeserialize,
          { key, value },
          { deadline },
          done,
        );
      };
    }
    case 'range-linearizable':
    case 'range-serializable': {
      const serializable = workload === 'range-serializable';
      return (client, key, deadline, done) => {
        client.makeUnaryRequest(
          Range.path,
          Range.requestSerialize,
          Range.responseDeserialize,
          { key, serializable },
          { deadline },
          done,
        );
      };
    }
  }
}
