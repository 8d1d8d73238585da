// The Raft log, durable in two places. A Ready's entries and hard state are first appended to the
// journal (raft-wal.ts), synced when the Ready says so: that is what the member's acknowledgement
// waits for. The same changes then go to LevelDB in the background, batched with the state
// machine's applied changes and synced, together with a record of how many journal records
// LevelDB now holds, so that a restart replays exactly the rest. The core reads its log
// synchronously through the Storage interface, so the log since the last snapshot is also kept in
// a MemoryStorage, updated once the journal has a Ready (the order etcd pairs its WAL with
// MemoryStorage).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import {
  EMPTY_CONF_STATE,
  EMPTY_HARD_STATE,
  MemoryStorage,
  type ConfState,
  type Entry,
  type HardState,
  type InitialState,
  type Snapshot,
  type SnapshotMetadata,
  type Storage,
} from '../raft/index.js';
import type { Backend, BatchOp, ChangeBatch } from './backend.js';
import { logEntryKey, MetaKey, Prefix, writeU64 } from './keys.js';
import { nextEpoch, RaftWal } from './raft-wal.js';
import { syncCreatedPath } from '../util/sync-directory.js';

const hardStateKey = MetaKey.hardState;
const snapshotKey = MetaKey.raftSnapshot;
const walCoveredKey = MetaKey.walCovered;
const walPathKey = MetaKey.walPath;

/** The journal's file, in the data directory or in --wal-dir. */
export const WAL_FILE = 'raft.wal';

/** The journal records LevelDB holds: those of `epoch` numbered below `count`. */
interface Covered {
  epoch: number;
  count: number;
}

export class DurableRaftStorage implements Storage {
  /** LevelDB's part of the Readies saved since its last batch, in order. */
  private queued: BatchOp[] = [];
  private queuedChanges: ChangeBatch[] = [];
  private queuedWaiters: { resolve(): void; reject(err: unknown): void }[] = [];
  private queuedBytes = 0;
  /** The journal records LevelDB will hold once the queue is written. */
  private queuedCovered: Covered | undefined;
  private writing: Promise<void> | undefined;
  /** Writes the queue when no one asked for it sooner (see writeSoon()). */
  private writeTimer: NodeJS.Timeout | undefined;
  /** What LevelDB durably holds, and what the batch being written will make it hold. */
  private covered: Covered;
  private failure: Error | undefined;

  private constructor(
    private readonly backend: Backend,
    private readonly memory: MemoryStorage,
    private readonly wal: RaftWal,
    covered: Covered,
    /** Where the journal is (the data directory's, or --wal-dir's raft.wal). */
    readonly journalPath: string,
  ) {
    this.covered = covered;
  }

  /**
   * Loads the persisted log: LevelDB's, then the journal records LevelDB does not hold yet. A
   * member of a new cluster starts from `bootstrap`: one committed membership entry per initial
   * member at term 1, identical on every initial member (as etcd bootstraps), so a member that
   * joins later learns the initial membership from the log too. The journal is in `walDir`
   * (etcd's --wal-dir), or else in the data directory.
   */
  static async open(
    backend: Backend,
    bootstrap: readonly Entry[],
    walDir?: string,
  ): Promise<DurableRaftStorage> {
    const walPath = await locateJournal(backend, walDir);
    const memory = new MemoryStorage();
    const snapshotRecord = backend.get(snapshotKey);
    const metadata = snapshotRecord
      ? decodeSnapshotMetadata(snapshotRecord)
      : { index: 0, term: 0, confState: EMPTY_CONF_STATE };
    memory.applySnapshot({ metadata, data: new Uint8Array() });
    const entries: Entry[] = [];
    const range = { gte: logEntryKey(metadata.index + 1), lt: Buffer.from([Prefix.logEntry + 1]) };
    for await (const [key, value] of backend.scan(range)) {
      entries.push(decodeEntry(Number(key.readBigUInt64BE(1)), value));
    }
    memory.append(entries);
    const hardState = backend.get(hardStateKey);
    memory.setHardState(hardState ? decodeHardState(hardState) : EMPTY_HARD_STATE);

    const { wal, epoch, records } = await RaftWal.open(walPath, {
      noSync: backend.unsafeNoFsync,
    });
    const covered = decodeCovered(backend.get(walCoveredKey));
    const ops: BatchOp[] = [];
    for (const record of records.slice(replayFrom(epoch, records.length, covered))) {
      const ready = decodeRecord(record);
      // Entries compacted away in LevelDB are applied state already.
      const kept = ready.entries.filter((e) => e.index > memory.snapshot().metadata.index);
      const keptOps = logOps(
        { ...ready, entries: kept },
        kept.map(encodeEntry),
        memory.lastIndex(),
      );
      for (const op of keptOps) ops.push(op);
      memory.append(packed(kept));
      if (ready.hardState) memory.setHardState(ready.hardState);
    }
    // LevelDB now holds everything, and the journal starts again under an epoch newer than both.
    const restartEpoch = nextEpoch(Math.max(epoch ?? 0, covered?.epoch ?? 0));
    ops.push(coveredOp({ epoch: restartEpoch, count: 0 }));
    ops.push({ type: 'put', key: walPathKey, value: Buffer.from(walPath) });
    try {
      await backend.write(ops, true);
    } catch (err) {
      wal.close();
      throw err;
    }
    wal.restart(restartEpoch);
    const storage = new DurableRaftStorage(
      backend,
      memory,
      wal,
      { epoch: restartEpoch, count: 0 },
      walPath,
    );
    const initial = memory.initialState().hardState;
    const fresh = metadata.index === 0 && memory.lastIndex() === 0 && initial.term === 0;
    if (fresh && bootstrap.length > 0) {
      const last = bootstrap[bootstrap.length - 1]!;
      await storage.save(
        { entries: bootstrap, hardState: { term: last.term, vote: 0n, commit: last.index } },
        true,
      );
    }
    return storage;
  }

