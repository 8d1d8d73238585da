import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProposalWaiters } from '../../src/server/proposal-waiters.js';

function waiter(): { settled: string[]; resolve(r: unknown): void; reject(e: unknown): void } {
  const settled: string[] = [];
  return {
    settled,
    resolve: (r) => settled.push(`resolved ${String(r)}`),
    reject: (e) => settled.push(`rejected ${(e as Error).message}`),
  };
}

describe('proposal waiters (one timer for every proposer)', function () {
  it('times out each proposer after the timeout, in order, and none that was answered', async function () {
    let timeouts = 0;
    const waiters = new ProposalWaiters(60, () => {
      timeouts++;
      return new Error('timed out');
    });
    const a = waiter();
    const b = waiter();
    const c = waiter();
    waiters.add(1n, a);
    await sleep(30);
    waiters.add(2n, b);
    waiters.add(3n, c);
    waiters.take(2n)?.resolve('ok');
    await sleep(45); // a's deadline passed, c's not yet
    assert.deepEqual(a.settled, ['rejected timed out']);
    assert.deepEqual(b.settled, ['resolved ok']);
    assert.deepEqual(c.settled, []);
    assert.equal(waiters.size, 1);
    await sleep(40);
    assert.deepEqual(c.settled, ['rejected timed out']);
    assert.equal(timeouts, 2);
    assert.equal(waiters.take(3n), undefined, 'a timed-out proposer is not answered again');
  });

  it('rejects everyone at close and leaves no timer', function () {
    const timers = (): number =>
      process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const waiters = new ProposalWaiters(10_000, () => new Error('timed out'));
    const a = waiter();
    waiters.add(1n, a);
    waiters.add(2n, waiter());
    assert.equal(timers(), before + 1, 'one timer for both');
    waiters.rejectAll(new Error('stopped'));
    assert.equal(timers(), before);
    assert.deepEqual(a.settled, ['rejected stopped']);
    assert.equal(waiters.size, 0);
  });
});
