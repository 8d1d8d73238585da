// --force-new-cluster, the recovery from a lost quorum: of three members with data, two are killed
// for good; the third, restarted with the flag, elects itself, serves every key written before and
// new writes, lists itself alone, and a new member can then join it.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { eventually, testClient } from '../helpers/client.js';
import { freePorts } from '../helpers/ports.js';

describe('cluster: --force-new-cluster', function () {
  this.timeout(120_000);
  let cluster: TestCluster | undefined;
  let joined: ClusterdProcess | undefined;
  const clients: EtcdClient[] = [];
  const extra = new Map<string, string[]>();

  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await joined?.stop();
    await cluster?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && cluster) console.log(cluster.output());
  });

  it('restarts the last member as a cluster of one that keeps its data and takes a new member', async () => {
    cluster = await TestCluster.start({
      size: 3,
      memberArgs: (name) => extra.get(name) ?? [],
      logLevel: 'info',
    });
    const before = testClient(cluster.members.map((m) => m.endpoint));
    clients.push(before);
    for (let i = 0; i < 20; i++) await before.kv.put(`/fnc/k${i}`, `v${i}`);
    await before.lease.grant(600);
    const clusterId = (await before.maintenance.status()).header.clusterId;

    const [lost1, lost2, survivor] = cluster.members as [
      ClusterMember,
      ClusterMember,
      ClusterMember,
    ];
    // Everything written reached the survivor (a linearizable read through it).
    const s = survivor.client();
    clients.push(s);
    assert.equal((await s.kv.get('/fnc/k19')).kvs[0]?.value.toString(), 'v19');
    await lost1.kill();
    await lost2.kill();
    // Without a quorum the survivor cannot write.
    const stuck = survivor.client({ commandTimeoutMs: 1500 });
    clients.push(stuck);
    await assert.rejects(stuck.kv.put('/fnc/stuck', 'x'), 'a write without a quorum');

    await survivor.kill();
    extra.set(survivor.name, ['--force-new-cluster']);
    await survivor.start();
    await eventually(async () => {
      const status = await survivor.status().catch(() => undefined);
      return status?.leader === survivor.id;
    }, 15_000);
    assert.match(survivor.output(100_000), /forcing restart member as the only member/);

    const c = survivor.client({ commandTimeoutMs: 5000 });
    clients.push(c);
    const all = await c.kv.get('/fnc/', { prefix: true });
    assert.equal(all.count, 20);
    assert.equal(all.kvs.find((kv) => kv.key.toString() === '/fnc/k7')?.value.toString(), 'v7');
    assert.equal(all.header.clusterId, clusterId, 'the same cluster');
    await c.kv.put('/fnc/after', 'yes');
    assert.equal((await c.kv.get('/fnc/after')).kvs[0]?.value.toString(), 'yes');
    assert.equal((await c.lease.leases()).leases.length, 1, 'the lease granted before');
    const members = await c.cluster.memberList();
    assert.deepEqual(
      members.members.map((m) => [m.id, m.name]),
      [[survivor.id, survivor.name]],
    );

    // A new member joins the cluster of one as etcd's runbook says: member add, then start it.
    const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    const added = await c.cluster.memberAdd([peerUrl]);
    assert.equal(added.members.length, 2);
    joined = await startClusterd({
      ports: { client: clientPort, peer: peerPort },
      args: [
        '--name',
        'n4',
        '--initial-cluster',
        `${survivor.name}=${survivor.peerUrl},n4=${peerUrl}`,
        '--initial-cluster-state',
        'existing',
      ],
    });
    const n4 = testClient([joined.endpoint], { commandTimeoutMs: 5000 });
    clients.push(n4);
    await eventually(
      async () => (await n4.kv.get('/fnc/after').catch(() => undefined))?.kvs.length === 1,
      15_000,
    );
    assert.equal((await n4.kv.get('/fnc/', { prefix: true })).count, 21);
    await c.kv.put('/fnc/two', '2');
    assert.equal((await n4.kv.get('/fnc/two')).kvs[0]?.value.toString(), '2');
    await eventually(
      async () => (await c.cluster.memberList()).members.every((m) => m.name !== ''),
      10_000,
    );
    assert.deepEqual(
      (await c.cluster.memberList()).members.map((m) => m.name).sort(),
      [survivor.name, 'n4'].sort(),
    );
  });
});
