// A read-only reader of bbolt database files, etcd's backend (what `etcdctl snapshot save` writes,
// and a member's member/snap/db), written from bbolt's on-disk format:
//
// - The file is a sequence of pages of meta.pageSize bytes. Every page starts with a 16-byte
//   header, little-endian: id u64, flags u16 (branch 0x01, leaf 0x02, meta 0x04, freelist 0x10),
//   count u16 (elements), overflow u32 (how many pages past this one the page spans).
// - Pages 0 and 1 are meta pages, written alternately: after the header, magic 0xED0CDAED u32,
//   version u32 (2), pageSize u32, flags u32, the root bucket {root pgid u64, sequence u64},
//   freelist pgid u64, pgid u64 (the number of pages in use), txid u64, and a checksum u64 (FNV-1a
//   64 of the 56 bytes before it). The valid one with the higher txid is the current state.
// - A bucket is a B+tree. A branch page holds `count` 16-byte elements {pos u32, ksize u32, pgid
//   u64}: the first key of each child page (at the element's offset + pos) and the child's id. A
//   leaf page holds elements {flags u32, pos u32, ksize u32, vsize u32}: the key at the element's
//   offset + pos, its value right after. Flag 0x01 marks a nested bucket: its value is the bucket
//   header {root pgid u64, sequence u64}, and a root of 0 means an inline bucket, whose one leaf
//   page follows the header inside the value.
// - The root bucket's keys are the top-level bucket names. The freelist is not needed to read.
//
// Everything read is bounds-checked; a structure that does not hold is a BoltError naming the page.
import type { FileHandle } from 'node:fs/promises';

const pageHeaderBytes = 16;
const elementBytes = 16;
const bucketHeaderBytes = 16;
const metaChecksumOffset = 56;
const boltMagic = 0xed0cdaed;
const boltVersion = 2;
const PageFlag = { branch: 0x01, leaf: 0x02, meta: 0x04, freelist: 0x10 } as const;
const bucketLeafFlag = 0x01;

/** A structure of the file that does not hold (etcd reports these as integrity check errors). */
export class BoltError extends Error {}

export interface BoltMeta {
  pageSize: number;
  /** The root bucket's root page. */
  root: number;
  /** Pages in use (bbolt's high water mark): the database is pgid × pageSize bytes. */
  pgid: number;
  txid: bigint;
}

/** A bucket: its root page, or its inline leaf page. `path` names it in errors. */
export interface BoltBucket {
  path: string;
  root: number;
  inline?: Buffer;
}

export interface BoltEntry {
  key: Buffer;
  /** The value; for a nested bucket, its bucket header (and inline page). */
  value: Buffer;
  isBucket: boolean;
}

/** What BoltReader.check shows its caller on the way. */
export interface BoltVisitor {
  /** Entering a bucket: the entry that holds it (none for the root) and its depth (root 0). */
  bucket(holder: BoltEntry | undefined, depth: number): void;
  /** One entry of the bucket entered last at `depth`, in key order. */
  entry(entry: BoltEntry, depth: number): void;
}

interface Page {
  id: number;
  flags: number;
  count: number;
  /** The whole page span (header included). */
  data: Buffer;
}

/** True if the file starts like a bbolt database: a meta page's magic after the page header. */
export function isBoltFile(head: Buffer): boolean {
  return head.length >= 20 && head.readUInt32LE(pageHeaderBytes) === boltMagic;
}

export class BoltReader {
  private constructor(
    private readonly file: FileHandle,
    /** Bytes of the file that belong to the database (a trailing digest excluded). */
    private readonly dataBytes: number,
    readonly meta: BoltMeta,
  ) {}

  /** Reads the meta pages; `file` stays the caller's to close. */
  static async open(file: FileHandle, dataBytes: number): Promise<BoltReader> {
    const first = await readAt(file, 0, Math.min(dataBytes, 4096));
    const meta0 = parseMeta(first, 0);
    // The second meta page is one page further; its size comes from the first (or bbolt's
    // default when the first is damaged).
    const pageSize = typeof meta0 === 'string' ? 4096 : meta0.pageSize;
    const second = await readAt(file, pageSize, Math.min(Math.max(dataBytes - pageSize, 0), 4096));
    const meta1 = parseMeta(second, 1);
    const valid = [meta0, meta1].filter((m): m is BoltMeta => typeof m !== 'string');
    if (typeof meta0 === 'string' && typeof meta1 === 'string') {
      throw new BoltError(`${meta0}; ${meta1}`);
    }
    const meta = valid.reduce((a, b) => (b.txid > a.txid ? b : a));
    if (meta.pgid * meta.pageSize > dataBytes) {
      throw new BoltError(
        `the database has ${meta.pgid} pages of ${meta.pageSize} bytes, but the file holds ${dataBytes} bytes of it: truncated`,
      );
    }
    return new BoltReader(file, dataBytes, meta);
  }

  /** What bbolt's tx.Size() reports: the pages in use. */
  get size(): number {
    return this.meta.pgid * this.meta.pageSize;
  }

