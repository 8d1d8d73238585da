// The keys of the store in byte order, for range reads. Keys are latin1 strings, which compare like
// their bytes. They are kept as a list of short sorted chunks, as a B-tree keeps its leaves: one
// flat sorted array would copy every later key on each insert, which at 100,000 keys was the
// largest cost of a put after LevelDB itself.

/** Chunks split in two past this size, so an insert moves at most this many keys. */
const MAX_CHUNK = 512;

export class SortedKeys {
  /** Non-empty sorted chunks, each wholly before the next; one empty chunk when there are no keys. */
  private chunks: string[][];

  /** Builds the set from keys already sorted and distinct. */
  constructor(sorted: readonly string[] = []) {
    this.chunks = [];
    for (let i = 0; i < sorted.length; i += MAX_CHUNK / 2)
      this.chunks.push(sorted.slice(i, i + MAX_CHUNK / 2));
    if (this.chunks.length === 0) this.chunks.push([]);
  }

  /** Adds a key that is not in the set. */
  insert(key: string): void {
    const c = this.chunkFor(key);
    const chunk = this.chunks[c]!;
    chunk.splice(lowerBound(chunk, key), 0, key);
    if (chunk.length > MAX_CHUNK) this.chunks.splice(c + 1, 0, chunk.splice(MAX_CHUNK / 2));
  }

  /** Keeps only the keys for which `keep` is true. */
  retain(keep: (key: string) => boolean): void {
    const kept: string[] = [];
    for (const chunk of this.chunks) for (const key of chunk) if (keep(key)) kept.push(key);
    this.chunks = new SortedKeys(kept).chunks;
  }

  /** Calls `visit` with each key >= `from` in order, until it returns false. */
  forEachFrom(from: string, visit: (key: string) => boolean): void {
    const chunks = this.chunks;
    let c = this.chunkFor(from);
    let i = lowerBound(chunks[c]!, from);
    for (; c < chunks.length; c++, i = 0) {
      const chunk = chunks[c]!;
      for (; i < chunk.length; i++) if (!visit(chunk[i]!)) return;
    }
  }

  /** The chunk that holds `key` or would: the last one whose first key is <= key (else the first). */
  private chunkFor(key: string): number {
    const chunks = this.chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (chunks[mid]![0]! <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** First index whose key is >= key. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
