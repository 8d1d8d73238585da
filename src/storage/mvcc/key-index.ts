// The history of one key, as etcd's keyIndex keeps it: a list of generations, each running from a
// creation to a deletion (tombstone). Revisions are (main, sub): main is the store revision of the
// write request, sub orders the changes inside one request.
//
// Every key of the store has one of these in memory, so the layout is chosen for size: a generation
// is one flat array of numbers (V8 stores small integers unboxed, 8 bytes each) instead of an object
// with two arrays, and closed generations exist only for keys that were deleted. A key with one
// revision costs about 130 bytes here instead of about 600 with the object layout.

export interface Revision {
  main: number;
  sub: number;
}

/**
 * One life of a key: [createdMain, firstVersion, main0, sub0, main1, sub1, ...]. createdMain is the
 * revision of the put that created the key (it survives compaction of that revision); firstVersion
 * is the version of main0, 1 until a compaction drops the generation's first revisions. A
 * generation with no revisions (the header alone) means the key does not exist.
 */
type Generation = number[];

const CREATED = 0;
const FIRST_VERSION = 1;
const HEADER = 2;

function emptyGeneration(): Generation {
  return [0, 1];
}

function revisionCount(gen: Generation): number {
  return (gen.length - HEADER) >> 1;
}

function mainAt(gen: Generation, i: number): number {
  return gen[HEADER + 2 * i]!;
}

function subAt(gen: Generation, i: number): number {
  return gen[HEADER + 2 * i + 1]!;
}

/**
 * Appends a revision. A short array is copied to exact size, because an array that is pushed to
 * gets room for 16 more elements and most keys have only a few revisions; a long one grows in
 * place, so a key written many times between compactions is not copied on every write.
 */
function withRevision(gen: Generation, main: number, sub: number): Generation {
  if (gen.length >= 16) {
    gen.push(main, sub);
    return gen;
  }
  return gen.concat(main, sub);
}

/** Index of the last revision whose main is <= rev; the first revision's main must be <= rev. */
function lastAtOrBefore(gen: Generation, rev: number): number {
  let lo = 0;
  let hi = revisionCount(gen) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (mainAt(gen, mid) <= rev) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What a key looked like at a revision: where its record is, and its create revision and version. */
export interface KeyAt {
  modified: Revision;
  createRevision: number;
  version: number;
}

export class KeyIndex {
  /** The newest generation; the header alone means "deleted". */
  private current: Generation = emptyGeneration();
  /** Generations ended by a tombstone (their last revision), oldest first; most keys have none. */
  private closed: Generation[] | undefined;

  constructor(readonly key: string) {}

  /** True while the key exists at the newest revision. */
  get isLive(): boolean {
    return this.current.length > HEADER;
  }

  /** True when nothing of the key's history is left. */
  get isEmpty(): boolean {
    return this.closed === undefined && !this.isLive;
  }

  put(main: number, sub: number): void {
    if (!this.isLive) this.current[CREATED] = main;
    this.current = withRevision(this.current, main, sub);
  }

  tombstone(main: number, sub: number): void {
    this.put(main, sub);
    (this.closed ??= []).push(this.current);
    this.current = emptyGeneration();
  }

  /** Rebuilds history from a stored record; a compacted generation may start past version 1. */
  restore(
    main: number,
    sub: number,
    createRevision: number,
    version: number,
    tombstone: boolean,
  ): void {
    if (tombstone) {
      this.tombstone(main, sub);
      return;
    }
    if (!this.isLive) {
      this.current[CREATED] = createRevision;
      this.current[FIRST_VERSION] = version;
    }
    this.current = withRevision(this.current, main, sub);
  }

  /** The key at revision `rev`, or undefined if it did not exist then. */
  get(rev: number): KeyAt | undefined {
    const current = this.current;
    if (current.length > HEADER && mainAt(current, 0) <= rev) return keyAt(current, rev);
    const closed = this.closed;
    if (closed === undefined) return undefined;
    for (let g = closed.length - 1; g >= 0; g--) {
      const gen = closed[g]!;
      if (mainAt(gen, 0) > rev) continue;
      // A closed generation's last revision is its tombstone: the key was deleted then.
      const i = lastAtOrBefore(gen, rev);
      return i === revisionCount(gen) - 1 ? undefined : keyAt(gen, rev);
    }
    return undefined;
  }

  /**
   * Drops the history that a compaction at `atRev` makes unreachable and returns the revisions
   * whose records may be deleted. The newest revision at or before `atRev` survives unless it is a
   * tombstone, so reads at exactly `atRev` still work.
   */
  compact(atRev: number): Revision[] {
    const removed: Revision[] = [];
    const closed = this.closed;
    if (closed !== undefined) {
      let ended = 0;
      while (ended < closed.length) {
        const gen = closed[ended]!;
        const count = revisionCount(gen);
        if (mainAt(gen, count - 1) > atRev) break;
        // The whole life of the key ended by atRev.
        collect(gen, count, removed);
        ended++;
      }
      if (ended === closed.length) this.closed = undefined;
      else {
        if (ended > 0) closed.splice(0, ended);
        closed[0] = compactGeneration(closed[0]!, atRev, removed);
        return removed;
      }
    }
    if (this.isLive) this.current = compactGeneration(this.current, atRev, removed);
    return removed;
  }
}

function keyAt(gen: Generation, rev: number): KeyAt {
  const i = lastAtOrBefore(gen, rev);
  return {
    modified: { main: mainAt(gen, i), sub: subAt(gen, i) },
    createRevision: gen[CREATED]!,
    version: gen[FIRST_VERSION]! + i,
  };
}

function collect(gen: Generation, count: number, into: Revision[]): void {
  for (let i = 0; i < count; i++) into.push({ main: mainAt(gen, i), sub: subAt(gen, i) });
}

/** Drops a generation's revisions before the newest one at or before atRev. */
function compactGeneration(gen: Generation, atRev: number, removed: Revision[]): Generation {
  if (mainAt(gen, 0) > atRev) return gen;
  const keep = lastAtOrBefore(gen, atRev);
  if (keep === 0) return gen;
  collect(gen, keep, removed);
  const kept = [gen[CREATED]!, gen[FIRST_VERSION]! + keep];
  return kept.concat(gen.slice(HEADER + 2 * keep));
}
