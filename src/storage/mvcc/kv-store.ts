// Multi-version key-value store with etcd's revision semantics, on the LevelDB backend.
//
// The history lives in the backend keyed by revision (so a watch catching up reads it in order); an
// in-memory index maps each key to its revisions (KeyIndex) and keeps the keys sorted for ranges.
// Writes go through a WriteTxn: every change of one request shares its revision, and the store only
// bumps the revision when the request changed something. Changes are buffered, with whatever the
// server stages beside them (the applied log index, leases, members), until a batch of them is
// written: usually taken by the replicated log into its next write (`takeChanges`), else by `flush`.
// Until then reads find the buffered records in an overlay. Requests are answered once applied in
// memory, before their batch reaches LevelDB, so every read of the backend's history (HashKV, a
// watcher catching up) first flushes: `flush` resolves once everything buffered is written.
//
// Batches of changes are written one at a time and always synced. LevelDB keeps a prefix of its
// writes only within one log file: when it moves to a new file it closes the old one unsynced, so an
// unsynced batch there could be lost while a later synced one survives, and the later batch's
// applied index would then skip entries whose changes are gone.
import { mvccpb } from '../../gen/etcd.js';
import { crc32c } from '../../util/crc32c.js';
import {
  int64FieldSize,
  lengthFieldSize,
  numberFieldSize,
  ProtoWriter,
} from '../../util/protobuf-wire.js';
import { toBigInt, toNumber } from '../../util/long.js';
import type { Backend, BatchOp, ChangeBatch } from '../backend.js';
import {
  MetaKey,
  parseRevisionKey,
  Prefix,
  revisionKey,
  revisionRange,
  u64FromValue,
  u64Value,
} from '../keys.js';
import { KeyIndex, type Revision } from './key-index.js';
import { SortedKeys } from './sorted-keys.js';

export interface KeyValue {
  key: Buffer;
  createRevision: number;
  modRevision: number;
  version: number;
  value: Buffer;
  lease: bigint;
}

export const EventType = { Put: 0, Delete: 1 } as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export interface MvccEvent {
  type: EventType;
  /** For a delete, only key and modRevision are set, as etcd sends it. */
  kv: KeyValue;
  /** Where the key's previous record is, for watchers that ask for prev_kv. */
  prev: Revision | undefined;
}

/**
 * The end of a key range: `undefined` for the single key, `null` for "every key from key on"
 * (etcd's range_end "\0"), otherwise the exclusive end.
 */
export type RangeEnd = string | null | undefined;

export interface RangeResult {
  kvs: KeyValue[];
  /** Keys in the range at the revision, ignoring the limit. */
  count: number;
}

export class CompactedError extends Error {
  constructor() {
    super('mvcc: required revision has been compacted');
  }
}

export class FutureRevisionError extends Error {
  constructor() {
    super('mvcc: required revision is a future revision');
  }
}

const RecordFlag = { Put: 0, Tombstone: 1 } as const;
const currentRevisionKey = MetaKey.currentRevision;
const compactRevisionKey = MetaKey.compactRevision;

export class MvccStore {
  private readonly index = new Map<string, KeyIndex>();
  /** Every key that has history, in byte order. */
  private sortedKeys = new SortedKeys();
  private revision = 1;
  /** The revision the backend's current-revision record holds (after the next flush). */
  private flushedRevision = 0;
  private compacted = 0;
  /** Records written by applied requests but not yet flushed to the backend. */
  private readonly overlay = new Map<string, Buffer>();
  private pending: BatchOp[] = [];
  /** The octets of the pending ops' keys and values (the quota counts them before they are written). */
  private pendingBytes = 0;
  /** Settles when the batch of changes being written, if any, is (failures are the writer's). */
  private written: Promise<void> = Promise.resolve();
  private writing = false;

  private constructor(
    private readonly backend: Backend,
    /** Revision records deleted per batch by a compaction (etcd's compaction batch limit). */
    private readonly compactionBatchLimit: number,
  ) {}

  static async open(
    backend: Backend,
    options: { compactionBatchLimit?: number } = {},
  ): Promise<MvccStore> {
    const store = new MvccStore(backend, Math.max(1, options.compactionBatchLimit ?? 1000));
    await store.restore();
    return store;
  }

  get currentRevision(): number {
    return this.revision;
  }

  get compactRevision(): number {
    return this.compacted;
  }

