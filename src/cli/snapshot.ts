// `clusterd snapshot save|status|restore`: etcdctl 3.4's snapshot commands. `save` streams one
// member's snapshot (Maintenance.Snapshot) into a file; `status` and `restore` read a file of
// either clusterd's format or etcd's (a bbolt database, `etcdctl snapshot save`'s or a copied
// member/snap/db); `restore` writes the data directory of a member of a new cluster.
import { createHash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { CommandModule } from 'yargs';
import { restoreSnapshot } from '../snapshot-restore.js';
import { goBytes } from '../storage/snapshot/content.js';
import { fileErrorText, openSnapshotFile } from '../storage/snapshot/open-snapshot.js';
import { flagGiven, type GlobalArgs, parseDuration, UsageError, withClient } from './global.js';
import { humanBytes, line, table, toJson } from './output.js';

interface FileArgs extends GlobalArgs {
  filename: string;
}

const saveCommand: CommandModule<GlobalArgs, FileArgs> = {
  command: 'save <filename>',
  describe: "Stores a member's snapshot to a file (ending with its SHA-256, as etcd's)",
  builder: (y) => y.positional('filename', { type: 'string', demandOption: true }),
  handler: async (a) => {
    await withClient(a, async (client) => {
      if (client.endpoints.length !== 1) {
        throw new UsageError(
          `snapshot must be requested to one selected node, not multiple [${client.endpoints.join(' ')}]`,
        );
      }
      // As etcdctl 3.4: no time limit on the transfer unless --command-timeout is given.
      const timeoutMs = flagGiven('command-timeout')
        ? parseDuration(a['dial-timeout']) + parseDuration(a['command-timeout'])
        : undefined;
      await saveSnapshot(
        client.maintenance.snapshot(timeoutMs === undefined ? {} : { timeoutMs }),
        a.filename,
      );
      line(`Snapshot saved at ${a.filename}`);
    });
  },
};

/**
 * Writes the stream to <file>.part, checks the digest it ends with, syncs, and renames it into
 * place; on failure nothing is left behind.
 */
async function saveSnapshot(stream: AsyncIterable<Buffer>, file: string): Promise<void> {
  const part = `${file}.part`;
  let handle: FileHandle | undefined;
  try {
    handle = await open(part, 'w', 0o600);
  } catch (err) {
    throw new Error(fileErrorText(err, 'open', part), { cause: err });
  }
  try {
    const digest = new TrailingDigest();
    for await (const chunk of stream) {
      digest.update(chunk);
      await handle.write(chunk);
    }
    digest.check();
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(part, file);
  } catch (err) {
    await handle?.close();
    await rm(part, { force: true });
    throw err;
  }
}

/** The SHA-256 of a stream's bytes but the last 32, which must be that digest (etcd's stream). */
class TrailingDigest {
  private readonly hash = createHash('sha256');
  private tail = Buffer.alloc(0);
  private bytes = 0;

  update(chunk: Buffer): void {
    this.bytes += chunk.length;
    const all = this.tail.length === 0 ? chunk : Buffer.concat([this.tail, chunk]);
    const keep = Math.min(32, all.length);
    this.hash.update(all.subarray(0, all.length - keep));
    this.tail = Buffer.from(all.subarray(all.length - keep));
  }

  check(): void {
    if (this.tail.length < 32) {
      throw new Error(`sha256 checksum not found [bytes: ${this.bytes}]`);
    }
    const computed = this.hash.digest();
    if (!computed.equals(this.tail)) {
      throw new Error(`expected sha256 ${goBytes(this.tail)}, got ${goBytes(computed)}`);
    }
  }
}

const statusCommand: CommandModule<GlobalArgs, FileArgs> = {
  command: 'status <filename>',
  describe: "Gets a snapshot file's hash, revision, total keys and size (clusterd's or etcd's)",
  builder: (y) => y.positional('filename', { type: 'string', demandOption: true }),
  handler: async (a) => {
    const snapshot = await openSnapshotFile(a.filename, 'status');
    let s;
    try {
      s = await snapshot.content.status();
    } finally {
      await snapshot.close();
    }
    switch (a['write-out']) {
      case 'json':
        line(
          toJson({
            hash: s.hash,
            revision: s.revision,
            totalKey: s.totalKey,
            totalSize: s.totalSize,
          }),
        );
        break;
      case 'table':
        process.stdout.write(
          table(
            ['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE'],
            [
              [
                s.hash.toString(16),
                String(s.revision),
                String(s.totalKey),
                humanBytes(s.totalSize),
              ],
            ],
          ),
        );
        break;
      case 'simple':
        line(`${s.hash.toString(16)}, ${s.revision}, ${s.totalKey}, ${humanBytes(s.totalSize)}`);
    }
  },
};

interface RestoreArgs extends FileArgs {
  'data-dir': string | undefined;
  'wal-dir': string | undefined;
  name: string;
  'initial-cluster': string;
  'initial-cluster-token': string;
  'initial-advertise-peer-urls': string;
  'skip-hash-check': boolean;
}

/** CLUSTERD_TEST_RESTORE_PAUSE=<stage>: the crash tests' hook, holding a restore at a stage. */
const pauseEnv = 'CLUSTERD_TEST_RESTORE_PAUSE';

const restoreCommand: CommandModule<GlobalArgs, RestoreArgs> = {
  command: 'restore <filename>',
  describe:
    "Writes a new member's data directory from a snapshot file (clusterd's or etcd's), for a new cluster",
  builder: (y) =>
    y
      .positional('filename', { type: 'string', demandOption: true })
      .option('data-dir', {
        type: 'string',
        describe: 'path to the data directory, which must not exist (default: ./<name>.clusterd)',
      })
      .option('wal-dir', {
        type: 'string',
        describe:
          "path to the Raft journal's directory (default: the data directory); the agent then needs the same --wal-dir",
      })
      .option('name', {
        type: 'string',
        default: 'default',
        describe: 'human-readable name for this member',
      })
      .option('initial-cluster', {
        type: 'string',
        default: 'default=http://localhost:2380',
        describe: 'initial cluster configuration for restore bootstrap, name=peerURL,...',
      })
      .option('initial-cluster-token', {
        type: 'string',
        default: 'etcd-cluster',
        describe: 'initial cluster token for the cluster during restore bootstrap',
      })
      .option('initial-advertise-peer-urls', {
        type: 'string',
        default: 'http://localhost:2380',
        describe: "list of this member's peer URLs to advertise to the rest of the cluster",
      })
      .option('skip-hash-check', {
        type: 'boolean',
        default: false,
        describe: 'ignore snapshot integrity hash value (required if copied from data directory)',
      })
      .epilog(
        'Every member of the new cluster is restored from the same file, each with its own --name, ' +
          '--initial-advertise-peer-urls and --data-dir and the same --initial-cluster and ' +
          '--initial-cluster-token; then `clusterd agent --data-dir <dir>` starts each one (the ' +
          "directory's identity wins over the agent's --initial-* flags). The old cluster's " +
          'membership and alarms are not restored; keys, revisions, history, leases and auth are.',
      ),
  handler: async (a) => {
    const dataDir = a['data-dir'] ?? `${a.name}.clusterd`;
    const pauseAt = process.env[pauseEnv];
    const result = await restoreSnapshot({
      snapshotPath: a.filename,
      dataDir,
      ...(a['wal-dir'] !== undefined && { walDir: a['wal-dir'] }),
      name: a.name,
      initialCluster: a['initial-cluster'],
      initialClusterToken: a['initial-cluster-token'],
      initialAdvertisePeerUrls: a['initial-advertise-peer-urls']
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
      skipHashCheck: a['skip-hash-check'],
      ...(pauseAt && {
        atStage: async (stage) => {
          if (stage !== pauseAt) return;
          process.stderr.write(`clusterd: restore paused at ${stage} (${pauseEnv})\n`);
          await new Promise((resolve) => setTimeout(resolve, 10 * 60_000));
        },
      }),
    });
    const { identity } = result;
    line(
      `Restored ${result.format === 'etcd' ? "an etcd database's" : "clusterd's"} snapshot at revision ${result.revision} (${result.records} records) into ${dataDir}: member ${identity.memberId} of a new cluster ${identity.clusterId}`,
    );
  },
};

export const snapshotCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'snapshot <command>',
  describe: 'save, inspect and restore snapshots (clusterd and etcd 3.4/3.5 files)',
  builder: (y) =>
    y
      .command(saveCommand)
      .command(statusCommand)
      .command(restoreCommand)
      .demandCommand(1, 'snapshot needs a subcommand'),
  handler: () => undefined,
};
