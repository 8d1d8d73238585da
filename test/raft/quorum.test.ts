import assert from 'node:assert/strict';
import {
  jointCommittedIndex,
  jointVoteResult,
  majorityCommittedIndex,
  majorityVoteResult,
  type JointConfig,
} from '../../src/raft/quorum.js';
import type { NodeId } from '../../src/raft/types.js';

const ids = (...n: number[]): Set<NodeId> => new Set(n.map(BigInt));
const acked =
  (m: Record<number, number>) =>
  (id: NodeId): number | undefined =>
    m[Number(id)];
const votes = (m: Record<number, boolean>): Map<NodeId, boolean> =>
  new Map(Object.entries(m).map(([k, v]) => [BigInt(k), v]));

describe('quorum', () => {
  describe('majority committed index', () => {
    it('is the index a majority has reached', () => {
      assert.equal(majorityCommittedIndex(ids(1, 2, 3), acked({ 1: 5, 2: 3, 3: 1 })), 3);
      assert.equal(majorityCommittedIndex(ids(1, 2, 3, 4), acked({ 1: 5, 2: 4, 3: 3, 4: 1 })), 3);
      assert.equal(majorityCommittedIndex(ids(1, 2, 3, 4, 5), acked({ 1: 9, 2: 9, 3: 2 })), 2);
    });
    it('counts voters without progress as 0', () => {
      assert.equal(majorityCommittedIndex(ids(1, 2, 3), acked({ 1: 7 })), 0);
      assert.equal(majorityCommittedIndex(ids(1), acked({ 1: 7 })), 7);
    });
    it('is unbounded for an empty config, so it never limits a joint config', () => {
      assert.equal(majorityCommittedIndex(ids(), acked({})), Infinity);
    });
  });

  describe('majority vote', () => {
    it('wins, loses or waits', () => {
      assert.equal(majorityVoteResult(ids(1, 2, 3), votes({ 1: true, 2: true })), 'won');
      assert.equal(majorityVoteResult(ids(1, 2, 3), votes({ 1: true })), 'pending');
      assert.equal(majorityVoteResult(ids(1, 2, 3), votes({ 1: true, 2: false })), 'pending');
      assert.equal(majorityVoteResult(ids(1, 2, 3), votes({ 2: false, 3: false })), 'lost');
      assert.equal(majorityVoteResult(ids(1, 2, 3, 4), votes({ 1: true, 2: true })), 'pending');
      assert.equal(
        majorityVoteResult(ids(1, 2, 3, 4), votes({ 1: true, 2: false, 3: false })),
        'lost',
      );
    });
    it('ignores votes from non-members and wins with no voters', () => {
      assert.equal(
        majorityVoteResult(ids(1, 2, 3), votes({ 1: true, 7: true, 8: true })),
        'pending',
      );
      assert.equal(majorityVoteResult(ids(), votes({})), 'won');
    });
  });

  describe('joint', () => {
    const joint = (a: Set<NodeId>, b: Set<NodeId>): JointConfig => [a, b];

    it('commits the minimum of both halves', () => {
      const cfg = joint(ids(1, 2, 3), ids(3, 4, 5));
      assert.equal(jointCommittedIndex(cfg, acked({ 1: 9, 2: 9, 3: 4, 4: 2, 5: 1 })), 2);
      assert.equal(jointCommittedIndex(cfg, acked({ 1: 9, 2: 9, 3: 9, 4: 9, 5: 1 })), 9);
    });
    it('behaves as the incoming half when the outgoing one is empty', () => {
      assert.equal(jointCommittedIndex(joint(ids(1, 2, 3), ids()), acked({ 1: 5, 2: 4 })), 4);
      assert.equal(jointVoteResult(joint(ids(1, 2, 3), ids()), votes({ 1: true, 2: true })), 'won');
    });
    it('needs both halves to win and loses if either loses', () => {
      const cfg = joint(ids(1, 2, 3), ids(1, 4, 5));
      assert.equal(jointVoteResult(cfg, votes({ 1: true, 2: true })), 'pending');
      assert.equal(jointVoteResult(cfg, votes({ 1: true, 2: true, 4: true })), 'won');
      assert.equal(jointVoteResult(cfg, votes({ 1: true, 2: true, 4: false, 5: false })), 'lost');
      assert.equal(jointVoteResult(cfg, votes({ 2: false, 3: false, 4: true })), 'lost');
    });
  });
});
