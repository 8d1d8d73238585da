import assert from 'node:assert/strict';
import { Changer, ConfChangeError, restoreConfig } from '../../src/raft/confchange.js';
import { ProgressTracker, describeConfig } from '../../src/raft/tracker.js';
import type { ConfChangeSingle, ConfState } from '../../src/raft/types.js';

/** Parses "v1 l2 r3" into changes. */
function changes(text: string): ConfChangeSingle[] {
  return text
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => {
      const nodeId = BigInt(w.slice(1));
      if (w.startsWith('v')) return { type: 'add-node', nodeId };
      if (w.startsWith('l')) return { type: 'add-learner', nodeId };
      return { type: 'remove-node', nodeId };
    });
}

class Harness {
  readonly tracker = new ProgressTracker(10, 0);

  simple(text: string): string {
    return this.install(new Changer(this.tracker, 10).simple(changes(text)));
  }

  enterJoint(text: string, autoLeave = false): string {
    return this.install(new Changer(this.tracker, 10).enterJoint(autoLeave, changes(text)));
  }

  leaveJoint(): string {
    return this.install(new Changer(this.tracker, 10).leaveJoint());
  }

  private install(result: ReturnType<Changer['simple']>): string {
    this.tracker.config = result.config;
    this.tracker.progress = result.progress;
    return describeConfig(result.config);
  }
}

describe('confchange', () => {
  it('applies simple changes one voter at a time', () => {
    const h = new Harness();
    assert.equal(h.simple('v1'), 'voters=(1)');
    assert.equal(h.simple('v2'), 'voters=(1 2)');
    assert.equal(h.simple('l3'), 'voters=(1 2) learners=(3)');
    assert.equal(h.simple('v3'), 'voters=(1 2 3)', 'promoting a learner');
    assert.equal(h.simple('l3'), 'voters=(1 2) learners=(3)', 'demoting a voter');
    assert.equal(h.simple('r3'), 'voters=(1 2)');
    assert.equal(h.simple('r9'), 'voters=(1 2)', 'removing a non-member is a no-op');
    assert.equal(h.tracker.progress.has(3n), false);
  });

  it('refuses simple changes of more than one voter', () => {
    const h = new Harness();
    h.simple('v1');
    assert.throws(() => h.simple('v2 v3'), ConfChangeError);
    assert.equal(h.simple('v2 l3'), 'voters=(1 2) learners=(3)', 'learners do not count');
  });

  it('refuses to remove all voters', () => {
    const h = new Harness();
    h.simple('v1');
    assert.throws(() => h.simple('r1'), /removed all voters/);
  });

  it('enters and leaves a joint configuration', () => {
    const h = new Harness();
    h.simple('v1');
    h.simple('v2');
    h.simple('v3');
    assert.equal(h.enterJoint('r1 v4 v5', true), 'voters=(2 3 4 5)&&(1 2 3) autoleave');
    assert.ok(h.tracker.progress.has(1n), 'outgoing voters keep their progress');
    assert.throws(() => h.enterJoint('v6'), /already joint/);
    assert.throws(() => h.simple('v6'), /joint/);
    assert.equal(h.leaveJoint(), 'voters=(2 3 4 5)');
    assert.equal(h.tracker.progress.has(1n), false);
    assert.throws(() => h.leaveJoint(), /non-joint/);
  });

  it('parks demoted outgoing voters in learnersNext until the joint config is left', () => {
    const h = new Harness();
    h.simple('v1');
    h.simple('v2');
    h.simple('v3');
    assert.equal(h.enterJoint('l3 v4'), 'voters=(1 2 4)&&(1 2 3) learners_next=(3)');
    assert.equal(h.tracker.progress.get(3n)!.isLearner, false, 'still votes in the outgoing half');
    assert.equal(h.leaveJoint(), 'voters=(1 2 4) learners=(3)');
    assert.equal(h.tracker.progress.get(3n)!.isLearner, true);
  });

  it('restores any configuration from its ConfState', () => {
    const states: ConfState[] = [
      {
        voters: [1n, 2n, 3n],
        learners: [5n],
        votersOutgoing: [],
        learnersNext: [],
        autoLeave: false,
      },
      {
        voters: [1n, 2n, 3n],
        learners: [5n],
        votersOutgoing: [1n, 2n, 4n, 6n],
        learnersNext: [4n],
        autoLeave: true,
      },
    ];
    for (const cs of states) {
      const tracker = new ProgressTracker(10, 0);
      restoreConfig(tracker, cs, 10);
      assert.deepEqual(tracker.confState(), cs);
    }
  });
});