  get root(): BoltBucket {
    return { path: '', root: this.meta.root };
  }

  /**
   * Every entry of `bucket` in key order. Checks each page on the way (bounds, type, its id) and
   * that keys strictly ascend; `visited`, when given, collects page ids across calls so that a
   * page referenced twice is caught.
   */
  async *entries(bucket: BoltBucket, visited?: Set<number>): AsyncGenerator<BoltEntry> {
    let last: Buffer | undefined;
    const leaves =
      bucket.inline !== undefined
        ? single(this.inlinePage(bucket))
        : this.leaves(bucket, bucket.root, visited ?? new Set(), 0);
    for await (const page of leaves) {
      for (const entry of leafEntries(page, bucket.path)) {
        if (last !== undefined && Buffer.compare(last, entry.key) >= 0) {
          throw new BoltError(
            `${where(page, bucket.path)}: keys out of order (${hex(last)} before ${hex(entry.key)})`,
          );
        }
        last = entry.key;
        yield entry;
      }
    }
  }

  /** The nested bucket an entry holds. */
  subBucket(parent: BoltBucket, entry: BoltEntry): BoltBucket {
    const path = `${parent.path}/${printable(entry.key)}`;
    if (!entry.isBucket) throw new BoltError(`bucket ${path}: not a bucket`);
    if (entry.value.length < bucketHeaderBytes)
      throw new BoltError(`bucket ${path}: header of ${entry.value.length} bytes`);
    const root = Number(entry.value.readBigUInt64LE(0));
    if (root !== 0) return { path, root };
    return { path, root: 0, inline: entry.value.subarray(bucketHeaderBytes) };
  }

  /** The top-level bucket named `name`, if there is one. */
  async bucket(name: string): Promise<BoltBucket | undefined> {
    const key = Buffer.from(name);
    for await (const entry of this.entries(this.root)) {
      const order = Buffer.compare(entry.key, key);
      if (order === 0) return entry.isBucket ? this.subBucket(this.root, entry) : undefined;
      if (order > 0) return undefined;
    }
    return undefined;
  }

  /**
   * Walks every bucket, nested ones too, once (bbolt's tx.Check, short of the freelist): returns
   * what is wrong, at most one problem per bucket since a walk cannot go on past a bad page.
   * `visit`, if given, sees each bucket as the walk enters it (the root at depth 0, with no entry)
   * and then each of its entries, so a caller needing every entry reads the file once, not twice.
   */
  async check(visit?: BoltVisitor): Promise<string[]> {
    const problems: string[] = [];
    const visited = new Set<number>([0, 1]);
    const walk = async (bucket: BoltBucket, entry: BoltEntry | undefined, depth: number) => {
      visit?.bucket(entry, depth);
      const nested: [BoltBucket, BoltEntry][] = [];
      try {
        for await (const e of this.entries(bucket, visited)) {
          visit?.entry(e, depth);
          if (e.isBucket) nested.push([this.subBucket(bucket, e), e]);
        }
      } catch (err) {
        if (!(err instanceof BoltError)) throw err;
        problems.push(err.message);
      }
      for (const [b, e] of nested) await walk(b, e, depth + 1);
    };
    await walk(this.root, undefined, 0);
    return problems;
  }

  private inlinePage(bucket: BoltBucket): Page {
    const data = bucket.inline!;
    if (data.length < pageHeaderBytes)
      throw new BoltError(`bucket ${bucket.path}: inline page of ${data.length} bytes`);
    const page = { id: 0, flags: data.readUInt16LE(8), count: data.readUInt16LE(10), data };
    if (page.flags !== PageFlag.leaf) {
      throw new BoltError(`bucket ${bucket.path}: inline page of type ${pageType(page.flags)}`);
    }
    return page;
  }

  /** The leaf pages under page `id`, in key order. */
  private async *leaves(
    bucket: BoltBucket,
    id: number,
    visited: Set<number>,
    depth: number,
  ): AsyncGenerator<Page> {
    // bbolt's trees are a few levels deep; a cycle would recurse forever.
    if (depth > 64) throw new BoltError(`bucket ${bucket.path}: tree deeper than 64 levels`);
    const page = await this.page(id, bucket.path, visited);
    if (page.flags === PageFlag.leaf) {
      yield page;
      return;
    }
    if (page.flags !== PageFlag.branch) {
      throw new BoltError(`${where(page, bucket.path)}: invalid type: ${pageType(page.flags)}`);
    }
    const children: number[] = [];
    for (let i = 0; i < page.count; i++) {
      const at = pageHeaderBytes + i * elementBytes;
      children.push(Number(page.data.readBigUInt64LE(at + 8)));
    }
    for (const child of children) yield* this.leaves(bucket, child, visited, depth + 1);
  }

