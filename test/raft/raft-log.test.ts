import assert from 'node:assert/strict';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import { RaftLog } from '../../src/raft/raft-log.js';
import { CompactedError, UnavailableError } from '../../src/raft/storage.js';
import { Unstable } from '../../src/raft/unstable.js';
import { EMPTY_CONF_STATE, type Entry } from '../../src/raft/types.js';

const MAX = Number.MAX_SAFE_INTEGER;

function entry(index: number, term: number, data = ''): Entry {
  return { index, term, type: 'normal', data: new TextEncoder().encode(data) };
}

const ents = (...pairs: [number, number][]): Entry[] => pairs.map(([i, t]) => entry(i, t));
const terms = (es: readonly Entry[]): string => es.map((e) => `${e.term}/${e.index}`).join(' ');

describe('memory storage', () => {
  it('keeps a dummy entry at the snapshot index so its term is known', () => {
    const s = new MemoryStorage();
    s.append(ents([1, 1], [2, 1], [3, 2], [4, 2]));
    s.createSnapshot(2, EMPTY_CONF_STATE, new Uint8Array());
    s.compact(2);
    assert.equal(s.firstIndex(), 3);
    assert.equal(s.lastIndex(), 4);
    assert.equal(s.term(2), 1);
    assert.throws(() => s.term(1), CompactedError);
    assert.throws(() => s.entries(2, 4, MAX), CompactedError);
    assert.throws(() => s.entries(3, 6, MAX), UnavailableError);
    assert.equal(terms(s.entries(3, 5, MAX)), '2/3 2/4');
  });

  it('replaces a conflicting tail and skips compacted entries on append', () => {
    const s = new MemoryStorage();
    s.append(ents([1, 1], [2, 1], [3, 1]));
    s.append(ents([2, 2], [3, 2], [4, 2]));
    assert.equal(terms(s.entries(1, 5, MAX)), '1/1 2/2 2/3 2/4');
    s.compact(3);
    s.append(ents([2, 2], [3, 2], [4, 2], [5, 3]));
    assert.equal(terms(s.entries(4, 6, MAX)), '2/4 3/5');
    assert.throws(() => {
      s.append(ents([9, 3]));
    }, /missing log entry/);
  });

  it('limits entries by size but returns at least one', () => {
    const s = new MemoryStorage();
    s.append([entry(1, 1, 'x'.repeat(100)), entry(2, 1, 'y'), entry(3, 1, 'z')]);
    assert.equal(s.entries(1, 4, 1).length, 1);
    assert.equal(s.entries(2, 4, 2 * (1 + 24)).length, 2);
  });

  it('applies a snapshot over everything and refuses an older one', () => {
    const s = new MemoryStorage();
    s.append(ents([1, 1], [2, 1]));
    s.applySnapshot({
      metadata: { index: 5, term: 3, confState: EMPTY_CONF_STATE },
      data: new Uint8Array(),
    });
    assert.equal(s.firstIndex(), 6);
    assert.equal(s.lastIndex(), 5);
    assert.equal(s.term(5), 3);
    assert.throws(() => {
      s.applySnapshot({
        metadata: { index: 4, term: 3, confState: EMPTY_CONF_STATE },
        data: new Uint8Array(),
      });
    });
  });
});

describe('unstable', () => {
  it('truncates and appends at the right place', () => {
    const u = new Unstable(5);
    u.truncateAndAppend(ents([5, 1], [6, 1], [7, 1]));
    u.truncateAndAppend(ents([8, 1]));
    assert.equal(terms(u.entries), '1/5 1/6 1/7 1/8');
    u.truncateAndAppend(ents([7, 2]));
    assert.equal(terms(u.entries), '1/5 1/6 2/7');
    u.truncateAndAppend(ents([4, 3]));
    assert.equal(u.offset, 4);
    assert.equal(terms(u.entries), '3/4');
  });

  it('only stabilizes entries whose term still matches', () => {
    const u = new Unstable(5);
    u.truncateAndAppend(ents([5, 1], [6, 1]));
    u.stableTo(6, 2);
    assert.equal(u.entries.length, 2, 'the entry was replaced by a newer term meanwhile');
    u.stableTo(5, 1);
    assert.equal(u.offset, 6);
    assert.equal(terms(u.entries), '1/6');
  });

  it('answers the term of its snapshot', () => {
    const u = new Unstable(1);
    u.restore({
      metadata: { index: 10, term: 4, confState: EMPTY_CONF_STATE },
      data: new Uint8Array(),
    });
    assert.equal(u.maybeFirstIndex(), 11);
    assert.equal(u.maybeLastIndex(), 10);
    assert.equal(u.maybeTerm(10), 4);
    assert.equal(u.maybeTerm(9), undefined);
    u.stableSnapTo(10);
    assert.equal(u.snapshot, undefined);
  });
});

