// Power loss of one member: `clusterd agent` runs under the power-loss layer (power-loss.ts) with
// writers putting to it; at a random moment it is killed (SIGKILL) and everything it wrote since the
// last fsync of each file is dropped, then it restarts on what is left, a few times. Every
// acknowledged put must be there with its value and revision, the store must answer, and no alarm
// may be raised. The random moments come from a seed printed on failure: POWERLOSS_SEED=<seed>
// repeats a run.
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EtcdClient } from '../../src/client/index.js';
import { sleep, testClient } from '../helpers/client.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { prng, seedFrom } from '../helpers/random.js';
import { ensureBundle } from '../server/bundle.js';
import { PowerLossDisk, type PowerLossReport } from './power-loss.js';
import { PutModel } from './put-load.js';

const writers = 4;
const maxRounds = 4;
/** Stop starting rounds after this long, so the test stays within about 20 s. */
const roundBudgetMs = 15_000;

describe('power loss: one member (unsynced writes dropped, restart)', function () {
  this.timeout(60_000);
  const seed = seedFrom('POWERLOSS_SEED');
  const random = prng(seed);
  let member: ClusterdProcess | undefined;
  let disk: PowerLossDisk | undefined;
  let client: EtcdClient | undefined;
  const reports: PowerLossReport[] = [];

  before(() => {
    ensureBundle();
  });

  after(async () => {
    await client?.close();
    await member?.stop();
    await disk?.dispose();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') {
      console.log(`    power-loss seed: ${seed} (repeat with POWERLOSS_SEED=${seed})`);
      console.log(`    power losses: ${JSON.stringify(reports, undefined, 1)}`);
      if (member) console.log(member.output());
    }
  });

  it('keeps every acknowledged put across power losses at random moments', async function () {
    const dataDir = await mkdtemp(join(tmpdir(), 'clusterd-powerloss-member-'));
    disk = await PowerLossDisk.create(dataDir);
    member = await startClusterd({ dataDir: disk.dir, env: disk.env() });
    const model = new PutModel('/power-loss/', seed);
    const began = Date.now();
    let rounds = 0;
    for (let round = 0; round < maxRounds && Date.now() - began < roundBudgetMs; round++) {
      rounds++;
      client = testClient([member.endpoint], { commandTimeoutMs: 4000 });
      await client.kv.get('/power-loss/'); // connected before the writers start
      const stop = { now: false };
      const running = model.run([client], writers, round, stop);
      const delayMs = 300 + Math.floor(random() * 1200);
      await sleep(delayMs);
      stop.now = true;
      await member.kill();
      const counts = await disk.counts();
      const report: PowerLossReport = await disk.cut();
      reports.push(report);
      await client.close();
      client = undefined;
      const acked = await running;
      assert.ok(acked > 0, `round ${round}: no put acknowledged in ${delayMs} ms`);
      // The layer was in LevelDB's way: a layer that silently did nothing fails here.
      assert.ok(
        counts.write > 0 && counts.sync > 0,
        `nothing intercepted: ${JSON.stringify(counts)}`,
      );
      assert.deepEqual(report.anomalies, [], 'the power-loss model held');

      await disk.arm();
      await member.start();
      client = testClient([member.endpoint], { commandTimeoutMs: 4000 });
      await model.check(client, `round ${round}`);
      assert.deepEqual(await client.maintenance.alarmList(), [], 'no alarm after the restart');
      const put = await client.kv.put('/power-loss-probe', `after round ${round}`);
      assert.equal(
        (await client.kv.get('/power-loss-probe')).kvs[0]?.modRevision,
        put.header.revision,
      );
      await client.close();
      client = undefined;
    }
    assert.ok(rounds >= 2, `only ${rounds} round(s) fit in the time budget`);
    const dropped = reports.reduce((s, r) => s + r.droppedBytes, 0);
    console.log(
      `      ${rounds} power losses, ${model.acked} acknowledged puts, ${dropped} unsynced bytes dropped, ` +
        `${reports.reduce((s, r) => s + r.undoneOverwrites, 0)} journal overwrites undone, ` +
        `${reports.reduce((s, r) => s + r.undone.length, 0)} name changes undone (seed ${seed})`,
    );
  });
});
