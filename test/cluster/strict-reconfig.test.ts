// --strict-reconfig-check (etcd 3.4's default true): with a member down, a change that the
// members still connected could not survive is refused with etcd's "unhealthy cluster", while
// removing the member that is down is allowed; with the check off, the same add goes through.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';
import { sleep, testClient } from '../helpers/client.js';

/** etcd's HealthInterval plus a margin: members count as connected after it. */
const connectedMs = 5500;

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return 'no error';
}

describe('cluster: --strict-reconfig-check', function () {
  this.timeout(90_000);
  let cluster: TestCluster | undefined;
  let client: EtcdClient | undefined;

  afterEach(async () => {
    await client?.close();
    client = undefined;
    if (this.ctx.currentTest?.state === 'failed' && cluster) console.log(cluster.output());
    await cluster?.stop();
    cluster = undefined;
  });

  it('by default refuses changes that would break the active quorum, and removes a member that is down', async () => {
    cluster = await TestCluster.start({ size: 3 });
    await sleep(connectedMs);
    // A follower goes down, so that no election is under way while the changes are asked for.
    const leader = await cluster.waitLeader();
    const [down, other] = cluster.members.filter((m) => m !== leader) as [
      ClusterMember,
      ClusterMember,
    ];
    await down.kill();
    client = testClient([leader.endpoint], { commandTimeoutMs: 10_000 });

    assert.equal(
      await failure(client.cluster.memberAdd(['http://127.0.0.1:1'])),
      'etcdserver: unhealthy cluster',
      'a voter added while a member is down',
    );
    assert.equal(
      await failure(client.cluster.memberAdd(['http://127.0.0.1:1'], { isLearner: true })),
      'etcdserver: unhealthy cluster',
      'a learner added while a member is down',
    );
    assert.equal(
      await failure(client.cluster.memberRemove(other.id)),
      'etcdserver: unhealthy cluster',
      'a live member removed while another is down',
    );
    assert.match(cluster.output(), /rejecting member add request/);

    // The member that is down is not part of the active quorum.
    await client.cluster.memberRemove(down.id);
    const left = await client.cluster.memberList();
    assert.deepEqual(
      left.members.map((m) => m.name).sort(),
      [leader.name, other.name].sort(),
      'the members after removing the one that is down',
    );
  });

  it('with --strict-reconfig-check=false, adds a voter while a member is down', async () => {
    cluster = await TestCluster.start({ size: 3, args: ['--strict-reconfig-check=false'] });
    await sleep(connectedMs);
    const leader = await cluster.waitLeader();
    await cluster.members.find((m) => m !== leader)!.kill();
    client = testClient([leader.endpoint], { commandTimeoutMs: 10_000 });
    const added = await client.cluster.memberAdd(['http://127.0.0.1:1']);
    assert.equal(added.members.length, 4);
  });
});