  initialState(): InitialState {
    return this.memory.initialState();
  }

  entries(lo: number, hi: number, maxSizeBytes: number): Entry[] {
    return this.memory.entries(lo, hi, maxSizeBytes);
  }

  term(i: number): number {
    return this.memory.term(i);
  }

  firstIndex(): number {
    return this.memory.firstIndex();
  }

  lastIndex(): number {
    return this.memory.lastIndex();
  }

  snapshot(): Snapshot {
    return this.memory.snapshot();
  }

  /**
   * Persists what a Ready hands out (the journal synced when `sync`), then makes it visible to the
   * core. LevelDB gets it, with `changes`, in a batch written in the background; a Ready that
   * only moves the commit index waits for the next one.
   */
  async save(
    ready: { hardState?: HardState; entries: readonly Entry[]; snapshot?: Snapshot },
    sync: boolean,
    changes?: ChangeBatch,
  ): Promise<void> {
    this.checkHealthy();
    if (ready.snapshot) return this.saveSnapshot({ ...ready, snapshot: ready.snapshot }, changes);
    // A Ready of messages alone (a follower forwarding a proposal) has nothing to keep.
    if (!ready.hardState && ready.entries.length === 0 && !changes) return;
    // Each entry is encoded once, for the journal and for LevelDB.
    const encoded = ready.entries.map(encodeEntry);
    const ops = logOps(ready, encoded, this.memory.lastIndex());
    const { wal } = this;
    let synced: Promise<void> | undefined;
    try {
      if (wal.length >= RESTART_AFTER_BYTES) {
        // Starting again requires LevelDB to hold every record: a short wait every few MiB.
        await this.written();
        wal.restart(nextEpoch(wal.currentEpoch));
      }
      synced = wal.append(encodeRecord(ready, encoded), sync);
    } catch (err) {
      changes?.done(true);
      throw err;
    }
    this.queuedCovered = { epoch: wal.currentEpoch, count: wal.appended };
    ops.push(coveredOp(this.queuedCovered));
    if (changes) {
      this.queue(changes.ops);
      this.queuedChanges.push(changes);
    }
    this.queue(ops);
    this.writeSoon();
    if (synced) await synced;
    this.remember(ready);
  }

  /**
   * Forgets the log up to `index` (which the caller applied and whose state is in the backend):
   * records a snapshot there with the membership then in force, and deletes the older entries.
   */
  async compact(index: number, confState: ConfState): Promise<void> {
    this.checkHealthy();
    const snapshot = this.memory.createSnapshot(index, confState, new Uint8Array());
    const first = this.memory.firstIndex();
    const ops: BatchOp[] = [
      { type: 'put', key: snapshotKey, value: encodeSnapshotMetadata(snapshot.metadata) },
    ];
    for (let i = first; i <= index; i++) ops.push({ type: 'del', key: logEntryKey(i) });
    // After every batch queued before, so no replayed record brings compacted entries back.
    this.queue(ops);
    await this.written();
    this.memory.compact(index);
  }

