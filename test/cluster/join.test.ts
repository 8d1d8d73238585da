// --join: machines started with the same command line form one cluster, voters up to three, then
// learners (promoted while fewer than five voters are in sync, with --auto-promote-learners).
import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import type { EtcdClient } from '../../src/client/index.js';
import { eventually, testClient } from '../helpers/client.js';
import { startClusterd, type ClusterdProcess } from '../helpers/clusterd.js';
import { freePorts } from '../helpers/ports.js';

function learnerEndpoint(
  list: { members: { isLearner: boolean; clientUrls: string[] }[] },
  members: ClusterdProcess[],
): string | undefined {
  const url = list.members.find((m) => m.isLearner)?.clientUrls[0];
  return members.find((m) => url === `http://${m.endpoint}`)?.endpoint;
}

describe('cluster: joining with --join', function () {
  this.timeout(120_000);
  const members: ClusterdProcess[] = [];
  let client: EtcdClient;

  after(async () => {
    await client.close();
    for (const m of members) await m.stop();
  });

  it('grows one member into three voters and then adds a learner', async () => {
    members.push(await startClusterd({ args: ['--auto-promote-learners'] }));
    const first = `http://${members[0]!.endpoint}`;
    for (let i = 0; i < 3; i++) {
      members.push(await startClusterd({ args: ['--join', first, '--auto-promote-learners'] }));
    }
    client = testClient(members.map((m) => m.endpoint));
    await eventually(async () => {
      const list = await client.cluster.memberList();
      return list.members.length === 4 && list.members.every((m) => m.name !== '');
    }, 20_000);
    const list = await client.cluster.memberList();
    const learners = list.members.filter((m) => m.isLearner);
    assert.equal(list.members.length - learners.length, 3, 'three voters');
    assert.equal(learners.length, 1, 'the fourth machine is a learner');
    // Every member serves the data, whichever one wrote it.
    await client.kv.put('/join/k', 'v', {}, { endpoint: members[2]!.endpoint });
    const learner = members.find((m) => m.endpoint === learnerEndpoint(list, members));
    for (const m of members) {
      if (m === learner) continue;
      // A linearizable read through each voter sees the write.
      const got = await client.kv.get('/join/k', {}, { endpoint: m.endpoint });
      assert.equal(got.kvs[0]?.value.toString(), 'v', m.endpoint);
    }
    // The learner replicates it too, and serves it as a serializable read only (as etcd's does).
    await eventually(async () => {
      const r = await client.kv.get(
        '/join/k',
        { serializable: true },
        { endpoint: learner!.endpoint },
      );
      return r.kvs[0]?.value.toString() === 'v';
    });
    await assert.rejects(
      client.kv.get('/join/k', {}, { endpoint: learner!.endpoint }),
      /rpc not supported for learner/,
    );
  });

  it('promotes learners to five voters once five machines are in', async () => {
    const first = `http://${members[0]!.endpoint}`;
    members.push(await startClusterd({ args: ['--join', first, '--auto-promote-learners'] }));
    await eventually(async () => {
      const list = await client.cluster.memberList();
      return list.members.length === 5 && list.members.every((m) => !m.isLearner);
    }, 20_000);
  });
});

describe('cluster: three machines started at once with --bootstrap-expect 3', function () {
  this.timeout(120_000);
  const members: ClusterdProcess[] = [];

  after(async () => {
    for (const m of members) await m.stop();
  });

  it('form one cluster with the member IDs etcd would derive, and a fourth joins it', async () => {
    const ports = await freePorts(8);
    const peerUrls = [0, 1, 2].map((i) => `http://127.0.0.1:${ports[2 * i + 1]!}`);
    const joinArgs = (i: number): string[] => [
      '--name',
      `m${i}`,
      '--bootstrap-expect',
      '3',
      '--join',
      peerUrls.join(','),
    ];
    // Started together: none is ready before the three have found each other.
    members.push(
      ...(await Promise.all(
        [0, 1, 2].map((i) =>
          startClusterd({
            args: joinArgs(i),
            ports: { client: ports[2 * i]!, peer: ports[2 * i + 1]! },
          }),
        ),
      )),
    );
    const client = testClient(members.map((m) => m.endpoint));
    try {
      const list = await client.cluster.memberList();
      assert.deepEqual(list.members.map((m) => m.name).sort(), ['m0', 'm1', 'm2']);
      assert.ok(list.members.every((m) => !m.isLearner));
      // Every machine agrees on the cluster.
      for (const m of members) {
        const status = await client.maintenance.status({ endpoint: m.endpoint });
        assert.equal(status.header.clusterId, list.header.clusterId);
      }
      // The late machine gives no --name: the command line of every machine can be the same, and
      // each is named after its host.
      members.push(
        await startClusterd({
          args: joinArgs(3).slice(2),
          ports: { client: ports[6]!, peer: ports[7]! },
        }),
      );
      await eventually(
        async () => (await client.cluster.memberList()).members.length === 4,
        20_000,
      );
      const after = await client.cluster.memberList();
      assert.equal(
        after.members.filter((m) => m.isLearner).length,
        1,
        'the late machine joins as a learner',
      );
      await eventually(
        async () => (await client.cluster.memberList()).members.some((m) => m.name === hostname()),
        20_000,
      );
    } finally {
      await client.close();
    }
  });
});
