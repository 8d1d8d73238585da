import assert from 'node:assert/strict';
import {
  type EtcdClient,
  MemberExistsError,
  MemberNotFoundError,
  MemberNotLearnerError,
  PeerUrlExistsError,
  toEtcdError,
  GrpcStatus,
  RequestTooLargeError,
  etcdErrorTable,
} from '../../src/client/index.js';
import { freePort } from '../helpers/ports.js';
import { testClient } from '../helpers/client.js';
import { type Target, targets } from '../helpers/target.js';

describe('client error table (unit)', function () {
  it('maps every etcd message to its own class, keeping the message and code', function () {
    for (const [message, cls] of etcdErrorTable) {
      const err = toEtcdError(
        Object.assign(new Error(message), { code: GrpcStatus.INVALID_ARGUMENT, details: message }),
      );
      assert.ok(err instanceof cls, message);
      assert.equal(err.message, message);
    }
    const big = toEtcdError(
      Object.assign(new Error('x'), {
        code: GrpcStatus.RESOURCE_EXHAUSTED,
        details: 'grpc: received message larger than max (2000000 vs. 2097152)',
      }),
    );
    assert.ok(big instanceof RequestTooLargeError);
  });
});

for (const { name, start } of targets) {
  describe(`client cluster and maintenance (${name})`, function () {
    this.timeout(30000);
    let target: Target;
    let client: EtcdClient;

    before(async function () {
      target = await start();
      client = testClient(target.endpoints);
    });
    after(async function () {
      await client.close();
      await target.stop();
    });

    it('lists members with IDs, names and URLs', async function () {
      const res = await client.cluster.memberList();
      assert.equal(res.members.length, 1);
      const m = res.members[0]!;
      assert.ok(m.id > 0n);
      assert.equal(m.id, res.header.memberId);
      assert.ok(m.name.length > 0);
      assert.equal(m.clientUrls[0], `http://${target.endpoints[0]!}`);
      assert.equal(m.isLearner, false);
    });

    it('adds a learner, rejects duplicates, updates and removes it', async function () {
      const peer = `http://127.0.0.1:${await freePort()}`;
      const added = await client.cluster.memberAdd([peer], { isLearner: true });
      assert.equal(added.member.isLearner, true);
      assert.deepEqual(added.member.peerUrls, [peer]);
      assert.equal(added.members.length, 2);
      // Same URLs within the same second give the same member ID, which etcd checks first.
      await assert.rejects(
        client.cluster.memberAdd([peer]),
        (err: unknown) => err instanceof PeerUrlExistsError || err instanceof MemberExistsError,
      );
      const peer2 = `http://127.0.0.1:${await freePort()}`;
      const updated = await client.cluster.memberUpdate(added.member.id, [peer2]);
      assert.ok(updated.members.some((m) => m.peerUrls[0] === peer2));
      const self = (await client.cluster.memberList()).header.memberId;
      await assert.rejects(client.cluster.memberPromote(self), MemberNotLearnerError);
      const removed = await client.cluster.memberRemove(added.member.id);
      assert.equal(removed.members.length, 1);
      await assert.rejects(client.cluster.memberRemove(added.member.id), MemberNotFoundError);
    });

    it('reports status, alarms, hashKV and defragments', async function () {
      const status = await client.maintenance.status({ endpoint: target.endpoints[0]! });
      assert.match(status.version, /^3\.\d+\.\d+/);
      assert.equal(status.leader, status.header.memberId);
      assert.ok(status.dbSize > 0);
      assert.ok(status.raftIndex > 0);
      assert.ok(status.raftTerm > 0);
      assert.deepEqual(await client.maintenance.alarmList(), []);
      assert.deepEqual(await client.maintenance.alarmDisarm(0n, 'none'), []);
      const put = await client.kv.put('/hash/k', 'v');
      const h1 = await client.maintenance.hashKV(put.header.revision);
      const h2 = await client.maintenance.hashKV(put.header.revision);
      assert.equal(h1.hash, h2.hash);
      await client.kv.put('/hash/k', 'w');
      const h3 = await client.maintenance.hashKV(0);
      assert.notEqual(h3.hash, h1.hash);
      await client.maintenance.defragment({ endpoint: target.endpoints[0]! });
    });
  });
}