  /** Writes what LevelDB does not have yet and closes the journal. */
  async close(): Promise<void> {
    try {
      if (this.failure === undefined) await this.written();
    } finally {
      clearTimeout(this.writeTimer);
      this.wal.close();
    }
  }

  /**
   * A snapshot replaces the whole log: written to LevelDB directly (synced, after every queued
   * batch), which then covers the journal's next epoch too; the journal starts again in it.
   */
  private async saveSnapshot(
    ready: { hardState?: HardState; entries: readonly Entry[]; snapshot: Snapshot },
    changes?: ChangeBatch,
  ): Promise<void> {
    await this.written();
    const ops: BatchOp[] = [...(changes?.ops ?? [])];
    for (let i = this.memory.firstIndex(); i <= this.memory.lastIndex(); i++) {
      ops.push({ type: 'del', key: logEntryKey(i) });
    }
    ops.push({
      type: 'put',
      key: snapshotKey,
      value: encodeSnapshotMetadata(ready.snapshot.metadata),
    });
    const entryOps = logOps(ready, ready.entries.map(encodeEntry), ready.snapshot.metadata.index);
    for (const op of entryOps) ops.push(op);
    const epoch = nextEpoch(this.wal.currentEpoch);
    ops.push(coveredOp({ epoch, count: 0 }));
    try {
      await this.backend.write(ops, true);
    } catch (err) {
      changes?.done(true);
      this.noteFailure(err);
      throw err;
    }
    changes?.done(false);
    this.covered = { epoch, count: 0 };
    this.wal.restart(epoch);
    this.memory.applySnapshot(ready.snapshot);
    this.remember(ready);
  }

  private remember(ready: { hardState?: HardState; entries: readonly Entry[] }): void {
    this.memory.append(packed(ready.entries));
    if (ready.hardState) this.memory.setHardState(ready.hardState);
  }

  /** A failed LevelDB batch stops the log: nothing after it may be acknowledged. */
  private checkHealthy(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private noteFailure(err: unknown): void {
    this.failure ??= err instanceof Error ? err : new Error(inspect(err));
  }

  /** Settles once LevelDB holds everything queued so far (written now, not with a next Ready). */
  private written(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queuedWaiters.push({ resolve, reject });
      this.writeQueued();
    });
  }

  private queue(ops: readonly BatchOp[]): void {
    for (const op of ops) {
      this.queued.push(op);
      this.queuedBytes += op.key.length + (op.type === 'put' ? op.value.length : 0);
    }
  }

  /**
   * LevelDB's synced batch is off the reply's path but not free: each one is a second fsync
   * beside the journal's, on the same disk. So a batch gathers the Readies of a short while
   * (etcd's backend commits every 100 ms), or of a size; it goes at once when someone waits.
   */
  private writeSoon(): void {
    if (this.queuedBytes >= BATCH_BYTES) this.writeQueued();
    else
      this.writeTimer ??= setTimeout(() => {
        this.writeTimer = undefined;
        this.writeQueued();
      }, BATCH_DELAY_MS);
  }

  /** Writes the queued ops as one synced batch, unless a batch is being written (then after it). */
  private writeQueued(): void {
    if (this.writing || (this.queued.length === 0 && this.queuedWaiters.length === 0)) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    const ops = this.queued;
    const changes = this.queuedChanges;
    const waiters = this.queuedWaiters;
    const covers = this.queuedCovered ?? this.covered;
    this.queued = [];
    this.queuedBytes = 0;
    this.queuedChanges = [];
    this.queuedWaiters = [];
    this.queuedCovered = undefined;
    this.writing = this.backend.write(ops, true).then(
      () => {
        this.covered = covers;
        for (const c of changes) c.done(false);
        for (const w of waiters) w.resolve();
      },
      (err: unknown) => {
        this.noteFailure(err);
        for (const c of changes) c.done(true);
        for (const w of waiters) w.reject(err);
      },
    );
    void this.writing.finally(() => {
      this.writing = undefined;
      if (this.failure !== undefined) return;
      if (this.queuedWaiters.length > 0) this.writeQueued();
      else if (this.queued.length > 0) this.writeSoon();
    });
  }
}

