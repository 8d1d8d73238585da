// Power loss in a three-member cluster, every member under the power-loss layer (power-loss.ts):
// writers put through each member; first one member loses power (SIGKILL, then everything it wrote
// since the last fsync of each file is dropped) and restarts, then all three at once, as when the
// rack loses power. After each: every acknowledged put is there with its value and revision, the
// store answers, no alarm is raised, the members agree on a leader, and HashKV is the same on every
// member at the same revision. POWERLOSS_SEED=<seed> repeats a run.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { sleep } from '../helpers/client.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';
import { prng, seedFrom } from '../helpers/random.js';
import { ensureBundle } from '../server/bundle.js';
import { PowerLossDisk, type PowerLossReport } from './power-loss.js';
import { PutModel } from './put-load.js';

const prefix = '/power-loss-cluster/';

describe('power loss: a three-member cluster (one member, then all three)', function () {
  this.timeout(90_000);
  const seed = seedFrom('POWERLOSS_SEED');
  const random = prng(seed);
  const model = new PutModel(prefix, seed);
  const disks = new Map<string, PowerLossDisk>();
  const reports: { member: string; report: PowerLossReport }[] = [];
  let cluster: TestCluster | undefined;
  let round = 0;

  before(async () => {
    ensureBundle();
    cluster = await TestCluster.start({
      size: 3,
      prepare: async (m) => {
        disks.set(m.name, await PowerLossDisk.create(m.dataDir));
      },
      memberEnv: (m) => disks.get(m.name)!.env(),
    });
  });

  after(async () => {
    await cluster?.stop();
    for (const disk of disks.values()) await disk.dispose();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') {
      console.log(`    power-loss seed: ${seed} (repeat with POWERLOSS_SEED=${seed})`);
      console.log(`    power losses: ${JSON.stringify(reports, undefined, 1)}`);
      if (cluster) console.log(cluster.output());
    }
  });

  /** Writes through every member for a random while, then cuts the power of `victims`. */
  async function writeThenLosePower(victims: ClusterMember[]): Promise<void> {
    const c = cluster!;
    const clients = c.members.map((m) => m.client({ commandTimeoutMs: 4000 }));
    try {
      await Promise.all(clients.map((cl) => cl.kv.get(prefix))); // connected first
      const stop = { now: false };
      const running = model.run(clients, 6, round, stop);
      const delayMs = 500 + Math.floor(random() * 1500);
      await sleep(delayMs);
      stop.now = true;
      await Promise.all(victims.map((m) => m.kill()));
      // The survivors' writers get their answers; the victims' are left uncertain.
      const acked = await running;
      assert.ok(acked > 0, `round ${round}: no put acknowledged in ${delayMs} ms`);
    } finally {
      await Promise.all(clients.map((cl) => cl.close()));
    }
    for (const m of victims) {
      const disk = disks.get(m.name)!;
      const counts = await disk.counts();
      assert.ok(
        counts.write > 0 && counts.sync > 0,
        `${m.name}: nothing intercepted: ${JSON.stringify(counts)}`,
      );
      const report = await disk.cut();
      reports.push({ member: m.name, report });
      assert.deepEqual(report.anomalies, [], `${m.name}: the power-loss model held`);
      await disk.arm();
    }
    await Promise.all(victims.map((m) => m.start()));
    round++;
  }

  /** The checks after a restart: the model, alarms, a leader, a write, HashKV on every member. */
  async function verify(what: string): Promise<void> {
    const c = cluster!;
    await c.waitLeader({ timeoutMs: 20_000 });
    const client: EtcdClient = c.client(
      c.members.map((m) => m.endpoint),
      { commandTimeoutMs: 4000 },
    );
    try {
      await model.check(client, what);
      assert.deepEqual(await client.maintenance.alarmList(), [], `${what}: no alarm`);
      const put = await client.kv.put(`${prefix}probe`, what);
      model.expected.set(`${prefix}probe`, { value: what, modRevision: put.header.revision });
      const revision = put.header.revision;
      // Every member, once it applied `revision`, hashes the same key space up to it.
      const hashes = await Promise.all(c.members.map((m) => hashAt(m, revision)));
      assert.equal(
        new Set(hashes.map((h) => `${h.hash}/${h.compactRevision}`)).size,
        1,
        `${what}: HashKV at ${revision}: ${JSON.stringify(hashes)}`,
      );
    } finally {
      await client.close();
    }
  }

  async function hashAt(
    m: ClusterMember,
    revision: number,
  ): Promise<{ hash: number; compactRevision: number }> {
    const deadline = Date.now() + 10_000;
    const client = m.client({ commandTimeoutMs: 2000 });
    try {
      for (;;) {
        try {
          const r = await client.maintenance.hashKV(revision);
          return { hash: r.hash, compactRevision: r.compactRevision };
        } catch (err) {
          // A member still catching up has not reached the revision yet.
          if (Date.now() > deadline) throw err;
          await sleep(100);
        }
      }
    } finally {
      await client.close();
    }
  }

  it('keeps every acknowledged put when one member loses power', async function () {
    const c = cluster!;
    const victim = c.members[Math.floor(random() * c.members.length)]!;
    await writeThenLosePower([victim]);
    await verify(`power loss of ${victim.name}`);
  });

  it('keeps every acknowledged put when all three lose power at once', async function () {
    const c = cluster!;
    await writeThenLosePower(c.members);
    await verify('power loss of all three');
    // And once more, now that every member restarted from a power-cut directory.
    await writeThenLosePower(c.members);
    await verify('second power loss of all three');
    console.log(
      `      ${reports.length} member power losses, ${model.acked} acknowledged puts, ` +
        `${reports.reduce((s, r) => s + r.report.droppedBytes, 0)} unsynced bytes dropped, ` +
        `${reports.reduce((s, r) => s + r.report.undoneOverwrites, 0)} journal overwrites undone, ` +
        `${reports.reduce((s, r) => s + r.report.undone.length, 0)} name changes undone (seed ${seed})`,
    );
  });
});
