// Linearizability of a 3-member clusterd cluster under faults. Clients, each pinned to one member,
// run get / put / compare-and-set txns on a few keys while a seeded fault injector kills -9 and
// restarts members, cuts one off from the others and pauses (SIGSTOP) them. Every operation is
// recorded (test/support/history.ts) and checked with the per-key KV model; after the faults, the
// final state must hold every acknowledged write and be the same on every member.
//
// CLUSTER_LIN_SEED=<n> replays a fault schedule (client timing still varies).
import assert from 'node:assert/strict';
import type { EtcdClient, EtcdError } from '../../src/client/index.js';
import { toEtcdError } from '../../src/client/index.js';
import { neverSent } from '../../src/client/retry.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';
import { HistoryRecorder } from '../support/history.js';
import { describeKv, kv, perKeyKvModel, type KvInput, type KvOutput } from '../support/kv-model.js';
import { checkLinearizable, isPending } from '../support/linearizability.js';
import { assertSameHash, sleep } from './cluster-util.js';
import { prng } from '../helpers/random.js';

const faultPhaseMs = Number(process.env['CLUSTER_LIN_FAULT_MS'] ?? 40000);
const quietPhaseMs = 4000;
const keys = ['/lin/a', '/lin/b', '/lin/c'];
const clientsPerMember = 2;
/** Floors a run must reach to count (a quiet phase alone reaches none of them). */
const minOperations = Number(process.env['CLUSTER_LIN_MIN_OPS'] ?? 10000);
const minAckedInFaults = 1000;
const maxUnknownShare = 0.05;

interface AckedWrite {
  key: string;
  value: string;
  revision: number;
  /** When the client got the acknowledgement (Date.now()). */
  at: number;
}

