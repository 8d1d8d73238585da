// What `snapshot status` and `snapshot restore` need from a snapshot file, whichever format it is
// in (clusterd's own, snapshot-file.ts, or an etcd database, etcd-snapshot.ts), and the errors a
// bad file gives, in etcd's words where etcd has them.

/** etcdctl's `snapshot status` figures. */
export interface SnapshotStatus {
  /** A CRC-32C of the file's contents (etcd's: over its buckets' names, keys and values). */
  hash: number;
  /** The store revision the snapshot holds. */
  revision: number;
  /** Records in it (etcd: keys of every bucket). */
  totalKey: number;
  /** Bytes of the snapshot, the trailing digest excluded. */
  totalSize: number;
}

export interface SnapshotContent {
  readonly format: 'clusterd' | 'etcd';
  /** Reads the whole file and checks its structure; throws SnapshotError if it does not hold. */
  status(): Promise<SnapshotStatus>;
  /**
   * The replicated state as clusterd's backend records (storage/keys.ts), the store's revision
   * and compaction marks among them; for a restore. Throws SnapshotError on a bad structure.
   */
  records(): AsyncIterable<[Buffer, Buffer]>;
}

/** A snapshot file that cannot be used; the message is the whole explanation. */
export class SnapshotError extends Error {}

/** etcd's text for a file whose structure does not hold (`snapshot status` of a damaged file). */
export function integrityError(problems: readonly string[]): SnapshotError {
  return new SnapshotError(
    `snapshot file integrity check failed. ${problems.length} errors found.\n${problems.join('\n')}`,
  );
}

/** `status`'s error for a clusterd file whose contents do not hash to its trailing digest. */
export function digestMismatch(stored: Buffer, computed: Buffer): SnapshotError {
  return integrityError([
    `sha256 mismatch: the file ends with ${stored.toString('hex')}, its contents hash to ${computed.toString('hex')}`,
  ]);
}

/** Bytes as Go's %v prints a byte slice: [1 2 3]. */
export function goBytes(b: Uint8Array): string {
  return `[${[...b].join(' ')}]`;
}
