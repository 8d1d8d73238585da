// An etcd 3.4/3.5 database (a bbolt file: `etcdctl snapshot save`'s, or a member's member/snap/db)
// read as a snapshot: its `snapshot status` figures computed as etcdctl computes them, and its
// state as clusterd's backend records for a restore. The buckets read:
//
// - key: the MVCC history. Keys are revisions, main and sub as 8-byte big-endian around "_" (17
//   bytes), with a "t" after them for a tombstone; values are mvccpb.KeyValue (a tombstone's has
//   only its key).
// - lease: lease ID (8 bytes big-endian) -> leasepb.Lease {ID=1, TTL=2, RemainingTTL=3}.
// - meta: scheduledCompactRev and finishedCompactRev (revisions as in `key`); consistent_index,
//   term and confState belong to the old cluster's log and are not needed.
// - auth, authUsers, authRoles: the enabled flag and auth revision, and authpb.User/Role by name,
//   the very records clusterd's auth store keeps.
// members, members_removed, cluster and alarm describe the old cluster: a restore starts a new one.
import type { FileHandle } from 'node:fs/promises';
import $protobuf from 'protobufjs/minimal.js';
import { mvccpb } from '../../gen/etcd.js';
import { crc32c } from '../../util/crc32c.js';
import { toBigInt, toNumber, type Long } from '../../util/long.js';
import { BoltError, BoltReader, type BoltBucket } from '../bbolt/bolt-reader.js';
import {
  authRolePrefix,
  authUserPrefix,
  leaseKey,
  leaseRecord,
  MetaKey,
  metaKey,
  revisionKey,
  u64Value,
} from '../keys.js';
import { historyRecord } from '../mvcc/kv-store.js';
import {
  integrityError,
  SnapshotError,
  type SnapshotContent,
  type SnapshotStatus,
} from './content.js';

const revisionBytes = 17;
const tombstoneMark = 0x74; // 't'

export class EtcdSnapshot implements SnapshotContent {
  readonly format = 'etcd';

  private constructor(private readonly db: BoltReader) {}

  /** Reads the meta pages; `dataBytes` is the file's size before any digest. */
  static async open(file: FileHandle, dataBytes: number): Promise<EtcdSnapshot> {
    try {
      return new EtcdSnapshot(await BoltReader.open(file, dataBytes));
    } catch (err) {
      throw asSnapshotError(err);
    }
  }

  /**
   * etcdctl's: after bbolt's integrity check, a CRC-32C over each top-level bucket's name and its
   * keys and values, in order; the revision of the last key of `key`; every bucket's keys counted;
   * the size bbolt reports (the pages in use).
   */
  async status(): Promise<SnapshotStatus> {
    // One walk of the file: the integrity check sees every entry in the order etcdctl hashes them
    // (a top-level bucket's name, then its entries), so the figures come from the same reads.
    let hash = 0;
    let totalKey = 0;
    let revision = 0;
    let isKeyBucket = false;
    let notBucket: string | undefined;
    let problems: string[];
    try {
      problems = await this.db.check({
        bucket: (holder, depth) => {
          if (depth !== 1 || notBucket !== undefined) return;
          hash = crc32c(hash, holder!.key);
          isKeyBucket = holder!.key.toString('latin1') === 'key';
        },
        entry: (e, depth) => {
          if (notBucket !== undefined) return;
          if (depth === 0) {
            // etcdctl stops at the first top-level key that is no bucket (after bbolt's check).
            if (!e.isBucket) notBucket = e.key.toString('latin1');
            return;
          }
          if (depth !== 1) return;
          hash = crc32c(hash, e.key);
          if (!e.isBucket) hash = crc32c(hash, e.value);
          if (isKeyBucket && e.key.length >= 8) revision = Number(e.key.readBigInt64BE(0));
          totalKey++;
        },
      });
    } catch (err) {
      throw asSnapshotError(err);
    }
    if (problems.length > 0) throw integrityError(problems);
    if (notBucket !== undefined) throw new SnapshotError(`cannot get hash of bucket ${notBucket}`);
    return { hash, revision, totalKey, totalSize: this.db.size };
  }

  async *records(): AsyncGenerator<[Buffer, Buffer]> {
    try {
      yield* this.convert();
    } catch (err) {
      throw asSnapshotError(err);
    }
  }

