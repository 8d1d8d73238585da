// SortedKeys: the store's keys in byte order, kept in chunks. Checked against a plain sorted array
// over seeded random inserts, removals and scans, with enough keys to split many chunks.
import assert from 'node:assert/strict';
import { SortedKeys } from '../../src/storage/mvcc/sorted-keys.js';
import { SeededRandom } from '../../src/raft/random.js';

function keysFrom(keys: SortedKeys, from: string, limit = Infinity): string[] {
  const out: string[] = [];
  keys.forEachFrom(from, (k) => {
    out.push(k);
    return out.length < limit;
  });
  return out;
}

function randomKey(random: SeededRandom): string {
  const length = 1 + random.nextInt(4);
  let key = '';
  // Bytes 0..255 as latin1, so the order checked is byte order, not UTF-16 of letters alone.
  for (let i = 0; i < length; i++) key += String.fromCharCode(random.nextInt(256));
  return key;
}

describe('storage: SortedKeys', () => {
  it('is empty at first, and scans from any key', () => {
    const keys = new SortedKeys();
    assert.deepEqual(keysFrom(keys, ''), []);
    keys.insert('b');
    keys.insert('a');
    keys.insert('c');
    assert.deepEqual(keysFrom(keys, ''), ['a', 'b', 'c']);
    assert.deepEqual(keysFrom(keys, 'b'), ['b', 'c']);
    assert.deepEqual(keysFrom(keys, 'bb'), ['c']);
    assert.deepEqual(keysFrom(keys, 'd'), []);
    assert.deepEqual(keysFrom(keys, '', 2), ['a', 'b'], 'stops when the visitor says so');
  });

  for (const seed of [1, 2, 3]) {
    it(`matches a sorted array through inserts, removals and scans (seed ${seed})`, () => {
      const random = new SeededRandom(seed);
      const reference = new Set<string>();
      const keys = new SortedKeys();
      const sorted = (): string[] => [...reference].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (let round = 0; round < 6; round++) {
        for (let i = 0; i < 3000; i++) {
          const key = randomKey(random);
          if (reference.has(key)) continue;
          reference.add(key);
          keys.insert(key);
        }
        const all = sorted();
        assert.deepEqual(keysFrom(keys, ''), all, `round ${round}: every key in order`);
        for (let probe = 0; probe < 50; probe++) {
          const from = randomKey(random);
          const expected = all.filter((k) => k >= from).slice(0, 20);
          assert.deepEqual(keysFrom(keys, from, 20), expected, `scan from ${JSON.stringify(from)}`);
        }
        // Drop about a third, as a compaction drops keys whose history is gone.
        const dropped = new Set(all.filter(() => random.nextFloat() < 0.33));
        for (const k of dropped) reference.delete(k);
        keys.retain((k) => !dropped.has(k));
        assert.deepEqual(keysFrom(keys, ''), sorted(), `round ${round}: after removals`);
      }
    });
  }
});
