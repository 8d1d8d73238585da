// Durability with real processes: concurrent writers (puts, multi-key txns, deletes, leases with
// attached keys) run against `clusterd agent`, which is killed with SIGKILL at a random moment and
// restarted on the same data dir, several times. Every acknowledged write must survive with the
// right value and revision, a txn is all or nothing, revisions never go backwards, leases survive
// (or expire and take their keys), and a watch from revision 1 replays every change exactly once.
// The random delays come from a seed printed on failure: CRASH_SEED=<seed> repeats a run.
import assert from 'node:assert/strict';
import { type EtcdClient, op } from '../../src/client/index.js';
import { eventually, sleep, testClient } from '../helpers/client.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { ensureBundle } from './bundle.js';
import { prng, seedFrom } from '../helpers/random.js';

const prefix = '/crash/';
const writers = 4;
const keysPerWriter = 6;
const longTtl = 60;
/** Raised by the server to its minimum (2 s with the default election timeout). */
const shortTtl = 1;
const maxRounds = 5;
/** Stop starting rounds after this long, so the test stays within about a minute. */
const roundBudgetMs = 35_000;

type Op =
  | { kind: 'put'; key: string; value: string }
  | { kind: 'txn'; keys: string[]; value: string }
  | { kind: 'del'; key: string }
  | { kind: 'grant'; id: bigint; ttl: number }
  | { kind: 'leasePut'; key: string; value: string; lease: bigint };

interface Attempt {
  op: Op;
  round: number;
  /** acked: the server answered; uncertain: no answer (in flight at the kill), maybe applied. */
  state: 'acked' | 'uncertain' | 'applied' | 'not-applied';
  revision: number;
  /** For a delete: how many keys it deleted. */
  deleted: number;
}

interface KeyState {
  value: string;
  modRevision: number;
}

interface LeaseState {
  ttl: number;
  keys: Set<string>;
}

