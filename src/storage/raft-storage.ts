// The Raft log on the LevelDB backend. The core reads its log synchronously through the Storage
// interface, so the log since the last snapshot is also kept in a MemoryStorage: every Ready is
// first written to LevelDB (one batch: entries, hard state and snapshot metadata; synced when the
// Ready says so) and then to the in-memory view, which is the order etcd pairs its WAL with
// MemoryStorage.
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
import type { Backend, BatchOp } from './backend.js';
import { logEntryKey, MetaKey, Prefix, writeU64 } from './keys.js';

const hardStateKey = MetaKey.hardState;
const snapshotKey = MetaKey.raftSnapshot;

export class DurableRaftStorage implements Storage {
  private constructor(
    private readonly backend: Backend,
    private readonly memory: MemoryStorage,
  ) {}

  /**
   * Loads the persisted log. A member of a new cluster starts from `bootstrap`: one committed
   * membership entry per initial member at term 1, identical on every initial member (as etcd
   * bootstraps), so a member that joins later learns the initial membership from the log too.
   */
  static async open(backend: Backend, bootstrap: readonly Entry[]): Promise<DurableRaftStorage> {
    const memory = new MemoryStorage();
    const storage = new DurableRaftStorage(backend, memory);
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
    const fresh = !snapshotRecord && !hardState && entries.length === 0;
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

  /** Persists what a Ready hands out, then makes it visible to the core. */
  async save(
    ready: { hardState?: HardState; entries: readonly Entry[]; snapshot?: Snapshot },
    sync: boolean,
    /** Written in the same batch (the state machine's applied changes). */
    extra: readonly BatchOp[] = [],
  ): Promise<void> {
    const ops: BatchOp[] = [...extra];
    if (ready.snapshot) {
      // A snapshot replaces the whole log.
      for (let i = this.memory.firstIndex(); i <= this.memory.lastIndex(); i++) {
        ops.push({ type: 'del', key: logEntryKey(i) });
      }
      ops.push({
        type: 'put',
        key: snapshotKey,
        value: encodeSnapshotMetadata(ready.snapshot.metadata),
      });
    }
    if (ready.entries.length > 0) {
      for (const e of ready.entries)
        ops.push({ type: 'put', key: logEntryKey(e.index), value: encodeEntry(e) });
      // Entries past the new tail were overwritten by a new leader: they must not come back.
      const lastNew = ready.entries[ready.entries.length - 1]!.index;
      for (let i = lastNew + 1; i <= this.memory.lastIndex(); i++)
        ops.push({ type: 'del', key: logEntryKey(i) });
    }
    if (ready.hardState)
      ops.push({ type: 'put', key: hardStateKey, value: encodeHardState(ready.hardState) });
    await this.backend.write(ops, sync);
    if (ready.snapshot) this.memory.applySnapshot(ready.snapshot);
    this.memory.append(packed(ready.entries));
    if (ready.hardState) this.memory.setHardState(ready.hardState);
  }

  /**
   * Forgets the log up to `index` (which the caller applied and whose state is in the backend):
   * records a snapshot there with the membership then in force, and deletes the older entries.
   */
  async compact(index: number, confState: ConfState): Promise<void> {
    const snapshot = this.memory.createSnapshot(index, confState, new Uint8Array());
    const first = this.memory.firstIndex();
    const ops: BatchOp[] = [
      { type: 'put', key: snapshotKey, value: encodeSnapshotMetadata(snapshot.metadata) },
    ];
    for (let i = first; i <= index; i++) ops.push({ type: 'del', key: logEntryKey(i) });
    await this.backend.write(ops, false);
    this.memory.compact(index);
  }
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
