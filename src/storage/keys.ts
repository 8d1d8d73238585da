// Key layout of the backend: a one-byte prefix per kind of record, then big-endian numbers so that
// LevelDB's byte order is numeric order. Also the names of the single-value records and the
// lease record's value, in one place, since tools that write a backend (snapshot restore) must
// agree with the server that reads it.
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

/** The single-value records, by what they hold. */
export const MetaKey = {
  /** The server's last applied log index (u64). */
  appliedIndex: metaKey('server/applied-index'),
  /** Active alarms (JSON). */
  alarms: metaKey('server/alarms'),
  /** The applied membership (JSON). */
  members: metaKey('server/members'),
  /** MVCC's newest revision and compaction mark (u64 each). */
  currentRevision: metaKey('mvcc/current-revision'),
  compactRevision: metaKey('mvcc/compact-revision'),
  /** Raft's hard state and the metadata of its last log compaction. */
  hardState: metaKey('raft/hard-state'),
  raftSnapshot: metaKey('raft/snapshot'),
  /** How many records of which epoch of the Raft journal (raft-wal.ts) LevelDB holds. */
  walCovered: metaKey('raft/wal-covered'),
  /** The Raft journal's absolute path at the last start (it may move only with the file). */
  walPath: metaKey('raft/wal-path'),
  /** The member's identity, fixed at first start (JSON). */
  identity: metaKey('cluster/identity'),
  /** etcd's auth bucket: the enabled flag (one byte, 1 = on) and the auth revision (u64). */
  authEnabled: metaKey('auth/enabled'),
  authRevision: metaKey('auth/revision'),
} as const;

/** Prefixes of the auth users' and roles' records (authpb.User / authpb.Role, by name). */
export const authUserPrefix = 'auth/user/';
export const authRolePrefix = 'auth/role/';

export function revisionKey(main: number, sub: number): Buffer {
  const b = Buffer.allocUnsafe(13);
  b[0] = Prefix.revision;
  writeU64(b, main, 1);
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
  writeU64(b, index, 1);
  return b;
}

export function leaseKey(id: bigint): Buffer {
  const b = Buffer.allocUnsafe(9);
  b[0] = Prefix.lease;
  b.writeBigUInt64BE(id, 1);
  return b;
}

/** A number record's value (the store's revisions, the applied index): u64 big-endian. */
export function u64Value(n: number): Buffer {
  const b = Buffer.allocUnsafe(8);
  writeU64(b, n, 0);
  return b;
}

/**
 * A number below 2^53 as 8 big-endian octets, without the BigInt that writeBigUInt64BE needs (a
 * put writes several of these: its record's key, its log entry's key and term).
 */
export function writeU64(b: Buffer, n: number, offset: number): void {
  b.writeUInt32BE(Math.floor(n / 2 ** 32), offset);
  b.writeUInt32BE(n >>> 0, offset + 4);
}

/** A number record's value read back; 0 when there is no record. */
export function u64FromValue(b: Buffer | undefined): number {
  return b ? Number(b.readBigUInt64BE(0)) : 0;
}

/** A lease's record: its granted TTL in seconds (u64); the remaining time is never stored. */
export function leaseRecord(ttlSec: number): Buffer {
  return u64Value(ttlSec);
}

export function leaseRecordTtl(value: Buffer): number {
  return u64FromValue(value);
}

export function prefixRange(prefix: number): { gte: Buffer; lt: Buffer } {
  return { gte: Buffer.from([prefix]), lt: Buffer.from([prefix + 1]) };
}

export function metaKey(name: string): Buffer {
  return Buffer.concat([Buffer.from([Prefix.meta]), Buffer.from(name, 'utf8')]);
}
