// When a failed call may be sent again. The rule that matters: a write that may already have been
// applied is never repeated. Immutable RPCs (reads, keepalives, status) retry on Unavailable;
// mutating RPCs retry only when the request certainly never reached a server.
import { etcdserverpb } from '../gen/etcd.js';
import { EtcdError, GrpcStatus } from './errors.js';

/** `immutable`: repeating it changes nothing. `mutable`: repeating it may apply it twice. */
export type RetryPolicy = 'immutable' | 'mutable';

/** The policy of every unary RPC and stream the client calls, by gRPC method path. */
export const retryPolicyTable: ReadonlyMap<string, RetryPolicy> = new Map<string, RetryPolicy>([
  ['/etcdserverpb.KV/Range', 'immutable'],
  ['/etcdserverpb.KV/Put', 'mutable'],
  ['/etcdserverpb.KV/DeleteRange', 'mutable'],
  ['/etcdserverpb.KV/Txn', 'mutable'],
  ['/etcdserverpb.KV/Compact', 'mutable'],
  ['/etcdserverpb.Watch/Watch', 'immutable'],
  ['/etcdserverpb.Lease/LeaseGrant', 'mutable'],
  ['/etcdserverpb.Lease/LeaseRevoke', 'mutable'],
  ['/etcdserverpb.Lease/LeaseKeepAlive', 'immutable'],
  ['/etcdserverpb.Lease/LeaseTimeToLive', 'immutable'],
  ['/etcdserverpb.Lease/LeaseLeases', 'immutable'],
  ['/etcdserverpb.Cluster/MemberList', 'immutable'],
  ['/etcdserverpb.Cluster/MemberAdd', 'mutable'],
  ['/etcdserverpb.Cluster/MemberRemove', 'mutable'],
  ['/etcdserverpb.Cluster/MemberUpdate', 'mutable'],
  ['/etcdserverpb.Cluster/MemberPromote', 'mutable'],
  ['/etcdserverpb.Maintenance/Status', 'immutable'],
  ['/etcdserverpb.Maintenance/Alarm', 'mutable'], // GET is immutable: see retryPolicyFor
  ['/etcdserverpb.Maintenance/Defragment', 'mutable'],
  ['/etcdserverpb.Maintenance/Hash', 'immutable'],
  ['/etcdserverpb.Maintenance/HashKV', 'immutable'],
  ['/etcdserverpb.Maintenance/MoveLeader', 'mutable'],
]);

/** The policy for one request: a method's table entry, refined by what the request asks. */
export function retryPolicyFor(path: string, request: unknown): RetryPolicy {
  if (path === '/etcdserverpb.Maintenance/Alarm') {
    const action = (request as etcdserverpb.IAlarmRequest | undefined)?.action ?? 0;
    return action === etcdserverpb.AlarmRequest.AlarmAction.GET ? 'immutable' : 'mutable';
  }
  if (path === '/etcdserverpb.KV/Txn' && isReadOnlyTxn(request as etcdserverpb.ITxnRequest)) {
    return 'immutable';
  }
  return retryPolicyTable.get(path) ?? 'mutable';
}

function isReadOnlyTxn(txn: etcdserverpb.ITxnRequest | null | undefined): boolean {
  if (!txn) return true;
  const ops = [...(txn.success ?? []), ...(txn.failure ?? [])];
  return ops.every((op) =>
    op.requestRange ? true : op.requestTxn ? isReadOnlyTxn(op.requestTxn) : false,
  );
}

/**
 * True when the failure proves the request never left this client: no connection existed (grpc-js
 * "No connection established", a refused or unresolvable address), or the server refused the
 * stream before reading it. Anything else (a timeout, a dropped connection after sending, a server
 * error) leaves it open whether a write was applied.
 */
export function neverSent(err: EtcdError): boolean {
  if (err.code !== GrpcStatus.UNAVAILABLE) return false;
  return /No connection established|Stream refused by server|ECONNREFUSED|Name resolution failed|no address available/i.test(
    err.message,
  );
}

/** Whether a call that failed with `err` may be sent again (to this or another endpoint). */
export function shouldRetry(policy: RetryPolicy, err: EtcdError): boolean {
  if (neverSent(err)) return true;
  if (policy === 'immutable') return err.code === GrpcStatus.UNAVAILABLE;
  return false;
}

/** Whether the error says the endpoint itself is unusable, so the next call should go elsewhere. */
export function shouldFailover(err: EtcdError): boolean {
  return err.code === GrpcStatus.UNAVAILABLE;
}

/** Exponential backoff with full jitter: attempt 0 → up to baseMs, doubling up to maxMs. */
export function backoffMs(
  attempt: number,
  baseMs = 50,
  maxMs = 1000,
  random = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 16));
  return Math.max(1, Math.round(ceiling * (0.5 + random() / 2)));
}