  /** Keys that exist at the current revision. */
  get liveKeyCount(): number {
    let n = 0;
    for (const ki of this.index.values()) if (ki.isLive) n++;
    return n;
  }

  /** Throws etcd's errors for a revision that is compacted or in the future; 0 means current. */
  checkRevision(rev: number): number {
    if (rev <= 0) return this.revision;
    if (rev > this.revision) throw new FutureRevisionError();
    if (rev < this.compacted) throw new CompactedError();
    return rev;
  }

  /** Keys in [key, end) as of `rev`, at most `limit` of them (0: no limit), in key order. */
  range(key: string, end: RangeEnd, rev: number, limit: number): RangeResult {
    const atRev = this.checkRevision(rev);
    return this.rangeAt(key, end, atRev, limit);
  }

  /** Like range, but also counts; used by the write transaction at its own revision. */
  rangeAt(key: string, end: RangeEnd, atRev: number, limit: number): RangeResult {
    const kvs: KeyValue[] = [];
    let count = 0;
    this.forEachKeyAt(key, end, atRev, (ki, at) => {
      count++;
      if (limit > 0 && kvs.length >= limit) return;
      kvs.push(this.readKv(at.modified) ?? missingRecord(ki.key, at.modified));
    });
    return { kvs, count };
  }

  /** Calls fn for every key of [key, end) that exists at `atRev`, in key order. */
  forEachKeyAt(
    key: string,
    end: RangeEnd,
    atRev: number,
    fn: (ki: KeyIndex, at: NonNullable<ReturnType<KeyIndex['get']>>) => void,
  ): void {
    if (end === undefined) {
      const ki = this.index.get(key);
      const at = ki?.get(atRev);
      if (ki && at) fn(ki, at);
      return;
    }
    this.sortedKeys.forEachFrom(key, (k) => {
      if (end !== null && k >= end) return false;
      const ki = this.index.get(k)!;
      const at = ki.get(atRev);
      if (at) fn(ki, at);
      return true;
    });
  }

  /** The key's state at `rev`, or undefined if it did not exist then. */
  latestAt(key: string, rev: number): ReturnType<KeyIndex['get']> {
    return this.index.get(key)?.get(rev);
  }

  /** Reads the record at a revision; undefined for a tombstone or a compacted-away record. */
  readKv(rev: Revision): KeyValue | undefined {
    const record = this.readRecord(rev);
    if (!record || record[0] === RecordFlag.Tombstone) return undefined;
    return decodeKv(record);
  }

  private readRecord(rev: Revision): Buffer | undefined {
    const key = revisionKey(rev.main, rev.sub);
    if (this.overlay.size > 0) {
      const buffered = this.overlay.get(key.toString('latin1'));
      if (buffered) return buffered;
    }
    return this.backend.get(key);
  }

  beginWrite(): WriteTxn {
    return new WriteTxn(this, this.revision + 1);
  }

  /** Called by WriteTxn.end: the request changed something, so its revision becomes current. */
  commitRevision(rev: number): void {
    this.revision = rev;
  }

  /** Index bookkeeping shared by put and delete: creates the KeyIndex of a new key. */
  keyIndexFor(key: string): KeyIndex {
    let ki = this.index.get(key);
    if (!ki) {
      ki = new KeyIndex(key);
      this.index.set(key, ki);
      this.sortedKeys.insert(key);
    }
    return ki;
  }

  /** Buffers a record for the next flush and makes it readable at once. */
  stageRecord(rev: Revision, record: Buffer): void {
    const key = revisionKey(rev.main, rev.sub);
    this.overlay.set(key.toString('latin1'), record);
    this.buffer({ type: 'put', key, value: record });
  }

  /**
   * Compacts history before `rev` from the index now. The returned function deletes the records
   * from the backend; call it after the flush that makes the compaction mark durable (a crash in
   * between only leaves records that the next start deletes again).
   */
  compact(rev: number): () => Promise<void> {
    if (rev <= this.compacted) throw new CompactedError();
    if (rev > this.revision) throw new FutureRevisionError();
    this.compacted = rev;
    this.buffer({ type: 'put', key: compactRevisionKey, value: u64Value(rev) });
    const removed = this.compactIndex(rev);
    return () => this.deleteRecords(removed);
  }