describe('server: crash durability (kill -9, restart)', function () {
  this.timeout(120_000);
  const seed = seedFrom('CRASH_SEED');
  const random = prng(seed);
  let member: ClusterdProcess | undefined;
  let client: EtcdClient | undefined;

  /** The model: what the store must hold, from acknowledged writes and resolved uncertain ones. */
  const attempts: Attempt[] = [];
  const expected = new Map<string, KeyState | undefined>();
  const leases = new Map<bigint, LeaseState>();
  /** Keys attached to short leases: the server deletes them when the lease expires. */
  const shortLeaseKeys = new Set<string>();
  let highestRevision = 0;
  let nextLeaseId = 1n;

  before(() => {
    ensureBundle();
  });

  after(async () => {
    await client?.close();
    await member?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') {
      console.log(`    crash test seed: ${seed} (repeat with CRASH_SEED=${seed})`);
      if (member) console.log(member.output());
    }
  });

  function record(op: Op, round: number): Attempt {
    const a: Attempt = { op, round, state: 'uncertain', revision: 0, deleted: 0 };
    attempts.push(a);
    return a;
  }

  /** Applies an acknowledged (or resolved-as-applied) write to the model. */
  function applyToModel(a: Attempt): void {
    const o = a.op;
    highestRevision = Math.max(highestRevision, a.revision);
    switch (o.kind) {
      case 'put':
        expected.set(o.key, { value: o.value, modRevision: a.revision });
        break;
      case 'txn':
        for (const key of o.keys) expected.set(key, { value: o.value, modRevision: a.revision });
        break;
      case 'del':
        expected.set(o.key, undefined);
        break;
      case 'grant':
        leases.set(o.id, { ttl: o.ttl, keys: new Set() });
        break;
      case 'leasePut': {
        expected.set(o.key, { value: o.value, modRevision: a.revision });
        leases.get(o.lease)?.keys.add(o.key);
        break;
      }
    }
  }

  async function execute(c: EtcdClient, a: Attempt): Promise<void> {
    const o = a.op;
    switch (o.kind) {
      case 'put':
        a.revision = (await c.kv.put(o.key, o.value)).header.revision;
        break;
      case 'txn': {
        const res = await c.kv.txn({ success: o.keys.map((k) => op.put(k, o.value)) });
        assert.equal(res.succeeded, true);
        a.revision = res.header.revision;
        break;
      }
      case 'del': {
        const res = await c.kv.delete(o.key);
        a.revision = res.header.revision;
        a.deleted = res.deleted;
        break;
      }
      case 'grant': {
        const res = await c.lease.grant(o.ttl, { id: o.id });
        assert.equal(res.id, o.id);
        a.revision = res.header.revision;
        break;
      }
      case 'leasePut':
        a.revision = (await c.kv.put(o.key, o.value, { lease: o.lease })).header.revision;
        break;
    }
  }

  /** One writer: its own keys, one request at a time, until stopped or its request fails. */
  async function runWriter(
    c: EtcdClient,
    w: number,
    round: number,
    rand: () => number,
    stop: { now: boolean },
  ): Promise<number> {
    let acked = 0;
    let n = 0;
    const stopped = (): boolean => stop.now;
    const keyOf = (i: number): string => `${prefix}w${w}/k${i}`;
    const run = async (o: Op): Promise<boolean> => {
      const a = record(o, round);
      try {
        await execute(c, a);
      } catch {
        return false; // stays uncertain: resolved after the restart
      }
      a.state = 'acked';
      applyToModel(a);
      acked++;
      return true;
    };
    while (!stop.now) {
      n++;
      const value = `r${round}w${w}n${n}`;
      const r = rand();
      const pick = (): number => Math.floor(rand() * keysPerWriter);
      let ok: boolean;
      if (r < 0.35) {
        ok = await run({ kind: 'put', key: keyOf(pick()), value });
      } else if (r < 0.6) {
        const keys = new Set<string>();
        while (keys.size < 3) keys.add(keyOf(pick()));
        ok = await run({ kind: 'txn', keys: [...keys].sort(), value });
      } else if (r < 0.75) {
        ok = await run({ kind: 'del', key: keyOf(pick()) });
      } else {
        const short = rand() < 0.25;
        const id = (BigInt(w + 1) << 40n) | nextLeaseId++;
        ok = await run({ kind: 'grant', id, ttl: short ? shortTtl : longTtl });
        // stop is set while the grant is awaited (the loop condition does not see it here).
        if (ok && !stopped()) {
          const key = `${prefix}w${w}/lease-${value}`;
          if (short) shortLeaseKeys.add(key);
          ok = await run({ kind: 'leasePut', key, value, lease: id });
        }
      }
      if (!ok) break;
    }
    return acked;
  }

  async function getKey(c: EtcdClient, key: string): Promise<KeyState | undefined> {
    const kv = (await c.kv.get(key)).kvs[0];
    return kv ? { value: kv.value.toString(), modRevision: kv.modRevision } : undefined;
  }

  /** Decides whether each write left without an answer was applied, and checks it was atomic. */
  async function resolveUncertain(c: EtcdClient, round: number): Promise<void> {
    for (const a of attempts.filter((x) => x.round === round && x.state === 'uncertain')) {
      const o = a.op;
      let applied = false;
      switch (o.kind) {
        case 'put':
        case 'leasePut': {
          const now = await getKey(c, o.key);
          applied = now?.value === o.value;
          if (applied) a.revision = now!.modRevision;
          break;
        }
        case 'txn': {
          const now = await Promise.all(o.keys.map((k) => getKey(c, k)));
          const mine = now.filter((s) => s?.value === o.value);
          assert.ok(
            mine.length === 0 || mine.length === o.keys.length,
            `txn ${o.value} half applied: ${JSON.stringify(now)}`,
          );
          applied = mine.length > 0;
          if (applied) {
            assert.equal(new Set(mine.map((s) => s!.modRevision)).size, 1, 'one txn, one revision');
            a.revision = mine[0]!.modRevision;
          }
          break;
        }
        case 'del':
          // Applied or not, a delete of a key that is gone now leaves it gone.
          applied = (await getKey(c, o.key)) === undefined;
          break;
        case 'grant':
          applied = (await c.lease.timeToLive(o.id)).ttl >= 0;
          break;
      }
      a.state = applied ? 'applied' : 'not-applied';
      if (applied) applyToModel(a);
    }
  }

  /** The store holds exactly the model: values and mod revisions; leases with their keys. */
  async function checkState(c: EtcdClient): Promise<void> {
    const all = await c.kv.get(prefix, { prefix: true });
    assert.ok(
      all.header.revision >= highestRevision,
      `revision went backwards: ${all.header.revision} < ${highestRevision}`,
    );
    highestRevision = all.header.revision;
    const actual = new Map(
      all.kvs.map((kv) => [
        kv.key.toString(),
        { value: kv.value.toString(), modRevision: kv.modRevision },
      ]),
    );
    for (const [key, want] of expected) {
      const got = actual.get(key);
      if (shortLeaseKeys.has(key) && got === undefined) continue; // its lease may have expired
      assert.deepEqual(got, want, `key ${key}`);
    }
    for (const key of actual.keys()) assert.ok(expected.has(key), `unexpected key ${key}`);
    for (const [id, lease] of leases) {
      const ttl = await c.lease.timeToLive(id, { keys: true });
      if (lease.ttl !== longTtl) continue;
      assert.ok(ttl.ttl > 0, `lease ${id} lost: ${JSON.stringify(ttl.ttl)}`);
      assert.equal(ttl.grantedTtl, longTtl);
      const keys = new Set(ttl.keys.map((k) => k.toString()));
      for (const key of lease.keys) assert.ok(keys.has(key), `lease ${id} lost key ${key}`);
    }
  }

  it('keeps every acknowledged write, whole txns and leases across several kill -9 rounds', async function () {
    member = await startClusterd();
    const began = Date.now();
    let rounds = 0;
    let totalAcked = 0;
    let totalUncertain = 0;
    for (let round = 0; round < maxRounds && Date.now() - began < roundBudgetMs; round++) {
      rounds++;
      client = testClient([member.endpoint], { commandTimeoutMs: 4000 });
      await client.kv.get(prefix); // connected before the writers start
      const stop = { now: false };
      const running = Array.from({ length: writers }, (_, w) =>
        runWriter(client!, w, round, prng(seed * 7919 + round * 101 + w), stop),
      );
      const delayMs = 250 + Math.floor(random() * 1250);
      await sleep(delayMs);
      // Same tick: the writers issue nothing new, and whatever is in flight meets the kill.
      stop.now = true;
      const killed = member.kill();
      await killed;
      await client.close();
      client = undefined;
      const acked = (await Promise.all(running)).reduce((s, n) => s + n, 0);
      totalAcked += acked;
      totalUncertain += attempts.filter((a) => a.round === round && a.state === 'uncertain').length;
      assert.ok(acked > 0, `round ${round}: no write was acknowledged in ${delayMs} ms`);

      await member.start();
      client = testClient([member.endpoint], { commandTimeoutMs: 4000 });
      await resolveUncertain(client, round);
      await checkState(client);
      await client.close();
      client = undefined;
    }
    assert.ok(rounds >= 2, `only ${rounds} round(s) fit in the time budget`);
    assert.ok(totalAcked > 50, `only ${totalAcked} writes acknowledged`);
    console.log(
      `      ${rounds} rounds, ${totalAcked} acknowledged writes, ${totalUncertain} in flight at a kill (seed ${seed})`,
    );
  });

  it('expires short leases after the restart and deletes their keys', async function () {
    assert.ok(member, 'the first test started the member');
    client = testClient([member.endpoint]);
    const c = client;
    const short = [...leases].filter(([, l]) => l.ttl === shortTtl);
    await eventually(async () => {
      for (const [id] of short) if ((await c.lease.timeToLive(id)).ttl >= 0) return false;
      const left = await c.kv.get(prefix, { prefix: true, keysOnly: true });
      return !left.kvs.some((kv) => shortLeaseKeys.has(kv.key.toString()));
    }, 10_000);
    for (const key of shortLeaseKeys) expected.set(key, undefined);
    for (const [id] of short) leases.delete(id);
    await checkState(c);
  });

  it('replays every change exactly once, in order, in a watch from revision 1', async function () {
    assert.ok(member && client, 'the earlier tests ran');
    const c = client;
    const target = (await c.kv.get(prefix, { prefix: true })).header.revision;
    const watcher = await c.watch.watch(prefix, { prefix: true, startRevision: 1 });
    const events: { type: string; key: string; value: string; rev: number }[] = [];
    const timer = setTimeout(() => void watcher.cancel(), 15_000);
    try {
      for await (const batch of watcher) {
        for (const e of batch.events) {
          events.push({
            type: e.type,
            key: e.kv.key.toString(),
            value: e.kv.value.toString(),
            rev: e.kv.modRevision,
          });
        }
        if (events.length > 0 && events[events.length - 1]!.rev >= target) break;
      }
    } finally {
      clearTimeout(timer);
      await watcher.cancel();
    }
    assert.ok(events.length > 0 && events[events.length - 1]!.rev >= target, 'watch timed out');

    // Order, and each (revision, key) once.
    const seen = new Set<string>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (i > 0) assert.ok(e.rev >= events[i - 1]!.rev, `revision order at event ${i}`);
      const id = `${e.rev} ${e.key}`;
      assert.ok(!seen.has(id), `event repeated: ${id}`);
      seen.add(id);
    }
    // Every event is a write some writer attempted, and every put value appears once.
    const attemptedPuts = new Set<string>();
    const deletable = new Set<string>(shortLeaseKeys);
    for (const a of attempts) {
      const o = a.op;
      if (o.kind === 'put' || o.kind === 'leasePut') attemptedPuts.add(`${o.key}=${o.value}`);
      if (o.kind === 'txn') for (const k of o.keys) attemptedPuts.add(`${k}=${o.value}`);
      if (o.kind === 'del') deletable.add(o.key);
    }
    const replayed = new Map<string, KeyState>();
    const putsSeen = new Set<string>();
    for (const e of events) {
      if (e.type === 'put') {
        const sig = `${e.key}=${e.value}`;
        assert.ok(attemptedPuts.has(sig), `event for a write nobody made: ${sig}`);
        assert.ok(!putsSeen.has(sig), `write replayed twice: ${sig}`);
        putsSeen.add(sig);
        replayed.set(e.key, { value: e.value, modRevision: e.rev });
      } else {
        assert.ok(deletable.has(e.key), `delete of ${e.key}, which nobody deleted`);
        assert.ok(replayed.has(e.key), `delete of ${e.key}, which did not exist`);
        replayed.delete(e.key);
      }
    }
    // Every applied write has its events at its revision.
    const at = new Map<string, (typeof events)[number]>();
    for (const e of events) at.set(`${e.rev} ${e.key}`, e);
    for (const a of attempts) {
      if (a.state !== 'acked' && a.state !== 'applied') continue;
      const o = a.op;
      const want: { key: string; type: string; value?: string }[] =
        o.kind === 'put' || o.kind === 'leasePut'
          ? [{ key: o.key, type: 'put', value: o.value }]
          : o.kind === 'txn'
            ? o.keys.map((key) => ({ key, type: 'put', value: o.value }))
            : o.kind === 'del' && a.state === 'acked' && a.deleted > 0
              ? [{ key: o.key, type: 'delete' }]
              : [];
      for (const w of want) {
        const e = at.get(`${a.revision} ${w.key}`);
        assert.ok(e, `no event for ${o.kind} of ${w.key} at revision ${a.revision}`);
        assert.equal(e.type, w.type);
        if (w.value !== undefined) assert.equal(e.value, w.value);
      }
    }
    // Replaying the history gives the store as it is.
    const now = await c.kv.get(prefix, { prefix: true });
    assert.deepEqual(
      replayed,
      new Map(
        now.kvs.map((kv) => [
          kv.key.toString(),
          { value: kv.value.toString(), modRevision: kv.modRevision },
        ]),
      ),
    );
  });
});
