// The in-memory Storage: the log since the last snapshot, the HardState and the snapshot. Used by
// tests and the simulation, and the shape a disk-backed Storage mirrors (write to disk, then
// update one of these).
import {
  CompactedError,
  SnapshotOutOfDateError,
  UnavailableError,
  type InitialState,
  type Storage,
} from './storage.js';
import {
  EMPTY_CONF_STATE,
  EMPTY_HARD_STATE,
  entrySize,
  type ConfState,
  type Entry,
  type HardState,
  type Snapshot,
} from './types.js';

export class MemoryStorage implements Storage {
  private hardState: HardState = EMPTY_HARD_STATE;
  private currentSnapshot: Snapshot = {
    metadata: { index: 0, term: 0, confState: EMPTY_CONF_STATE },
    data: new Uint8Array(),
  };
  /**
   * ents[0] stands for the entry at the snapshot index: only its index and term are meaningful.
   * Keeping it makes term(firstIndex - 1) answerable, which log matching needs.
   */
  private ents: Entry[] = [{ term: 0, index: 0, type: 'normal', data: new Uint8Array() }];

  initialState(): InitialState {
    return { hardState: this.hardState, confState: this.currentSnapshot.metadata.confState };
  }

  setHardState(hs: HardState): void {
    this.hardState = hs;
  }

  entries(lo: number, hi: number, maxSizeBytes: number): Entry[] {
    const offset = this.dummy().index;
    if (lo <= offset) throw new CompactedError(lo, offset + 1);
    if (hi > this.lastIndex() + 1) throw new UnavailableError(hi - 1, this.lastIndex());
    const result: Entry[] = [];
    let size = 0;
    for (let i = lo; i < hi; i++) {
      const e = this.ents[i - offset]!;
      size += entrySize(e);
      if (result.length > 0 && size > maxSizeBytes) break;
      result.push(e);
    }
    return result;
  }

  term(i: number): number {
    const offset = this.dummy().index;
    if (i < offset) throw new CompactedError(i, offset + 1);
    if (i - offset >= this.ents.length) throw new UnavailableError(i, this.lastIndex());
    return this.ents[i - offset]!.term;
  }

  firstIndex(): number {
    return this.dummy().index + 1;
  }

  lastIndex(): number {
    return this.dummy().index + this.ents.length - 1;
  }

  snapshot(): Snapshot {
    return this.currentSnapshot;
  }

  /** Replaces the whole log with a snapshot received from the leader (or a bootstrap state). */
  applySnapshot(snap: Snapshot): void {
    const current = this.currentSnapshot.metadata.index;
    // A pristine storage accepts a snapshot at index 0: that is how a new member is given its
    // initial membership.
    const pristine = current === 0 && this.lastIndex() === 0;
    if (snap.metadata.index <= current && !pristine) {
      throw new SnapshotOutOfDateError(snap.metadata.index, current);
    }
    this.currentSnapshot = snap;
    this.ents = [
      {
        term: snap.metadata.term,
        index: snap.metadata.index,
        type: 'normal',
        data: new Uint8Array(),
      },
    ];
  }

  /**
   * Records a snapshot of the state machine as of applied index i, so the log before it can be
   * compacted and lagging followers can be sent it.
   */
  createSnapshot(i: number, confState: ConfState, data: Uint8Array): Snapshot {
    const current = this.currentSnapshot.metadata.index;
    if (i <= current) throw new SnapshotOutOfDateError(i, current);
    if (i > this.lastIndex()) throw new UnavailableError(i, this.lastIndex());
    const term = this.term(i);
    this.currentSnapshot = { metadata: { index: i, term, confState }, data };
    return this.currentSnapshot;
  }

  /** Drops the entries before compactIndex; the caller must not compact past what it applied. */
  compact(compactIndex: number): void {
    const offset = this.dummy().index;
    if (compactIndex <= offset) throw new CompactedError(compactIndex, offset + 1);
    if (compactIndex > this.lastIndex()) {
      throw new UnavailableError(compactIndex, this.lastIndex());
    }
    const kept = this.ents[compactIndex - offset]!;
    this.ents = [
      { term: kept.term, index: kept.index, type: 'normal', data: new Uint8Array() },
      ...this.ents.slice(compactIndex - offset + 1),
    ];
  }

  /**
   * Appends entries persisted from a Ready. Entries that overlap the log replace its tail (a new
   * leader overwrote them); entries already compacted are skipped.
   */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const lastNew = entries[entries.length - 1]!.index;
    if (lastNew < first) return;
    const fresh = entries[0]!.index < first ? entries.slice(first - entries[0]!.index) : entries;
    const offset = fresh[0]!.index - this.dummy().index;
    if (offset > this.ents.length) {
      throw new Error(
        `missing log entry: last index ${this.lastIndex()}, appended at ${fresh[0]!.index}`,
      );
    }
    // In place: copying the whole log on every append cost more than anything else in it.
    this.ents.length = offset;
    for (const e of fresh) this.ents.push(e);
  }

  private dummy(): Entry {
    return this.ents[0]!;
  }
}
