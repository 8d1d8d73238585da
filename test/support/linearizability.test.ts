import assert from 'node:assert/strict';
import { HistoryRecorder } from './history.js';
import {
  kv,
  perKeyKvModel,
  wholeStoreKvModel,
  type KvInput,
  type KvOperation,
  type KvOutput,
} from './kv-model.js';
import {
  checkLinearizable,
  isPending,
  type CheckResult,
  type Model,
  type Operation,
} from './linearizability.js';
import { prng } from '../helpers/random.js';

// --- helpers -------------------------------------------------------------------------------------

const perKey = perKeyKvModel();
const perKeyNoRev = perKeyKvModel({ revisions: false });
const whole = wholeStoreKvModel();
const allModels = [perKey, perKeyNoRev, whole] as const;

function op(
  clientId: number,
  call: number,
  ret: number,
  input: KvInput,
  output: KvOutput,
): KvOperation {
  return { clientId, call, return: ret, input, output };
}
function pending(clientId: number, call: number, input: KvInput): KvOperation {
  return { clientId, call, input, pending: true };
}

type AnyModel = Model<unknown, KvInput, KvOutput>;
function check(model: unknown, history: KvOperation[]): CheckResult<KvInput, KvOutput> {
  return checkLinearizable(model as AnyModel, history, { timeoutMs: 5000, minimize: false });
}
function assertOk(model: unknown, history: KvOperation[]): void {
  const r = check(model, history);
  assert.equal(r.ok, true, r.ok === false ? r.reason : JSON.stringify(r));
}
function assertViolation(model: unknown, history: KvOperation[]): void {
  const r = check(model, history);
  assert.equal(r.ok, false, `expected a violation under ${(model as AnyModel).name}`);
}

interface GenOptions {
  ops: number;
  clients: number;
  keys: number;
  /** Fraction of operations that never return (half of those still take effect). */
  pendingRate?: number;
}

/**
 * A history from a real sequential execution: each client runs operations one after another with
 * random durations; each operation takes effect at a random instant within its interval, and the
 * operations are executed in that order against an in-memory store (with etcd's revisions).
 */
function generate(random: () => number, o: GenOptions): KvOperation[] {
  const clientTime = new Array<number>(o.clients).fill(0);
  const planned: { clientId: number; call: number; ret: number; at: number; pending: boolean }[] =
    [];
  for (let i = 0; i < o.ops; i++) {
    const c = Math.floor(random() * o.clients);
    const call = clientTime[c]! + random() * 2;
    const ret = call + 0.05 + random() * 4;
    const isPend = random() < (o.pendingRate ?? 0);
    // A pending operation that takes effect does so at any time after its call (even late).
    const at = isPend ? call + random() * 20 : call + random() * (ret - call);
    planned.push({ clientId: c, call, ret, at, pending: isPend });
    clientTime[c] = ret;
  }
  planned.sort((a, b) => a.at - b.at);
  const store = new Map<string, { value: string; mod: number }>();
  let rev = 1;
  let n = 0;
  const history: KvOperation[] = [];
  for (const p of planned) {
    const key = `k${Math.floor(random() * o.keys)}`;
    const cur = store.get(key);
    const applies = !p.pending || random() < 0.5;
    const r = random();
    let input: KvInput;
    let output: KvOutput;
    if (r < 0.4) {
      input = kv.get(key);
      output =
        cur === undefined
          ? { value: null, revision: rev, modRevision: 0 }
          : { value: cur.value, revision: rev, modRevision: cur.mod };
    } else if (r < 0.7) {
      input = kv.put(key, `v${++n}`);
      if (applies) store.set(key, { value: `v${n}`, mod: ++rev });
      output = { revision: rev };
    } else if (r < 0.8) {
      input = kv.delete(key);
      const deleted = cur !== undefined && applies ? 1 : 0;
      if (deleted === 1) {
        store.delete(key);
        rev++;
      }
      output = { deleted, revision: rev };
    } else {
      const match = random() < 0.5;
      const byRevision = random() < 0.5;
      const value = `v${++n}`;
      if (byRevision) {
        const mod = cur?.mod ?? 0;
        input = kv.casRevision(key, match ? mod : mod + 1 + Math.floor(random() * 3), value);
      } else {
        const v = cur?.value ?? null;
        input = kv.casValue(key, match ? v : v === null ? 'v0' : null, value);
      }
      if (match && applies) store.set(key, { value, mod: ++rev });
      output = { succeeded: match, revision: rev };
    }
    history.push(
      p.pending ? pending(p.clientId, p.call, input) : op(p.clientId, p.call, p.ret, input, output),
    );
  }
  history.sort((a, b) => a.call - b.call);
  return history;
}

