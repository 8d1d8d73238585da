// etcd's guarantees on a replicated clusterd cluster of real processes (test/helpers/cluster.ts):
// linearizable reads from every member, leader failure (kill -9, SIGSTOP) and minority partitions,
// etcd's `no leader` answer, leases across a leader change, watches across a leader change.
// Members run with a 50 ms heartbeat and a 500 ms election timeout.
import assert from 'node:assert/strict';
import type { EtcdClient, WatchEvent } from '../../src/client/index.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';
import { assertSameHash, rawRange, sleep } from './cluster-util.js';

const electionBoundMs = 5000;

/** Runs fn with a client pinned to `m`, closing it after. */
async function withClient<T>(
  m: ClusterMember,
  fn: (c: EtcdClient) => Promise<T>,
  commandTimeoutMs = 5000,
): Promise<T> {
  const c = m.client({ commandTimeoutMs });
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

/** Brings every member back (resume, heal, restart) and waits for an agreed leader. */
async function restoreAll(cluster: TestCluster): Promise<ClusterMember> {
  cluster.heal();
  for (const m of cluster.members) m.resume();
  for (const m of cluster.members) if (!m.running) await m.start();
  return cluster.waitLeader();
}

describe('cluster: 3 members, real processes', function () {
  this.timeout(60000);
  let cluster: TestCluster;

  before(async function () {
    const t0 = Date.now();
    cluster = await TestCluster.start({ size: 3 });
    console.log(`      3-member cluster up with a leader in ${Date.now() - t0} ms`);
  });

  after(async function () {
    await (cluster as TestCluster | undefined)?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') console.log(cluster.output());
    await restoreAll(cluster);
  });

  it('a write through any member is read at once (linearizably) from every member', async function () {
    for (const writer of cluster.members) {
      const key = `/lin/${writer.name}`;
      const put = await withClient(writer, (c) => c.kv.put(key, `from-${writer.name}`));
      for (const reader of cluster.members) {
        const got = await withClient(reader, (c) => c.kv.get(key));
        assert.equal(got.kvs[0]?.value.toString(), `from-${writer.name}`, `read on ${reader.name}`);
        assert.ok(got.header.revision >= put.header.revision, `revision on ${reader.name}`);
      }
    }
  });

  it('kill -9 of the leader: a new leader within the bound, writes go on, the old leader catches up', async function () {
    const old = await cluster.waitLeader();
    const survivors = cluster.members.filter((m) => m !== old);
    await withClient(survivors[0]!, (c) => c.kv.put('/kill/before', '1'));
    const t0 = Date.now();
    await old.kill();
    const next = await cluster.waitLeader({ among: survivors, timeoutMs: electionBoundMs + 5000 });
    const electionMs = Date.now() - t0;
    console.log(`      kill -9 leader ${old.name}: ${next.name} leads after ${electionMs} ms`);
    assert.ok(electionMs < electionBoundMs, `new leader after ${electionMs} ms`);

    let revision = 0;
    for (let i = 0; i < 20; i++) {
      const m = survivors[i % 2]!;
      revision = (await withClient(m, (c) => c.kv.put(`/kill/k${i}`, `v${i}`))).header.revision;
    }
    await old.start();
    const got = await withClient(old, (c) => c.kv.get('/kill/k', { prefix: true }), 15000);
    assert.equal(got.kvs.length, 20, 'the restarted member has every write');
    assert.equal((await withClient(old, (c) => c.kv.getString('/kill/before'))) ?? '', '1');
    await assertSameHash(cluster, revision);
  });

  it('minority partition of the leader: no stale reads there, `no leader` with hasleader, the majority goes on', async function () {
    const old = await cluster.waitLeader();
    const majority = cluster.members.filter((m) => m !== old);
    await withClient(old, (c) => c.kv.put('/part/x', 'v1'));
    const t0 = Date.now();
    cluster.isolate(old);
    // A linearizable read on the isolated leader from the start of the partition: it cannot
    // confirm its leadership, so it must fail (or time out), never answer.
    const early = withClient(old, (c) => c.kv.get('/part/x'), 3000).then(
      (r) => `answered ${r.kvs[0]?.value.toString() ?? 'nothing'}`,
      (err: unknown) => `failed: ${String(err)}`,
    );
    const next = await cluster.waitLeader({ among: majority, timeoutMs: electionBoundMs + 5000 });
    const electionMs = Date.now() - t0;
    console.log(`      partitioned leader ${old.name}: ${next.name} leads after ${electionMs} ms`);
    assert.ok(electionMs < electionBoundMs, `new leader after ${electionMs} ms`);
    const put = await withClient(majority[0]!, (c) => c.kv.put('/part/x', 'v2'));
    assert.match(await early, /^failed/, 'read on the isolated leader');
    // After v2 is acknowledged, the isolated member must not serve v1 linearizably.
    const late = await withClient(old, (c) => c.kv.get('/part/x'), 2000).then(
      (r) => `answered ${r.kvs[0]?.value.toString() ?? 'nothing'}`,
      (err: unknown) => `failed: ${String(err)}`,
    );
    assert.match(late, /^failed/, 'read on the isolated member after the majority wrote');
    // Serializable reads are local by definition (etcd answers them too, possibly stale).
    const serial = await withClient(old, (c) => c.kv.get('/part/x', { serializable: true }));
    assert.equal(serial.kvs[0]?.value.toString(), 'v1');

    // The isolated member has no leader now: with hasleader=true it says so at once.
    const deadline = Date.now() + 5000;
    while ((await old.status()).leader !== 0n) {
      assert.ok(Date.now() < deadline, 'the isolated member still names a leader');
      await sleep(50);
    }
    const raw = await rawRange(old.endpoint, '/part/x', true);
    assert.equal(raw.ok, false);
    assert.equal(raw.code, 14, `code (details: ${raw.details})`);
    assert.equal(raw.details, 'etcdserver: no leader');
    await assert.rejects(
      withClient(old, (c) => c.kv.get('/part/x'), 1500),
      (err: unknown) => err instanceof Error,
    );
    // The majority still serves hasleader requests.
    const ok = await rawRange(majority[1]!.endpoint, '/part/x', true);
    assert.deepEqual(ok, { ok: true, value: 'v2' });

    cluster.heal();
    await cluster.waitLeader();
    assert.equal(await withClient(old, (c) => c.kv.getString('/part/x'), 10000), 'v2');
    await assertSameHash(cluster, put.header.revision);
  });

  it('SIGSTOP of the leader beyond the election timeout, then SIGCONT: no stale read, no lost write', async function () {
    const old = await cluster.waitLeader();
    const others = cluster.members.filter((m) => m !== old);
    const acked = new Map<string, string>();
    let stop = false;
    // A writer through a follower the whole time; only acknowledged writes are remembered.
    const writer = withClient(
      others[0]!,
      async (c) => {
        for (let i = 0; !stop; i++) {
          try {
            await c.kv.put(`/stop/k${i % 10}`, `v${i}`);
            acked.set(`/stop/k${i % 10}`, `v${i}`);
          } catch {
            // not acknowledged: may or may not have applied
          }
        }
      },
      2000,
    );
    await sleep(300);
    const t0 = Date.now();
    old.pause();
    const next = await cluster.waitLeader({ among: others, timeoutMs: electionBoundMs + 5000 });
    const electionMs = Date.now() - t0;
    console.log(`      SIGSTOP leader ${old.name}: ${next.name} leads after ${electionMs} ms`);
    assert.ok(electionMs < electionBoundMs, `new leader after ${electionMs} ms`);
    await sleep(1000);
    const fresh = await withClient(next, (c) => c.kv.put('/stop/fresh', 'new'));
    old.resume();
    // The woken member still believes it leads; a linearizable read there must not be stale.
    const read = await withClient(old, (c) => c.kv.get('/stop/fresh'), 5000).then(
      (r) => r.kvs[0]?.value.toString() ?? 'absent',
      () => 'failed',
    );
    assert.ok(read === 'new' || read === 'failed', `read on the resumed member: ${read}`);
    await sleep(500);
    stop = true;
    await writer;
    assert.ok(acked.size > 0, 'some writes were acknowledged');
    await cluster.waitLeader();
    for (const m of cluster.members) {
      for (const [k, v] of acked) {
        const got = await withClient(m, (c) => c.kv.get(k), 10000);
        const value = got.kvs[0]?.value.toString();
        // A later, unacknowledged write of the same key may have applied: never an older one.
        assert.ok(
          value !== undefined && Number(value.slice(1)) >= Number(v.slice(1)),
          `${k} on ${m.name}: ${value} < ${v}`,
        );
      }
    }
    await assertSameHash(cluster, fresh.header.revision);
  });

  it('leases: granted and kept alive through a follower, survive a leader change, expire on the new leader', async function () {
    const leader = await cluster.waitLeader();
    const followers = cluster.members.filter((m) => m !== leader);
    const f = followers[0]!;
    const c = f.client({ commandTimeoutMs: 8000 });
    try {
      const kept = await c.lease.grant(2);
      const idle = await c.lease.grant(4);
      const grantedAt = Date.now();
      await c.kv.put('/lease/kept', 'k', { lease: kept.id });
      await c.kv.put('/lease/idle', 'i', { lease: idle.id });
      const keepAlive = c.lease.keepAlive(kept.id);
      let lost = false;
      void keepAlive.whenLost().then(() => {
        lost = true;
      });
      // Renewals through the follower reach the leader (the follower forwards them).
      await sleep(2500);
      assert.equal(lost, false, 'kept-alive lease lost before the leader change');
      assert.ok((await c.lease.timeToLive(kept.id)).ttl > 0);

      const t0 = Date.now();
      await leader.kill();
      const next = await cluster.waitLeader({
        among: followers,
        timeoutMs: electionBoundMs + 5000,
      });
      const changedAt = Date.now();
      console.log(`      lease test: ${next.name} leads after ${changedAt - t0} ms`);
      // The new leader gives every lease a full TTL again (etcd's Promote): the idle lease (TTL
      // 4 s, granted ~3 s ago, never renewed) is not expired early.
      const idleTtl = await c.lease.timeToLive(idle.id);
      assert.ok(idleTtl.ttl >= 3, `idle lease TTL on the new leader: ${idleTtl.ttl}`);
      // Past its original expiry, but within a TTL of the leader change: still there.
      await sleep(Math.max(0, grantedAt + 4500 - Date.now()));
      assert.equal(await c.kv.getString('/lease/idle'), 'i', 'idle lease expired early');
      // Across the change the kept-alive lease lives on for several of its TTLs.
      await sleep(Math.max(0, changedAt + 4500 - Date.now()));
      assert.equal(lost, false, 'kept-alive lease lost across the leader change');
      assert.equal(await c.kv.getString('/lease/kept'), 'k');
      const ttl = await c.lease.timeToLive(kept.id);
      assert.ok(ttl.ttl > 0 && ttl.grantedTtl === 2, `ttl ${ttl.ttl}, granted ${ttl.grantedTtl}`);
      // The idle lease was not kept alive: the new leader revokes it.
      let idleGone = false;
      while (Date.now() - changedAt < 7500 && !idleGone) {
        idleGone = (await c.kv.getString('/lease/idle')) === undefined;
        if (!idleGone) await sleep(100);
      }
      console.log(
        `      idle lease (TTL 4 s) revoked ${Date.now() - changedAt} ms after the leader change`,
      );
      assert.ok(idleGone, 'idle lease key not revoked by the new leader');
      assert.equal((await c.lease.timeToLive(idle.id)).ttl, -1);

      // Stop renewing: the new leader expires it within about its TTL.
      keepAlive.release();
      const stoppedAt = Date.now();
      let gone = false;
      while (Date.now() - stoppedAt < 8000) {
        if ((await c.kv.getString('/lease/kept')) === undefined) {
          gone = true;
          break;
        }
        await sleep(100);
      }
      const expiredAfter = Date.now() - stoppedAt;
      assert.ok(gone, 'the lease was not expired by the new leader');
      assert.ok(expiredAfter > 1000, `expired after only ${expiredAfter} ms`);
      for (const m of followers) {
        assert.equal(await withClient(m, (x) => x.kv.getString('/lease/kept')), undefined);
      }
    } finally {
      await c.close();
    }
  });

  it('a watch on a follower sees every event in order across a leader change', async function () {
    const leader = await cluster.waitLeader();
    const [f, other] = cluster.members.filter((m) => m !== leader) as [
      ClusterMember,
      ClusterMember,
    ];
    const start = await withClient(f, (c) => c.kv.put('/watch/start', 's'));
    const fromRev = start.header.revision + 1;
    const wc = f.client();
    const seen: WatchEvent[] = [];
    let total = 0;
    try {
      const watcher = await wc.watch.watch('/watch/k', { prefix: true, startRevision: fromRev });
      await watcher.created;
      const consume = (async () => {
        for await (const batch of watcher) {
          seen.push(...batch.events);
          if (total > 0 && seen.length >= total) break;
        }
      })();
      const writers = [f, other].map((m, w) =>
        withClient(
          m,
          async (c) => {
            const acked: number[] = [];
            for (let i = 0; i < 40; i++) {
              try {
                acked.push((await c.kv.put(`/watch/k${w}-${i % 5}`, `${w}-${i}`)).header.revision);
              } catch {
                // may have applied; the final history decides
              }
              if (i === 15 && w === 0) await leader.kill();
            }
            return acked;
          },
          8000,
        ),
      );
      const acked = (await Promise.all(writers)).flat();
      // The full history from another member, after the fact: a replay of /watch/ up to the
      // /watch/end marker written after every /watch/k write.
      await withClient(other, (c) => c.kv.put('/watch/end', 'e'));
      const history = await withClient(other, async (c) => {
        const w = await c.watch.watch('/watch/', { prefix: true, startRevision: fromRev });
        const events: WatchEvent[] = [];
        for await (const b of w) {
          events.push(...b.events);
          if (events.some((e) => e.kv.key.toString() === '/watch/end')) break;
        }
        await Promise.race([w.cancel(), sleep(2000)]);
        return events.filter((e) => e.kv.key.toString().startsWith('/watch/k'));
      });
      total = history.length;
      const deadline = Date.now() + 10000;
      while (seen.length < total && Date.now() < deadline) await sleep(50);
      await Promise.race([watcher.cancel(), sleep(2000)]);
      await Promise.race([consume, sleep(1000)]);
      const fmt = (e: WatchEvent): string =>
        `${e.kv.modRevision}:${e.type}:${e.kv.key.toString()}=${e.kv.value.toString()}`;
      assert.ok(acked.length >= 60, `only ${acked.length} writes acknowledged`);
      for (const r of acked)
        assert.ok(
          history.some((e) => e.kv.modRevision === r),
          `rev ${r}`,
        );
      assert.deepEqual(seen.map(fmt), history.map(fmt));
    } finally {
      await wc.close();
    }
  });
});

describe('cluster: 5 members, real processes', function () {
  this.timeout(60000);
  let cluster: TestCluster;

  before(async function () {
    const t0 = Date.now();
    cluster = await TestCluster.start({ size: 5 });
    console.log(`      5-member cluster up with a leader in ${Date.now() - t0} ms`);
  });

  after(async function () {
    await (cluster as TestCluster | undefined)?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(cluster.output());
  });

  it('survives kill -9 of two members (the leader among them) and a 2|3 partition', async function () {
    const leader = await cluster.waitLeader();
    const follower = cluster.members.find((m) => m !== leader)!;
    const rest = cluster.members.filter((m) => m !== leader && m !== follower);
    await withClient(rest[0]!, (c) => c.kv.put('/five/a', '1'));
    const t0 = Date.now();
    await Promise.all([leader.kill(), follower.kill()]);
    const next = await cluster.waitLeader({ among: rest, timeoutMs: electionBoundMs + 5000 });
    const electionMs = Date.now() - t0;
    console.log(`      5 members, 2 killed: ${next.name} leads after ${electionMs} ms`);
    assert.ok(electionMs < electionBoundMs);
    for (const m of rest) await withClient(m, (c) => c.kv.put(`/five/${m.name}`, m.name));
    await Promise.all([leader.start(), follower.start()]);
    const lead2 = await cluster.waitLeader();

    // The leader and one follower on the minority side.
    const minority = [lead2, cluster.members.find((m) => m !== lead2)!];
    const majority = cluster.members.filter((m) => !minority.includes(m));
    const t1 = Date.now();
    cluster.partition(minority, majority);
    const lead3 = await cluster.waitLeader({ among: majority, timeoutMs: electionBoundMs + 5000 });
    const partitionMs = Date.now() - t1;
    console.log(`      5 members, 2|3 partition: ${lead3.name} leads after ${partitionMs} ms`);
    assert.ok(partitionMs < electionBoundMs);
    const put = await withClient(majority[0]!, (c) => c.kv.put('/five/a', '2'));
    for (const m of minority) {
      await assert.rejects(
        withClient(m, (c) => c.kv.get('/five/a'), 1500),
        (err: unknown) => err instanceof Error,
        `linearizable read on minority member ${m.name}`,
      );
      const raw = await rawRange(m.endpoint, '/five/a', true);
      assert.ok(
        !raw.ok || raw.value !== '1',
        `${m.name} served a stale read: ${JSON.stringify(raw)}`,
      );
    }
    cluster.heal();
    await cluster.waitLeader();
    await assertSameHash(cluster, put.header.revision);
    for (const m of cluster.members) {
      assert.equal(await withClient(m, (c) => c.kv.getString('/five/a'), 10000), '2');
    }
  });
});

describe('cluster: a follower far behind catches up by snapshot', function () {
  this.timeout(60000);
  let cluster: TestCluster;

  before(async function () {
    cluster = await TestCluster.start({
      size: 3,
      args: ['--snapshot-count', '100', '--experimental-snapshot-catchup-entries', '20'],
    });
  });

  after(async function () {
    await (cluster as TestCluster | undefined)?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(cluster.output());
  });

  it('and a watch on it still sees every event in order, with the same data everywhere', async function () {
    const leader = await cluster.waitLeader();
    const [f, other] = cluster.members.filter((m) => m !== leader) as [
      ClusterMember,
      ClusterMember,
    ];
    const lease = await withClient(f, (c) => c.lease.grant(30));
    const start = await withClient(f, (c) => c.kv.put('/snap/k-lease', 'l', { lease: lease.id }));
    const fromRev = start.header.revision + 1;
    const wc = f.client();
    try {
      const watcher = await wc.watch.watch('/snap/', { prefix: true, startRevision: fromRev });
      await watcher.created;
      const seen: string[] = [];
      const consume = (async () => {
        for await (const batch of watcher) {
          for (const e of batch.events) seen.push(`${e.kv.modRevision}:${e.kv.key.toString()}`);
        }
      })();
      cluster.isolate(f);
      const expected: string[] = [];
      let last = 0;
      await withClient(other, async (c) => {
        for (let i = 0; i < 300; i++) {
          const key = `/snap/k${i % 7}`;
          last = (await c.kv.put(key, `v${i}`)).header.revision;
          expected.push(`${last}:${key}`);
        }
      });
      cluster.heal();
      const deadline = Date.now() + 20000;
      while (seen.length < expected.length && Date.now() < deadline) await sleep(100);
      await Promise.race([watcher.cancel(), sleep(2000)]);
      await Promise.race([consume, sleep(1000)]);
      assert.deepEqual(seen, expected);
      assert.equal(await withClient(f, (c) => c.kv.getString('/snap/k6'), 10000), 'v293');
      // The lease came with the snapshot: the follower still knows it and its key.
      const ttl = await withClient(f, (c) => c.lease.timeToLive(lease.id, { keys: true }));
      assert.ok(ttl.ttl > 0, `lease TTL ${ttl.ttl}`);
      assert.equal(ttl.keys.map((k) => k.toString()).join(), '/snap/k-lease');
      await assertSameHash(cluster, last);
    } finally {
      await wc.close();
    }
  });
});
