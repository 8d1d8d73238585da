// The history of one key, as etcd's keyIndex keeps it: a list of generations, each running from a
// creation to a deletion (tombstone). Revisions are (main, sub): main is the store revision of the
// write request, sub orders the changes inside one request.

export interface Revision {
  main: number;
  sub: number;
}

/** One life of a key: created by a put, ended (when closed) by a tombstone, its last revision. */
interface Generation {
  /** The revision of the put that created the key; survives compaction of the revision itself. */
  createdMain: number;
  /** The version of mains[0]: 1 until a compaction drops the generation's first revisions. */
  firstVersion: number;
  mains: number[];
  subs: number[];
}

function emptyGeneration(): Generation {
  return { createdMain: 0, firstVersion: 1, mains: [], subs: [] };
}

/** What a key looked like at a revision: where its record is, and its create revision and version. */
export interface KeyAt {
  modified: Revision;
  createRevision: number;
  version: number;
}

export class KeyIndex {
  /** Every generation but the last is closed by a tombstone; an empty last one means "deleted". */
  private readonly generations: Generation[] = [emptyGeneration()];

  constructor(readonly key: string) {}

  private get current(): Generation {
    return this.generations[this.generations.length - 1]!;
  }

  /** True while the key exists at the newest revision. */
  get isLive(): boolean {
    return this.current.mains.length > 0;
  }

  /** True when nothing of the key's history is left. */
  get isEmpty(): boolean {
    return this.generations.length === 1 && this.current.mains.length === 0;
  }

  put(main: number, sub: number): void {
    const gen = this.current;
    if (gen.mains.length === 0) gen.createdMain = main;
    gen.mains.push(main);
    gen.subs.push(sub);
  }

  tombstone(main: number, sub: number): void {
    this.put(main, sub);
    this.generations.push(emptyGeneration());
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
    const gen = this.current;
    if (gen.mains.length === 0) {
      gen.createdMain = createRevision;
      gen.firstVersion = version;
    }
    gen.mains.push(main);
    gen.subs.push(sub);
  }

  /** The key at revision `rev`, or undefined if it did not exist then. */
  get(rev: number): KeyAt | undefined {
    const last = this.generations.length - 1;
    for (let g = last; g >= 0; g--) {
      const gen = this.generations[g]!;
      const mains = gen.mains;
      if (mains.length === 0 || mains[0]! > rev) continue;
      const i = lastAtOrBefore(mains, rev);
      // A closed generation's last revision is its tombstone: the key was deleted then.
      if (g < last && i === mains.length - 1) return undefined;
      return {
        modified: { main: mains[i]!, sub: gen.subs[i]! },
        createRevision: gen.createdMain,
        version: gen.firstVersion + i,
      };
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
    const last = this.generations.length - 1;
    let firstKept = 0;
    for (let g = 0; g <= last; g++) {
      const gen = this.generations[g]!;
      if (gen.mains.length === 0) continue;
      const closed = g < last;
      const tombstoneMain = closed ? gen.mains[gen.mains.length - 1]! : Infinity;
      if (tombstoneMain <= atRev) {
        // The whole life of the key ended by atRev.
        for (let i = 0; i < gen.mains.length; i++)
          removed.push({ main: gen.mains[i]!, sub: gen.subs[i]! });
        firstKept = g + 1;
        continue;
      }
      if (gen.mains[0]! <= atRev) {
        const keep = lastAtOrBefore(gen.mains, atRev);
        for (let i = 0; i < keep; i++) removed.push({ main: gen.mains[i]!, sub: gen.subs[i]! });
        gen.mains.splice(0, keep);
        gen.subs.splice(0, keep);
        gen.firstVersion += keep;
      }
      break;
    }
    if (firstKept > 0) this.generations.splice(0, firstKept);
    if (this.generations.length === 0) this.generations.push(emptyGeneration());
    return removed;
  }
}

/** Index of the last element <= value in an ascending array whose first element is <= value. */
function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