describe('raft log', () => {
  function logWith(stored: Entry[], unstable: Entry[]): RaftLog {
    const s = new MemoryStorage();
    s.append(stored);
    const log = new RaftLog(s, MAX);
    log.append(unstable);
    return log;
  }

  it('reads across the storage/unstable boundary', () => {
    const log = logWith(ents([1, 1], [2, 1], [3, 2]), ents([4, 2], [5, 3]));
    assert.equal(log.unstable.offset, 4);
    assert.equal(log.firstIndex(), 1);
    assert.equal(log.lastIndex(), 5);
    assert.equal(terms(log.slice(2, 6, MAX)), '1/2 2/3 2/4 3/5');
    assert.equal(log.term(3), 2);
    assert.equal(log.term(5), 3);
    assert.equal(log.term(6), 0);
  });

  it('stops at the size limit even inside storage', () => {
    const log = logWith([entry(1, 1, 'a'.repeat(50)), entry(2, 1, 'b')], ents([3, 1]));
    assert.equal(log.slice(1, 4, 10).length, 1);
    assert.equal(log.slice(2, 4, MAX).length, 2);
  });

  it('appends after a match, truncating conflicts but not matching entries', () => {
    const log = logWith(ents([1, 1], [2, 1], [3, 1]), []);
    assert.equal(log.maybeAppend(1, 1, 0, ents([2, 1], [3, 1])), 3);
    assert.equal(log.unstable.entries.length, 0, 'entries already present are not rewritten');
    assert.equal(log.maybeAppend(2, 1, 3, ents([3, 2], [4, 2])), 4);
    assert.equal(terms(log.slice(1, 5, MAX)), '1/1 1/2 2/3 2/4');
    assert.equal(log.committed, 3);
    assert.equal(log.maybeAppend(4, 3, 4, ents([5, 3])), undefined, 'term mismatch at 4');
  });

  it('refuses to overwrite committed entries', () => {
    const log = logWith(ents([1, 1], [2, 1]), []);
    log.commitTo(2);
    assert.throws(() => log.maybeAppend(1, 1, 2, ents([2, 2])));
  });

  it('commits only entries of the given term', () => {
    const log = logWith(ents([1, 1], [2, 2]), []);
    assert.equal(log.maybeCommit(1, 2), false);
    assert.equal(log.maybeCommit(2, 2), true);
    assert.equal(log.committed, 2);
  });

  it('finds where a follower may match by term', () => {
    const log = logWith(ents([1, 1], [2, 1], [3, 2], [4, 2], [5, 4]), []);
    assert.deepEqual(log.findConflictByTerm(5, 3), { index: 4, term: 2 });
    assert.deepEqual(log.findConflictByTerm(5, 1), { index: 2, term: 1 });
    assert.deepEqual(log.findConflictByTerm(5, 0), { index: 0, term: 0 });
  });

  it('hands out committed entries once, and none while a snapshot is pending', () => {
    const log = logWith(ents([1, 1], [2, 1], [3, 1]), []);
    log.commitTo(2);
    assert.equal(terms(log.nextCommittedEntries()), '1/1 1/2');
    log.appliedTo(2);
    assert.equal(log.hasNextCommittedEntries(), false);
    log.restore({
      metadata: { index: 10, term: 3, confState: EMPTY_CONF_STATE },
      data: new Uint8Array(),
    });
    assert.equal(log.committed, 10);
    assert.equal(log.hasNextCommittedEntries(), false);
    assert.equal(log.firstIndex(), 11);
    assert.equal(log.lastIndex(), 10);
  });

  it('compares logs for elections', () => {
    const log = logWith(ents([1, 1], [2, 2]), []);
    assert.equal(log.isUpToDate(1, 3), true);
    assert.equal(log.isUpToDate(2, 2), true);
    assert.equal(log.isUpToDate(1, 2), false);
    assert.equal(log.isUpToDate(5, 1), false);
  });
});