  private async *convert(): AsyncGenerator<[Buffer, Buffer]> {
    let compactRevision = 0;
    for await (const e of this.entriesOf('meta')) {
      const name = e.key.toString('latin1');
      if (name === 'scheduledCompactRev' || name === 'finishedCompactRev') {
        compactRevision = Math.max(compactRevision, revisionOf(e.key, e.value).main);
      }
    }
    let lastRevision = 0;
    for await (const e of this.entriesOf('key')) {
      const rev = revisionOf(e.key, e.key);
      const tombstone = e.key.length === revisionBytes + 1;
      if (rev.sub > 0xffffffff)
        throw new BoltError(`key bucket: sub-revision ${rev.sub} too large`);
      const kv = decoded(() => mvccpb.KeyValue.decode(e.value), 'key', e.key);
      const record = tombstone
        ? historyRecord(
            {
              key: Buffer.from(kv.key),
              createRevision: 0,
              modRevision: rev.main,
              version: 0,
              value: Buffer.alloc(0),
              lease: 0n,
            },
            true,
          )
        : historyRecord(
            {
              key: Buffer.from(kv.key),
              createRevision: toNumber(kv.createRevision),
              modRevision: toNumber(kv.modRevision),
              version: toNumber(kv.version),
              value: Buffer.from(kv.value),
              lease: toBigInt(kv.lease, true),
            },
            false,
          );
      yield [revisionKey(rev.main, rev.sub), record];
      lastRevision = rev.main;
    }
    for await (const e of this.entriesOf('lease')) {
      if (e.key.length !== 8) throw new BoltError(`lease bucket: key of ${e.key.length} bytes`);
      const ttl = decoded(() => leaseTtl(e.value), 'lease', e.key);
      yield [leaseKey(e.key.readBigUInt64BE(0)), leaseRecord(ttl)];
    }
    for await (const e of this.entriesOf('auth')) {
      const name = e.key.toString('latin1');
      if (name === 'authEnabled') yield [MetaKey.authEnabled, Buffer.from(e.value)];
      if (name === 'authRevision') yield [MetaKey.authRevision, Buffer.from(e.value)];
    }
    for await (const e of this.entriesOf('authUsers')) {
      yield [metaKey(authUserPrefix + e.key.toString('utf8')), Buffer.from(e.value)];
    }
    for await (const e of this.entriesOf('authRoles')) {
      yield [metaKey(authRolePrefix + e.key.toString('utf8')), Buffer.from(e.value)];
    }
    // etcd's current revision is the newest in `key`, or the compaction mark if that is newer
    // (a compaction removed the newest tombstones).
    yield [MetaKey.currentRevision, u64Value(Math.max(lastRevision, compactRevision, 1))];
    if (compactRevision > 0) yield [MetaKey.compactRevision, u64Value(compactRevision)];
  }

  /** The entries of a top-level bucket; none if it does not exist. */
  private async *entriesOf(name: string): AsyncGenerator<{ key: Buffer; value: Buffer }> {
    const bucket: BoltBucket | undefined = await this.db.bucket(name);
    if (!bucket) return;
    for await (const e of this.db.entries(bucket)) {
      if (!e.isBucket) yield e;
    }
  }
}

/** An etcd revision key (or a value holding one): main and sub, big-endian, around "_". */
function revisionOf(key: Buffer, bytes: Buffer): { main: number; sub: number } {
  const ok =
    (bytes.length === revisionBytes ||
      (bytes.length === revisionBytes + 1 && bytes[revisionBytes] === tombstoneMark)) &&
    bytes[8] === 0x5f;
  if (!ok)
    throw new BoltError(`not a revision: ${bytes.toString('hex')} (key ${key.toString('hex')})`);
  const rev = { main: Number(bytes.readBigInt64BE(0)), sub: Number(bytes.readBigInt64BE(9)) };
  if (rev.main < 0 || rev.sub < 0)
    throw new BoltError(`negative revision in ${key.toString('hex')}`);
  return rev;
}

/** leasepb.Lease's TTL (field 2); ID and RemainingTTL are not needed. */
function leaseTtl(value: Buffer): number {
  const reader = $protobuf.Reader.create(value);
  let ttl = 0;
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    // protobufjs decodes into its own Long class, which util/long.ts types.
    if (tag >>> 3 === 2 && (tag & 7) === 0) ttl = toNumber(reader.int64() as unknown as Long);
    else reader.skipType(tag & 7);
  }
  if (ttl < 0 || !Number.isSafeInteger(ttl)) throw new Error(`TTL ${ttl}`);
  return ttl;
}

/** A protobuf value decoded; one that does not decode is a damaged file. */
function decoded<T>(decode: () => T, bucket: string, key: Buffer): T {
  try {
    return decode();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BoltError(`${bucket} bucket: the value of ${key.toString('hex')}: ${reason}`);
  }
}

function asSnapshotError(err: unknown): unknown {
  if (err instanceof BoltError) return integrityError([err.message]);
  return err;
}
