// etcd's --wal-dir: the Raft journal lives in its own directory (e.g. on its own disk), survives a
// kill -9 there, and a start that would not find it (the flag dropped) is refused rather than
// losing the writes it may hold; the journal moved with its file is accepted.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WAL_FILE } from '../../src/storage/raft-storage.js';
import { testClient } from '../helpers/client.js';
import { startClusterd } from '../helpers/clusterd.js';
import { runClusterd } from '../helpers/cli.js';
import { freePorts } from '../helpers/ports.js';
import { ensureBundle } from './bundle.js';

describe('server: --wal-dir', function () {
  this.timeout(60_000);
  let root: string;

  before(async () => {
    ensureBundle();
    root = await mkdtemp(join(tmpdir(), 'clusterd-wal-dir-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps the journal there, and refuses a start that would not find it', async () => {
    const dataDir = join(root, 'data');
    const walDir = join(root, 'wal', 'nested');
    const first = await startClusterd({ dataDir, args: ['--wal-dir', walDir] });
    const client = testClient([first.endpoint]);
    try {
      for (let i = 0; i < 20; i++) await client.kv.put(`/wal/k${i}`, `v${i}`);
    } finally {
      await client.close();
    }
    await first.kill();
    assert.ok(existsSync(join(walDir, WAL_FILE)), 'no journal in --wal-dir');
    assert.ok(!existsSync(join(dataDir, WAL_FILE)), 'a journal in the data directory');

    // Without the flag the journal would not be found: refused, with where it is.
    await assert.rejects(
      startClusterd({ dataDir }),
      (err: Error) =>
        err.message.includes(`the Raft journal is not at ${join(dataDir, WAL_FILE)}`) &&
        err.message.includes(`it is at ${join(walDir, WAL_FILE)}`),
    );

    // A second member given the same --wal-dir would replay the first one's log: refused.
    await assert.rejects(
      startClusterd({ dataDir: join(root, 'other'), args: ['--wal-dir', walDir] }),
      (err: Error) => err.message.includes("already holds another member's journal"),
    );

    // Moved with its file into the data directory, it is accepted, and nothing was lost.
    await rename(join(walDir, WAL_FILE), join(dataDir, WAL_FILE));
    const moved = await startClusterd({ dataDir });
    const reader = testClient([moved.endpoint]);
    try {
      const all = await reader.kv.get('/wal/', { prefix: true });
      assert.equal(all.count, 20);
      assert.equal(await reader.kv.getString('/wal/k19'), 'v19');
    } finally {
      await reader.close();
      await moved.stop();
    }
  });

  it('snapshot restore --wal-dir writes the journal there, and refuses a --wal-dir that holds one', async () => {
    const source = await startClusterd({ dataDir: join(root, 'source') });
    const file = join(root, 'backup.db');
    try {
      const client = testClient([source.endpoint]);
      try {
        for (let i = 0; i < 10; i++) await client.kv.put(`/restored/k${i}`, `v${i}`);
      } finally {
        await client.close();
      }
      const saved = await runClusterd(['snapshot', 'save', file, '--endpoints', source.endpoint]);
      assert.equal(saved.code, 0, saved.stderr);
    } finally {
      await source.stop();
    }

    const [client, peer] = (await freePorts(2)) as [number, number];
    const peerUrl = `http://127.0.0.1:${peer}`;
    const restore = (dataDir: string, walDir: string) =>
      runClusterd([
        ...['snapshot', 'restore', file, '--data-dir', dataDir, '--wal-dir', walDir],
        ...['--initial-cluster', `default=${peerUrl}`, '--initial-advertise-peer-urls', peerUrl],
      ]);
    const dataDir = join(root, 'restored');
    const walDir = join(root, 'restored-wal');
    const restored = await restore(dataDir, walDir);
    assert.equal(restored.code, 0, restored.stderr);
    assert.ok(existsSync(join(walDir, WAL_FILE)), 'no journal in --wal-dir');
    assert.ok(!existsSync(join(dataDir, WAL_FILE)), 'a journal in the data directory');

    // A second member's restore into the same --wal-dir would mix two logs: refused, nothing made.
    const again = await restore(join(root, 'restored-2'), walDir);
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /--wal-dir .*restored-wal already holds another member's journal/);
    assert.ok(!existsSync(join(root, 'restored-2')));
    assert.ok(existsSync(join(walDir, WAL_FILE)), 'the first restore’s journal left alone');
    // Refused before the snapshot file is even read, as an existing data directory is.
    const early = await runClusterd([
      ...['snapshot', 'restore', join(root, 'no-such-file.db'), '--data-dir', join(root, 'r3')],
      ...['--wal-dir', walDir, '--initial-cluster', `default=${peerUrl}`],
      ...['--initial-advertise-peer-urls', peerUrl],
    ]);
    assert.notEqual(early.code, 0);
    assert.match(early.stderr, /already holds another member's journal/);

    const member = await startClusterd({
      dataDir,
      ports: { client, peer },
      args: ['--wal-dir', walDir],
    });
    const reader = testClient([member.endpoint]);
    try {
      assert.equal((await reader.kv.get('/restored/', { prefix: true })).count, 10);
      assert.equal(await reader.kv.getString('/restored/k9'), 'v9');
    } finally {
      await reader.close();
      await member.stop();
    }
  });
});
