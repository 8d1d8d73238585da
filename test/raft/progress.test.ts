import assert from 'node:assert/strict';
import { Inflights } from '../../src/raft/inflights.js';
import { Progress } from '../../src/raft/progress.js';

function progress(match: number, next: number, maxInflight = 4): Progress {
  return new Progress({
    match,
    next,
    inflights: new Inflights(maxInflight, 0),
    isLearner: false,
    recentActive: true,
  });
}

describe('progress', () => {
  it('in probe state sends one message and then waits', () => {
    const pr = progress(0, 5);
    assert.equal(pr.isPaused(), false);
    pr.sentEntries(7, 100);
    assert.equal(pr.isPaused(), true);
    assert.equal(pr.next, 5, 'probing does not move next optimistically');
    pr.maybeUpdate(7);
    assert.equal(pr.isPaused(), false);
    assert.equal(pr.match, 7);
    assert.equal(pr.next, 8);
  });

  it('in replicate state streams until the inflights window is full', () => {
    const pr = progress(5, 6, 2);
    pr.becomeReplicate();
    pr.sentEntries(8, 10);
    assert.equal(pr.next, 9);
    pr.sentEntries(10, 10);
    assert.equal(pr.isPaused(), true);
    pr.maybeUpdate(8);
    pr.inflights.freeLE(8);
    assert.equal(pr.isPaused(), false);
  });

  it('ignores stale acknowledgements', () => {
    const pr = progress(5, 6);
    assert.equal(pr.maybeUpdate(4), false);
    assert.equal(pr.match, 5);
    assert.equal(pr.maybeUpdate(6), true);
  });

  it('walks back on rejections in probe state, using the hint', () => {
    const pr = progress(0, 10);
    assert.equal(pr.maybeDecrTo(5, 5), false, 'rejection of an older probe is stale');
    assert.equal(pr.maybeDecrTo(9, 3), true);
    assert.equal(pr.next, 4);
    assert.equal(pr.maybeDecrTo(3, 100), true, 'a hint beyond the rejected index is capped');
    assert.equal(pr.next, 3);
  });

  it('never walks back below match + 1', () => {
    const pr = progress(4, 10);
    pr.maybeDecrTo(9, 0);
    assert.equal(pr.next, 5);
  });

  it('in replicate state drops back to match + 1 on a rejection past match', () => {
    const pr = progress(5, 6);
    pr.becomeReplicate();
    pr.sentEntries(9, 1);
    assert.equal(pr.maybeDecrTo(5, 5), false, 'rejection at or below match is stale');
    assert.equal(pr.maybeDecrTo(7, 6), true);
    assert.equal(pr.next, 6);
  });

  it('in snapshot state pauses, then probes after the snapshot', () => {
    const pr = progress(3, 4);
    pr.becomeSnapshot(20);
    assert.equal(pr.isPaused(), true);
    pr.becomeProbe();
    assert.equal(pr.state, 'probe');
    assert.equal(pr.next, 21);
    assert.equal(pr.pendingSnapshot, 0);
  });
});
