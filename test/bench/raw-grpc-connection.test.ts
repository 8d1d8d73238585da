// The benchmark's own HTTP/2 generator against a real gRPC server (grpc-js): what it sends is what
// the server decodes, and a call counts as successful only when its trailers say grpc-status 0.
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { writeDecimalKey } from '../../bench/lib/h2-wire.js';
import { LoadGenerator } from '../../bench/lib/load-generator.js';
import { RawGrpcConnection } from '../../bench/lib/raw-grpc-connection.js';
import { benchmarkValue, formatKey, workloadCall } from '../../bench/lib/workload.js';
import { kvService } from '../../src/api/services.js';
import type { etcdserverpb } from '../../src/gen/etcd.js';

const shape = { keySize: 8, valueSize: 256, keySpace: 10_000 };

interface Outcome {
  code: number;
  message: string;
}

function call(
  connection: RawGrpcConnection,
  workload: 'put' | 'range-serializable',
  key: number,
  authority = '127.0.0.1',
): Promise<Outcome> {
  const { template, minResponseBytes } = workloadCall(workload, shape, {
    authority,
    scheme: 'http',
  });
  return new Promise((resolve) => {
    connection.call(template, key, minResponseBytes, (code, message) => {
      resolve({ code, message });
    });
  });
}

