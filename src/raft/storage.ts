// The interface the Raft core reads its log through. The core only reads: the caller writes what
// each Ready asks it to persist, then calls advance(). Reads are synchronous because the core is;
// a disk-backed implementation keeps the log tail it serves in memory and writes through.
import type { ConfState, Entry, HardState, Snapshot } from './types.js';

export interface InitialState {
  readonly hardState: HardState;
  readonly confState: ConfState;
}

export interface Storage {
  /** The persisted HardState and the membership as of the latest snapshot. */
  initialState(): InitialState;
  /**
   * Entries in [lo, hi). Returns at least one entry when lo < hi, then as many more as fit in
   * maxSizeBytes (see entrySize). Throws CompactedError when lo is at or before the snapshot,
   * UnavailableError when hi is past the last entry.
   */
  entries(lo: number, hi: number, maxSizeBytes: number): Entry[];
  /**
   * The term of entry i, for i in [firstIndex()-1, lastIndex()]: the entry just before
   * firstIndex() is the snapshot's, whose term is kept.
   */
  term(i: number): number;
  /** The index of the first entry still available (snapshot index + 1). */
  firstIndex(): number;
  lastIndex(): number;
  /** The latest snapshot. Throws SnapshotTemporarilyUnavailableError if it is being made. */
  snapshot(): Snapshot;
}

/** The requested index is before the log's first index: it has been compacted away. */
export class CompactedError extends Error {
  constructor(index: number, firstIndex: number) {
    super(`index ${index} is compacted (first index ${firstIndex})`);
    this.name = 'CompactedError';
  }
}

/** The requested index is past the log's last index. */
export class UnavailableError extends Error {
  constructor(index: number, lastIndex: number) {
    super(`index ${index} is unavailable (last index ${lastIndex})`);
    this.name = 'UnavailableError';
  }
}

/** The snapshot is not ready yet; the leader retries on a later heartbeat response. */
export class SnapshotTemporarilyUnavailableError extends Error {
  constructor() {
    super('snapshot is temporarily unavailable');
    this.name = 'SnapshotTemporarilyUnavailableError';
  }
}

/** Thrown when an index or term asked to replace persisted state is older than what is there. */
export class SnapshotOutOfDateError extends Error {
  constructor(requested: number, current: number) {
    super(`snapshot index ${requested} is not newer than ${current}`);
    this.name = 'SnapshotOutOfDateError';
  }
}
