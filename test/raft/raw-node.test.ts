import assert from 'node:assert/strict';
import {
  MemoryStorage,
  RawNode,
  SeededRandom,
  decodeConfChange,
  encodeConfChange,
  type ConfChange,
  type Ready,
} from '../../src/raft/index.js';

function singleNode(
  storage = new MemoryStorage(),
  leaderWritesInParallel = false,
): { node: RawNode; storage: MemoryStorage } {
  if (storage.lastIndex() === 0 && storage.initialState().confState.voters.length === 0) {
    storage.applySnapshot({
      metadata: {
        index: 0,
        term: 0,
        confState: {
          voters: [1n],
          learners: [],
          votersOutgoing: [],
          learnersNext: [],
          autoLeave: false,
        },
      },
      data: new Uint8Array(),
    });
  }
  const node = new RawNode({
    id: 1n,
    electionTick: 10,
    heartbeatTick: 1,
    storage,
    maxInflightMsgs: 256,
    random: new SeededRandom(1),
    leaderWritesInParallel,
  });
  return { node, storage };
}

/** The caller's side of the contract: persist, then apply, then advance. */
function handle(node: RawNode, storage: MemoryStorage): Ready {
  const rd = node.ready();
  if (rd.snapshot !== undefined) storage.applySnapshot(rd.snapshot);
  storage.append(rd.entries);
  if (rd.hardState !== undefined) storage.setHardState(rd.hardState);
  for (const e of rd.committedEntries) {
    if (e.type === 'conf-change') node.applyConfChange(decodeConfChange(e.data));
  }
  node.advance();
  return rd;
}

describe('raw node', () => {
  it('a single voter elects itself and commits proposals through Ready', () => {
    const { node, storage } = singleNode();
    node.campaign();
    const rd = handle(node, storage);
    assert.equal(rd.softState?.raftState, 'leader');
    assert.deepEqual(rd.hardState, { term: 1, vote: 1n, commit: 1 });
    assert.equal(rd.mustSync, true);
    assert.equal(rd.entries.length, 1);
    assert.equal(rd.committedEntries.length, 1, 'a single voter commits at once');
    assert.equal(node.hasReady(), false);

    assert.equal(node.propose(new TextEncoder().encode('x')), 'ok');
    const rd2 = handle(node, storage);
    assert.equal(rd2.entries[0]?.index, 2);
    assert.equal(rd2.committedEntries[0]?.index, 2);
    assert.equal(rd2.softState, undefined);
    assert.equal(storage.lastIndex(), 2);
  });

  it('with leaderWritesInParallel, counts a leader entry only once advance() says it is written', () => {
    const { node, storage } = singleNode(new MemoryStorage(), true);
    node.campaign();
    const elected = handle(node, storage);
    assert.equal(elected.softState?.raftState, 'leader');
    assert.equal(elected.sendBeforeWrite, false, 'a new term must be on disk before any message');
    assert.equal(elected.committedEntries.length, 0, 'the empty entry is not written yet');
    const written = handle(node, storage);
    assert.deepEqual(
      written.committedEntries.map((e) => e.index),
      [1],
    );
    assert.equal(written.sendBeforeWrite, true);

    assert.equal(node.propose(new TextEncoder().encode('x')), 'ok');
    const proposed = handle(node, storage);
    assert.deepEqual(
      proposed.entries.map((e) => e.index),
      [2],
    );
    assert.equal(proposed.committedEntries.length, 0);
    assert.equal(proposed.sendBeforeWrite, true);
    assert.deepEqual(
      handle(node, storage).committedEntries.map((e) => e.index),
      [2],
    );
    assert.equal(node.hasReady(), false);
  });

  it('requires advance() between two ready() calls', () => {
    const { node } = singleNode();
    node.campaign();
    node.ready();
    assert.equal(node.hasReady(), false);
    assert.throws(() => node.ready(), /before advance/);
    node.advance();
    assert.throws(() => {
      node.advance();
    }, /without a pending Ready/);
  });

  it('restarts from persisted state and replays committed entries after applied', () => {
    const { node, storage } = singleNode();
    node.campaign();
    handle(node, storage);
    node.propose(new TextEncoder().encode('a'));
    handle(node, storage);
    const restarted = singleNode(storage).node;
    const rd = restarted.ready();
    assert.deepEqual(
      rd.committedEntries.map((e) => e.index),
      [1, 2],
    );
    assert.equal(rd.hardState, undefined, 'nothing new to persist');
    assert.equal(rd.entries.length, 0);
  });

  it('drops proposals without a leader', () => {
    const { node } = singleNode();
    assert.equal(node.propose(new Uint8Array([1])), 'proposal-dropped');
  });

  it('answers a read index locally on a single voter', () => {
    const { node, storage } = singleNode();
    node.campaign();
    handle(node, storage);
    node.readIndex(new TextEncoder().encode('ctx'));
    const rd = handle(node, storage);
    assert.equal(rd.readStates.length, 1);
    assert.equal(rd.readStates[0]?.index, 1);
  });

  it('adds a learner through a conf change and reports the ConfState', () => {
    const { node, storage } = singleNode();
    node.campaign();
    handle(node, storage);
    const cc: ConfChange = { transition: 'auto', changes: [{ type: 'add-learner', nodeId: 2n }] };
    assert.equal(node.proposeConfChange(cc), 'ok');
    handle(node, storage);
    const st = node.status();
    assert.deepEqual([...st.config.learners], [2n]);
    assert.equal(st.progress?.get(2n)?.isLearner, true);
  });

  it('refuses local message types from the network', () => {
    const { node } = singleNode();
    assert.throws(() =>
      node.step({
        type: 'MsgHup',
        from: 2n,
        to: 1n,
        term: 0,
        logTerm: 0,
        index: 0,
        entries: [],
        commit: 0,
        reject: false,
        rejectHint: 0,
      }),
    );
  });

  it('round-trips conf changes through their entry encoding', () => {
    const cc: ConfChange = {
      transition: 'explicit',
      changes: [
        { type: 'add-node', nodeId: 0xffff_ffff_ffff_fff1n },
        { type: 'remove-node', nodeId: 3n },
      ],
      context: new Uint8Array([0, 255, 7]),
    };
    assert.deepEqual(decodeConfChange(encodeConfChange(cc)), cc);
    assert.deepEqual(decodeConfChange(new Uint8Array()), { transition: 'auto', changes: [] });
  });
});
