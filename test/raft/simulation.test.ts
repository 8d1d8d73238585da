// Many short seeded simulations of a cluster under faults (see simulation.ts). Environment:
//   RAFT_SIM_SEEDS=<n>       how many seeds to run (default 3000)
//   RAFT_SIM_BASE_SEED=<n>   the first seed (default 1); seeds are consecutive
//   RAFT_SIM_SEED=<n>        replay exactly this seed, with an event trace on failure
//   RAFT_SIM_ROUNDS=<n>      chaos rounds per run (default 300)
//   RAFT_SIM_LIVENESS_ROUNDS=<n>  rounds the final stable period may take (default 400)
import assert from 'node:assert/strict';
import { emptyStats, runSimulation } from './simulation.js';

const env = process.env;
const replaySeed = env['RAFT_SIM_SEED'];
const seedCount = Number(env['RAFT_SIM_SEEDS'] ?? 3000);
const baseSeed = Number(env['RAFT_SIM_BASE_SEED'] ?? 1);
const chaosRounds = Number(env['RAFT_SIM_ROUNDS'] ?? 300);
const livenessRounds = Number(env['RAFT_SIM_LIVENESS_ROUNDS'] ?? 400);

describe('raft simulation', function () {
  this.timeout(0);

  if (replaySeed !== undefined) {
    it(`replays seed ${replaySeed}`, () => {
      runSimulation(
        { seed: Number(replaySeed), chaosRounds, livenessRounds, trace: true },
        emptyStats(),
      );
    });
    return;
  }

  it(`keeps safety and liveness over ${seedCount} seeds from ${baseSeed}`, () => {
    const stats = emptyStats();
    const started = performance.now();
    for (let seed = baseSeed; seed < baseSeed + seedCount; seed++) {
      runSimulation({ seed, chaosRounds, livenessRounds, trace: false }, stats);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `      ${seedCount} seeds in ${seconds.toFixed(1)} s (${(seedCount / seconds).toFixed(0)} seeds/s)`,
    );
    console.log(`      ${JSON.stringify(stats)}`);
    // The runs must actually exercise what they check (per seed on average, roughly).
    if (seedCount >= 100) {
      assert.ok(stats.leadersElected > seedCount, 'elections');
      assert.ok(stats.crashes > seedCount, 'crashes');
      assert.ok(stats.crashesBeforeLeaderWrite > seedCount / 10, 'crashes before a leader wrote');
      assert.ok(stats.snapshotsInstalled > seedCount / 10, 'snapshots');
      assert.ok(stats.confChangesApplied > seedCount, 'membership changes');
      assert.ok(stats.jointConfigsEntered > seedCount / 10, 'joint configurations');
      assert.ok(stats.readsServed > seedCount, 'reads');
    }
  });
});