// Twice: in plain text, and with TLS on the client and peer ports (client certificates required),
// which the faults must not break either.
for (const tls of [false, true])
  describe(`cluster: linearizability under kill -9, partitions and pauses${tls ? ', TLS on every port' : ''}`, function () {
    this.timeout(150000);
    const seed = Number(process.env['CLUSTER_LIN_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
    let cluster: TestCluster | undefined;

    after(async function () {
      await cluster?.stop();
    });

    it(`is linearizable and loses no acknowledged write (seed ${seed})`, async function () {
      console.log(`      fault seed: ${seed} (CLUSTER_LIN_SEED=${seed} replays it)`);
      const c = await TestCluster.start({ size: 3, tls });
      cluster = c;
      const rec = new HistoryRecorder<KvInput, KvOutput>();
      const acked: AckedWrite[] = [];
      const faults: string[] = [];
      const errors = new Map<string, number>();
      let stopClients = false;

      const lastReturn = new Map<number, number>();
      const worker = async (clientId: number, client: EtcdClient, rand: () => number) => {
        const lastMod = new Map<string, number>();
        for (let n = 0; !stopClients; n++) {
          const key = keys[Math.floor(rand() * keys.length)]!;
          const r = rand();
          const value = `${clientId}-${n}`;
          let input: KvInput;
          if (r < 0.4) input = kv.get(key);
          else if (r < 0.7) input = kv.put(key, value);
          else input = kv.casRevision(key, lastMod.get(key) ?? 0, value);
          const done = rec.begin(clientId, input);
          try {
            if (input.op === 'get') {
              const res = await client.kv.get(key);
              const kvs = res.kvs[0];
              lastMod.set(key, kvs?.modRevision ?? 0);
              done({
                value: kvs ? kvs.value.toString() : null,
                revision: res.header.revision,
                modRevision: kvs?.modRevision ?? 0,
              });
            } else if (input.op === 'put') {
              const res = await client.kv.put(key, value);
              done({ revision: res.header.revision });
              acked.push({ key, value, revision: res.header.revision, at: Date.now() });
            } else if (input.op === 'cas' && 'modRevision' in input.expected) {
              const res = await client.kv.txn({
                compare: [{ key, target: 'mod', op: '==', value: input.expected.modRevision }],
                success: [{ type: 'put', key, value }],
              });
              done({ succeeded: res.succeeded, revision: res.header.revision });
              if (res.succeeded)
                acked.push({ key, value, revision: res.header.revision, at: Date.now() });
            }
            lastReturn.set(clientId, Date.now());
          } catch (e) {
            const err: EtcdError = toEtcdError(e);
            // Refused before anything was sent: it cannot have applied.
            if (neverSent(err)) done.abort();
            else done.unknown();
            const name = `${err.constructor.name}: ${err.message.replace(/[\d.:]+/g, '#').slice(0, 40)}`;
            errors.set(name, (errors.get(name) ?? 0) + 1);
            await sleep(50 + rand() * 100);
          }
        }
      };

      const clients: EtcdClient[] = [];
      const workers: Promise<void>[] = [];
      let id = 0;
      for (const m of c.members) {
        for (let k = 0; k < clientsPerMember; k++) {
          const client = m.client({ dialTimeoutMs: 300, commandTimeoutMs: 1500 });
          clients.push(client);
          workers.push(worker(id, client, prng(seed * 31 + id)));
          id++;
        }
      }

      const rand = prng(seed);
      const started = Date.now();
      let faultsEnd = started;
      /** When the quiet phase began: faults healed, every member running, a leader elected. */
      let quietStart: number;
      // Each fault is checked to have happened: a member cut off cannot serve a linearizable read
      // (no quorum to confirm it), a frozen one answers nothing. A fault that silently did not
      // happen (a proxy letting a connection through) fails the run instead of passing it.
      const unverified: string[] = [];
      const cannotRead = async (m: ClusterMember): Promise<boolean> => {
        const probe = m.client({ dialTimeoutMs: 300, commandTimeoutMs: 500 });
        try {
          await probe.kv.get(keys[0]!);
          return false;
        } catch {
          return true;
        } finally {
          await probe.close();
        }
      };
      const frozen = (m: ClusterMember): Promise<boolean> =>
        m.status(300).then(
          () => false,
          () => true,
        );
      const verify = async (happened: Promise<boolean>): Promise<void> => {
        if (!(await happened)) unverified.push(faults.at(-1)!);
      };
      try {
        while (Date.now() - started < faultPhaseMs) {
          await sleep(300 + rand() * 700);
          const leader = await c.leader();
          // Half of the faults hit the leader, the others any member.
          const victim =
            leader && rand() < 0.5 ? leader : c.members[Math.floor(rand() * c.members.length)]!;
          const kind = Math.floor(rand() * 4);
          const holdMs = 800 + Math.floor(rand() * 1700);
          const at = ((Date.now() - started) / 1000).toFixed(1);
          if (kind === 0) {
            faults.push(
              `${at}s kill -9 ${victim.name}${victim === leader ? ' (leader)' : ''} ${holdMs} ms`,
            );
            await victim.kill();
            await sleep(holdMs);
            await victim.start();
          } else if (kind === 1) {
            faults.push(
              `${at}s isolate ${victim.name}${victim === leader ? ' (leader)' : ''} ${holdMs} ms`,
            );
            c.isolate(victim);
            const held = sleep(holdMs);
            await verify(cannotRead(victim));
            await held;
            c.heal();
          } else if (kind === 2) {
            faults.push(
              `${at}s SIGSTOP ${victim.name}${victim === leader ? ' (leader)' : ''} ${holdMs} ms`,
            );
            victim.pause();
            const held = sleep(holdMs);
            await verify(frozen(victim));
            await held;
            victim.resume();
          } else {
            // No quorum at all: one member cut off and another frozen.
            const other = c.members.filter((m) => m !== victim)[Math.floor(rand() * 2)]!;
            faults.push(
              `${at}s isolate ${victim.name}${victim === leader ? ' (leader)' : ''} + SIGSTOP ${other.name} ${holdMs} ms`,
            );
            c.isolate(victim);
            other.pause();
            const held = sleep(holdMs);
            await verify(
              Promise.all([cannotRead(victim), frozen(other)]).then((a) => a.every(Boolean)),
            );
            await held;
            other.resume();
            c.heal();
          }
        }
        faultsEnd = Date.now();
        // Faults over: every member back, then a quiet phase in which every client must succeed.
        c.heal();
        for (const m of c.members) m.resume();
        for (const m of c.members) if (!m.running) await m.start();
        await c.waitLeader();
        quietStart = Date.now();
        await sleep(quietPhaseMs);
      } finally {
        stopClients = true;
        await Promise.all(workers);
      }
      // Once the faults are over, every client (each on its own member) gets answers again: one
      // answered after the quiet phase began (not a wall-clock bound, which a loaded machine breaks).
      for (let k = 0; k < id; k++) {
        const last = lastReturn.get(k) ?? 0;
        assert.ok(
          last >= quietStart,
          `seed ${seed}: client ${k} had no answer in the ${quietPhaseMs} ms quiet phase ` +
            `(last ${last > 0 ? `${quietStart - last} ms before it` : 'never'})`,
        );
      }

      // Final reads, through every member, recorded as part of the history.
      const finals = new Map<string, { value: string | null; mod: number }[]>();
      for (const m of c.members) {
        const client = m.client({ commandTimeoutMs: 10000 });
        try {
          for (const key of keys) {
            const done = rec.begin(`final-${m.name}`, kv.get(key));
            const res = await client.kv.get(key);
            const kvs = res.kvs[0];
            const out = {
              value: kvs ? kvs.value.toString() : null,
              revision: res.header.revision,
              modRevision: kvs?.modRevision ?? 0,
            };
            done(out);
            finals.set(key, [
              ...(finals.get(key) ?? []),
              { value: out.value, mod: out.modRevision },
            ]);
          }
        } finally {
          await client.close();
        }
      }
      await Promise.all(clients.map((x) => x.close()));

      const history = rec.history();
      const returned = history.filter((op) => !isPending(op)).length;
      const pending = history.length - returned;
      console.log(
        `      ${rec.size} operations: ${returned} returned, ${pending} unknown (${((100 * pending) / Math.max(1, returned)).toFixed(1)}%), ${rec.size - history.length} refused before sending; ${acked.length} acknowledged writes, ${acked.filter((w) => w.at < faultsEnd).length} of them while faults ran`,
      );
      console.log(`      faults: ${faults.join('; ')}`);
      console.log(
        `      errors: ${[...errors].map(([k, v]) => `${v}× ${k}`).join('; ') || 'none'}`,
      );

      const t0 = Date.now();
      const result = checkLinearizable(perKeyKvModel(), history, { timeoutMs: 30000 });
      console.log(
        `      linearizability check: ${JSON.stringify(result.ok)} in ${Date.now() - t0} ms`,
      );
      if (result.ok !== true) {
        const detail =
          result.ok === false
            ? `${result.reason}\n${(result.minimalCounterexample ?? result.longestLinearization)
                .map((op) => `  ${String(op.clientId)} ${describeKv(op.input, op.output)}`)
                .join('\n')}`
            : result.reason;
        assert.fail(
          `seed ${seed}: not shown linearizable: ${detail}\nfaults: ${faults.join('; ')}`,
        );
      }
      assert.deepEqual(unverified, [], `seed ${seed}: faults that did not take effect`);
      // Enough of the history is under faults, and little of it is left undecided: a run whose
      // clients mostly waited out the faults, or whose operations mostly timed out, proves little.
      const ackedInFaults = acked.filter((w) => w.at < faultsEnd).length;
      assert.ok(
        rec.size >= minOperations,
        `seed ${seed}: only ${rec.size} operations (at least ${minOperations})`,
      );
      assert.ok(
        ackedInFaults >= minAckedInFaults,
        `seed ${seed}: only ${ackedInFaults} writes acknowledged while faults ran (at least ${minAckedInFaults})`,
      );
      assert.ok(
        pending <= maxUnknownShare * returned,
        `seed ${seed}: ${pending} operations of unknown outcome against ${returned} returned`,
      );

      // No acknowledged write lost: each key's final mod revision is at least that of every
      // acknowledged write to it, and equal to the last one's value when it is that write.
      let maxRevision = 0;
      for (const key of keys) {
        const reads = finals.get(key)!;
        assert.ok(
          reads.every((r) => r.mod === reads[0]!.mod && r.value === reads[0]!.value),
          `${key}: members disagree: ${JSON.stringify(reads)}`,
        );
        const final = reads[0]!;
        const last = acked
          .filter((w) => w.key === key)
          .reduce<AckedWrite | undefined>(
            (a, w) => (!a || w.revision > a.revision ? w : a),
            undefined,
          );
        if (!last) continue;
        assert.ok(
          final.mod >= last.revision,
          `seed ${seed}: ${key} lost the acknowledged write ${last.value}@${last.revision} (final ${final.value}@${final.mod})`,
        );
        if (final.mod === last.revision) assert.equal(final.value, last.value);
        maxRevision = Math.max(maxRevision, final.mod);
      }
      await assertSameHash(c, maxRevision);
    });
  });
