// etcd's database read by clusterd's own bbolt reader: a snapshot taken from a real etcd 3.4
// (Debian's /usr/bin/etcd) with history, deletions, a lease, a compaction, pages enough for branch
// pages and a value large enough for overflow pages. `snapshot status` must give etcdctl's very
// figures; the records, loaded into clusterd's MVCC store, must give etcd's keys, revisions and
// HashKV; and no damaged file may end in anything but a snapshot error.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EtcdClient } from '../../src/client/index.js';
import { leaseKey, leaseRecordTtl } from '../../src/storage/keys.js';
import { SnapshotError } from '../../src/storage/snapshot/content.js';
import { openSnapshotFile } from '../../src/storage/snapshot/open-snapshot.js';
import { runEtcdctl } from '../compat/etcdctl.js';
import { testClient } from '../helpers/client.js';
import { loadSnapshot } from '../helpers/snapshot.js';
import { startEtcd, type EtcdProcess } from '../helpers/etcd.js';
import { SeededRandom } from '../../src/raft/index.js';
import { bytesReadWhile } from './helpers.js';

async function status(file: string): Promise<unknown> {
  const snapshot = await openSnapshotFile(file, 'status');
  try {
    return { ...(await snapshot.content.status()) };
  } finally {
    await snapshot.close();
  }
}

