// Applying requests to the store, as etcd's applierV3backend does. Everything here is
// deterministic given the store, the lessor and the request, so every member that applies the same
// log reaches the same state. Validation that depends on state (lease existence, ignore_value on a
// missing key) happens here, before the first change, because a WriteTxn cannot be rolled back.
import { etcdserverpb } from '../gen/etcd.js';
import type { MvccStore, RangeEnd, RangeResult, WriteTxn } from '../storage/mvcc/kv-store.js';
import { CompactedError, FutureRevisionError } from '../storage/mvcc/kv-store.js';
import { toBigInt, toNumber } from '../util/long.js';
import { kvToProto } from './convert.js';
import { Errors } from './errors.js';
import type { Lessor } from './lessor.js';

const { SortOrder, SortTarget } = etcdserverpb.RangeRequest;
const { CompareResult, CompareTarget } = etcdserverpb.Compare;

/** A consistent view to read from: the store at its current revision, or a write transaction. */
export interface ReadView {
  /** The revision a read with revision 0 observes. */
  readonly revision: number;
  /** Keys of [key, end) at `rev` (0: the view's revision), checking compacted/future revisions. */
  range(key: string, end: RangeEnd, rev: number, limit: number): RangeResult;
}

export function storeView(store: MvccStore): ReadView {
  return {
    revision: store.currentRevision,
    range: (key, end, rev, limit) => store.range(key, end, rev, limit),
  };
}

export function txnView(store: MvccStore, txn: WriteTxn): ReadView {
  return {
    get revision() {
      return txn.readRevision;
    },
    range(key, end, rev, limit) {
      if (rev <= 0 || rev === txn.readRevision) return txn.range(key, end, limit);
      if (rev > txn.readRevision) throw new FutureRevisionError();
      return store.range(key, end, rev, limit);
    },
  };
}

/** etcd's range_end conventions: empty = the key alone, "\0" = every key from key on. */
export function rangeEnd(end: Uint8Array | null | undefined): RangeEnd {
  if (!end || end.length === 0) return undefined;
  if (end.length === 1 && end[0] === 0) return null;
  return latin1(end);
}

/**
 * Bytes as a latin1 string (byte order is string order); none as ''. Every request's keys come
 * here: the decoders' Buffers are read as they are (a Buffer view made per call cost more than the
 * conversion of a short key), and an empty range_end is no conversion at all.
 */
export function latin1(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString('latin1');
}

function asBuffer(bytes: Uint8Array | null | undefined): Buffer {
  if (!bytes) return Buffer.alloc(0);
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
}

/** Store errors as the client sees them. */
export function mapStoreError(err: unknown): unknown {
  if (err instanceof CompactedError) return Errors.compacted();
  if (err instanceof FutureRevisionError) return Errors.futureRevision();
  return err;
}

export function applyRange(
  view: ReadView,
  req: etcdserverpb.IRangeRequest,
): etcdserverpb.IRangeResponse {
  const key = latin1(req.key ?? new Uint8Array());
  const end = rangeEnd(req.rangeEnd);
  const limit = toNumber(req.limit);
  const rev = toNumber(req.revision);
  const minMod = toNumber(req.minModRevision);
  const maxMod = toNumber(req.maxModRevision);
  const minCreate = toNumber(req.minCreateRevision);
  const maxCreate = toNumber(req.maxCreateRevision);
  let sortOrder = req.sortOrder ?? SortOrder.NONE;
  const sortTarget = req.sortTarget ?? SortTarget.KEY;
  if (sortTarget !== SortTarget.KEY && sortOrder === SortOrder.NONE) sortOrder = SortOrder.ASCEND;
  const filtered = minMod !== 0 || maxMod !== 0 || minCreate !== 0 || maxCreate !== 0;
  const sorted =
    sortOrder !== SortOrder.NONE &&
    !(sortTarget === SortTarget.KEY && sortOrder === SortOrder.ASCEND);
  // Filters and sorting need every key; otherwise fetch one more than the limit to learn `more`.
  const fetchLimit = filtered || sorted ? 0 : limit > 0 ? limit + 1 : 0;
  let result: RangeResult;
  try {
    result = req.countOnly ? countOnly(view, key, end, rev) : view.range(key, end, rev, fetchLimit);
  } catch (err) {
    throw mapStoreError(err);
  }
  let kvs = result.kvs;
  if (filtered) {
    kvs = kvs.filter(
      (kv) =>
        (minMod === 0 || kv.modRevision >= minMod) &&
        (maxMod === 0 || kv.modRevision <= maxMod) &&
        (minCreate === 0 || kv.createRevision >= minCreate) &&
        (maxCreate === 0 || kv.createRevision <= maxCreate),
    );
  }
  if (sorted) {
    const by = sortKey(sortTarget);
    // Stable, with the comparison reversed for DESCEND (not the result): ties stay in key order,
    // as etcd's sort.Sort(sort.Reverse(...)) leaves them (an insertion sort up to 12 keys).
    const sign = sortOrder === SortOrder.DESCEND ? -1 : 1;
    kvs.sort((a, b) => sign * compareSortKeys(by(a), by(b)));
  }
  let more = false;
  if (limit > 0 && kvs.length > limit) {
    kvs = kvs.slice(0, limit);
    more = true;
  }
  return {
    kvs: kvs.map((kv) => kvToProto(kv, req.keysOnly === true)),
    more,
    count: result.count,
  };
}