  private async page(id: number, path: string, visited: Set<number>): Promise<Page> {
    const { pageSize, pgid } = this.meta;
    if (id < 2 || id >= pgid) {
      throw new BoltError(`page ${id}: out of bounds: ${pgid} (bucket ${path || '(root)'})`);
    }
    if (visited.has(id)) throw new BoltError(`page ${id}: multiple references`);
    visited.add(id);
    let data = await readAt(this.file, id * pageSize, pageSize);
    if (data.length < pageSize) throw new BoltError(`page ${id}: beyond the end of the file`);
    const header = { id: Number(data.readBigUInt64LE(0)), overflow: data.readUInt32LE(12) };
    if (header.id !== id) throw new BoltError(`page ${id}: its header says page ${header.id}`);
    if (header.overflow > 0) {
      if (id + header.overflow >= pgid) {
        throw new BoltError(`page ${id}: overflow of ${header.overflow} pages out of bounds`);
      }
      for (let i = 1; i <= header.overflow; i++) visited.add(id + i);
      data = await readAt(this.file, id * pageSize, (header.overflow + 1) * pageSize);
    }
    if (
      data.length < pageSize * (header.overflow + 1) ||
      id * pageSize + data.length > this.dataBytes
    ) {
      throw new BoltError(`page ${id}: beyond the end of the file`);
    }
    const page = { id, flags: data.readUInt16LE(8), count: data.readUInt16LE(10), data };
    if (pageHeaderBytes + page.count * elementBytes > data.length) {
      throw new BoltError(`page ${id}: ${page.count} elements do not fit in ${data.length} bytes`);
    }
    return page;
  }
}

/** A leaf page's elements, their offsets checked against the page. */
function leafEntries(page: Page, path: string): BoltEntry[] {
  const { data, count } = page;
  if (pageHeaderBytes + count * elementBytes > data.length) {
    throw new BoltError(
      `${where(page, path)}: ${count} elements do not fit in ${data.length} bytes`,
    );
  }
  const entries: BoltEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = pageHeaderBytes + i * elementBytes;
    const flags = data.readUInt32LE(at);
    const start = at + data.readUInt32LE(at + 4);
    const keyBytes = data.readUInt32LE(at + 8);
    const valueBytes = data.readUInt32LE(at + 12);
    if (start + keyBytes + valueBytes > data.length) {
      throw new BoltError(`${where(page, path)}: element ${i} reaches past the page`);
    }
    entries.push({
      key: data.subarray(start, start + keyBytes),
      value: data.subarray(start + keyBytes, start + keyBytes + valueBytes),
      isBucket: (flags & bucketLeafFlag) !== 0,
    });
  }
  return entries;
}

function parseMeta(page: Buffer, index: number): BoltMeta | string {
  if (page.length < pageHeaderBytes + metaChecksumOffset + 8)
    return `meta page ${index}: truncated`;
  if ((page.readUInt16LE(8) & PageFlag.meta) === 0) return `meta page ${index}: not a meta page`;
  const m = page.subarray(pageHeaderBytes);
  if (m.readUInt32LE(0) !== boltMagic) return `meta page ${index}: invalid magic`;
  if (m.readUInt32LE(4) !== boltVersion)
    return `meta page ${index}: version ${m.readUInt32LE(4)}, not ${boltVersion}`;
  if (m.readBigUInt64LE(metaChecksumOffset) !== fnv1a64(m.subarray(0, metaChecksumOffset))) {
    return `meta page ${index}: checksum error`;
  }
  const pageSize = m.readUInt32LE(8);
  if (pageSize < 512 || pageSize > 1 << 20 || (pageSize & (pageSize - 1)) !== 0) {
    return `meta page ${index}: page size ${pageSize}`;
  }
  return {
    pageSize,
    root: Number(m.readBigUInt64LE(16)),
    pgid: Number(m.readBigUInt64LE(40)),
    txid: m.readBigUInt64LE(48),
  };
}

/** FNV-1a, 64 bits: the checksum bbolt keeps of its meta. */
function fnv1a64(data: Buffer): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of data) {
    hash ^= BigInt(byte);
    hash = BigInt.asUintN(64, hash * 0x100000001b3n);
  }
  return hash;
}

/** `length` bytes at `position`; fewer only at the end of the file. */
async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

// eslint-disable-next-line @typescript-eslint/require-await
async function* single(page: Page): AsyncGenerator<Page> {
  yield page;
}

function where(page: Page, path: string): string {
  return page.id === 0 ? `bucket ${path}: inline page` : `page ${page.id}`;
}

function pageType(flags: number): string {
  const names = Object.entries(PageFlag).filter(([, bit]) => flags === bit);
  return names.length === 1 ? names[0]![0] : `unknown<${flags.toString(16).padStart(2, '0')}>`;
}

function hex(b: Buffer): string {
  return b.length > 32 ? `${b.subarray(0, 32).toString('hex')}…` : b.toString('hex');
}

function printable(b: Buffer): string {
  return /^[\x20-\x7e]*$/.test(b.toString('latin1')) ? b.toString('latin1') : `0x${hex(b)}`;
}
