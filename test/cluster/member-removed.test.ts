// A removed member stops itself, as etcd 3.4's does, and the others refuse it: removed while
// running (etcdctl, or the client on the leader itself), removed while partitioned away and then
// healed, and killed right after its removal and started again from its data directory. In every
// case its process ends by itself with exit code 0 and etcd's two lines, and the remaining members
// keep their leader and term and serve writes.
import assert from 'node:assert/strict';
import type { ClusterMember } from '../helpers/cluster.js';
import { TestCluster } from '../helpers/cluster.js';
import { fleetTestArgs } from '../helpers/fleet.js';
import { etcdctl, sleep } from './cluster-util.js';

/** What the removed member writes as it stops (etcd 3.4's `server error` and the data-dir line). */
const removedLines = [
  /"msg":"server error"[^\n]*"error":"the member has been permanently removed from the cluster"/,
  /"msg":"data-dir used by this member must be removed"/,
];

/** Removes `member` through `via`, retrying while the strict reconfiguration check says no. */
async function removeMember(
  cluster: TestCluster,
  via: readonly ClusterMember[],
  member: ClusterMember,
): Promise<void> {
  const client = cluster.client(
    via.map((m) => m.endpoint),
    { commandTimeoutMs: 5000 },
  );
  const deadline = Date.now() + 15_000;
  try {
    for (;;) {
      try {
        await client.cluster.memberRemove(member.id);
        return;
      } catch (err) {
        // Every member must have been connected for five seconds first (etcd's health interval).
        if (!/unhealthy cluster/.test(String(err)) || Date.now() > deadline) throw err;
        await sleep(250);
      }
    }
  } finally {
    await client.close();
  }
}

/** The leader's id and term as each of `members` reports them; all must agree. */
async function leaderAndTerm(members: readonly ClusterMember[]): Promise<[bigint, number]> {
  const seen = await Promise.all(members.map((m) => m.status()));
  const first = seen[0]!;
  for (const s of seen) assert.deepEqual([s.leader, s.raftTerm], [first.leader, first.raftTerm]);
  return [first.leader, first.raftTerm];
}

/** Puts a key through each of `members` and reads the member list: 2 members, `gone` not among them. */
async function assertServing(
  cluster: TestCluster,
  members: readonly ClusterMember[],
  gone: ClusterMember,
): Promise<void> {
  for (const m of members) {
    const c = m.client({ commandTimeoutMs: 5000 });
    try {
      await c.kv.put(`/removed/after/${m.name}`, 'yes');
      const list = await c.cluster.memberList();
      assert.deepEqual(
        list.members.map((x) => x.id).sort(),
        members.map((x) => x.id).sort(),
        `member list on ${m.name}`,
      );
      assert.ok(!list.members.some((x) => x.id === gone.id));
    } finally {
      await c.close();
    }
  }
}

function assertStoppedAsRemoved(member: ClusterMember, exit: { code: number | null }): void {
  assert.equal(exit.code, 0, member.output());
  for (const line of removedLines) assert.match(member.output(), line);
}

