// clusterd's snapshot file: what Maintenance.Snapshot streams and `snapshot save` writes, and what
// `snapshot status|restore` read back. Its body is the state snapshot stream that catches followers
// up (state-snapshot.ts), behind a header that names the format:
//
//   offset 0   "CLUSTERDSNAPSHOT"   16 bytes; an etcd (bbolt) file has its magic at offset 16
//   16         format version       u32 BE, 1
//   20         header length        u32 BE
//   24         header               JSON, SnapshotHeader
//              records              [u32 key length][key][u32 value length][value] × header.records
//              zero padding         up to a multiple of 512 bytes
//              SHA-256              32 bytes, of everything before it
//
// The digest is etcd's: etcd ends its snapshot stream with the sha256 of the database, and
// `etcdctl snapshot restore` checks it when the file's size is 32 more than a multiple of 512 (a
// bbolt file is a whole number of pages). The padding makes clusterd's file pass the same test.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { clusterdVersion } from '../../version.js';
import { crc32c } from '../../util/crc32c.js';
import type { BackendView } from '../backend.js';
import { MetaKey, Prefix, u64FromValue } from '../keys.js';
import {
  allRecords,
  frameRecords,
  framedLength,
  isMemberOwn,
  unframeRecords,
} from '../state-snapshot.js';
import {
  digestMismatch,
  integrityError,
  type SnapshotContent,
  type SnapshotStatus,
} from './content.js';

const snapshotMagic = Buffer.from('CLUSTERDSNAPSHOT', 'latin1');
const snapshotFormatVersion = 1;
/** The data is padded to a multiple of this (etcd's test for a trailing digest). */
export const snapshotAlignBytes = 512;
export const digestBytes = 32;
const prefaceBytes = snapshotMagic.length + 8;

export interface SnapshotHeader {
  /** The clusterd that wrote it, the member it was taken from and its cluster (hex), and when. */
  clusterdVersion: string;
  clusterId: string;
  memberId: string;
  takenAt: string;
  /** The store's revision and compaction mark, and the log index applied, in the snapshot. */
  revision: number;
  compactRevision: number;
  appliedIndex: number;
  /** How many records follow, and their framed bytes. */
  records: number;
  recordBytes: number;
}

/** True if the file starts with clusterd's magic. */
export function isClusterdSnapshot(head: Buffer): boolean {
  return head.length >= snapshotMagic.length && head.subarray(0, 16).equals(snapshotMagic);
}

/** The file's size before the digest for a header: preface, header and records, padded. */
function paddedDataBytes(headerBytes: number, recordBytes: number): number {
  const raw = prefaceBytes + headerBytes + recordBytes;
  return Math.ceil(raw / snapshotAlignBytes) * snapshotAlignBytes;
}

/**
 * A snapshot of one backend view as the bytes of clusterd's file. Opening it reads the view once
 * to size the records (so the header and `dataBytes` are exact before the first byte is sent);
 * iterating reads it again and yields the data in chunks, then the 32-byte digest as the last
 * chunk. It owns the view: iterating to the end, breaking off, or close() releases it.
 */
export class SnapshotSource implements AsyncIterable<Buffer> {
  private started = false;

  private constructor(
    private readonly view: BackendView,
    readonly header: SnapshotHeader,
    private readonly headerJson: Buffer,
  ) {}

  static async open(
    view: BackendView,
    origin: { clusterId: bigint; memberId: bigint },
  ): Promise<SnapshotSource> {
    try {
      let records = 0;
      let recordBytes = 0;
      let lastRevision = 0;
      for await (const [key, value] of view.scan(allRecords)) {
        if (isMemberOwn(key)) continue;
        records++;
        recordBytes += framedLength(key, value);
        if (key[0] === Prefix.revision) lastRevision = Number(key.readBigUInt64BE(1));
      }
      const header: SnapshotHeader = {
        clusterdVersion,
        clusterId: origin.clusterId.toString(16),
        memberId: origin.memberId.toString(16),
        takenAt: new Date().toISOString(),
        revision: Math.max(u64FromValue(view.get(MetaKey.currentRevision)), lastRevision, 1),
        compactRevision: u64FromValue(view.get(MetaKey.compactRevision)),
        appliedIndex: u64FromValue(view.get(MetaKey.appliedIndex)),
        records,
        recordBytes,
      };
      return new SnapshotSource(view, header, Buffer.from(JSON.stringify(header)));
    } catch (err) {
      await view.close();
      throw err;
    }
  }

  /** Bytes before the digest: what etcd counts in remaining_bytes. */
  get dataBytes(): number {
    return paddedDataBytes(this.headerJson.length, this.header.recordBytes);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    if (this.started) throw new Error('a snapshot is streamed once');
    this.started = true;
    try {
      const digest = createHash('sha256');
      const preface = Buffer.alloc(prefaceBytes);
      snapshotMagic.copy(preface, 0);
      preface.writeUInt32BE(snapshotFormatVersion, 16);
      preface.writeUInt32BE(this.headerJson.length, 20);
      const first = Buffer.concat([preface, this.headerJson]);
      digest.update(first);
      yield first;
      let sent = first.length;
      for await (const chunk of frameRecords(this.view.scan(allRecords))) {
        digest.update(chunk);
        sent += chunk.length;
        yield chunk;
      }
      if (sent !== prefaceBytes + this.headerJson.length + this.header.recordBytes) {
        throw new Error('snapshot: the backend view changed between its two reads');
      }
      const padding = Buffer.alloc(this.dataBytes - sent);
      digest.update(padding);
      if (padding.length > 0) yield padding;
      yield digest.digest();
    } finally {
      await this.view.close();
    }
  }

  /** Releases the view (when the snapshot is not, or no longer, streamed). */
  close(): Promise<void> {
    return this.view.close();
  }
}

