// IDs derived the way etcd derives them, so a clusterd member started with the same flags as an
// etcd member gets the same member and cluster IDs.
import { createHash, randomBytes } from 'node:crypto';

/** memberID = first 8 bytes (big-endian) of sha1(sorted peer URLs joined, cluster token[, time]). */
export function memberIdFor(
  peerUrls: string[],
  clusterToken: string,
  addedAtUnixSec?: number,
): bigint {
  const hash = createHash('sha1');
  hash.update([...peerUrls].sort().join(''));
  hash.update(clusterToken);
  if (addedAtUnixSec !== undefined) hash.update(String(addedAtUnixSec));
  return hash.digest().readBigUInt64BE(0);
}

/** clusterID = first 8 bytes of sha1 over the sorted member IDs, each 8 bytes big-endian. */
export function clusterIdFor(memberIds: bigint[]): bigint {
  const sorted = [...memberIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const buf = Buffer.alloc(8 * sorted.length);
  sorted.forEach((id, i) => buf.writeBigUInt64BE(id, 8 * i));
  return createHash('sha1').update(buf).digest().readBigUInt64BE(0);
}

/**
 * Unique request IDs without coordination, as etcd's idutil makes them: the member's low 16 bits,
 * then a millisecond timestamp, then a counter, so IDs from different members or restarts differ.
 */
export class RequestIdGenerator {
  private next: bigint;

  constructor(memberId: bigint, nowMs: number = Date.now()) {
    const prefix = (memberId & 0xffffn) << 48n;
    const suffix = (BigInt(nowMs) & 0xffffffffffn) << 8n;
    this.next = prefix | suffix;
  }

  nextId(): bigint {
    this.next = (this.next & ~0xffffffffffffn) | ((this.next + 1n) & 0xffffffffffffn);
    return this.next;
  }
}

/** A fresh 63-bit positive ID, as etcd picks lease IDs. */
export function randomPositiveId(): bigint {
  return randomBytes(8).readBigUInt64BE(0) & 0x7fffffffffffffffn || 1n;
}
