// etcd's corruption checks on a three-member cluster whose follower's store is changed on disk
// while it is down: --experimental-initial-corrupt-check refuses to start it ("found data
// inconsistency with peers") and passes a healthy member; --experimental-corrupt-check-time has
// the leader raise a CORRUPT alarm for it once it runs again, after which writes fail with
// etcd's "corrupt cluster" and reads go on.
import assert from 'node:assert/strict';
import { type EtcdClient } from '../../src/client/index.js';
import { Backend } from '../../src/storage/backend.js';
import { revisionRange } from '../../src/storage/keys.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';
import { eventually, testClient } from '../helpers/client.js';
import { assertSameHash } from './cluster-util.js';

const original = Buffer.from('value-as-written');
const tampered = Buffer.from('value-tampered!!');

/** Rewrites, in a stopped member's LevelDB, the history record holding `original`. */
async function tamperWith(dataDir: string): Promise<void> {
  const backend = await Backend.open(dataDir);
  try {
    for await (const [key, record] of backend.scan(revisionRange(0, Number.MAX_SAFE_INTEGER))) {
      const at = record.indexOf(original);
      if (at < 0) continue;
      const changed = Buffer.from(record);
      tampered.copy(changed, at);
      await backend.write([{ type: 'put', key, value: changed }], true);
      return;
    }
    throw new Error('no record holds the value to tamper with');
  } finally {
    await backend.close();
  }
}

describe('cluster: corruption checks', function () {
  this.timeout(120_000);
  let cluster: TestCluster | undefined;
  let client: EtcdClient | undefined;
  /** Extra flags per member for its next start. */
  const extra = new Map<string, string[]>();

  after(async () => {
    await client?.close();
    await cluster?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && cluster) console.log(cluster.output());
  });

  it('refuses to start a member whose store differs, raises CORRUPT for it once it runs', async () => {
    cluster = await TestCluster.start({
      size: 3,
      args: ['--experimental-corrupt-check-time', '500ms'],
      memberArgs: (name) => extra.get(name) ?? [],
      logLevel: 'info',
    });
    const leader = await cluster.waitLeader();
    const [healthy, corrupted] = cluster.members.filter((m) => m !== leader) as [
      ClusterMember,
      ClusterMember,
    ];
    client = testClient(
      cluster.members.map((m) => m.endpoint),
      { commandTimeoutMs: 10_000 },
    );
    await client.kv.put('/corrupt/a', original);
    for (let i = 0; i < 5; i++) await client.kv.put(`/corrupt/k${i}`, String(i));
    const revision = (await client.kv.get('/corrupt/a')).header.revision;
    await assertSameHash(cluster, revision);
    // The leader's periodic check finds nothing in a healthy cluster.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(await client.maintenance.alarmList(), []);

    // A healthy member passes the initial check.
    await healthy.kill();
    extra.set(healthy.name, ['--experimental-initial-corrupt-check']);
    await healthy.start();
    await eventually(() =>
      healthy.output(100_000).includes('initial corruption checking passed; no corruption'),
    );

    // One whose store was changed while it was down does not start.
    await corrupted.kill();
    await tamperWith(corrupted.dataDir);
    extra.set(corrupted.name, ['--experimental-initial-corrupt-check']);
    await assert.rejects(corrupted.start(), (err: Error) => {
      assert.match(err.message, /exited with 1/);
      assert.match(err.message, /found data inconsistency with peers/);
      assert.match(err.message, /found different hash values from remote peer/);
      return true;
    });

    // Started without the check, it runs, and the leader's periodic check raises the alarm.
    extra.delete(corrupted.name);
    await corrupted.start();
    await eventually(async () => (await client!.maintenance.alarmList()).length > 0, 15_000);
    assert.deepEqual(await client.maintenance.alarmList(), [
      { memberId: corrupted.id, alarm: 'corrupt' },
    ]);
    await assert.rejects(client.kv.put('/corrupt/after', 'x'), (err: Error) => {
      assert.equal(err.message, 'etcdserver: corrupt cluster');
      return true;
    });
    assert.equal((await client.kv.get('/corrupt/k1')).kvs[0]?.value.toString(), '1');
    assert.match(cluster.output(), /same compact revision then hashes must match/);
  });
});