/** A clusterd snapshot file being read; the file handle stays the caller's. */
export class ClusterdSnapshot implements SnapshotContent {
  readonly format = 'clusterd';

  private constructor(
    private readonly file: FileHandle,
    readonly header: SnapshotHeader,
    private readonly recordsAt: number,
    private readonly dataBytes: number,
    /** The file's trailing digest, for status() to check in its one read of the file. */
    private readonly storedDigest: Buffer | undefined,
  ) {}

  /**
   * Reads and checks the header against `dataBytes`, the file's size before any digest;
   * `storedDigest`, the file's trailing one, is checked by status().
   */
  static async open(
    file: FileHandle,
    dataBytes: number,
    storedDigest?: Buffer,
  ): Promise<ClusterdSnapshot> {
    const preface = await readExactly(file, 0, prefaceBytes);
    if (!preface || !isClusterdSnapshot(preface))
      throw integrityError(['no clusterd snapshot header']);
    const version = preface.readUInt32BE(16);
    if (version !== snapshotFormatVersion) {
      throw integrityError([
        `clusterd snapshot format version ${version}; this clusterd reads version ${snapshotFormatVersion}`,
      ]);
    }
    const headerBytes = preface.readUInt32BE(20);
    const json =
      headerBytes <= 1 << 20 ? await readExactly(file, prefaceBytes, headerBytes) : undefined;
    let header: SnapshotHeader;
    try {
      if (!json) throw new Error('truncated');
      header = JSON.parse(json.toString('utf8')) as SnapshotHeader;
      if (!Number.isSafeInteger(header.records) || !Number.isSafeInteger(header.recordBytes)) {
        throw new Error('no record count');
      }
    } catch (err) {
      throw integrityError([
        `unreadable header: ${err instanceof Error ? err.message : String(err)}`,
      ]);
    }
    const expected = paddedDataBytes(headerBytes, header.recordBytes);
    if (expected !== dataBytes) {
      throw integrityError([
        `the header describes ${expected} bytes of snapshot data, the file holds ${dataBytes}` +
          (dataBytes < expected ? ' (truncated)' : ''),
      ]);
    }
    return new ClusterdSnapshot(file, header, prefaceBytes + headerBytes, dataBytes, storedDigest);
  }

  async status(): Promise<SnapshotStatus> {
    let hash = 0;
    let totalKey = 0;
    for await (const [key, value] of this.records()) {
      hash = crc32c(crc32c(hash, key), value);
      totalKey++;
    }
    return { hash, revision: this.header.revision, totalKey, totalSize: this.dataBytes };
  }

  /** The records; with a stored digest, checked against it in the same read (at the end). */
  async *records(): AsyncGenerator<[Buffer, Buffer]> {
    if (this.storedDigest === undefined) {
      yield* this.read(undefined);
      return;
    }
    const digest = new RunningDigest(this.file);
    try {
      yield* this.read(digest);
    } catch (err) {
      // A changed byte usually breaks the records too: the digest's mismatch is the error then.
      await this.checkDigest(digest);
      throw err;
    }
    await this.checkDigest(digest);
  }

  private async checkDigest(digest: RunningDigest): Promise<void> {
    const computed = await digest.finish(this.dataBytes);
    if (!this.storedDigest!.equals(computed)) throw digestMismatch(this.storedDigest!, computed);
  }

  /** The records; with `digest`, every data byte read is also hashed, in file order. */
  private async *read(digest: RunningDigest | undefined): AsyncGenerator<[Buffer, Buffer]> {
    const end = this.recordsAt + this.header.recordBytes;
    let count = 0;
    try {
      await digest?.readUpTo(this.recordsAt); // the preface and header
      const chunks = readRange(this.file, this.recordsAt, end);
      for await (const record of unframeRecords(digest ? digest.hashed(chunks) : chunks)) {
        count++;
        yield record;
      }
    } catch (err) {
      throw integrityError([`records: ${err instanceof Error ? err.message : String(err)}`]);
    }
    if (count !== this.header.records) {
      throw integrityError([`${count} records, the header says ${this.header.records}`]);
    }
    const padding = await readExactly(this.file, end, this.dataBytes - end);
    if (padding) digest?.add(padding);
    if (!padding?.every((b) => b === 0)) throw integrityError(['the padding is not zeros']);
  }
}

/** The SHA-256 of a file's first bytes, fed as they are read, in order. */
class RunningDigest {
  private readonly hash = createHash('sha256');
  private at = 0;

  constructor(private readonly file: FileHandle) {}

  add(chunk: Buffer): void {
    this.hash.update(chunk);
    this.at += chunk.length;
  }

  async *hashed(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      this.add(chunk);
      yield chunk;
    }
  }

  /** Reads and hashes the bytes from where it stands up to `end`. */
  async readUpTo(end: number): Promise<void> {
    for await (const chunk of readRange(this.file, this.at, end)) this.add(chunk);
  }

  /** The digest of the first `end` bytes, reading what was not read yet. */
  async finish(end: number): Promise<Buffer> {
    await this.readUpTo(end);
    return this.hash.digest();
  }
}

/** The bytes [start, end) of the file, in chunks of 1 MiB. */
async function* readRange(file: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let at = start; at < end;) {
    const length = Math.min(1 << 20, end - at);
    const chunk = await readExactly(file, at, length);
    if (!chunk) throw new Error(`the file ends before byte ${end}`);
    yield chunk;
    at += length;
  }
}

/** `length` bytes at `position`, or undefined if the file ends first. */
export async function readExactly(
  file: FileHandle,
  position: number,
  length: number,
): Promise<Buffer | undefined> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) return undefined;
    done += bytesRead;
  }
  return buffer;
}
