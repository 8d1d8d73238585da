// Opens a snapshot file of either format: clusterd's (snapshot-file.ts) or an etcd database
// (etcd-snapshot.ts), told apart by their magic numbers, and checks the trailing SHA-256 the way
// `etcdctl snapshot restore` does: a file is taken to end with a digest when its size is 32 more
// than a multiple of 512 (a bbolt file is a whole number of pages; clusterd pads to them).
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { isBoltFile } from '../bbolt/bolt-reader.js';
import { digestMismatch, goBytes, SnapshotError, type SnapshotContent } from './content.js';
import { EtcdSnapshot } from './etcd-snapshot.js';
import {
  ClusterdSnapshot,
  digestBytes,
  isClusterdSnapshot,
  readExactly,
  snapshotAlignBytes,
} from './snapshot-file.js';

/**
 * How the digest is treated: a restore requires it and checks it (etcd's errors); with
 * --skip-hash-check it is only cut off; `status` checks it in clusterd's files only (etcdctl's
 * status never reads it, but a clusterd file's digest is part of its format).
 */
export type DigestMode = 'restore' | 'restore-skip-hash-check' | 'status';

export interface OpenedSnapshot {
  readonly content: SnapshotContent;
  close(): Promise<void>;
}

export async function openSnapshotFile(path: string, mode: DigestMode): Promise<OpenedSnapshot> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (err) {
    throw new SnapshotError(fileErrorText(err, mode === 'status' ? 'stat' : 'open', path));
  }
  try {
    const info = await file.stat();
    if (info.isDirectory()) throw new SnapshotError(`read ${path}: is a directory`);
    const size = info.size;
    const head = (await readExactly(file, 0, Math.min(size, 24))) ?? Buffer.alloc(0);
    const format = isClusterdSnapshot(head) ? 'clusterd' : isBoltFile(head) ? 'etcd' : undefined;
    if (format === undefined) {
      throw new SnapshotError(
        `${path} is not a snapshot: neither clusterd's format nor an etcd (bbolt) database`,
      );
    }
    const hasDigest = size % snapshotAlignBytes === digestBytes;
    const dataBytes = hasDigest ? size - digestBytes : size;
    if (mode === 'restore' && !hasDigest) {
      throw new SnapshotError('snapshot missing hash but --skip-hash-check=false');
    }
    if (mode === 'status' && format === 'clusterd' && hasDigest) {
      // Status reads the file once: the digest is computed as the records are read.
      const stored = (await readExactly(file, dataBytes, digestBytes)) ?? Buffer.alloc(0);
      let content: SnapshotContent;
      try {
        content = await ClusterdSnapshot.open(file, dataBytes, stored);
      } catch (err) {
        // A damaged header: the digest still speaks first, as it always did.
        const { computed } = await digests(file, dataBytes);
        if (!stored.equals(computed)) throw digestMismatch(stored, computed);
        throw err;
      }
      return { content, close: () => file.close() };
    }
    if (hasDigest && mode === 'restore') {
      const { stored, computed } = await digests(file, dataBytes);
      if (!stored.equals(computed)) {
        throw new SnapshotError(`expected sha256 ${goBytes(stored)}, got ${goBytes(computed)}`);
      }
    }
    const content =
      format === 'clusterd'
        ? await ClusterdSnapshot.open(file, dataBytes)
        : await EtcdSnapshot.open(file, dataBytes);
    return { content, close: () => file.close() };
  } catch (err) {
    await file.close();
    throw err;
  }
}

/** The digest at the end of the file and the one of the bytes before it. */
async function digests(
  file: FileHandle,
  dataBytes: number,
): Promise<{ stored: Buffer; computed: Buffer }> {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  for (let at = 0; at < dataBytes;) {
    const { bytesRead } = await file.read(chunk, 0, Math.min(chunk.length, dataBytes - at), at);
    if (bytesRead === 0) break;
    hash.update(chunk.subarray(0, bytesRead));
    at += bytesRead;
  }
  const stored = (await readExactly(file, dataBytes, digestBytes)) ?? Buffer.alloc(0);
  return { stored, computed: hash.digest() };
}

/** A file system error as Go words it ("open f.db: no such file or directory"). */
export function fileErrorText(err: unknown, syscall: string, path: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const reason = message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return `${syscall} ${path}: ${reason}`;
}