function countOnly(view: ReadView, key: string, end: RangeEnd, rev: number): RangeResult {
  // A limit of 1 still counts every key while reading only one record.
  return { kvs: [], count: view.range(key, end, rev, 1).count };
}

type SortValue = number | Buffer;

function sortKey(
  target: etcdserverpb.RangeRequest.SortTarget,
): (kv: RangeResult['kvs'][number]) => SortValue {
  switch (target) {
    case SortTarget.VERSION:
      return (kv) => kv.version;
    case SortTarget.CREATE:
      return (kv) => kv.createRevision;
    case SortTarget.MOD:
      return (kv) => kv.modRevision;
    case SortTarget.VALUE:
      return (kv) => kv.value;
    case SortTarget.KEY:
      return (kv) => kv.key;
  }
}

function compareSortKeys(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return Buffer.compare(a as Buffer, b as Buffer);
}

/** The state a request is applied against. */
export interface ApplyContext {
  store: MvccStore;
  lessor: Lessor;
}

export function applyPut(
  ctx: ApplyContext,
  txn: WriteTxn,
  req: etcdserverpb.IPutRequest,
): etcdserverpb.IPutResponse {
  const key = asBuffer(req.key);
  const name = key.toString('latin1');
  let value = asBuffer(req.value);
  let lease = toBigInt(req.lease, true);
  const prevAt = ctx.store.latestAt(name, txn.readRevision);
  const prevKv =
    prevAt && (req.prevKv || req.ignoreValue || req.ignoreLease)
      ? ctx.store.readKv(prevAt.modified)
      : undefined;
  if (req.ignoreValue || req.ignoreLease) {
    if (!prevKv) throw Errors.keyNotFound();
    if (req.ignoreValue) value = prevKv.value;
    if (req.ignoreLease) lease = prevKv.lease;
  }
  if (lease !== 0n && !ctx.lessor.has(lease)) throw Errors.leaseNotFound();
  txn.put(key, value, lease);
  ctx.lessor.attach(name, lease);
  return { prevKv: req.prevKv && prevKv ? kvToProto(prevKv) : null };
}

export function applyDeleteRange(
  ctx: ApplyContext,
  txn: WriteTxn,
  req: etcdserverpb.IDeleteRangeRequest,
): etcdserverpb.IDeleteRangeResponse {
  const deleted = txn.deleteRange(latin1(req.key ?? new Uint8Array()), rangeEnd(req.rangeEnd));
  const prevKvs: etcdserverpb.IDeleteRangeResponse['prevKvs'] = [];
  for (const d of deleted) {
    ctx.lessor.detach(d.key.toString('latin1'));
    if (req.prevKv) {
      const kv = ctx.store.readKv(d.prev);
      if (kv) prevKvs.push(kvToProto(kv));
    }
  }
  return { deleted: deleted.length, prevKvs };
}

/** Evaluates one compare as etcd does: every key of the range must satisfy it. */
function applyCompare(view: ReadView, c: etcdserverpb.ICompare): boolean {
  const key = latin1(c.key ?? new Uint8Array());
  let kvs;
  try {
    kvs = view.range(key, rangeEnd(c.rangeEnd), 0, 0).kvs;
  } catch {
    return false;
  }
  const target = c.target ?? CompareTarget.VERSION;
  if (kvs.length === 0) {
    // A value compare on a missing key always fails; the others compare against zeros.
    if (target === CompareTarget.VALUE) return false;
    return compareResult(c, compareTarget(c, target, undefined));
  }
  return kvs.every((kv) => compareResult(c, compareTarget(c, target, kv)));
}

function compareTarget(
  c: etcdserverpb.ICompare,
  target: etcdserverpb.Compare.CompareTarget,
  kv: RangeResult['kvs'][number] | undefined,
): number {
  switch (target) {
    case CompareTarget.VALUE:
      return Buffer.compare(kv?.value ?? Buffer.alloc(0), asBuffer(c.value));
    case CompareTarget.CREATE:
      return Math.sign((kv?.createRevision ?? 0) - toNumber(c.createRevision));
    case CompareTarget.MOD:
      return Math.sign((kv?.modRevision ?? 0) - toNumber(c.modRevision));
    case CompareTarget.LEASE: {
      const a = kv?.lease ?? 0n;
      const b = toBigInt(c.lease, true);
      return a < b ? -1 : a > b ? 1 : 0;
    }
    case CompareTarget.VERSION:
      return Math.sign((kv?.version ?? 0) - toNumber(c.version));
  }
}