async function etcdctlStatus(file: string): Promise<unknown> {
  const r = await runEtcdctl(['snapshot', 'status', file, '-w', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as unknown;
}

describe("storage: an etcd 3.4 database read by clusterd's bbolt reader", function () {
  this.timeout(120_000);
  let etcd: EtcdProcess | undefined;
  let client: EtcdClient | undefined;
  let dir: string;
  let file: string;
  let leaseId: bigint;

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-etcdsnap-'));
    etcd = await startEtcd();
    client = testClient([etcd.endpoint], { commandTimeoutMs: 20_000 });
    const value = 'v'.repeat(200);
    // Enough keys for a B+tree with branch pages, several versions of some.
    for (let i = 0; i < 1500; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          client!.kv.put(`/bulk/${String(i + j).padStart(5, '0')}`, `${value}${i + j}`),
        ),
      );
    }
    for (let i = 0; i < 100; i++)
      await client.kv.put(`/bulk/${String(i).padStart(5, '0')}`, `v2-${i}`);
    await client.kv.delete('/bulk/00100', { end: '/bulk/00150' });
    // A value larger than a page: overflow pages.
    await client.kv.put('/big', Buffer.alloc(100_000, 'b'));
    const lease = await client.lease.grant(600);
    leaseId = lease.id;
    await client.kv.put('/lease/a', 'la', { lease: leaseId });
    await client.kv.put('/lease/b', 'lb', { lease: leaseId });
    const { header } = await client.kv.put('/c/k', 'old');
    await client.kv.put('/c/k', 'new');
    await client.kv.delete('/c/k');
    await client.kv.compact(header.revision + 1, { physical: true });
    await client.kv.put('/after', 'compaction');
    await client.kv.delete('/bulk/01499');
    const auth = await runEtcdctl([`--endpoints=${etcd.endpoint}`, 'user', 'add', 'bob:pw']);
    assert.equal(auth.code, 0, auth.stderr);
    file = join(dir, 'etcd.db');
    const saved = await runEtcdctl([`--endpoints=${etcd.endpoint}`, 'snapshot', 'save', file]);
    assert.equal(saved.code, 0, saved.stderr);
  });

  after(async function () {
    await client?.close();
    await etcd?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("status: etcdctl's hash, revision, total keys and size, with and without the digest", async function () {
    let ours: unknown;
    const read = await bytesReadWhile(async () => {
      ours = await status(file);
    });
    assert.deepEqual(ours, await etcdctlStatus(file));
    const bytes = await readFile(file);
    // bbolt's check and etcdctl's figures in one walk: each page read once, not twice.
    assert.ok(read <= bytes.length, `${read} bytes read of a file of ${bytes.length}`);
    const bare = join(dir, 'bare.db');
    await writeFile(bare, bytes.subarray(0, -32));
    assert.deepEqual(await status(bare), await etcdctlStatus(bare));
  });

  it("the records give etcd's keys, revisions, compaction, lease and HashKV", async function () {
    const { backend, store } = await loadSnapshot(file, join(dir, 'load'));
    try {
      const got = await client!.kv.get('', { fromKey: true });
      const hash = await client!.maintenance.hashKV();
      assert.equal(store.currentRevision, got.header.revision);
      assert.equal(store.compactRevision, hash.compactRevision);
      const mine = store.range('\0', null, 0, 0).kvs;
      const theirs = got.kvs.map((kv) => ({ ...kv }));
      assert.equal(mine.length, theirs.length);
      assert.deepEqual(
        mine.map((kv) => [
          kv.key,
          kv.createRevision,
          kv.modRevision,
          kv.version,
          kv.value,
          kv.lease,
        ]),
        theirs.map((kv) => [
          kv.key,
          kv.createRevision,
          kv.modRevision,
          kv.version,
          kv.value,
          kv.lease,
        ]),
      );
      // History kept past the compaction reads the same.
      const old = await client!.kv.get('/bulk/00007', { revision: hash.compactRevision });
      assert.deepEqual(
        store.range('/bulk/00007', undefined, hash.compactRevision, 0).kvs.map((kv) => kv.value),
        old.kvs.map((kv) => kv.value),
      );
      assert.equal((await store.hash(0)).hash, hash.hash);
      const lease = backend.get(leaseKey(leaseId));
      assert.ok(lease, 'the lease record');
      assert.equal(leaseRecordTtl(lease), 600);
    } finally {
      await backend.close();
    }
  });

  it('a copied member/snap/db has no digest: status reads it, restore wants --skip-hash-check', async function () {
    const copy = join(dir, 'copied.db');
    await copyFile(join(etcd!.dataDir, 'data', 'member', 'snap', 'db'), copy);
    assert.deepEqual(await status(copy), await etcdctlStatus(copy));
    await assert.rejects(
      loadSnapshot(copy, join(dir, 'load-copy')),
      new SnapshotError('snapshot missing hash but --skip-hash-check=false'),
    );
    const { backend, store } = await loadSnapshot(
      copy,
      join(dir, 'load-copy2'),
      'restore-skip-hash-check',
    );
    try {
      assert.ok(store.currentRevision > 1500);
    } finally {
      await backend.close();
    }
  });

  it('a truncated or damaged database ends in a snapshot error, never in another', async function () {
    const bytes = await readFile(file);
    const cut = join(dir, 'cut.db');
    await writeFile(cut, bytes.subarray(0, 50_000));
    await assert.rejects(
      status(cut),
      /^Error: snapshot file integrity check failed\. 1 errors found\.\nthe database has \d+ pages of 4096 bytes, but the file holds 50000 bytes of it: truncated$/,
    );
    const random = new SeededRandom(7);
    const damaged = join(dir, 'damaged.db');
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 60; round++) {
      const copy = Buffer.from(bytes.subarray(0, -32));
      for (let i = 0; i < 1 + (round % 4); i++) {
        // Mostly page headers and element tables, where a flipped byte changes the structure.
        const page = random.nextInt(copy.length / 4096);
        const at = page * 4096 + (round % 2 === 0 ? random.nextInt(64) : random.nextInt(4096));
        copy[at] = random.nextInt(256);
      }
      await writeFile(damaged, copy);
      for (const fn of [
        () => status(damaged),
        () =>
          loadSnapshot(damaged, join(dir, `fuzz${round}`), 'restore-skip-hash-check').then((r) =>
            r.backend.close(),
          ),
      ]) {
        try {
          await fn();
          outcomes.set('ok', (outcomes.get('ok') ?? 0) + 1);
        } catch (err) {
          assert.ok(
            err instanceof SnapshotError,
            `round ${round}: ${err instanceof Error ? err.stack : String(err)}`,
          );
          outcomes.set(
            err.message.split('\n')[0]!,
            (outcomes.get(err.message.split('\n')[0]!) ?? 0) + 1,
          );
        }
      }
      await rm(join(dir, `fuzz${round}`), { recursive: true, force: true });
    }
    assert.ok(
      (outcomes.get('snapshot file integrity check failed. 1 errors found.') ?? 0) > 10,
      JSON.stringify([...outcomes]),
    );
  });
});
