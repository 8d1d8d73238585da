// The state machine as one stream of bytes, for a follower too far behind the leader's log (etcd
// sends its whole backend the same way), and as the body of clusterd's snapshot file
// (snapshot-file.ts). It holds every backend record except the member's own: its Raft log and hard
// state, and its identity. Framing: [u32 key length][key][u32 value length][value], repeated, cut
// into chunks of about 256 KiB.
import type { Backend, BatchOp } from './backend.js';
import { MetaKey, Prefix } from './keys.js';

const chunkBytes = 256 * 1024;

/** The whole key space of the backend. */
export const allRecords = { gte: Buffer.alloc(0), lt: Buffer.alloc(64, 0xff) };

/** Records that belong to the member, not to the replicated state. */
export function isMemberOwn(key: Buffer): boolean {
  if (key[0] === Prefix.logEntry) return true;
  return memberOwnMeta.some((k) => k.equals(key));
}

const memberOwnMeta = [
  MetaKey.hardState,
  MetaKey.raftSnapshot,
  MetaKey.walCovered,
  MetaKey.walPath,
  MetaKey.identity,
];

/** The bytes one record takes in the stream. */
export function framedLength(key: Buffer, value: Buffer): number {
  return 8 + key.length + value.length;
}

/**
 * Starts reading the state now: the backend iterator is created before this returns, so the
 * bytes are the state at this moment even if writes follow while they stream.
 */
export function snapshotState(backend: Backend): () => AsyncIterable<Uint8Array> {
  const records = backend.scan(allRecords);
  return () => frameRecords(records);
}

/** The replicated records of `records` (member-own ones skipped), framed, in chunks. */
export async function* frameRecords(
  records: AsyncIterable<[Buffer, Buffer]>,
): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const [key, value] of records) {
    if (isMemberOwn(key)) continue;
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32BE(key.length);
    const mid = Buffer.allocUnsafe(4);
    mid.writeUInt32BE(value.length);
    parts.push(head, key, mid, value);
    size += framedLength(key, value);
    if (size >= chunkBytes) {
      yield Buffer.concat(parts);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts);
}

/** The records of a framed stream, in order; throws if it ends in the middle of one. */
export async function* unframeRecords(
  data: AsyncIterable<Uint8Array>,
): AsyncGenerator<[Buffer, Buffer]> {
  let pending = Buffer.alloc(0);
  for await (const chunk of data) {
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    let at = 0;
    while (pending.length - at >= 4) {
      const keyLength = pending.readUInt32BE(at);
      if (pending.length - at < 8 + keyLength) break;
      const valueLength = pending.readUInt32BE(at + 4 + keyLength);
      const end = at + 8 + keyLength + valueLength;
      if (pending.length < end) break;
      yield [
        Buffer.from(pending.subarray(at + 4, at + 4 + keyLength)),
        Buffer.from(pending.subarray(at + 8 + keyLength, end)),
      ];
      at = end;
    }
    pending = pending.subarray(at);
  }
  if (pending.length > 0) throw new Error('state snapshot ends in the middle of a record');
}

/** Replaces this member's replicated state with the streamed one. */
export async function restoreState(
  backend: Backend,
  data: AsyncIterable<Uint8Array>,
): Promise<void> {
  // Everything replicated goes first, so nothing of the old state survives.
  let ops: BatchOp[] = [];
  for await (const [key] of backend.scan(allRecords)) {
    if (isMemberOwn(key)) continue;
    ops.push({ type: 'del', key });
    if (ops.length >= 4096) {
      await backend.write(ops, false);
      ops = [];
    }
  }
  for await (const [key, value] of unframeRecords(data)) {
    if (isMemberOwn(key)) continue;
    ops.push({ type: 'put', key, value });
    if (ops.length >= 4096) {
      await backend.write(ops, false);
      ops = [];
    }
  }
  // Synced: the member's Raft state will say it holds this snapshot.
  await backend.write(ops, true);
}
