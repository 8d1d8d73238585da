// The state machine as one stream of bytes, for a follower too far behind the leader's log (etcd
// sends its whole backend the same way). It holds every backend record except the member's own:
// its Raft log and hard state, and its identity. Framing: [u32 key length][key][u32 value
// length][value], repeated, cut into chunks of about 256 KiB.
import type { Backend, BatchOp } from './backend.js';
import { metaKey, Prefix } from './keys.js';

const chunkBytes = 256 * 1024;

/** Records that belong to the member, not to the replicated state. */
function isMemberOwn(key: Buffer): boolean {
  if (key[0] === Prefix.logEntry) return true;
  return memberOwnMeta.some((k) => k.equals(key));
}

const memberOwnMeta = [
  metaKey('raft/hard-state'),
  metaKey('raft/snapshot'),
  metaKey('cluster/identity'),
];

/**
 * Starts reading the state now: the backend iterator is created before this returns, so the
 * bytes are the state at this moment even if writes follow while they stream.
 */
export function snapshotState(backend: Backend): () => AsyncIterable<Uint8Array> {
  const records = backend.scan({ gte: Buffer.alloc(0), lt: Buffer.alloc(64, 0xff) });
  return () => frame(records);
}

async function* frame(records: AsyncIterable<[Buffer, Buffer]>): AsyncGenerator<Uint8Array> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const [key, value] of records) {
    if (isMemberOwn(key)) continue;
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32BE(key.length);
    const mid = Buffer.allocUnsafe(4);
    mid.writeUInt32BE(value.length);
    parts.push(head, key, mid, value);
    size += 8 + key.length + value.length;
    if (size >= chunkBytes) {
      yield Buffer.concat(parts);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts);
}

/** Replaces this member's replicated state with the streamed one. */
export async function restoreState(
  backend: Backend,
  data: AsyncIterable<Uint8Array>,
): Promise<void> {
  // Everything replicated goes first, so nothing of the old state survives.
  let ops: BatchOp[] = [];
  for await (const [key] of backend.scan({ gte: Buffer.alloc(0), lt: Buffer.alloc(64, 0xff) })) {
    if (isMemberOwn(key)) continue;
    ops.push({ type: 'del', key });
    if (ops.length >= 4096) {
      await backend.write(ops, false);
      ops = [];
    }
  }
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
      const key = Buffer.from(pending.subarray(at + 4, at + 4 + keyLength));
      if (!isMemberOwn(key)) {
        ops.push({
          type: 'put',
          key,
          value: Buffer.from(pending.subarray(at + 8 + keyLength, end)),
        });
      }
      at = end;
      if (ops.length >= 4096) {
        await backend.write(ops, false);
        ops = [];
      }
    }
    pending = pending.subarray(at);
  }
  if (pending.length > 0) throw new Error('state snapshot ends in the middle of a record');
  // Synced: the member's Raft state will say it holds this snapshot.
  await backend.write(ops, true);
}
