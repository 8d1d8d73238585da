// MvccStore on a real LevelDB: etcd's revision rules, range rules, compaction, restore after
// reopen, history order and hash stability.
import assert from 'node:assert/strict';
import {
  CompactedError,
  EventType,
  FutureRevisionError,
  type KeyValue,
  type MvccEvent,
} from '../../src/storage/mvcc/kv-store.js';
import { TempStore } from './helpers.js';

function meta(kv: KeyValue | undefined): string {
  if (!kv) return 'none';
  return `${kv.key.toString('latin1')}=${kv.value.toString()} c${kv.createRevision} m${kv.modRevision} v${kv.version} l${kv.lease}`;
}

async function collect(gen: AsyncGenerator<MvccEvent>): Promise<MvccEvent[]> {
  const out: MvccEvent[] = [];
  for await (const ev of gen) out.push(ev);
  return out;
}

function describeEvent(ev: MvccEvent): string {
  const type = ev.type === EventType.Put ? 'put' : 'del';
  const prev = ev.prev ? ` prev${ev.prev.main}.${ev.prev.sub}` : '';
  return `${type} ${ev.kv.key.toString('latin1')}@${ev.kv.modRevision}${prev}`;
}

/** Everything observable about the store at every revision up to the current one. */
function snapshot(t: TempStore): string[] {
  const s = t.store;
  const lines = [`rev ${s.currentRevision} compact ${s.compactRevision}`];
  for (let rev = Math.max(1, s.compactRevision); rev <= s.currentRevision; rev++) {
    const r = s.range('', null, rev, 0);
    lines.push(`@${rev} count ${r.count}: ${r.kvs.map(meta).join(' | ')}`);
  }
  return lines;
}