/** Changes one completed operation's output (not necessarily detectably). */
function mutate(random: () => number, history: KvOperation[], revisions: boolean): KvOperation[] {
  const completed = history.map((o, i) => [o, i] as const).filter(([o]) => !isPending(o));
  const [victim, index] = completed[Math.floor(random() * completed.length)]!;
  const out = victim.output!;
  const values = history.flatMap((o) =>
    'value' in o.input && o.input.key === victim.input.key ? [o.input.value] : [],
  );
  let changed: KvOutput;
  if (revisions && random() < 0.3) {
    changed = { ...out, revision: out.revision + (random() < 0.5 ? -1 : 1) };
  } else if ('value' in out) {
    const others = [null, ...values].filter((v) => v !== out.value);
    changed = { ...out, value: others[Math.floor(random() * others.length)] ?? null };
  } else if ('succeeded' in out) {
    changed = { ...out, succeeded: !out.succeeded };
  } else if ('deleted' in out) {
    changed = { ...out, deleted: 1 - out.deleted };
  } else {
    changed = { revision: out.revision + 1 };
  }
  const copy = history.slice();
  copy[index] = { ...victim, output: changed };
  return copy;
}

// --- tests ---------------------------------------------------------------------------------------

describe('linearizability checker', () => {
  describe('small histories', () => {
    it('accepts a sequential history', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(1, 2, 3, kv.get('x'), { value: 'a', revision: 2, modRevision: 2 }),
        op(2, 4, 5, kv.casValue('x', 'a', 'b'), { succeeded: true, revision: 3 }),
        op(2, 6, 7, kv.casRevision('x', 2, 'c'), { succeeded: false, revision: 3 }),
        op(1, 8, 9, kv.delete('x'), { deleted: 1, revision: 4 }),
        op(1, 10, 11, kv.delete('x'), { deleted: 0, revision: 4 }),
        op(2, 12, 13, kv.get('x'), { value: null, revision: 4 }),
      ];
      for (const m of allModels) assertOk(m, h);
    });

    it('rejects a stale read after a completed write', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(1, 2, 3, kv.put('x', 'b'), { revision: 3 }),
        op(2, 4, 5, kv.get('x'), { value: 'a', revision: 2 }),
      ];
      for (const m of allModels) assertViolation(m, h);
    });

    it('rejects a lost write', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(2, 2, 3, kv.get('x'), { value: null, revision: 1 }),
      ];
      for (const m of allModels) assertViolation(m, h);
      // A lost write under a compare-and-swap: both clients think they won.
      const cas = [
        op(1, 0, 2, kv.casRevision('x', 0, 'a'), { succeeded: true, revision: 2 }),
        op(2, 1, 3, kv.casRevision('x', 0, 'b'), { succeeded: true, revision: 3 }),
      ];
      for (const m of [perKey, whole]) assertViolation(m, cas);
      const casValue = [
        op(1, 0, 2, kv.casValue('x', null, 'a'), { succeeded: true, revision: 2 }),
        op(2, 1, 3, kv.casValue('x', null, 'b'), { succeeded: true, revision: 3 }),
      ];
      for (const m of allModels) assertViolation(m, casValue);
    });

    it('accepts concurrent writes read in either order, and rejects contradicting orders', () => {
      const writes = [
        op(1, 0, 10, kv.put('x', 'a'), { revision: 2 }),
        op(2, 0, 10, kv.put('x', 'b'), { revision: 3 }),
      ];
      // a then b (the revisions say so)
      const aThenB = [
        ...writes,
        op(3, 1, 2, kv.get('x'), { value: 'a', revision: 2 }),
        op(3, 3, 4, kv.get('x'), { value: 'b', revision: 3 }),
        op(4, 11, 12, kv.get('x'), { value: 'b', revision: 3 }),
      ];
      for (const m of allModels) assertOk(m, aThenB);
      const bThenA = [
        op(1, 0, 10, kv.put('x', 'a'), { revision: 3 }),
        op(2, 0, 10, kv.put('x', 'b'), { revision: 2 }),
        op(3, 1, 2, kv.get('x'), { value: 'b', revision: 2 }),
        op(3, 3, 4, kv.get('x'), { value: 'a', revision: 3 }),
        op(4, 11, 12, kv.get('x'), { value: 'a', revision: 3 }),
      ];
      for (const m of allModels) assertOk(m, bThenA);
      // Two readers that see the writes in opposite orders, at the same times: impossible.
      const contradiction = [
        op(1, 0, 10, kv.put('x', 'a'), { revision: 2 }),
        op(2, 0, 10, kv.put('x', 'b'), { revision: 3 }),
        op(3, 1, 2, kv.get('x'), { value: 'a', revision: 2 }),
        op(3, 3, 4, kv.get('x'), { value: 'b', revision: 3 }),
        op(4, 1, 2, kv.get('x'), { value: 'b', revision: 3 }),
        op(4, 3, 4, kv.get('x'), { value: 'a', revision: 2 }),
      ];
      for (const m of allModels) assertViolation(m, contradiction);
    });

    it('rejects a read of a value never written', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(2, 0.5, 3, kv.get('x'), { value: 'z', revision: 2 }),
      ];
      for (const m of allModels) assertViolation(m, h);
    });

    it('rejects revisions that go backwards or skip', () => {
      const backwards = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(1, 2, 3, kv.put('x', 'b'), { revision: 3 }),
        op(2, 4, 5, kv.get('x'), { value: 'b', revision: 3 }),
        op(2, 6, 7, kv.get('x'), { value: 'b', revision: 2 }),
      ];
      assertViolation(perKey, backwards);
      assertViolation(whole, backwards);
      assertOk(perKeyNoRev, backwards);
      // Across keys only the whole-store model can tell.
      const acrossKeys = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(1, 2, 3, kv.put('y', 'b'), { revision: 3 }),
        op(2, 4, 5, kv.get('x'), { value: 'a', revision: 2 }),
      ];
      assertViolation(whole, acrossKeys);
      assertOk(perKey, acrossKeys);
      // A write's revision must be the previous revision plus one.
      const skip = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(1, 2, 3, kv.put('y', 'b'), { revision: 4 }),
      ];
      assertViolation(whole, skip);
      assertOk(perKey, skip);
      // Two writes sharing a revision.
      const same = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(1, 2, 3, kv.put('x', 'b'), { revision: 2 }),
      ];
      assertViolation(perKey, same);
      assertViolation(whole, same);
    });

    it('rejects a wrong modRevision and a compare decided against the state', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(2, 2, 3, kv.get('x'), { value: 'a', revision: 2, modRevision: 1 }),
      ];
      assertViolation(perKey, h);
      assertViolation(whole, h);
      const cas = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        op(2, 2, 3, kv.casRevision('x', 2, 'b'), { succeeded: false, revision: 2 }),
      ];
      assertViolation(perKey, cas);
      assertViolation(whole, cas);
      assertOk(perKeyNoRev, cas);
    });
  });

  describe('pending operations', () => {
    it('accepts a timed-out put whose value later appears', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        pending(2, 2, kv.put('x', 'b')),
        op(3, 10, 11, kv.get('x'), { value: 'b', revision: 3, modRevision: 3 }),
        op(3, 12, 13, kv.get('x'), { value: 'b', revision: 3 }),
      ];
      for (const m of allModels) assertOk(m, h);
    });

    it('accepts a timed-out put that never appears', () => {
      const h = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        pending(2, 2, kv.put('x', 'b')),
        op(3, 10, 11, kv.get('x'), { value: 'a', revision: 2 }),
        op(3, 12, 13, kv.put('x', 'c'), { revision: 3 }),
        op(3, 14, 15, kv.get('x'), { value: 'c', revision: 3 }),
      ];
      for (const m of allModels) assertOk(m, h);
    });

    it('rejects a pending put seen before it was called, or seen and then lost', () => {
      const early = [
        op(1, 0, 1, kv.get('x'), { value: 'b', revision: 2 }),
        pending(2, 2, kv.put('x', 'b')),
      ];
      for (const m of allModels) assertViolation(m, early);
      const flicker = [
        op(1, 0, 1, kv.put('x', 'a'), { revision: 2 }),
        pending(2, 2, kv.put('x', 'b')),
        op(3, 3, 4, kv.get('x'), { value: 'b', revision: 3 }),
        op(3, 5, 6, kv.get('x'), { value: 'a', revision: 3 }),
      ];
      for (const m of allModels) assertViolation(m, flicker);
    });

    it('tries both outcomes of a pending compare-and-swap the model cannot decide', () => {
      // The pending put makes x's modRevision unknown to the per-key model; the pending cas on
      // that revision may or may not have applied.
      const base = [pending(1, 0, kv.put('x', 'a')), pending(2, 1, kv.casRevision('x', 2, 'b'))];
      const applied = [...base, op(3, 5, 6, kv.get('x'), { value: 'b', revision: 3 })];
      const notApplied = [...base, op(3, 5, 6, kv.get('x'), { value: 'a', revision: 2 })];
      for (const m of allModels) {
        assertOk(m, applied);
        assertOk(m, notApplied);
      }
      assertViolation(perKey, [...base, op(3, 5, 6, kv.get('x'), { value: 'c', revision: 3 })]);
    });

    it('records histories with HistoryRecorder', async () => {
      let now = 0;
      const rec = new HistoryRecorder<KvInput, KvOutput>(() => now++);
      const put = rec.begin(1, kv.put('x', 'a'));
      const lost = rec.begin(2, kv.put('x', 'b'));
      put({ revision: 2 });
      lost.unknown();
      assert.throws(() => {
        put({ revision: 3 });
      }, /ended twice/);
      rec.begin(3, kv.put('x', 'never')).abort();
      const out = await rec.run(1, kv.get('x'), () => Promise.resolve({ value: 'b', revision: 3 }));
      assert.deepEqual(out, { value: 'b', revision: 3 });
      await assert.rejects(
        rec.run(2, kv.get('x'), () => Promise.reject(new Error('deadline exceeded'))),
      );
      rec.begin(4, kv.get('x')); // still running when the history is taken
      const h = rec.history();
      assert.equal(rec.size, 6);
      assert.equal(h.length, 5);
      assert.deepEqual(h[0], {
        clientId: 1,
        input: kv.put('x', 'a'),
        call: 0,
        return: 2,
        output: { revision: 2 },
      });
      assert.deepEqual(
        h.map((o) => isPending(o)),
        [false, true, false, true, true],
      );
      for (const m of allModels) assertOk(m, h);
      // Real timestamps are monotonic and ordered.
      const real = new HistoryRecorder<KvInput, KvOutput>();
      const d = real.begin(1, kv.get('y'));
      d({ value: null, revision: 1 });
      const [o] = real.history();
      assert.ok(o !== undefined && o.return! >= o.call);
    });
  });

  describe('results', () => {
    it('explains a failure with a small counterexample', () => {
      const random = prng(7);
      const h = generate(random, { ops: 300, clients: 4, keys: 3, pendingRate: 0.02 });
      const end = Math.max(...h.map((o) => o.return ?? o.call));
      // A stale read of k0 at the very end: a value that a later completed write replaced.
      const k0 = h.filter((o) => o.input.key === 'k0');
      const late = k0.filter((o) => o.input.op === 'put' && !isPending(o)).slice(-1)[0]!;
      const stale = k0.filter(
        (o) => o.input.op === 'put' && !isPending(o) && o.return! < late.call,
      )[0]!;
      assert.ok(stale.input.op === 'put');
      const bad = [
        ...h,
        op(9, end + 1, end + 2, kv.get('k0'), { value: stale.input.value, revision: 1000 }),
      ];
      const r = checkLinearizable(perKey, bad, { timeoutMs: 10_000 });
      assert.equal(r.ok, false);
      assert.match(r.reason, /not linearizable under per-key KV model/);
      assert.ok(r.partitionHistory.every((o) => o.input.key === 'k0'));
      const cex = r.minimalCounterexample;
      assert.ok(cex, 'a counterexample');
      assert.ok(cex.length <= 6, `counterexample of ${cex.length} operations:\n${r.reason}`);
      assert.equal(checkLinearizable(perKey, cex).ok, false);
      // The stale read, and the write it missed (or one that overwrote its value).
      assert.ok(
        cex.some((o) => o.clientId === 9),
        r.reason,
      );
      assert.ok(
        cex.some((o) => o.input.op !== 'get' && !isPending(o)),
        r.reason,
      );

      // The whole-store model keeps the writes (revisions count them) but drops the reads.
      const w = checkLinearizable(whole, bad.slice(0, 40).concat(bad.slice(-1)));
      assert.equal(w.ok, false);
      assert.ok(w.minimalCounterexample);
      const reads = w.minimalCounterexample.filter((o) => o.input.op === 'get');
      assert.ok(reads.length <= 2, w.reason);
    });

    it("answers 'unknown' when out of time", () => {
      const h = generate(prng(3), { ops: 2000, clients: 5, keys: 2 });
      const r = checkLinearizable(perKey, h, { timeoutMs: 0 });
      assert.equal(r.ok, 'unknown');
    });

    it('uses a model without partitioning, hashing or equality', () => {
      // A register with an increment; states are numbers (default JSON hash).
      const counter: Model<number, 'inc' | 'read', number> = {
        init: () => 0,
        step: (s, input, out) =>
          input === 'inc'
            ? { ok: out === undefined || out === s + 1, next: s + 1 }
            : { ok: out === undefined || out === s, next: s },
      };
      const h: Operation<'inc' | 'read', number>[] = [
        { clientId: 1, call: 0, return: 5, input: 'inc', output: 2 },
        { clientId: 2, call: 1, return: 4, input: 'inc', output: 1 },
        { clientId: 3, call: 6, return: 7, input: 'read', output: 2 },
      ];
      assert.deepEqual(checkLinearizable(counter, h), { ok: true });
      const bad = h.map((o) => (o.clientId === 3 ? { ...o, output: 1 } : o));
      assert.equal(checkLinearizable(counter, bad).ok, false);
    });
  });

  describe('randomized', () => {
    it('accepts histories of real executions and usually catches one changed output', () => {
      const random = prng(42);
      const trials = 40;
      const caught = { perKey: 0, whole: 0 };
      for (let t = 0; t < trials; t++) {
        const h = generate(random, { ops: 120, clients: 4, keys: 3, pendingRate: 0.05 });
        for (const m of allModels) assertOk(m, h);
        if (check(perKey, mutate(random, h, false)).ok === false) caught.perKey++;
        const bad = mutate(random, h, true);
        // Pending writes make the whole-store search costly; 'unknown' counts as not caught.
        if (checkLinearizable(whole, bad, { timeoutMs: 1000, minimize: false }).ok === false) {
          caught.whole++;
        }
      }
      // Some changes stay consistent (say, a read concurrent with the write it no longer sees).
      assert.ok(caught.perKey >= trials * 0.6, `per-key caught ${caught.perKey}/${trials}`);
      assert.ok(caught.whole >= trials * 0.6, `whole-store caught ${caught.whole}/${trials}`);
    });

    it('checks a 2,000-operation, 5-client, 10-key history in a few seconds (per-key model)', () => {
      const h = generate(prng(2024), { ops: 2000, clients: 5, keys: 10, pendingRate: 0.01 });
      const start = performance.now();
      const r = checkLinearizable(perKey, h, { timeoutMs: 20_000 });
      const ms = performance.now() - start;
      assert.equal(r.ok, true, JSON.stringify(r).slice(0, 2000));
      assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
      const bad = mutate(prng(1), h, false);
      const start2 = performance.now();
      const r2 = checkLinearizable(perKey, bad, { timeoutMs: 20_000, minimize: false });
      const ms2 = performance.now() - start2;
      assert.notEqual(r2.ok, 'unknown');
      assert.ok(ms2 < 5000, `took ${ms2.toFixed(0)} ms`);
    });

    it('checks a 300-operation history with the whole-store model', () => {
      const h = generate(prng(99), { ops: 300, clients: 5, keys: 4, pendingRate: 0.02 });
      const r = checkLinearizable(whole, h, { timeoutMs: 20_000 });
      assert.equal(r.ok, true, JSON.stringify(r).slice(0, 2000));
    });
  });
});