describe('cluster: a removed member stops itself (etcd 3.4)', function () {
  this.timeout(120_000);
  let cluster: TestCluster | undefined;

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && cluster) console.log(cluster.output());
    await cluster?.stop();
    cluster = undefined;
  });

  it('a running follower removed with etcdctl exits 0 by itself; the other two serve writes', async function () {
    cluster = await TestCluster.start({ size: 3 });
    const leader = await cluster.waitLeader();
    const victim = cluster.members.find((m) => m !== leader)!;
    const rest = cluster.members.filter((m) => m !== victim);
    const all = rest.map((m) => m.endpoint).join(',');
    const deadline = Date.now() + 15_000;
    let remove = await etcdctl([`--endpoints=${all}`, 'member', 'remove', victim.id.toString(16)]);
    while (remove.code !== 0 && /unhealthy cluster/.test(remove.stderr) && Date.now() < deadline) {
      await sleep(250);
      remove = await etcdctl([`--endpoints=${all}`, 'member', 'remove', victim.id.toString(16)]);
    }
    assert.equal(remove.code, 0, remove.stderr);
    const exit = await victim.exited(5000);
    assertStoppedAsRemoved(victim, exit);
    assert.deepEqual((await leaderAndTerm(rest))[0], leader.id);
    await assertServing(cluster, rest, victim);
  });

  it('a machine running the scheduler stops it and its store, and exits 0', async function () {
    cluster = await TestCluster.start({
      size: 3,
      fleet: true,
      args: fleetTestArgs('5s'),
      logLevel: 'info',
    });
    const leader = await cluster.waitLeader();
    const victim = cluster.members.find((m) => m !== leader)!;
    const rest = cluster.members.filter((m) => m !== victim);
    await removeMember(cluster, rest, victim);
    const exit = await victim.exited(8000);
    assertStoppedAsRemoved(victim, exit);
    const output = victim.output(60_000);
    const steps = [
      /"msg":"data-dir used by this member must be removed"/,
      /"msg":"shutting down","reason":"this member was removed from the cluster"/,
      /"msg":"scheduler stopped"/,
      /"msg":"store stopped"/,
    ].map((step) => output.search(step));
    assert.ok(
      steps.every((at, i) => at >= 0 && (i === 0 || at > steps[i - 1]!)),
      `the removal, then the scheduler, then the store: ${steps.join(', ')}`,
    );
    await assertServing(cluster, rest, victim);
  });

  it('the leader removed through itself answers, hands over, and exits 0', async function () {
    cluster = await TestCluster.start({ size: 3 });
    const leader = await cluster.waitLeader();
    const rest = cluster.members.filter((m) => m !== leader);
    await removeMember(cluster, [leader], leader);
    const exit = await leader.exited(5000);
    assertStoppedAsRemoved(leader, exit);
    const next = await cluster.waitLeader({ among: rest });
    assert.ok(rest.includes(next));
    await assertServing(cluster, rest, leader);
  });

  it('removed while partitioned away: refused once healed, it stops; leader and term unmoved', async function () {
    // Without pre-vote the cut-off member campaigns at ever higher terms: its votes must not
    // reach Raft once it is healed.
    cluster = await TestCluster.start({ size: 3, args: ['--pre-vote=false'] });
    const leader = await cluster.waitLeader();
    const victim = cluster.members.find((m) => m !== leader)!;
    const rest = cluster.members.filter((m) => m !== victim);
    cluster.isolate(victim);
    await removeMember(cluster, rest, victim);
    const [leaderId, term] = await leaderAndTerm(rest);
    // Its election timeouts pass while it is cut off (500 ms each).
    await sleep(2000);
    assert.ok(victim.running, 'cut off, it cannot know it was removed yet');
    assert.ok((await victim.status()).raftTerm > term, 'it campaigned while cut off');
    cluster.heal();
    const exit = await victim.exited(15_000);
    assertStoppedAsRemoved(victim, exit);
    assert.match(victim.output(), /"refusedBy":"[0-9a-f]+"/);
    assert.match(
      rest.map((m) => m.output()).join('\n'),
      /"msg":"rejected stream from remote peer because it was removed"/,
    );
    await sleep(1000);
    assert.deepEqual(await leaderAndTerm(rest), [leaderId, term]);
    await assertServing(cluster, rest, victim);
  });

  it('killed right after its removal commits and started again: it stops, and disturbs nothing', async function () {
    cluster = await TestCluster.start({ size: 3, args: ['--pre-vote=false'] });
    const leader = await cluster.waitLeader();
    const victim = cluster.members.find((m) => m !== leader)!;
    const rest = cluster.members.filter((m) => m !== victim);
    await removeMember(cluster, [leader], victim);
    await victim.kill();
    const [leaderId, term] = await leaderAndTerm(rest);
    await victim.start({ waitAnswering: false });
    const exit = await victim.exited(15_000);
    assertStoppedAsRemoved(victim, exit);
    await sleep(1000);
    assert.deepEqual(await leaderAndTerm(rest), [leaderId, term]);
    await assertServing(cluster, rest, victim);
  });

  it('killed after applying its removal and started again cut off: its own log stops it', async function () {
    cluster = await TestCluster.start({ size: 3 });
    // The leader applies the removal first: the others learn of the commit only from it.
    const victim = await cluster.waitLeader();
    const rest = cluster.members.filter((m) => m !== victim);
    await removeMember(cluster, [victim], victim);
    await victim.waitOutput(/"msg":"removed local member from the cluster"/, 5000);
    await victim.kill();
    // No peer can refuse it now: only what it applied can tell it.
    cluster.isolate(victim);
    victim.clearOutput();
    await victim.start({ waitAnswering: false });
    const exit = await victim.exited(15_000);
    assertStoppedAsRemoved(victim, exit);
    assert.match(victim.output(), /"msg":"removed local member from the cluster"/);
    assert.doesNotMatch(victim.output(), /"refusedBy"/);
    cluster.heal();
    await cluster.waitLeader({ among: rest });
    await assertServing(cluster, rest, victim);
  });
});
