// The Raft log's two places (raft-storage.ts, raft-wal.ts) on a real LevelDB and a real journal
// file: what a Ready saved comes back after a stop that left LevelDB behind the journal (as a kill
// -9 does), a torn record is ignored, and once the journal starts again its old records never come
// back over a newer log.
import assert from 'node:assert/strict';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry, HardState } from '../../src/raft/index.js';
import { Backend } from '../../src/storage/backend.js';
import { DurableRaftStorage, WAL_FILE } from '../../src/storage/raft-storage.js';

function entry(index: number, term: number, size = 8): Entry {
  return { index, term, type: 'normal', data: Buffer.alloc(size, index % 251) };
}

function range(from: number, to: number, term: number, size?: number): Entry[] {
  return Array.from({ length: to - from + 1 }, (_, i) => entry(from + i, term, size));
}

describe('storage: the Raft log (journal, then LevelDB)', function () {
  this.timeout(60_000);
  let dir: string;
  let backend: Backend | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-raftlog-'));
  });
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  async function openStorage(): Promise<DurableRaftStorage> {
    backend = await Backend.open(dir);
    return DurableRaftStorage.open(backend, []);
  }

  /** Stops as kill -9 would: LevelDB gets nothing more, the journal keeps what was written. */
  async function crash(): Promise<void> {
    await backend!.close();
    backend = undefined;
  }

  /** The epoch of the journal's record at offset 0. */
  async function firstEpoch(): Promise<number> {
    const handle = await open(join(dir, WAL_FILE), 'r');
    try {
      const head = Buffer.alloc(16);
      await handle.read(head, 0, 16, 0);
      return head.readUInt32BE(8);
    } finally {
      await handle.close();
    }
  }

  function logOf(storage: DurableRaftStorage): { index: number; term: number; byte: number }[] {
    const first = storage.firstIndex();
    return storage
      .entries(first, storage.lastIndex() + 1, Number.MAX_SAFE_INTEGER)
      .map((e) => ({ index: e.index, term: e.term, byte: e.data[0] ?? -1 }));
  }

  it('replays the journal records LevelDB did not get, overwrites included', async () => {
    const storage = await openStorage();
    const hs = (commit: number): HardState => ({ term: 2, vote: 1n, commit });
    await storage.save({ entries: range(1, 5, 1), hardState: hs(3) }, true);
    // A new leader overwrote the tail from index 4 on.
    await storage.save({ entries: range(4, 6, 2) }, true);
    await storage.save({ entries: [], hardState: hs(5) }, false);
    const before = logOf(storage);
    await crash();

    const reopened = await openStorage();
    assert.deepEqual(logOf(reopened), before);
    assert.deepEqual(
      before.map((e) => e.term),
      [1, 1, 1, 2, 2, 2],
    );
    assert.deepEqual(reopened.initialState().hardState, hs(5));
    await reopened.close();
  });

  it('ignores a torn last record', async () => {
    const storage = await openStorage();
    await storage.save(
      { entries: range(1, 3, 1), hardState: { term: 1, vote: 0n, commit: 3 } },
      true,
    );
    await storage.save({ entries: range(4, 4, 1, 1000) }, true);
    await crash();
    // Tear the second record: its payload ends in zeros.
    const handle = await open(join(dir, WAL_FILE), 'r+');
    const head = Buffer.alloc(16);
    await handle.read(head, 0, 16, 0);
    const second = 16 + head.readUInt32BE(4);
    await handle.write(Buffer.alloc(500), 0, 500, second + 16 + 300);
    await handle.close();

    const reopened = await openStorage();
    assert.equal(reopened.lastIndex(), 3);
    await reopened.close();
  });

  it('starts the journal again past 4 MiB without bringing old records back', async () => {
    const storage = await openStorage();
    let index = 0;
    let startEpoch = 0;
    // About 6 MiB of entries: the journal starts again once on the way.
    for (let round = 0; round < 100; round++) {
      const entries = range(index + 1, index + 1, 1, 64 * 1024);
      index += 1;
      await storage.save({ entries, hardState: { term: 1, vote: 0n, commit: index } }, true);
      if (round === 0) startEpoch = await firstEpoch();
    }
    assert.ok((await firstEpoch()) > startEpoch, 'the journal never started again');
    // Then a new term overwrites the tail, so a stale record replayed would resurrect term 1.
    await storage.save({ entries: range(index - 2, index - 2, 2) }, true);
    const before = logOf(storage);
    assert.equal(before.length, 98);
    await crash();

    const reopened = await openStorage();
    assert.deepEqual(logOf(reopened), before);
    assert.equal(reopened.term(98), 2);
    await crash();
    // And once more, after the open wrote everything to LevelDB and started a new epoch.
    const again = await openStorage();
    assert.deepEqual(logOf(again), before);
    await again.close();
  });
});