  private compactIndex(rev: number): Revision[] {
    const removed: Revision[] = [];
    let emptied = false;
    for (const ki of this.index.values()) {
      for (const r of ki.compact(rev)) removed.push(r);
      if (ki.isEmpty) {
        this.index.delete(ki.key);
        emptied = true;
      }
    }
    if (emptied) this.sortedKeys.retain((k) => this.index.has(k));
    return removed;
  }

  private async deleteRecords(revs: Revision[]): Promise<void> {
    const chunk = this.compactionBatchLimit;
    for (let i = 0; i < revs.length; i += chunk) {
      const ops: BatchOp[] = revs
        .slice(i, i + chunk)
        .map((r) => ({ type: 'del', key: revisionKey(r.main, r.sub) }));
      await this.backend.write(ops, false);
      // Yield between chunks so a large compaction does not stall request handling.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Buffers the server's own changes of the applied entries, to go with the records. */
  stage(ops: readonly BatchOp[]): void {
    for (const op of ops) this.buffer(op);
  }

  private buffer(op: BatchOp): void {
    this.pending.push(op);
    this.pendingBytes += op.key.length + (op.type === 'put' ? op.value.length : 0);
  }

  /** The octets buffered changes will add to the backend. */
  get bytesToWrite(): number {
    return this.pendingBytes;
  }

  /** Whether changes wait to be written. */
  get hasChanges(): boolean {
    return this.pending.length > 0 || this.revision !== this.flushedRevision;
  }

  /**
   * Takes every buffered change as one batch for the caller to write synced, which then calls
   * `done`; undefined when nothing is buffered or a batch is still being written (batches go to
   * the backend one at a time, in order).
   */
  takeChanges(): ChangeBatch | undefined {
    if (this.writing || !this.hasChanges) return undefined;
    const ops = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    // One record of the newest revision per batch, not one per request.
    if (this.revision !== this.flushedRevision) {
      ops.push({ type: 'put', key: currentRevisionKey, value: u64Value(this.revision) });
      this.flushedRevision = this.revision;
    }
    this.writing = true;
    let settle!: () => void;
    this.written = new Promise<void>((resolve) => {
      settle = resolve;
    });
    return {
      ops,
      done: (failed) => {
        if (!failed) {
          for (const op of ops) {
            if (op.type === 'put' && op.key[0] === Prefix.revision)
              this.overlay.delete(op.key.toString('latin1'));
          }
        }
        this.writing = false;
        settle();
      },
    };
  }

  /**
   * Writes every buffered change plus `extra` in one synced batch, and resolves once it and any
   * batch being written are in the backend, so that a backend read started then sees everything
   * applied so far.
   */
  async flush(extra: readonly BatchOp[] = []): Promise<void> {
    this.stage(extra);
    for (;;) {
      await this.written;
      const batch = this.takeChanges();
      if (!batch) {
        if (this.writing) continue; // another writer took the changes meanwhile
        return;
      }
      try {
        await this.backend.write(batch.ops, true);
      } catch (err) {
        batch.done(true);
        throw err;
      }
      batch.done(false);
      return;
    }
  }

  /** Events of revisions [fromRev, toRev] in revision order, read from the backend. */
  async *history(fromRev: number, toRev: number): AsyncGenerator<MvccEvent> {
    await this.flush();
    for await (const [key, record] of this.backend.scan(revisionRange(fromRev, toRev + 1))) {
      const rev = parseRevisionKey(key);
      const kv = decodeKv(record);
      const type = record[0] === RecordFlag.Tombstone ? EventType.Delete : EventType.Put;
      yield { type, kv, prev: this.previousRevision(kv.key.toString('latin1'), rev) };
    }
  }

  /** The revision of the key's change before `rev`, if the key existed just before it. */
  private previousRevision(key: string, rev: Revision): Revision | undefined {
    return this.index.get(key)?.get(rev.main - 1)?.modified;
  }

  /**
   * etcd's HashKV (mvcc HashByRev), bit for bit: a CRC-32C over the bucket name "key" and then, in
   * revision order, each record as etcd's backend stores it (the 17-byte revision key, plus "t" for
   * a tombstone, and the marshalled KeyValue). It covers the records of (compactRevision, rev], and
   * below that only what a compaction at `rev` would keep: each live key's latest record.
   * compactRevision is -1 before the first compaction, as etcd reports it.
   */
  async hash(rev: number): Promise<{ hash: number; compactRevision: number; revision: number }> {
    if (rev > 0 && this.compacted > 0 && rev <= this.compacted) throw new CompactedError();
    if (rev > this.revision) throw new FutureRevisionError();
    // The revision the hash is of, as etcd reads both under one lock: applies that land while the
    // scan runs must not be reported as hashed (the leader's corruption check compares the two).
    const current = this.revision;
    const atRev = rev > 0 ? rev : current;
    await this.flush();
    const compacted = this.compacted;
    let hash = crc32c(0, Buffer.from('key'));
    for await (const [key, record] of this.backend.scan(revisionRange(0, atRev + 1))) {
      const rev = parseRevisionKey(key);
      const kv = decodeKv(record);
      const tombstone = record[0] === RecordFlag.Tombstone;
      if (rev.main <= compacted) {
        const latest = this.latestAt(kv.key.toString('latin1'), atRev)?.modified;
        if (tombstone || latest?.main !== rev.main || latest.sub !== rev.sub) continue;
      }
      hash = crc32c(hash, etcdRevisionKey(rev, tombstone));
      hash = crc32c(hash, etcdKeyValue(kv, tombstone));
    }
    return {
      hash,
      compactRevision: compacted > 0 ? compacted : -1,
      revision: current,
    };
  }

  /** Forgets everything in memory and reads the store again (after a state snapshot replaced it). */
  async reload(): Promise<void> {
    this.index.clear();
    this.sortedKeys = new SortedKeys();
    this.overlay.clear();
    this.pending = [];
    this.pendingBytes = 0;
    await this.restore();
  }

  private async restore(): Promise<void> {
    this.revision = u64FromValue(this.backend.get(currentRevisionKey)) || 1;
    this.flushedRevision = this.revision;
    this.compacted = u64FromValue(this.backend.get(compactRevisionKey));
    const range = revisionRange(0, Number.MAX_SAFE_INTEGER);
    for await (const [key, record] of this.backend.scan(range)) {
      const rev = parseRevisionKey(key);
      const kv = decodeKv(record);
      const name = kv.key.toString('latin1');
      let ki = this.index.get(name);
      if (!ki) {
        ki = new KeyIndex(name);
        this.index.set(name, ki);
      }
      const tombstone = record[0] === RecordFlag.Tombstone;
      ki.restore(rev.main, rev.sub, kv.createRevision, kv.version, tombstone);
      if (rev.main > this.revision) this.revision = rev.main;
    }
    this.sortedKeys = new SortedKeys([...this.index.keys()].sort(compareLatin1));
    // A crash during a compaction leaves records below the compaction mark: finish the job.
    if (this.compacted > 0) await this.deleteRecords(this.compactIndex(this.compacted));
  }
}

/**
 * The changes of one request. Reads inside it see its own writes; `end` makes its revision current
 * if anything changed. Callers validate before changing anything: a WriteTxn cannot be rolled back.
 */
export class WriteTxn {
  private sub = 0;
  readonly events: MvccEvent[] = [];

  constructor(
    private readonly store: MvccStore,
    readonly revision: number,
  ) {}

  get changed(): boolean {
    return this.sub > 0;
  }

  /** The revision reads inside this transaction observe. */
  get readRevision(): number {
    return this.sub > 0 ? this.revision : this.revision - 1;
  }

  range(key: string, end: RangeEnd, limit: number): RangeResult {
    return this.store.rangeAt(key, end, this.readRevision, limit);
  }

  put(key: Buffer, value: Buffer, lease: bigint): { prev: Revision | undefined } {
    const name = key.toString('latin1');
    const ki = this.store.keyIndexFor(name);
    const before = ki.get(this.readRevision);
    const rev = { main: this.revision, sub: this.sub++ };
    const kv: KeyValue = {
      key,
      createRevision: before ? before.createRevision : rev.main,
      modRevision: rev.main,
      version: before ? before.version + 1 : 1,
      value,
      lease,
    };
    ki.put(rev.main, rev.sub);
    this.store.stageRecord(rev, encodeRecord(RecordFlag.Put, kv));
    this.events.push({ type: EventType.Put, kv, prev: before?.modified });
    return { prev: before?.modified };
  }

  /** Deletes every existing key of the range; returns where each deleted key's last record is. */
  deleteRange(key: string, end: RangeEnd): { key: Buffer; prev: Revision }[] {
    const doomed: { ki: KeyIndex; prev: Revision }[] = [];
    this.store.forEachKeyAt(key, end, this.readRevision, (ki, at) => {
      doomed.push({ ki, prev: at.modified });
    });
    const deleted: { key: Buffer; prev: Revision }[] = [];
    for (const { ki, prev } of doomed) {
      const rev = { main: this.revision, sub: this.sub++ };
      const keyBytes = Buffer.from(ki.key, 'latin1');
      const kv: KeyValue = {
        key: keyBytes,
        createRevision: 0,
        modRevision: rev.main,
        version: 0,
        value: Buffer.alloc(0),
        lease: 0n,
      };
      ki.tombstone(rev.main, rev.sub);
      this.store.stageRecord(rev, encodeRecord(RecordFlag.Tombstone, kv));
      this.events.push({ type: EventType.Delete, kv, prev });
      deleted.push({ key: keyBytes, prev });
    }
    return deleted;
  }

  /** Finishes the request: returns the store revision after it. */
  end(): number {
    if (this.sub > 0) this.store.commitRevision(this.revision);
    return this.store.currentRevision;
  }
}

/**
 * A history record as the backend keeps it, for tools that write a backend (snapshot restore): a
 * flag byte, then the KeyValue; a tombstone's has its key and the deletion's revision only.
 */
export function historyRecord(kv: KeyValue, tombstone: boolean): Buffer {
  return encodeRecord(tombstone ? RecordFlag.Tombstone : RecordFlag.Put, kv);
}

/** The flag octet, then the KeyValue's protobuf, written into one buffer (the hot path of a put). */
function encodeRecord(flag: number, kv: KeyValue): Buffer {
  const w = new ProtoWriter(Buffer.allocUnsafe(1 + keyValueSize(kv)));
  w.buf[w.pos++] = flag;
  writeKeyValue(w, kv);
  return w.buf;
}

function keyValueSize(kv: KeyValue): number {
  return (
    lengthFieldSize(1, kv.key.length) +
    numberFieldSize(2, kv.createRevision) +
    numberFieldSize(3, kv.modRevision) +
    numberFieldSize(4, kv.version) +
    lengthFieldSize(5, kv.value.length) +
    int64FieldSize(6, kv.lease)
  );
}

function writeKeyValue(w: ProtoWriter, kv: KeyValue): void {
  w.bytesField(1, kv.key);
  w.numberField(2, kv.createRevision);
  w.numberField(3, kv.modRevision);
  w.numberField(4, kv.version);
  w.bytesField(5, kv.value);
  w.int64Field(6, kv.lease);
}

const emptyValue = Buffer.alloc(0);

function decodeKv(record: Buffer): KeyValue {
  const kv = mvccpb.KeyValue.decode(record.subarray(1));
  return {
    key: Buffer.from(kv.key),
    createRevision: toNumber(kv.createRevision),
    modRevision: toNumber(kv.modRevision),
    version: toNumber(kv.version),
    value: Buffer.from(kv.value),
    lease: toBigInt(kv.lease, true),
  };
}

/** A record the index points to must exist; if the backend lost it, say so instead of lying. */
function missingRecord(key: string, rev: Revision): never {
  throw new Error(`mvcc: record of key ${JSON.stringify(key)} at revision ${rev.main} is missing`);
}

/** etcd's backend key of a revision: main and sub as 8-byte big-endian around "_", "t" if deleted. */
function etcdRevisionKey(rev: Revision, tombstone: boolean): Buffer {
  const b = Buffer.alloc(tombstone ? 18 : 17);
  b.writeBigInt64BE(BigInt(rev.main), 0);
  b[8] = 0x5f;
  b.writeBigInt64BE(BigInt(rev.sub), 9);
  if (tombstone) b[17] = 0x74;
  return b;
}

/** mvccpb.KeyValue as etcd (gogoproto) marshals it: zero fields left out; a tombstone has only its key. */
function etcdKeyValue(kv: KeyValue, tombstone: boolean): Buffer {
  const marshalled = tombstone
    ? { key: kv.key, createRevision: 0, modRevision: 0, version: 0, value: emptyValue, lease: 0n }
    : kv;
  const w = new ProtoWriter(Buffer.allocUnsafe(keyValueSize(marshalled)));
  writeKeyValue(w, marshalled);
  return w.buf;
}

function compareLatin1(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
