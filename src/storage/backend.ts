// The one LevelDB database of a member. Every persistent thing clusterd keeps (the replicated log,
// MVCC history, leases, alarms, metadata) lives here under its own one-byte key prefix, so that one
// batch can change several of them atomically.
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Level } from 'level';
import { syncCreatedPath, syncDirectory } from '../util/sync-directory.js';

export type BatchOp = { type: 'put'; key: Buffer; value: Buffer } | { type: 'del'; key: Buffer };

/** Changes handed to another writer's next batch; `done` says whether that write failed. */
export interface ChangeBatch {
  readonly ops: readonly BatchOp[];
  done(failed: boolean): void;
}

export interface KeyRange {
  gte: Buffer;
  lt: Buffer;
}

/** A point-in-time view of the backend; see Backend.view(). */
export interface BackendView {
  get(key: Buffer): Buffer | undefined;
  scan(range: KeyRange, chunk?: number): AsyncIterable<[Buffer, Buffer]>;
  /** Releases the snapshot (idempotent); a scan still running keeps it until it ends. */
  close(): Promise<void>;
}

export class Backend {
  /** Bytes handed to LevelDB since open: lets the quota grow its estimate between disk samples. */
  bytesWritten = 0;

  private constructor(
    private readonly db: Level<Buffer, Buffer>,
    readonly dir: string,
    /** etcd's --unsafe-no-fsync: a write asked to be synced is not (a power loss may lose it). */
    readonly unsafeNoFsync: boolean,
  ) {}

  static async open(dir: string, options: { unsafeNoFsync?: boolean } = {}): Promise<Backend> {
    try {
      return await Backend.openDb(dir, options.unsafeNoFsync === true);
    } catch (err) {
      throw new Error(`cannot open the data directory ${dir}: ${openFailure(err)}`, { cause: err });
    }
  }

  private static async openDb(dir: string, unsafeNoFsync: boolean): Promise<Backend> {
    const firstCreated = await mkdir(dir, { recursive: true, mode: 0o700 });
    const db = new Level<Buffer, Buffer>(join(dir, 'db'), {
      keyEncoding: 'buffer',
      valueEncoding: 'buffer',
      // LevelDB's defaults (4 MiB memtable, 8 MiB block cache): larger ones bought little
      // throughput here and cost resident memory on every member.
      writeBufferSize: 4 << 20,
      cacheSize: 8 << 20,
    });
    await db.open();
    // Both directories are synced at every open, so a start cut short before this point is made
    // good by the next one. LevelDB's: opening writes a new MANIFEST (synced), points CURRENT at it
    // by a rename and unlinks the old one, and none of that is durable until LevelDB next syncs its
    // directory, with the MANIFEST of its first compaction. Until then a power loss brings back
    // the old CURRENT, and for a new database the MANIFEST it names was never synced (LevelDB
    // 1.20's NewDB closes it unsynced): the database would no longer open. The data directory:
    // until it is synced the name `db` is not durable, and a power loss would take the whole
    // database (the data directory itself, when mkdir made it, likewise).
    await syncDirectory(join(dir, 'db'));
    await syncCreatedPath(dir, firstCreated);
    return new Backend(db, dir, unsafeNoFsync);
  }

  /** A synchronous point read: LevelDB's block cache makes this a few microseconds. */
  get(key: Buffer): Buffer | undefined {
    return this.db.getSync(key);
  }

  /** Writes ops atomically. `sync` waits for fsync, so the batch survives power loss. */
  async write(ops: readonly BatchOp[], sync: boolean): Promise<void> {
    if (ops.length === 0) return;
    // A chained batch, because abstract-level's array form clones and re-validates every
    // operation in JavaScript: measured here at about three times the CPU per operation.
    const batch = this.db.batch();
    try {
      for (const op of ops) {
        if (op.type === 'put') {
          batch.put(op.key, op.value);
          this.bytesWritten += op.key.length + op.value.length;
        } else {
          batch.del(op.key);
          this.bytesWritten += op.key.length;
        }
      }
    } catch (err) {
      await batch.close();
      throw err;
    }
    await batch.write({ sync: sync && !this.unsafeNoFsync });
  }

