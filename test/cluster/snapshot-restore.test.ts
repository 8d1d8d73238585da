// Three members restored from one snapshot file form one new cluster: each restored with its own
// --name and the same --initial-cluster, then started with `agent`; they elect a leader, hold the
// same data (HashKV), serve the snapshot's keys and revisions, and replicate new writes.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runClusterd } from '../helpers/cli.js';
import { testClient } from '../helpers/client.js';
import { TestCluster } from '../helpers/cluster.js';
import { startClusterd, type ClusterdProcess } from '../helpers/clusterd.js';
import { assertSameHash } from './cluster-util.js';

describe('cluster: three members restored from one snapshot', function () {
  this.timeout(120_000);
  let source: ClusterdProcess | undefined;
  let cluster: TestCluster | undefined;
  let dir: string;

  after(async function () {
    await cluster?.stop();
    await source?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('form a new cluster that agrees on the data and takes writes', async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-restore-cluster-'));
    source = await startClusterd();
    const src = testClient([source.endpoint]);
    let revision: number;
    let leaseId: bigint;
    try {
      for (let i = 0; i < 300; i++) await src.kv.put(`/r/${i % 40}`, `v${i}`);
      await src.kv.delete('/r/7');
      leaseId = (await src.lease.grant(600)).id;
      revision = (await src.kv.put('/r/leased', 'l', { lease: leaseId })).header.revision;
    } finally {
      await src.close();
    }
    const file = join(dir, 'one.snap');
    const saved = await runClusterd(['--endpoints', source.endpoint, 'snapshot', 'save', file]);
    assert.equal(saved.code, 0, saved.stderr);

    const memberIds = new Set<string>();
    cluster = await TestCluster.start({
      size: 3,
      prepare: async (member, c) => {
        // The directory the helper made must not exist for a restore.
        await rm(member.dataDir, { recursive: true, force: true });
        const r = await runClusterd([
          'snapshot',
          'restore',
          file,
          '--name',
          member.name,
          '--initial-cluster',
          c.initialCluster,
          '--initial-advertise-peer-urls',
          member.peerUrl,
          '--initial-cluster-token',
          'restored',
          '--data-dir',
          member.dataDir,
        ]);
        assert.equal(r.code, 0, r.stderr);
        const m = /: member ([0-9a-f]+) of a new cluster ([0-9a-f]+)\n$/.exec(r.stdout);
        assert.ok(m, r.stdout);
        memberIds.add(m[1]!);
      },
    });
    assert.equal(memberIds.size, 3);
    const leader = await cluster.waitLeader();
    await assertSameHash(cluster, revision);
    for (const m of cluster.members) {
      const c = m.client();
      try {
        const got = await c.kv.get('/r/', { prefix: true, serializable: true });
        assert.equal(got.count, 40, m.name);
        assert.equal(got.header.revision, revision, m.name);
        const ttl = await c.lease.timeToLive(leaseId, { keys: true });
        assert.deepEqual(ttl.keys.map(String), ['/r/leased'], m.name);
      } finally {
        await c.close();
      }
    }
    const lc = leader.client();
    const members = await lc.cluster.memberList().finally(() => lc.close());
    assert.deepEqual(members.members.map((m) => m.name).sort(), ['n1', 'n2', 'n3']);
    assert.deepEqual(new Set(members.members.map((m) => m.id.toString(16))), memberIds);

    const c = testClient(cluster.members.map((m) => m.endpoint));
    try {
      const put = await c.kv.put('/r/new', 'after');
      assert.equal(put.header.revision, revision + 1);
    } finally {
      await c.close();
    }
    await assertSameHash(cluster, revision + 1);
  });
});