/**
 * Throws if `walDir` holds a journal already: a new data directory must not take it up, as that
 * journal is another member's (a --wal-dir given twice) or a killed restore's, and replaying it
 * would mix two logs.
 */
export function refuseOccupiedWalDir(walDir: string): void {
  const path = join(resolve(walDir), WAL_FILE);
  if (!existsSync(path)) return;
  throw new Error(
    `the Raft journal ${path} is not this data directory's: --wal-dir ${walDir} already holds another member's journal; give each member a --wal-dir of its own`,
  );
}

/**
 * The journal's path for this start. It may move (--wal-dir given, changed or dropped) only with
 * its file: the journal the last start wrote can hold acknowledged writes that LevelDB has not
 * got yet, and starting without it would lose them.
 */
async function locateJournal(backend: Backend, walDir: string | undefined): Promise<string> {
  const dir = resolve(walDir ?? backend.dir);
  const path = join(dir, WAL_FILE);
  const last = backend.get(walPathKey)?.toString();
  if (last !== undefined && last !== path && !existsSync(path)) {
    const where = existsSync(last) ? 'it is at' : 'it was at';
    throw new Error(
      `the Raft journal is not at ${path}: ${where} ${last} (the last start's --wal-dir); start with the --wal-dir that holds it, or move the file to ${path}`,
    );
  }
  // A journal outside the data directory that this data directory never used is not its own.
  if (last === undefined && walDir !== undefined && dir !== resolve(backend.dir))
    refuseOccupiedWalDir(walDir);
  const firstCreated = await mkdir(dir, { recursive: true, mode: 0o700 });
  if (firstCreated !== undefined) await syncCreatedPath(dir, firstCreated);
  return path;
}

/** Where the journal starts again once LevelDB has caught up. */
const RESTART_AFTER_BYTES = 4 << 20;
/** How long, and up to how many bytes, LevelDB's part of Readies waits to be written together. */
const BATCH_DELAY_MS = 20;
const BATCH_BYTES = 2 << 20;

/**
 * The first journal record a restart must replay: LevelDB holds the records of its epoch below
 * `covered.count`; all of the journal's when it covers only the epoch before (the journal started
 * again since); none when it covers a later epoch (the journal's newest records were lost, never
 * acknowledged, or LevelDB got them first).
 */
function replayFrom(epoch: number | undefined, records: number, covered?: Covered): number {
  if (epoch === undefined) return records;
  if (covered === undefined || nextEpoch(covered.epoch) === epoch) return 0;
  if (covered.epoch === epoch) return Math.min(covered.count, records);
  return records;
}

/** LevelDB's part of a Ready: its entries (`encoded`, and what they overwrite) and hard state. */
function logOps(
  ready: { hardState?: HardState; entries: readonly Entry[] },
  encoded: readonly Buffer[],
  lastIndex: number,
): BatchOp[] {
  const ops: BatchOp[] = [];
  if (ready.entries.length > 0) {
    ready.entries.forEach((e, i) =>
      ops.push({ type: 'put', key: logEntryKey(e.index), value: encoded[i]! }),
    );
    // Entries past the new tail were overwritten by a new leader: they must not come back.
    const lastNew = ready.entries[ready.entries.length - 1]!.index;
    for (let i = lastNew + 1; i <= lastIndex; i++) ops.push({ type: 'del', key: logEntryKey(i) });
  }
  if (ready.hardState)
    ops.push({ type: 'put', key: hardStateKey, value: encodeHardState(ready.hardState) });
  return ops;
}

function coveredOp(covered: Covered): BatchOp {
  const value = Buffer.allocUnsafe(8);
  value.writeUInt32BE(covered.epoch, 0);
  value.writeUInt32BE(covered.count, 4);
  return { type: 'put', key: walCoveredKey, value };
}

function decodeCovered(value: Buffer | undefined): Covered | undefined {
  if (value === undefined || value.length !== 8) return undefined;
  return { epoch: value.readUInt32BE(0), count: value.readUInt32BE(4) };
}