function compareResult(c: etcdserverpb.ICompare, cmp: number): boolean {
  switch (c.result ?? CompareResult.EQUAL) {
    case CompareResult.GREATER:
      return cmp > 0;
    case CompareResult.LESS:
      return cmp < 0;
    case CompareResult.NOT_EQUAL:
      return cmp !== 0;
    case CompareResult.EQUAL:
      return cmp === 0;
  }
}

/**
 * Which branch every (nested) txn takes, decided against the state before any of its writes, as
 * etcd decides it: a pre-order list of booleans.
 */
function txnPath(view: ReadView, req: etcdserverpb.ITxnRequest, path: boolean[] = []): boolean[] {
  const succeeded = (req.compare ?? []).every((c) => applyCompare(view, c));
  path.push(succeeded);
  for (const op of (succeeded ? req.success : req.failure) ?? []) {
    if (op.requestTxn) txnPath(view, op.requestTxn, path);
  }
  return path;
}

/** Checks the chosen branches before any change: leases exist, ranges are readable, keys exist. */
function checkTxn(
  ctx: ApplyContext,
  view: ReadView,
  req: etcdserverpb.ITxnRequest,
  path: boolean[],
  at: { i: number },
): void {
  const succeeded = path[at.i++]!;
  for (const op of (succeeded ? req.success : req.failure) ?? []) {
    if (op.requestPut) {
      const put = op.requestPut;
      const lease = toBigInt(put.lease, true);
      if (lease !== 0n && !ctx.lessor.has(lease)) throw Errors.leaseNotFound();
      if (put.ignoreValue || put.ignoreLease) {
        const name = latin1(put.key ?? new Uint8Array());
        if (!ctx.store.latestAt(name, view.revision)) throw Errors.keyNotFound();
      }
    } else if (op.requestRange) {
      const rev = toNumber(op.requestRange.revision);
      if (rev > 0) {
        if (rev > view.revision) throw Errors.futureRevision();
        if (rev < ctx.store.compactRevision) throw Errors.compacted();
      }
    } else if (op.requestTxn) {
      checkTxn(ctx, view, op.requestTxn, path, at);
    }
  }
}

export function applyTxn(
  ctx: ApplyContext,
  txn: WriteTxn | undefined,
  req: etcdserverpb.ITxnRequest,
): etcdserverpb.ITxnResponse {
  const view = txn ? txnView(ctx.store, txn) : storeView(ctx.store);
  const path = txnPath(view, req);
  checkTxn(ctx, view, req, path, { i: 0 });
  return executeTxn(ctx, txn, view, req, path, { i: 0 });
}

function executeTxn(
  ctx: ApplyContext,
  txn: WriteTxn | undefined,
  view: ReadView,
  req: etcdserverpb.ITxnRequest,
  path: boolean[],
  at: { i: number },
): etcdserverpb.ITxnResponse {
  const succeeded = path[at.i++]!;
  const responses: etcdserverpb.IResponseOp[] = [];
  for (const op of (succeeded ? req.success : req.failure) ?? []) {
    // Sub-responses carry only the revision in their header, as etcd's do.
    if (op.requestRange) {
      const r = applyRange(view, op.requestRange);
      responses.push({ responseRange: { ...r, header: { revision: view.revision } } });
    } else if (op.requestPut) {
      const r = applyPut(ctx, txn!, op.requestPut);
      responses.push({ responsePut: { ...r, header: { revision: view.revision } } });
    } else if (op.requestDeleteRange) {
      const r = applyDeleteRange(ctx, txn!, op.requestDeleteRange);
      responses.push({ responseDeleteRange: { ...r, header: { revision: view.revision } } });
    } else if (op.requestTxn) {
      const r = executeTxn(ctx, txn, view, op.requestTxn, path, at);
      // etcd leaves a nested txn's header empty (newTxnResp); only its sub-responses get one.
      responses.push({ responseTxn: { ...r, header: {} } });
    }
  }
  return { succeeded, responses };
}

/** True if no branch of the txn (at any depth) writes: such a txn is served as a read. */
export function isReadOnlyTxn(req: etcdserverpb.ITxnRequest): boolean {
  const ops = [...(req.success ?? []), ...(req.failure ?? [])];
  return ops.every((op) => op.requestRange || (op.requestTxn && isReadOnlyTxn(op.requestTxn)));
}
