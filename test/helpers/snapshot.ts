// A snapshot file's records loaded into a fresh store, as `snapshot restore` does.
import { Backend } from '../../src/storage/backend.js';
import { MvccStore } from '../../src/storage/mvcc/kv-store.js';
import { openSnapshotFile, type DigestMode } from '../../src/storage/snapshot/open-snapshot.js';

/** Loads the snapshot's records into a fresh backend in `dir` and opens the store; the caller closes both. */
export async function loadSnapshot(
  file: string,
  dir: string,
  mode: DigestMode = 'restore',
): Promise<{ backend: Backend; store: MvccStore }> {
  const backend = await Backend.open(dir);
  const snapshot = await openSnapshotFile(file, mode);
  try {
    const ops = [];
    for await (const [key, value] of snapshot.content.records()) {
      ops.push({ type: 'put' as const, key, value });
    }
    await backend.write(ops, true);
  } finally {
    await snapshot.close();
  }
  return { backend, store: await MvccStore.open(backend) };
}
