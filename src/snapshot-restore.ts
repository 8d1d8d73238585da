// `snapshot restore` (etcdctl 3.4's): a data directory for one member of a NEW cluster, from a
// snapshot file, clusterd's own or an etcd database. It is written the way a founding member's
// first start writes its directory (its identity from the bootstrap flags, the initial membership
// as the first log entries at term 1), plus the snapshot's state: every member restored from the
// same file with the same --initial-cluster and token holds the same data and the same log, and
// `agent` on the directory forms the new cluster. The old cluster's membership, alarms and applied
// index are left behind.
//
// The directory is written aside (<data-dir>.part) and renamed into place at the end, so a restore
// that is killed leaves no data directory, or a complete one; the next restore removes the
// leftover .part first. With --wal-dir the journal goes there; a restore killed after writing it
// leaves it behind, and the next restore into that --wal-dir refuses until it is removed.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  bootstrapEntries,
  identityFromInitialCluster,
  identityRecord,
  type BootstrapFlags,
  type ClusterIdentity,
} from './member-identity.js';
import { Backend, type BatchOp } from './storage/backend.js';
import { MetaKey, u64FromValue } from './storage/keys.js';
import { DurableRaftStorage, refuseOccupiedWalDir } from './storage/raft-storage.js';
import { SnapshotError } from './storage/snapshot/content.js';
import { openSnapshotFile } from './storage/snapshot/open-snapshot.js';
import { isMemberOwn } from './storage/state-snapshot.js';
import { syncDirectory } from './util/sync-directory.js';

export interface RestoreOptions extends Omit<BootstrapFlags, 'advertiseClientUrls'> {
  snapshotPath: string;
  dataDir: string;
  /** etcd's --wal-dir: where the member's Raft journal goes (default: the data directory). */
  walDir?: string;
  /** Restore a file without its digest (a copied member/snap/db), or without checking it. */
  skipHashCheck: boolean;
  /** A test's hook: called at each stage, and may hold the restore there (to kill it). */
  atStage?: (stage: 'records-written' | 'before-rename') => Promise<void>;
}

export interface RestoreResult {
  identity: ClusterIdentity;
  format: 'clusterd' | 'etcd';
  /** The store revision restored, and how many records were written. */
  revision: number;
  records: number;
}

/** Records of the old cluster that a member of the new one must not inherit. */
const oldClusterRecords = [MetaKey.appliedIndex, MetaKey.members, MetaKey.alarms];

const batchOps = 4096;
const batchBytes = 4 << 20;

export async function restoreSnapshot(options: RestoreOptions): Promise<RestoreResult> {
  // etcd's order: the flags, then the target, then the file.
  const identity = identityFromInitialCluster({ ...options, advertiseClientUrls: [] });
  const dataDir = resolve(options.dataDir);
  if (await exists(dataDir)) throw new SnapshotError(`data-dir "${options.dataDir}" exists`);
  // Before the file, as the data directory is, rather than after every record is written.
  if (options.walDir !== undefined) refuseOccupiedWalDir(options.walDir);
  const snapshot = await openSnapshotFile(
    options.snapshotPath,
    options.skipHashCheck ? 'restore-skip-hash-check' : 'restore',
  );
  const partDir = `${dataDir}.part`;
  let backend: Backend | undefined;
  /** The journal this restore wrote in --wal-dir, to remove if the restore fails after it. */
  let journal: string | undefined;
  try {
    await rm(partDir, { recursive: true, force: true });
    await mkdir(dirname(dataDir), { recursive: true });
    backend = await Backend.open(partDir);
    let ops: BatchOp[] = [];
    let bytes = 0;
    let records = 0;
    let revision = 1;
    let firstBatch = true;
    for await (const [key, value] of snapshot.content.records()) {
      if (isMemberOwn(key) || oldClusterRecords.some((k) => k.equals(key))) continue;
      if (key.equals(MetaKey.currentRevision)) revision = u64FromValue(value);
      ops.push({ type: 'put', key, value });
      records++;
      bytes += key.length + value.length;
      if (ops.length >= batchOps || bytes >= batchBytes) {
        await backend.write(ops, false);
        ops = [];
        bytes = 0;
        if (firstBatch) await options.atStage?.('records-written');
        firstBatch = false;
      }
    }
    ops.push(identityRecord(identity));
    await backend.write(ops, false);
    if (firstBatch) await options.atStage?.('records-written');
    // What a founding member's first start writes (synced): the initial membership at term 1.
    const raftStorage = await DurableRaftStorage.open(
      backend,
      bootstrapEntries(identity),
      options.walDir,
    );
    journal = raftStorage.journalPath;
    await raftStorage.close();
    await backend.close();
    backend = undefined;
    await options.atStage?.('before-rename');
    await rename(partDir, dataDir);
    await syncDirectory(dirname(dataDir));
    return { identity, format: snapshot.content.format, revision, records };
  } catch (err) {
    await backend?.close().catch(() => undefined);
    await rm(partDir, { recursive: true, force: true }).catch(() => undefined);
    if (journal !== undefined && options.walDir !== undefined)
      await rm(journal, { force: true }).catch(() => undefined);
    throw err;
  } finally {
    await snapshot.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
