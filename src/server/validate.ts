// Request checks that need no state, made before a request is proposed (etcd's v3rpc/key.go), so a
// malformed request never reaches the log.
import type { etcdserverpb } from '../gen/etcd.js';
import { toBigInt } from '../util/long.js';
import { latin1, rangeEnd } from './apply.js';
import { Errors } from './errors.js';

function checkKey(key: Uint8Array | null | undefined): void {
  if (!key || key.length === 0) throw Errors.emptyKey();
}

export function checkRange(req: etcdserverpb.IRangeRequest): void {
  checkKey(req.key);
}

export function checkPut(req: etcdserverpb.IPutRequest): void {
  checkKey(req.key);
  if (req.ignoreValue && req.value && req.value.length > 0) throw Errors.valueProvided();
  if (req.ignoreLease && toBigInt(req.lease) !== 0n) throw Errors.leaseProvided();
}

export function checkDeleteRange(req: etcdserverpb.IDeleteRangeRequest): void {
  checkKey(req.key);
}

export function checkTxn(req: etcdserverpb.ITxnRequest, maxTxnOps: number): void {
  checkTxnOps(req, maxTxnOps);
  checkIntervals(req.success ?? []);
  checkIntervals(req.failure ?? []);
}

/** The op limit counts the largest of compare/success/failure, and nested txns share the budget. */
function checkTxnOps(req: etcdserverpb.ITxnRequest, maxTxnOps: number): void {
  const opc = Math.max(
    req.compare?.length ?? 0,
    req.success?.length ?? 0,
    req.failure?.length ?? 0,
  );
  if (opc > maxTxnOps) throw Errors.tooManyOps();
  for (const c of req.compare ?? []) checkKey(c.key);
  for (const op of [...(req.success ?? []), ...(req.failure ?? [])]) {
    if (op.requestRange) checkRange(op.requestRange);
    else if (op.requestPut) checkPut(op.requestPut);
    else if (op.requestDeleteRange) checkDeleteRange(op.requestDeleteRange);
    else if (op.requestTxn) checkTxnOps(op.requestTxn, maxTxnOps - opc);
  }
}

/** A deleted interval: [key, end) with end null for "to the end", or the single key. */
interface Interval {
  key: string;
  end: string | null | undefined;
}

function covers(iv: Interval, k: string): boolean {
  if (iv.end === undefined) return k === iv.key;
  return k >= iv.key && (iv.end === null || k < iv.end);
}

/**
 * etcd's duplicate-key rule for one branch: a key may be put once, and not also deleted, counting
 * nested txns (whose two branches may put the same key, since only one of them runs).
 */
function checkIntervals(ops: etcdserverpb.IRequestOp[]): { puts: Set<string>; dels: Interval[] } {
  const dels: Interval[] = [];
  for (const op of ops) {
    const d = op.requestDeleteRange;
    if (d) dels.push({ key: latin1(d.key ?? new Uint8Array()), end: rangeEnd(d.rangeEnd) });
  }
  const deleted = (k: string): boolean => dels.some((iv) => covers(iv, k));
  const puts = new Set<string>();
  for (const op of ops) {
    if (!op.requestTxn) continue;
    const then = checkIntervals(op.requestTxn.success ?? []);
    const otherwise = checkIntervals(op.requestTxn.failure ?? []);
    for (const k of then.puts) {
      if (puts.has(k) || deleted(k)) throw Errors.duplicateKey();
      puts.add(k);
    }
    for (const k of otherwise.puts) {
      if ((puts.has(k) && !then.puts.has(k)) || deleted(k)) throw Errors.duplicateKey();
      puts.add(k);
    }
    dels.push(...then.dels, ...otherwise.dels);
  }
  for (const op of ops) {
    if (!op.requestPut) continue;
    const k = latin1(op.requestPut.key ?? new Uint8Array());
    if (puts.has(k) || deleted(k)) throw Errors.duplicateKey();
    puts.add(k);
  }
  return { puts, dels };
}
