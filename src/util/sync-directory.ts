// A directory's fsync: a file created, renamed or removed in it is durable only once its directory
// is synced (POSIX; LevelDB syncs its own directory with each MANIFEST, nothing above it).
import { open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Makes the names created, renamed or removed in `dir` durable. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * After `mkdir(dir, { recursive: true })` returned `firstCreated` (the topmost directory it made,
 * or undefined): syncs `dir` and every directory that holds one mkdir made, so the whole path
 * survives a power loss.
 */
export async function syncCreatedPath(
  dir: string,
  firstCreated: string | undefined,
): Promise<void> {
  let d = resolve(dir);
  await syncDirectory(d);
  if (firstCreated === undefined) return;
  const top = resolve(firstCreated);
  for (;;) {
    const parent = dirname(d);
    if (parent === d) return;
    await syncDirectory(parent);
    if (d === top) return;
    d = parent;
  }
}
