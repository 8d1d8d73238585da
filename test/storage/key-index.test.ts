// KeyIndex: one key's generations, as etcd's keyIndex keeps them. Reads at any revision, deletion
// and re-creation, compaction that keeps reads at exactly the compaction revision working, and
// rebuilding the same index from stored records (restore) after a compaction.
import assert from 'node:assert/strict';
import { KeyIndex } from '../../src/storage/mvcc/key-index.js';

/** put at 2, 3, 4; delete at 5; put at 7, 8. */
function sample(): KeyIndex {
  const ki = new KeyIndex('k');
  ki.put(2, 0);
  ki.put(3, 0);
  ki.put(4, 1);
  ki.tombstone(5, 0);
  ki.put(7, 0);
  ki.put(8, 2);
  return ki;
}

describe('storage: KeyIndex', () => {
  it('answers every revision: create revision, version, modified revision, and deletion', () => {
    const ki = sample();
    assert.equal(ki.get(1), undefined);
    assert.deepEqual(ki.get(2), { modified: { main: 2, sub: 0 }, createRevision: 2, version: 1 });
    assert.deepEqual(ki.get(3), { modified: { main: 3, sub: 0 }, createRevision: 2, version: 2 });
    assert.deepEqual(ki.get(4), { modified: { main: 4, sub: 1 }, createRevision: 2, version: 3 });
    assert.equal(ki.get(5), undefined, 'deleted at 5');
    assert.equal(ki.get(6), undefined, 'still deleted at 6');
    assert.deepEqual(ki.get(7), { modified: { main: 7, sub: 0 }, createRevision: 7, version: 1 });
    assert.deepEqual(ki.get(8), { modified: { main: 8, sub: 2 }, createRevision: 7, version: 2 });
    assert.deepEqual(ki.get(100), ki.get(8));
    assert.equal(ki.isLive, true);
    assert.equal(ki.isEmpty, false);
  });

  it('is not live after a delete, and empty only before any write', () => {
    const ki = new KeyIndex('k');
    assert.equal(ki.isEmpty, true);
    assert.equal(ki.isLive, false);
    ki.put(2, 0);
    ki.tombstone(3, 0);
    assert.equal(ki.isLive, false);
    assert.equal(ki.isEmpty, false);
    assert.equal(ki.get(3), undefined);
    assert.equal(ki.get(2)?.version, 1);
  });

  it('compaction keeps reads at exactly the compaction revision and drops what is older', () => {
    const ki = sample();
    assert.deepEqual(ki.compact(3), [{ main: 2, sub: 0 }]);
    assert.deepEqual(ki.get(3), { modified: { main: 3, sub: 0 }, createRevision: 2, version: 2 });
    assert.equal(ki.get(4)?.version, 3, 'versions still count from the creation');
    assert.equal(ki.get(8)?.version, 2);
    // Compacting inside the deleted span removes the whole first generation with its tombstone.
    assert.deepEqual(ki.compact(6), [
      { main: 3, sub: 0 },
      { main: 4, sub: 1 },
      { main: 5, sub: 0 },
    ]);
    assert.equal(ki.get(6), undefined);
    assert.deepEqual(ki.get(7), { modified: { main: 7, sub: 0 }, createRevision: 7, version: 1 });
    assert.deepEqual(ki.compact(8), [{ main: 7, sub: 0 }]);
    assert.deepEqual(ki.get(8), { modified: { main: 8, sub: 2 }, createRevision: 7, version: 2 });
    assert.deepEqual(ki.compact(50), [], 'the newest record of a live key always stays');
    assert.equal(ki.isLive, true);
  });

  it('compaction at the tombstone revision removes the generation; at the one before keeps it', () => {
    const a = new KeyIndex('a');
    a.put(2, 0);
    a.tombstone(4, 0);
    assert.deepEqual(a.compact(3), []);
    assert.equal(a.get(3)?.version, 1);
    assert.equal(a.get(4), undefined);
    assert.deepEqual(a.compact(4), [
      { main: 2, sub: 0 },
      { main: 4, sub: 0 },
    ]);
    assert.equal(a.isEmpty, true, 'nothing of a deleted key survives a compaction past its delete');
  });

  it('restore from the records a compaction left rebuilds the same index', () => {
    const original = sample();
    original.put(9, 0);
    original.put(10, 0);
    original.compact(9); // drops 2..5 and 7, 8: the live generation starts at version 3
    // The records left, as the store keeps them: (main, sub, createRevision, version, tombstone).
    const restored = new KeyIndex('k');
    restored.restore(9, 0, 7, 3, false);
    restored.restore(10, 0, 7, 4, false);
    for (let rev = 1; rev <= 12; rev++) {
      if (rev < 9) continue; // compacted away in both
      assert.deepEqual(restored.get(rev), original.get(rev), `revision ${rev}`);
    }
    assert.deepEqual(restored.get(10), {
      modified: { main: 10, sub: 0 },
      createRevision: 7,
      version: 4,
    });
    // A restored tombstone closes the generation like a live one.
    restored.restore(11, 0, 0, 0, true);
    assert.equal(restored.get(11), undefined);
    assert.equal(restored.isLive, false);
    restored.restore(12, 0, 12, 1, false);
    assert.deepEqual(restored.get(12), {
      modified: { main: 12, sub: 0 },
      createRevision: 12,
      version: 1,
    });
  });
});
