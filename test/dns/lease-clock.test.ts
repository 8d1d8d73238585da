// The lease clock on a fake store and a fake clock: one question per lease, asked again half-way
// to its expiry, an expiry that only errs early, and nothing asked for leases no key holds.
import assert from 'node:assert/strict';
import { LeaseClock } from '../../src/dns/lease-clock.js';
import { silentLogger } from '../../src/util/log.js';
import { eventually } from '../helpers/client.js';

describe('dns: lease clock', function () {
  let now = 1_000_000;
  const asked: bigint[] = [];
  /** Seconds each lease has left in the fake store, from `now`. */
  const store = new Map<bigint, number>();
  let clock: LeaseClock;

  beforeEach(() => {
    asked.length = 0;
    store.clear();
    clock = new LeaseClock(
      (lease) => {
        asked.push(lease);
        const ttl = store.get(lease);
        return ttl === undefined
          ? Promise.reject(new Error('unreachable'))
          : Promise.resolve({ ttl });
      },
      silentLogger,
      () => now,
    );
  });

  afterEach(() => {
    clock.dispose();
  });

  it('asks once per lease, however many keys hold it, and counts down from the answer', async () => {
    store.set(1n, 20);
    assert.equal(clock.remainingSeconds(1n), undefined);
    clock.hold(1n);
    clock.hold(1n);
    await eventually(() => clock.remainingSeconds(1n) !== undefined);
    assert.deepEqual(asked, [1n]);
    assert.equal(clock.remainingSeconds(1n), 20);
    now += 5500;
    assert.equal(clock.remainingSeconds(1n), 14);
    now += 60_000;
    assert.equal(clock.remainingSeconds(1n), 0);
  });

  it('asks again half-way to the expiry, and a renewal moves it later', async () => {
    store.set(2n, 10);
    clock.hold(2n);
    await eventually(() => clock.remainingSeconds(2n) === 10);
    now += 4000;
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(asked, [2n], 'not asked before half its TTL');
    // The owner renewed it meanwhile: the store says 10 s again.
    now += 1500;
    await eventually(() => asked.length === 2, 2000);
    await eventually(() => clock.remainingSeconds(2n) === 10);
  });

  it('a lease the store no longer has is 0 s; a failed question is asked again', async () => {
    store.set(3n, -1);
    clock.hold(3n);
    await eventually(() => clock.remainingSeconds(3n) === 0);
    clock.hold(4n);
    await eventually(() => asked.includes(4n));
    assert.equal(clock.remainingSeconds(4n), undefined);
    store.set(4n, 30);
    now += 1000;
    await eventually(() => clock.remainingSeconds(4n) === 30, 2000);
  });

  it('forgets a lease when its last key goes', async () => {
    store.set(5n, 10);
    clock.hold(5n);
    clock.hold(5n);
    await eventually(() => clock.remainingSeconds(5n) === 10);
    clock.release(5n);
    assert.equal(clock.size, 1);
    clock.release(5n);
    assert.equal(clock.size, 0);
    assert.equal(clock.remainingSeconds(5n), undefined);
  });
});