describe('bench: the raw HTTP/2 gRPC generator', function () {
  this.timeout(20_000);
  let server: grpc.Server;
  let port = 0;
  const puts: { key: string; value: Buffer; authority: string }[] = [];
  let hang = false;

  before(async () => {
    server = new grpc.Server();
    const put: grpc.handleUnaryCall<etcdserverpb.PutRequest, etcdserverpb.IPutResponse> = (
      c,
      cb,
    ) => {
      if (hang) return; // never answers
      const key = Buffer.from(c.request.key).toString('latin1');
      puts.push({
        key,
        value: Buffer.from(c.request.value),
        authority: c.getHost(),
      });
      // Odd keys fail as etcd fails a request, with a trailers-only response.
      if (Number(key) % 2 === 1) {
        cb({ code: grpc.status.INVALID_ARGUMENT, details: 'etcdserver: odd key, 100% refused' });
      } else cb(null, { header: { revision: puts.length } });
    };
    const range: grpc.handleUnaryCall<etcdserverpb.RangeRequest, etcdserverpb.IRangeResponse> = (
      c,
      cb,
    ) => {
      const key = Buffer.from(c.request.key);
      // Keys below 100 exist; others answer an empty range, which the generator must not count.
      const found = Number(key.toString('latin1')) < 100;
      cb(null, {
        header: { revision: 1 },
        count: found ? 1 : 0,
        kvs: found ? [{ key, value: benchmarkValue(shape.valueSize) }] : [],
      });
    };
    server.addService({ Put: kvService.Put, Range: kvService.Range }, { Put: put, Range: range });
    port = await new Promise<number>((resolve, reject) => {
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => {
        if (err) reject(err);
        else resolve(p);
      });
    });
  });

  after(() => {
    server.forceShutdown();
  });

  beforeEach(() => {
    puts.length = 0;
    hang = false;
  });

  it('writes zero-padded decimal keys in place', () => {
    const buf = Buffer.alloc(10, 0x2e);
    writeDecimalKey(buf, 1, 4711, 8);
    assert.equal(buf.toString('latin1'), '.00004711.');
    assert.deepEqual(formatKey(4711, 8), buf.subarray(1, 9));
  });

  it('sends the key, the value and the authority; counts grpc-status errors as errors', async () => {
    const connection = await RawGrpcConnection.connect({
      endpoint: `http://127.0.0.1:${port}`,
      requestTimeoutMs: 5_000,
      connectTimeoutMs: 5_000,
    });
    try {
      const outcomes = await Promise.all(
        [10, 11, 12, 13].map((key) => call(connection, 'put', key, `127.0.0.1:${port}`)),
      );
      assert.deepEqual(outcomes, [
        { code: 0, message: '' },
        { code: grpc.status.INVALID_ARGUMENT, message: 'etcdserver: odd key, 100% refused' },
        { code: 0, message: '' },
        { code: grpc.status.INVALID_ARGUMENT, message: 'etcdserver: odd key, 100% refused' },
      ]);
      assert.deepEqual(puts.map((p) => p.key).sort(), [
        '00000010',
        '00000011',
        '00000012',
        '00000013',
      ]);
      for (const p of puts) {
        assert.deepEqual(p.value, benchmarkValue(shape.valueSize));
        assert.equal(p.authority, `127.0.0.1:${port}`);
      }
      // The authority etcdctl 3.4 sends; grpc-js's own server, on Node's HTTP/2, refuses it.
      const withScheme = await call(connection, 'put', 20, `http://127.0.0.1:${port}`);
      assert.notEqual(withScheme.code, 0);
    } finally {
      connection.close();
    }
  });

  it('keeps thousands of calls in step (flow control, HPACK) and checks range answers', async () => {
    const connection = await RawGrpcConnection.connect({
      endpoint: `127.0.0.1:${port}`,
      requestTimeoutMs: 5_000,
      connectTimeoutMs: 5_000,
    });
    try {
      // 4,000 puts of ~280 octets, 64 at a time: far beyond the 65,535-octet windows the server
      // starts with, so its WINDOW_UPDATEs must be honoured.
      const counts = { ok: 0, failed: 0 };
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < 4000) {
          const key = 2 * next++; // even: accepted
          const outcome = await call(connection, 'put', key);
          counts[outcome.code === 0 ? 'ok' : 'failed']++;
        }
      };
      await Promise.all(Array.from({ length: 64 }, worker));
      assert.deepEqual(counts, { ok: 4000, failed: 0 });
      assert.equal(puts.length, 4000);
      assert.equal(new Set(puts.map((p) => p.key)).size, 4000);

      const found = await call(connection, 'range-serializable', 42);
      assert.deepEqual(found, { code: 0, message: '' });
      const missing = await call(connection, 'range-serializable', 4242);
      assert.equal(missing.code, grpc.status.NOT_FOUND);
      assert.match(missing.message, /expected at least 256/);
    } finally {
      connection.close();
    }
  });

  it('the closed loop gives every server the same share, even at 1 in flight', async () => {
    // 8 connections over 3 servers (told apart by their authority), as compare.ts opens them.
    const servers = ['m1:2379', 'm2:2379', 'm3:2379'];
    const connections = await Promise.all(
      servers.concat(servers, servers.slice(0, 2)).map(() =>
        RawGrpcConnection.connect({
          endpoint: `127.0.0.1:${port}`,
          requestTimeoutMs: 5_000,
          connectTimeoutMs: 5_000,
        }),
      ),
    );
    try {
      const targets = connections.map((_, i) => ({
        authority: servers[i % servers.length]!,
        scheme: 'http' as const,
      }));
      const generator = new LoadGenerator(connections, targets, shape);
      for (const concurrency of [1, 6]) {
        puts.length = 0;
        const result = await generator.run({
          workload: 'put',
          concurrency,
          stop: { requests: 600 },
          timeLimitMs: 10_000,
          keys: { order: 'sequential', first: 0, stride: 2 },
        });
        assert.equal(result.succeeded, 600);
        const share = new Map<string, number>();
        for (const p of puts) share.set(p.authority, (share.get(p.authority) ?? 0) + 1);
        assert.deepEqual(
          Object.fromEntries(share),
          { 'm1:2379': 200, 'm2:2379': 200, 'm3:2379': 200 },
          `at ${concurrency} in flight`,
        );
      }
    } finally {
      for (const c of connections) c.close();
    }
  });

  it('gives up on an unanswered call after the request timeout', async () => {
    const connection = await RawGrpcConnection.connect({
      endpoint: `127.0.0.1:${port}`,
      requestTimeoutMs: 300,
      connectTimeoutMs: 5_000,
    });
    try {
      hang = true;
      const started = performance.now();
      const outcome = await call(connection, 'put', 2);
      assert.equal(outcome.code, grpc.status.DEADLINE_EXCEEDED);
      assert.ok(performance.now() - started < 2_000);
      // The connection still works afterwards.
      hang = false;
      assert.equal((await call(connection, 'put', 4)).code, 0);
    } finally {
      connection.close();
    }
  });

  it('fails the calls of a connection that closes', async () => {
    const connection = await RawGrpcConnection.connect({
      endpoint: `127.0.0.1:${port}`,
      requestTimeoutMs: 5_000,
      connectTimeoutMs: 5_000,
    });
    hang = true;
    const pending = call(connection, 'put', 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    connection.close();
    const outcome = await pending;
    assert.equal(outcome.code, grpc.status.UNAVAILABLE);
    assert.equal((await call(connection, 'put', 4)).code, grpc.status.UNAVAILABLE);
  });
});
