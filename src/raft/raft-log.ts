// The log as the core sees it: persisted entries (through Storage) followed by unstable ones, plus
// the commit and applied indexes. Keeps the invariant applied <= committed <= lastIndex.
import { CompactedError, UnavailableError, type Storage } from './storage.js';
import { Unstable } from './unstable.js';
import { entrySize, type Entry, type Snapshot } from './types.js';

export class RaftLog {
  private readonly storage: Storage;
  readonly unstable: Unstable;
  /** The highest index known to be stored on a quorum. */
  committed: number;
  /** The highest index the caller has applied to its state machine. */
  applied: number;
  /** The most committed-entry bytes one Ready hands out. */
  private readonly maxApplyingEntsBytes: number;

  constructor(storage: Storage, maxApplyingEntsBytes: number) {
    this.storage = storage;
    this.maxApplyingEntsBytes = maxApplyingEntsBytes;
    const first = storage.firstIndex();
    this.unstable = new Unstable(storage.lastIndex() + 1);
    // Everything up to the snapshot is committed and applied by definition.
    this.committed = first - 1;
    this.applied = first - 1;
  }

  /**
   * Appends the leader's entries after (index, logTerm) if the log matches there, and advances
   * commit to min(committed, last new index). Returns the last index of the new entries, or
   * undefined when the log does not match (the follower must reject).
   */
  maybeAppend(
    index: number,
    logTerm: number,
    committed: number,
    ents: readonly Entry[],
  ): number | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNewIndex = index + ents.length;
    const conflict = this.findConflict(ents);
    if (conflict !== 0) {
      if (conflict <= this.committed) {
        throw new Error(
          `entry ${conflict} conflicts with committed entry (committed ${this.committed})`,
        );
      }
      this.append(ents.slice(conflict - (index + 1)));
    }
    this.commitTo(Math.min(committed, lastNewIndex));
    return lastNewIndex;
  }

  append(ents: readonly Entry[]): number {
    const first = ents[0];
    if (first === undefined) return this.lastIndex();
    if (first.index - 1 < this.committed) {
      throw new Error(`after(${first.index - 1}) is out of range [committed(${this.committed})]`);
    }
    this.unstable.truncateAndAppend(ents);
    return this.lastIndex();
  }

  /**
   * The index of the first entry that is new or whose term differs from the log's, or 0 when all
   * of them are already in the log.
   */
  findConflict(ents: readonly Entry[]): number {
    for (const e of ents) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * The largest index <= index whose term is <= term, and that term. A rejecting follower sends
   * it as a hint, and the leader uses it to skip a whole term of mismatching entries at once.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    for (let i = index; ; i--) {
      const t = this.termOrUndefined(i);
      if (t === undefined) return { index: i, term: 0 };
      if (t <= term) return { index: i, term: t };
    }
  }

  unstableEntries(): Entry[] {
    return [...this.unstable.entries];
  }

  /** Committed entries not yet applied, bounded by the per-Ready size limit. */
  nextCommittedEntries(): Entry[] {
    if (!this.hasNextCommittedEntries()) return [];
    const lo = Math.max(this.applied + 1, this.firstIndex());
    return this.slice(lo, this.committed + 1, this.maxApplyingEntsBytes);
  }

  /**
   * While a snapshot waits to be persisted and applied, entries after it must wait too: they
   * build on the state the snapshot carries.
   */
  hasNextCommittedEntries(): boolean {
    if (this.unstable.snapshot !== undefined) return false;
    return this.committed > Math.max(this.applied, this.firstIndex() - 1);
  }

  hasPendingSnapshot(): boolean {
    return this.unstable.snapshot !== undefined;
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** The last index the caller has written: unstable entries (and snapshot) not counted. */
  lastStableIndex(): number {
    return Math.min(this.unstable.offset - 1, this.storage.lastIndex());
  }

  commitTo(toCommit: number): void {
    if (this.committed >= toCommit) return;
    if (this.lastIndex() < toCommit) {
      throw new Error(`commit ${toCommit} is out of range [lastIndex(${this.lastIndex()})]`);
    }
    this.committed = toCommit;
  }

  appliedTo(i: number): void {
    if (i === 0) return;
    if (this.committed < i || i < this.applied) {
      throw new Error(
        `applied(${i}) is out of range [prevApplied(${this.applied}), committed(${this.committed})]`,
      );
    }
    this.applied = i;
  }

  stableTo(index: number, term: number): void {
    this.unstable.stableTo(index, term);
  }

  stableSnapTo(index: number): void {
    this.unstable.stableSnapTo(index);
  }

  lastTerm(): number {
    return this.term(this.lastIndex());
  }

  /** The term of entry i, or 0 when i is outside [firstIndex - 1, lastIndex] or compacted. */
  term(i: number): number {
    return this.termOrUndefined(i) ?? 0;
  }

  /** undefined when the entry is unknown here: compacted away or not yet appended. */
  termOrUndefined(i: number): number | undefined {
    const dummyIndex = this.firstIndex() - 1;
    if (i < dummyIndex || i > this.lastIndex()) return undefined;
    const unstableTerm = this.unstable.maybeTerm(i);
    if (unstableTerm !== undefined) return unstableTerm;
    try {
      return this.storage.term(i);
    } catch (err) {
      if (err instanceof CompactedError || err instanceof UnavailableError) return undefined;
      throw err;
    }
  }

  /** Entries from i on, at most maxSizeBytes of them (but at least one). */
  entries(i: number, maxSizeBytes: number): Entry[] {
    if (i > this.lastIndex()) return [];
    return this.slice(i, this.lastIndex() + 1, maxSizeBytes);
  }

  /** A candidate's log (lastIndex, term) is at least as up to date as ours (Raft §5.4.1). */
  isUpToDate(lastIndex: number, term: number): boolean {
    const ourTerm = this.lastTerm();
    return term > ourTerm || (term === ourTerm && lastIndex >= this.lastIndex());
  }

  matchTerm(i: number, term: number): boolean {
    const t = this.termOrUndefined(i);
    return t !== undefined && t === term;
  }

  /** Commits up to maxIndex if that entry is from `term`: Raft commits only current-term entries. */
  maybeCommit(maxIndex: number, term: number): boolean {
    if (maxIndex > this.committed && this.term(maxIndex) === term) {
      this.commitTo(maxIndex);
      return true;
    }
    return false;
  }

  restore(snap: Snapshot): void {
    this.committed = snap.metadata.index;
    this.unstable.restore(snap);
  }

  /**
   * Entries in [lo, hi), at most maxSizeBytes of them but at least one. Throws CompactedError
   * when lo is no longer in the log.
   */
  slice(lo: number, hi: number, maxSizeBytes: number): Entry[] {
    if (lo >= hi) return [];
    const first = this.firstIndex();
    if (lo < first) throw new CompactedError(lo, first);
    const upper = this.lastIndex() + 1;
    if (hi > upper) throw new Error(`slice[${lo},${hi}) out of bound [${first},${upper}]`);

    let result: Entry[] = [];
    const unstableStart = this.unstable.offset;
    if (lo < unstableStart) {
      const stored = this.storage.entries(lo, Math.min(hi, unstableStart), maxSizeBytes);
      // Storage stopped early because of the size limit: the unstable part cannot follow.
      if (stored.length < Math.min(hi, unstableStart) - lo) return stored;
      result = stored;
    }
    if (hi > unstableStart) {
      const fromUnstable = this.unstable.slice(Math.max(lo, unstableStart), hi);
      result = result.length > 0 ? [...result, ...fromUnstable] : fromUnstable;
    }
    return limitSize(result, maxSizeBytes);
  }
}

/** The longest prefix of ents within maxSizeBytes, but never fewer than one entry. */
export function limitSize(ents: Entry[], maxSizeBytes: number): Entry[] {
  if (ents.length === 0) return ents;
  let size = entrySize(ents[0]!);
  let n = 1;
  for (; n < ents.length; n++) {
    size += entrySize(ents[n]!);
    if (size > maxSizeBytes) break;
  }
  return n === ents.length ? ents : ents.slice(0, n);
}
