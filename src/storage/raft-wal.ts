// The Raft log's write-ahead journal: the one file a Ready's entries and hard state are synced to
// before the member acknowledges them. LevelDB keeps the log too, but a synced LevelDB batch costs
// a thread hop, its own log record and an fdatasync of a file that grows (so a commit of the file
// system's journal as well). So, as etcd's WAL does, the file is allocated once (zeros written,
// then synced) and records overwrite it in place, so that fdatasync writes data only; LevelDB gets
// the same records later, off the reply's path.
//
// A record: crc32 (of the rest) | payload length | epoch | sequence | payload, all u32 big-endian.
// Records of one epoch lie one after another from offset 0 with sequences 0, 1, 2, ...; reading
// stops at the first record that fails any of those checks (zeros, a torn write, a record of an
// older epoch). Once LevelDB holds every record, the journal starts again at offset 0 under the
// next epoch, which makes what lies after the new records unreadable. Which records LevelDB holds
// is the storage's business (raft-storage.ts); this file only frames, writes and reads them.
import { closeSync, fdatasync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { syncDirectory } from '../util/sync-directory.js';

const HEADER = 16;
/** The size allocated up front. Past it the file grows (still correct, only slower to sync). */
export const WAL_PREALLOCATED_BYTES = 8 << 20;

const fdatasyncAsync = promisify(fdatasync);

/** What opening found: the records of the journal's current epoch, in order. */
export interface WalContents {
  readonly wal: RaftWal;
  /** undefined when no record could be read (a new file, or a first record torn). */
  readonly epoch: number | undefined;
  readonly records: readonly Buffer[];
}

export class RaftWal {
  private position = 0;
  private sequence = 0;
  private epoch = 1;
  private closed = false;

  private constructor(
    private readonly fd: number,
    private readonly noSync: boolean,
  ) {}

  /** Opens the journal at `path` (creating it, preallocated, if missing) and reads it. */
  static async open(path: string, options: { noSync: boolean }): Promise<WalContents> {
    let fd: number;
    try {
      fd = openSync(path, 'r+');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      await preallocate(path);
      fd = openSync(path, 'r+');
    }
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(HEADER);
    const records: Buffer[] = [];
    let position = 0;
    let epoch: number | undefined;
    for (;;) {
      if (readSync(fd, header, 0, HEADER, position) < HEADER) break;
      const length = header.readUInt32BE(4);
      const recordEpoch = header.readUInt32BE(8);
      if (recordEpoch === 0 || header.readUInt32BE(12) !== records.length) break;
      if (epoch !== undefined && recordEpoch !== epoch) break;
      if (length > size - position - HEADER) break;
      const payload = Buffer.allocUnsafe(length);
      if (readSync(fd, payload, 0, length, position + HEADER) < length) break;
      if (crc32(payload, crc32(header.subarray(4))) !== header.readUInt32BE(0)) break;
      epoch = recordEpoch;
      records.push(payload);
      position += HEADER + length;
    }
    const wal = new RaftWal(fd, options.noSync);
    wal.position = position;
    wal.sequence = records.length;
    wal.epoch = epoch ?? 1;
    return { wal, epoch, records };
  }

  get currentEpoch(): number {
    return this.epoch;
  }

  /** Records appended in this epoch. */
  get appended(): number {
    return this.sequence;
  }

  /** Bytes of this epoch's records: the journal should start again once LevelDB has them all. */
  get length(): number {
    return this.position;
  }

  /**
   * Appends a record; with `sync`, the promise settles once it is on disk. The write itself is
   * synchronous (a few microseconds into the page cache), so records reach the file in call order.
   */
  append(payload: Buffer, sync: boolean): Promise<void> | undefined {
    if (this.closed) throw new Error('the Raft journal is closed');
    const record = Buffer.allocUnsafe(HEADER + payload.length);
    record.writeUInt32BE(payload.length, 4);
    record.writeUInt32BE(this.epoch, 8);
    record.writeUInt32BE(this.sequence, 12);
    record.set(payload, HEADER);
    record.writeUInt32BE(crc32(record.subarray(4)), 0);
    writeSync(this.fd, record, 0, record.length, this.position);
    this.position += record.length;
    this.sequence++;
    if (!sync || this.noSync) return undefined;
    return fdatasyncAsync(this.fd);
  }

  /**
   * Starts the journal again at offset 0 under `epoch`, which must differ from the current one.
   * Only once LevelDB durably holds every record (and says so): they can no longer be read back.
   */
  restart(epoch: number): void {
    this.epoch = epoch;
    this.position = 0;
    this.sequence = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/** The epoch after `epoch` (never 0, which marks unwritten space). */
export function nextEpoch(epoch: number): number {
  return (epoch + 1) >>> 0 || 1;
}

/** Writes the file's preallocated zeros, synced, then makes its name durable. */
async function preallocate(path: string): Promise<void> {
  const partial = `${path}.tmp`;
  const handle = await open(partial, 'w');
  try {
    const zeros = Buffer.alloc(1 << 20);
    for (let offset = 0; offset < WAL_PREALLOCATED_BYTES; offset += zeros.length)
      await handle.write(zeros, 0, zeros.length, offset);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, path);
  await syncDirectory(dirname(path));
}