/** A journal record: flags (1: hard state follows), hard state, entry count, entries. */
function encodeRecord(
  ready: { hardState?: HardState; entries: readonly Entry[] },
  encoded: readonly Buffer[],
): Buffer {
  let size = 1 + (ready.hardState ? 24 : 0) + 4;
  for (const e of encoded) size += 12 + e.length;
  const b = Buffer.allocUnsafe(size);
  let at = 0;
  b[at++] = ready.hardState ? 1 : 0;
  if (ready.hardState) {
    encodeHardState(ready.hardState).copy(b, at);
    at += 24;
  }
  b.writeUInt32BE(encoded.length, at);
  at += 4;
  ready.entries.forEach((e, i) => {
    const body = encoded[i]!;
    writeU64(b, e.index, at);
    b.writeUInt32BE(body.length, at + 8);
    body.copy(b, at + 12);
    at += 12 + body.length;
  });
  return b;
}

function decodeRecord(b: Buffer): { hardState?: HardState; entries: Entry[] } {
  let at = 1;
  const hardState = b[0] === 1 ? decodeHardState(b.subarray(at, (at += 24))) : undefined;
  const count = b.readUInt32BE(at);
  at += 4;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const index = Number(b.readBigUInt64BE(at));
    const length = b.readUInt32BE(at + 8);
    entries.push(decodeEntry(index, b.subarray(at + 12, at + 12 + length)));
    at += 12 + length;
  }
  return hardState ? { hardState, entries } : { entries };
}

/**
 * The entries as the in-memory log keeps them, their data copied into one buffer of exact size. The
 * data handed in are views into larger buffers (Node's 8 KiB allocation pool, a whole received peer
 * message), each of which would otherwise stay in memory as long as any entry pointing into it
 * stays in the log: with 10,000 entries kept, that was several times the size of the entries.
 */
function packed(entries: readonly Entry[]): readonly Entry[] {
  if (entries.length === 0) return entries;
  let size = 0;
  for (const e of entries) size += e.data.length;
  const block = Buffer.allocUnsafeSlow(size);
  let offset = 0;
  return entries.map((e) => {
    const data = block.subarray(offset, offset + e.data.length);
    data.set(e.data);
    offset += e.data.length;
    return { ...e, data };
  });
}

const entryTypes = ['normal', 'conf-change'] as const;

/** An entry record: type (1 byte), term (8 bytes), data; the index is in the key. */
function encodeEntry(e: Entry): Buffer {
  const b = Buffer.allocUnsafe(9 + e.data.length);
  b[0] = entryTypes.indexOf(e.type);
  writeU64(b, e.term, 1);
  b.set(e.data, 9);
  return b;
}

function decodeEntry(index: number, b: Buffer): Entry {
  return {
    index,
    type: entryTypes[b[0]!] ?? 'normal',
    term: Number(b.readBigUInt64BE(1)),
    data: b.subarray(9),
  };
}

function encodeHardState(hs: HardState): Buffer {
  const b = Buffer.allocUnsafe(24);
  writeU64(b, hs.term, 0);
  b.writeBigUInt64BE(hs.vote, 8);
  writeU64(b, hs.commit, 16);
  return b;
}

function decodeHardState(b: Buffer): HardState {
  return {
    term: Number(b.readBigUInt64BE(0)),
    vote: b.readBigUInt64BE(8),
    commit: Number(b.readBigUInt64BE(16)),
  };
}

interface StoredSnapshotMetadata {
  index: number;
  term: number;
  voters: string[];
  learners: string[];
  votersOutgoing: string[];
  learnersNext: string[];
  autoLeave: boolean;
}

function encodeSnapshotMetadata(m: SnapshotMetadata): Buffer {
  const hex = (ids: readonly bigint[]): string[] => ids.map((id) => id.toString(16));
  const stored: StoredSnapshotMetadata = {
    index: m.index,
    term: m.term,
    voters: hex(m.confState.voters),
    learners: hex(m.confState.learners),
    votersOutgoing: hex(m.confState.votersOutgoing),
    learnersNext: hex(m.confState.learnersNext),
    autoLeave: m.confState.autoLeave,
  };
  return Buffer.from(JSON.stringify(stored));
}

function decodeSnapshotMetadata(b: Buffer): SnapshotMetadata {
  const s = JSON.parse(b.toString('utf8')) as StoredSnapshotMetadata;
  const ids = (hex: string[]): bigint[] => hex.map((h) => BigInt('0x' + h));
  return {
    index: s.index,
    term: s.term,
    confState: {
      voters: ids(s.voters),
      learners: ids(s.learners),
      votersOutgoing: ids(s.votersOutgoing),
      learnersNext: ids(s.learnersNext),
      autoLeave: s.autoLeave,
    },
  };
}
