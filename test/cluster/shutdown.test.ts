// A member stopped with SIGTERM while it forwards lease renewals to the leader ends, having closed
// everything: a renewal retried during the shutdown once opened a new client to the leader that
// nobody closed, and its connection kept the stopped member running (seen as a 120 s hang).
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { sleep } from '../helpers/client.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';

describe('cluster: SIGTERM of a follower forwarding lease renewals', function () {
  this.timeout(90_000);
  let cluster: TestCluster | undefined;

  after(async () => {
    await cluster?.stop();
  });

  it('ends by itself with nothing left open, every time', async function () {
    cluster = await TestCluster.start({ size: 3, logLevel: 'info' });
    for (let round = 0; round < 4; round++) {
      const leader = await cluster.waitLeader();
      const follower = cluster.members.find((m) => m !== leader)!;
      const client: EtcdClient = follower.client({ commandTimeoutMs: 3000 });
      // Many short leases kept alive through the follower: renewals are always in flight.
      const leases = await Promise.all(
        Array.from({ length: 40 }, async () => {
          const { id, ttl } = await client.lease.grant(2);
          return client.lease.keepAlive(id, ttl);
        }),
      );
      await sleep(1000 + round * 150);
      const stopping = follower.terminate();
      await Promise.race([
        stopping,
        sleep(15_000).then(() => {
          throw new Error(`round ${round}: the follower did not exit:\n${follower.output(20_000)}`);
        }),
      ]);
      for (const lease of leases) lease.release();
      await client.close();
      assert.doesNotMatch(
        follower.output(),
        /still open after the command ended/,
        follower.output(3000),
      );
      assert.match(follower.output(), /"store stopped"/, follower.output(3000));
      await follower.start();
    }
  });

  it('a leader stopped with SIGTERM hands leadership over first: no election to wait for', async function () {
    cluster ??= await TestCluster.start({ size: 3, logLevel: 'info' });
    for (let round = 0; round < 2; round++) {
      const leader = await cluster.waitLeader();
      await leader.terminate();
      const stoppedAt = Date.now();
      // The survivors name a leader sooner than one election timeout (500 ms here) would allow.
      const next = await cluster.waitLeader({ exclude: leader, timeoutMs: 10_000 });
      const gapMs = Date.now() - stoppedAt;
      assert.notEqual(next, leader);
      assert.ok(
        gapMs < 400,
        `a leader again ${gapMs} ms after the old one stopped; its log ends:\n${leader.output(3000)}`,
      );
      await leader.start();
      await cluster.waitPublished();
    }
  });

  it('hands it to the member in touch the longest, not one that has just restarted', async function () {
    // An election timeout longer than a restart: the leader never misses the restarted member for
    // that long, and only the stream its return broke tells the two apart.
    const c = await TestCluster.start({ size: 3, electionMs: 3000, logLevel: 'info' });
    try {
      for (let round = 0; round < 3; round++) {
        const leader = await c.waitLeader();
        const [restarted, steady] = c.members.filter((m) => m !== leader) as [
          ClusterMember,
          ClusterMember,
        ];
        await restarted.kill();
        await restarted.start();
        await c.waitPublished();
        // Within an election timeout of its return, the leader stops.
        await leader.terminate();
        const next = await c.waitLeader({ exclude: leader, timeoutMs: 15_000 });
        assert.equal(
          next.name,
          steady.name,
          `handed to ${next.name}, just restarted; the old leader's log ends:\n${leader.output(3000)}`,
        );
        await leader.start();
        await c.waitPublished();
      }
    } finally {
      await c.stop();
    }
  });
});
