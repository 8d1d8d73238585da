// Key layout of the backend: a one-byte prefix per kind of record, then big-endian numbers so that
// LevelDB's byte order is numeric order.
export const Prefix = {
  /** MVCC history: rev(8) sub(4) -> flag + mvccpb.KeyValue */
  revision: 0x6d, // 'm'
  /** Replicated log entries: index(8) -> entry */
  logEntry: 0x6c, // 'l'
  /** Leases: id(8) -> record */
  lease: 0x73, // 's'
  /** Single-value metadata records (applied index, compaction, hard state, alarms, members). */
  meta: 0x63, // 'c'
} as const;

export function revisionKey(main: number, sub: number): Buffer {
  const b = Buffer.allocUnsafe(13);
  b[0] = Prefix.revision;
  b.writeBigUInt64BE(BigInt(main), 1);
  b.writeUInt32BE(sub, 9);
  return b;
}

export function parseRevisionKey(key: Buffer): { main: number; sub: number } {
  return { main: Number(key.readBigUInt64BE(1)), sub: key.readUInt32BE(9) };
}

export function revisionRange(
  fromMain: number,
  toMainExclusive: number,
): { gte: Buffer; lt: Buffer } {
  return { gte: revisionKey(fromMain, 0), lt: revisionKey(toMainExclusive, 0) };
}

export function logEntryKey(index: number): Buffer {
  const b = Buffer.allocUnsafe(9);
  b[0] = Prefix.logEntry;
  b.writeBigUInt64BE(BigInt(index), 1);
  return b;
}

export function leaseKey(id: bigint): Buffer {
  const b = Buffer.allocUnsafe(9);
  b[0] = Prefix.lease;
  b.writeBigUInt64BE(id, 1);
  return b;
}

export function prefixRange(prefix: number): { gte: Buffer; lt: Buffer } {
  return { gte: Buffer.from([prefix]), lt: Buffer.from([prefix + 1]) };
}

export function metaKey(name: string): Buffer {
  return Buffer.concat([Buffer.from([Prefix.meta]), Buffer.from(name, 'utf8')]);
}
