// ClosingSignal: long waits end at close, and waits that ended by themselves leave nothing behind.
import assert from 'node:assert/strict';
import { ClosingSignal } from '../../src/util/lifecycle.js';

describe('util: ClosingSignal', function () {
  it('race gives the value, or undefined once closed; sleep ends early at close', async () => {
    const signal = new ClosingSignal();
    assert.equal(await signal.race(Promise.resolve(7)), 7);
    await assert.rejects(signal.race(Promise.reject(new Error('no'))), /no/);
    const never = signal.race(new Promise<number>(() => undefined));
    const started = Date.now();
    const sleeping = signal.sleep(60_000);
    signal.close();
    assert.equal(await never, undefined);
    await sleeping;
    assert.ok(Date.now() - started < 1000, 'the sleep ended at close');
    assert.equal(await signal.race(new Promise<number>(() => undefined)), undefined);
  });

  it('keeps no waiter for a wait that ended by itself', async () => {
    const signal = new ClosingSignal();
    for (let i = 0; i < 1000; i++) {
      await signal.race(Promise.resolve(i));
      await signal.sleep(0);
    }
    const waiters = (signal as unknown as { waiters: Set<unknown> }).waiters;
    assert.equal(waiters.size, 0);
  });
});