describe('storage: MvccStore', function () {
  let t: TempStore;

  beforeEach(async () => {
    t = await TempStore.create();
  });

  afterEach(async () => {
    await t.dispose();
  });

  it('starts at revision 1 and bumps the revision once per write request that changes something', async () => {
    assert.equal(t.store.currentRevision, 1);
    assert.equal((await t.put('a', '1')).revision, 2);
    // Several changes in one request share one revision, with increasing sub revisions.
    const multi = await t.write((txn) => {
      txn.put(Buffer.from('b'), Buffer.from('1'), 0n);
      txn.put(Buffer.from('c'), Buffer.from('1'), 0n);
      txn.deleteRange('a', undefined);
    });
    assert.equal(multi.revision, 3);
    assert.deepEqual(
      multi.events.map((e) => [e.type, e.kv.modRevision]),
      [
        [EventType.Put, 3],
        [EventType.Put, 3],
        [EventType.Delete, 3],
      ],
    );
    // A delete of nothing changes nothing: no new revision (as etcd).
    assert.equal((await t.del('nope')).revision, 3);
    assert.equal((await t.del('x', 'y')).revision, 3);
    assert.equal(t.store.currentRevision, 3);
    assert.equal((await t.put('a', '2')).revision, 4);
  });

  it('keeps create revision, mod revision and version through updates, delete and re-create', async () => {
    await t.put('k', 'v1'); // 2
    await t.put('k', 'v2'); // 3
    assert.equal(meta(t.store.range('k', undefined, 0, 0).kvs[0]), 'k=v2 c2 m3 v2 l0');
    await t.del('k'); // 4
    assert.equal(t.store.range('k', undefined, 0, 0).kvs.length, 0);
    await t.put('k', 'v3', 7n); // 5
    assert.equal(meta(t.store.range('k', undefined, 0, 0).kvs[0]), 'k=v3 c5 m5 v1 l7');
    await t.put('k', 'v4'); // 6
    assert.equal(meta(t.store.range('k', undefined, 0, 0).kvs[0]), 'k=v4 c5 m6 v2 l0');
    // Historical reads see each state.
    assert.equal(meta(t.store.range('k', undefined, 2, 0).kvs[0]), 'k=v1 c2 m2 v1 l0');
    assert.equal(meta(t.store.range('k', undefined, 3, 0).kvs[0]), 'k=v2 c2 m3 v2 l0');
    assert.equal(t.store.range('k', undefined, 4, 0).kvs.length, 0);
    assert.equal(meta(t.store.range('k', undefined, 5, 0).kvs[0]), 'k=v3 c5 m5 v1 l7');
    assert.equal(t.store.range('k', undefined, 1, 0).kvs.length, 0);
  });

  it('reads inside a write request see its own earlier writes', async () => {
    await t.put('a', '1');
    await t.write((txn) => {
      assert.equal(txn.readRevision, 2);
      txn.put(Buffer.from('a'), Buffer.from('2'), 0n);
      assert.equal(txn.readRevision, 3);
      assert.equal(meta(txn.range('a', undefined, 0).kvs[0]), 'a=2 c2 m3 v2 l0');
      txn.deleteRange('a', undefined);
      assert.equal(txn.range('a', undefined, 0).kvs.length, 0);
    });
    assert.equal(t.store.currentRevision, 3);
    assert.equal(t.store.range('a', undefined, 0, 0).kvs.length, 0);
  });

  it('follows etcd range end rules: single key, prefix end, "\\0" (from key on), end <= key', async () => {
    for (const k of ['a', 'ab', 'abc', 'b', 'b\0', 'c', '\xff']) await t.put(k, k);
    assert.equal(t.view('ab', undefined), 'ab=ab', 'no end: the key alone');
    assert.equal(t.view('abx', undefined), '');
    assert.equal(t.view('ab', 'ac'), 'ab=ab,abc=abc', 'prefix ab');
    assert.equal(t.view('a', 'b'), 'a=a,ab=ab,abc=abc', 'end is exclusive');
    assert.equal(t.view('b', null), 'b=b,b\0=b\0,c=c,\xff=\xff', '"\\0" means every key >= key');
    assert.equal(t.view('\0', null).split(',').length, 7, 'key "\\0" with end "\\0": all keys');
    assert.equal(t.view('b', 'b'), '', 'end == key: empty');
    assert.equal(t.view('c', 'a'), '', 'end < key: empty');
    assert.equal(t.view('b', 'b\0'), 'b=b', 'a key and its successor');
    assert.equal(t.view('\xff', null), '\xff=\xff', 'byte order, not UTF-16 order');
  });

  it('limits the keys but counts all of them, at any revision', async () => {
    for (let i = 0; i < 10; i++) await t.put(`k${i}`, String(i)); // revisions 2..11
    const r = t.store.range('k', 'l', 0, 3);
    assert.deepEqual(
      r.kvs.map((kv) => kv.key.toString()),
      ['k0', 'k1', 'k2'],
    );
    assert.equal(r.count, 10);
    const old = t.store.range('k', 'l', 6, 2);
    assert.equal(old.count, 5, 'five keys existed at revision 6');
    assert.equal(old.kvs.length, 2);
    await t.del('k0', 'k5'); // 12
    const after = t.store.range('k', 'l', 0, 0);
    assert.equal(after.count, 5);
    assert.equal(after.kvs[0]?.key.toString(), 'k5');
  });

  it('rejects future and compacted revisions with the mvcc errors', async () => {
    for (let i = 0; i < 5; i++) await t.put('k', String(i)); // 2..6
    assert.throws(() => t.store.range('k', undefined, 7, 0), FutureRevisionError);
    assert.equal(t.view('k', undefined, 6), 'k=4');
    const deleteRecords = t.store.compact(4);
    await t.store.flush();
    await deleteRecords();
    assert.equal(t.store.compactRevision, 4);
    assert.throws(() => t.store.range('k', undefined, 3, 0), CompactedError);
    assert.equal(
      t.view('k', undefined, 4),
      'k=2',
      'a read at exactly the compaction revision works',
    );
    assert.equal(t.view('k', undefined, 5), 'k=3');
    assert.equal(t.view('k', undefined, 0), 'k=4');
    assert.throws(
      () => t.store.compact(4),
      CompactedError,
      'compacting again at the same revision',
    );
    assert.throws(() => t.store.compact(3), CompactedError);
    assert.throws(() => t.store.compact(7), FutureRevisionError);
    // checkRevision is what the server uses for watches and txn reads: 0 is current.
    assert.equal(t.store.checkRevision(0), 6);
  });

  it('compaction removes deleted keys and old versions from the backend, keeping reads at the compact revision', async () => {
    await t.put('gone', '1'); // 2
    await t.del('gone'); // 3
    await t.put('live', 'a'); // 4
    await t.put('live', 'b'); // 5
    await t.put('dying', 'x'); // 6
    await t.put('live', 'c'); // 7
    await t.del('dying'); // 8
    const before = snapshot(t);
    const deleteRecords = t.store.compact(7);
    await t.store.flush();
    await deleteRecords();
    // Reads at and after the compaction revision are unchanged.
    const after = snapshot(t);
    assert.deepEqual(after, [before[0]!.replace('compact 0', 'compact 7'), ...before.slice(7)]);
    assert.equal(t.view('', null, 7), 'dying=x,live=c');
    // Exactly the records a read at >= 7 can no longer reach are gone from LevelDB.
    const events = await collect(t.store.history(1, 100));
    assert.deepEqual(events.map(describeEvent), [
      'put dying@6',
      'put live@7',
      'del dying@8 prev6.0',
    ]);
    await t.reopen();
    assert.deepEqual(snapshot(t), after, 'the same after reopening');
  });

  it('restores an identical index after reopen, also after a compaction that dropped the first versions of a generation', async () => {
    await t.put('a', 'a1'); // 2
    await t.put('a', 'a2'); // 3
    await t.put('b', 'b1'); // 4
    await t.del('a'); // 5
    await t.put('a', 'a3', 9n); // 6: a new generation
    await t.put('a', 'a4'); // 7
    await t.put('a', 'a5'); // 8
    await t.write((txn) => {
      txn.put(Buffer.from('c'), Buffer.from('c1'), 0n);
      txn.put(Buffer.from('d'), Buffer.from('d1'), 0n);
    }); // 9
    await t.del('b'); // 10
    const full = snapshot(t);
    await t.reopen();
    assert.deepEqual(snapshot(t), full, 'reopened without compaction');

    // Compact inside a's second generation: versions 1 and 2 of it (revisions 6, 7) go away.
    const deleteRecords = t.store.compact(8);
    await t.store.flush();
    await deleteRecords();
    const compacted = snapshot(t);
    assert.equal(meta(t.store.range('a', undefined, 8, 0).kvs[0]), 'a=a5 c6 m8 v3 l0');
    await t.reopen();
    assert.deepEqual(snapshot(t), compacted);
    assert.equal(t.store.compactRevision, 8);
    // Writing on after the restore continues the generation with the right version.
    await t.put('a', 'a6'); // 11
    assert.equal(meta(t.store.range('a', undefined, 0, 0).kvs[0]), 'a=a6 c6 m11 v4 l0');
    assert.equal(t.store.currentRevision, 11);
  });

  it('keeps the current revision across reopen even when compaction removed its records', async () => {
    await t.put('a', '1'); // 2
    await t.del('a'); // 3
    const deleteRecords = t.store.compact(3);
    await t.store.flush();
    await deleteRecords();
    assert.equal((await collect(t.store.history(1, 10))).length, 0);
    await t.reopen();
    assert.equal(t.store.currentRevision, 3, 'revisions never go backwards');
    assert.equal(t.store.compactRevision, 3);
    assert.equal((await t.put('a', '2')).revision, 4);
  });

  it('finishes a compaction whose record deletion was interrupted', async () => {
    for (let i = 0; i < 5; i++) await t.put('k', String(i)); // 2..6
    t.store.compact(5); // the mark is flushed below; the records are never deleted
    await t.store.flush();
    await t.reopen();
    assert.equal(t.store.compactRevision, 5);
    assert.throws(() => t.store.range('k', undefined, 4, 0), CompactedError);
    assert.equal(t.view('k', undefined, 5), 'k=3');
    const events = await collect(t.store.history(1, 10));
    assert.deepEqual(events.map(describeEvent), ['put k@5', 'put k@6 prev5.0']);
  });

  it('history yields every change in revision order with where the previous record is', async () => {
    await t.put('a', '1'); // 2
    await t.write((txn) => {
      txn.put(Buffer.from('b'), Buffer.from('1'), 0n);
      txn.put(Buffer.from('a'), Buffer.from('2'), 0n);
    }); // 3
    await t.del('a', 'c'); // 4: deletes a and b, in key order
    await t.put('a', '3'); // 5
    const events = await collect(t.store.history(1, 5));
    assert.deepEqual(events.map(describeEvent), [
      'put a@2',
      'put b@3',
      'put a@3 prev2.0',
      'del a@4 prev3.1',
      'del b@4 prev3.0',
      'put a@5',
    ]);
    assert.equal(events[2]!.kv.version, 2);
    assert.equal(events[3]!.kv.value.length, 0);
    assert.deepEqual(
      (await collect(t.store.history(3, 4))).map(describeEvent),
      events.slice(1, 5).map(describeEvent),
      'a window of revisions',
    );
    assert.equal(
      t.store.readKv(events[3]!.prev!)?.value.toString(),
      '2',
      'prev points at a record',
    );
  });

  it('hash is stable: unchanged by later writes, by reopening, and the same for the same history', async () => {
    const other = await TempStore.create();
    try {
      for (const s of [t, other]) {
        await s.put('a', '1');
        await s.put('b', '2');
        await s.del('a');
      }
      // Only the hash itself: the revision and compact revision reported beside it are etcd's.
      const hashAt = async (s: TempStore, rev: number): Promise<number> =>
        (await s.store.hash(rev)).hash;
      const h4 = await hashAt(t, 4);
      assert.equal(await hashAt(other, 4), h4, 'same history, same hash');
      assert.notEqual(await hashAt(t, 3), h4);
      await t.put('c', '3');
      assert.equal(await hashAt(t, 4), h4, 'later writes do not change an older hash');
      assert.notEqual(await hashAt(t, 0), h4);
      await t.reopen();
      assert.equal(await hashAt(t, 4), h4, 'after reopen');
      await assert.rejects(t.store.hash(9), FutureRevisionError);
    } finally {
      await other.dispose();
    }
  });

  // The server answers a write once it is applied in memory and only then hands its batch to
  // LevelDB, without waiting: a hash or history read that follows at once must still see it.
  it('hash and history right after a write whose flush is still in flight see that write', async () => {
    const rounds = 200;
    const hashes: number[] = [];
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < rounds; i++) {
      const txn = t.store.beginWrite();
      txn.put(Buffer.from(`k${i % 7}`), Buffer.from(`v${i}`), 0n);
      const revision = txn.end();
      inFlight.push(t.store.flush());
      hashes[revision] = (await t.store.hash(revision)).hash;
      const events = await collect(t.store.history(revision, revision));
      assert.equal(events.length, 1, `history of revision ${revision} has its put`);
    }
    await Promise.all(inFlight);
    await t.reopen();
    for (let rev = 2; rev <= rounds + 1; rev++)
      assert.equal((await t.store.hash(rev)).hash, hashes[rev], `hash at revision ${rev}`);
  });

  // The leader's corruption check hashes, asks its peers, then hashes again and compares the two at
  // the revision each reports: a write applied while a hash waits for its flush must be neither
  // hashed nor reported (it was once reported, and a healthy leader raised CORRUPT against itself).
  it('reports the revision it hashed, not one applied while it ran', async () => {
    const before = t.store.currentRevision;
    const hashing = t.store.hash(0);
    const txn = t.store.beginWrite();
    txn.put(Buffer.from('during'), Buffer.from('the hash'), 0n);
    const applied = txn.end();
    const result = await hashing;
    assert.equal(applied, before + 1);
    assert.equal(result.revision, before);
    assert.equal(result.hash, (await t.store.hash(before)).hash);
    const after = await t.store.hash(0);
    assert.equal(after.revision, applied);
    assert.notEqual(after.hash, result.hash);
  });
});