  /**
   * Every entry of a key range in order, read in chunks so memory stays bounded. The iterator (and
   * with it LevelDB's implicit snapshot) is created by this call, not at the first read: the
   * entries are those of this moment, whatever is written later.
   */
  scan(range: KeyRange, chunk = 1024): AsyncIterable<[Buffer, Buffer]> {
    return chunked(this.db.iterator({ gte: range.gte, lt: range.lt }), chunk);
  }

  /**
   * The whole backend as it is now (LevelDB's explicit snapshot), for several reads that must see
   * one moment: taken synchronously, so every batch written before this call is in it and none
   * written after. The caller owns it and closes it.
   */
  view(): BackendView {
    const snapshot = this.db.snapshot();
    const db = this.db;
    let closed: Promise<void> | undefined;
    return {
      get: (key) => db.getSync(key, { snapshot }),
      scan: (range, chunk = 1024) =>
        chunked(db.iterator({ gte: range.gte, lt: range.lt, snapshot }), chunk),
      close: () => (closed ??= snapshot.close()),
    };
  }

  /** Bytes on disk: the files of the LevelDB directory (what the quota is measured against). */
  async sizeOnDisk(): Promise<number> {
    const dbDir = join(this.dir, 'db');
    let total = 0;
    for (const name of await readdir(dbDir)) {
      try {
        total += (await stat(join(dbDir, name))).size;
      } catch {
        // A table file removed by a concurrent compaction no longer counts.
      }
    }
    return total;
  }

  /** Compacts LevelDB's own files (the work etcd's defragment does for bbolt). */
  async compactFiles(): Promise<void> {
    // `level` types only the portable API; in Node it is classic-level, which has compactRange.
    const native = this.db as unknown as {
      compactRange(start: Buffer, end: Buffer): Promise<void>;
    };
    const [first, last] = [Buffer.alloc(0), Buffer.alloc(64, 0xff)];
    // The first pass writes the memtable to a table file, which LevelDB may place straight into a
    // deeper level with every overwritten and deleted value still in it, and a manual compaction
    // never rewrites the deepest level that has files. A marker written and deleted at both ends of
    // the key space (outside every record prefix) makes the second pass's memtable land above
    // those files, so that they are merged into it and the garbage is dropped.
    await native.compactRange(first, last);
    const markers = [Buffer.from([0x00]), Buffer.alloc(8, 0xff)];
    await this.write(
      markers.map((key) => ({ type: 'put', key, value: Buffer.alloc(0) })),
      false,
    );
    await this.write(
      markers.map((key) => ({ type: 'del', key })),
      false,
    );
    await native.compactRange(first, last);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** An iterator's entries, read `chunk` at a time; the iterator is closed however the loop ends. */
function chunked(
  it: { nextv(size: number): Promise<[Buffer, Buffer][]>; close(): Promise<void> },
  chunk: number,
): AsyncIterable<[Buffer, Buffer]> {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          const entries = await it.nextv(chunk);
          if (entries.length === 0) return;
          for (const entry of entries) yield entry;
        }
      } finally {
        await it.close();
      }
    },
  };
}

/**
 * Why the database did not open, in a user's words: LevelDB's lock held by another process is
 * what a second clusterd on the same directory meets ("Database failed to open" by itself).
 */
function openFailure(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? err.cause.message : '';
  if (/lock/i.test(cause)) return 'it is in use by another process (LevelDB lock held)';
  const sys = err as NodeJS.ErrnoException;
  if (sys.code && sys.syscall) return err.message.replace(/^[A-Z]+: /, '');
  return cause ? `${err.message}: ${cause}` : err.message;
}
