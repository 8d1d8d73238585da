// Shared helpers of the cluster tests: raw gRPC calls with chosen metadata, cross-member hash checks.
import { runEtcdctl } from '../compat/etcdctl.js';
import * as grpc from '@grpc/grpc-js';
import assert from 'node:assert/strict';
import { kvService } from '../../src/api/services.js';
import type { ClusterMember, TestCluster } from '../helpers/cluster.js';

export interface RawOutcome {
  ok: boolean;
  code?: number;
  details?: string;
  value?: string;
}

/**
 * A linearizable Range sent with raw grpc-js, so the test chooses the metadata: with `hasLeader`
 * it carries `hasleader: true` as clientv3's WithRequireLeader does (our client sets it on
 * streams only).
 */
export function rawRange(
  endpoint: string,
  key: string,
  hasLeader: boolean,
  timeoutMs = 2000,
): Promise<RawOutcome> {
  const client = new grpc.Client(endpoint, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  if (hasLeader) metadata.set('hasleader', 'true');
  const m = kvService.Range;
  return new Promise<RawOutcome>((resolve) => {
    client.makeUnaryRequest(
      m.path,
      m.requestSerialize,
      m.responseDeserialize,
      { key: Buffer.from(key) },
      metadata,
      { deadline: Date.now() + timeoutMs },
      (err, res) => {
        client.close();
        if (err) resolve({ ok: false, code: err.code, details: err.details });
        else {
          const kv = res?.kvs[0];
          resolve(kv ? { ok: true, value: Buffer.from(kv.value ?? []).toString() } : { ok: true });
        }
      },
    );
  });
}

/**
 * Makes every running member apply at least `revision` (a linearizable read through each), then
 * asserts HashKV at `revision` is the same on all of them. Returns the hash.
 */
export async function assertSameHash(
  cluster: TestCluster,
  revision: number,
  members: readonly ClusterMember[] = cluster.members.filter((m) => m.running),
): Promise<number> {
  const hashes: string[] = [];
  let first: number | undefined;
  for (const m of members) {
    const c = m.client({ commandTimeoutMs: 10000 });
    try {
      await c.kv.get('/sync-barrier');
      const h = await c.maintenance.hashKV(revision);
      hashes.push(`${m.name}=${h.hash.toString(16)}@${h.header.revision}`);
      first ??= h.hash;
    } finally {
      await c.close();
    }
  }
  assert.ok(
    hashes.every((h) => h.split('=')[1]!.startsWith(`${first!.toString(16)}@`)),
    `HashKV at revision ${revision} differs: ${hashes.join(' ')}`,
  );
  return first!;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface EtcdctlResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs etcdctl 3.4 (ETCDCTL_BIN or /usr/bin/etcdctl) with only ETCDCTL_API=3 in its environment. */
export function etcdctl(args: string[], timeoutMs = 15000): Promise<EtcdctlResult> {
  return runEtcdctl(args, { timeoutMs });
}
