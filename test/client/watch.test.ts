import assert from 'node:assert/strict';
import {
  CompactedError,
  type EtcdClient,
  type WatchBatch,
  type WatchEvent,
  type Watcher,
} from '../../src/client/index.js';
import { sleep, testClient, uniquePrefix } from '../helpers/client.js';
import { TcpProxy } from '../helpers/proxy.js';
import { type Target, targets } from '../helpers/target.js';

/** Reads batches until `count` events arrived; fails after `timeoutMs`. */
async function takeEvents(
  watcher: Watcher,
  count: number,
  timeoutMs = 5000,
): Promise<WatchEvent[]> {
  const it = watcher[Symbol.asyncIterator]();
  const events: WatchEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (events.length < count) {
    const batch = await nextWithin(it, deadline - Date.now());
    if (batch === undefined) break;
    events.push(...batch.events);
  }
  return events;
}

async function nextWithin(
  it: AsyncIterator<WatchBatch>,
  timeoutMs: number,
): Promise<WatchBatch | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        reject(new Error(`no watch response within ${timeoutMs} ms`));
      },
      Math.max(1, timeoutMs),
    );
  });
  try {
    const r = await Promise.race([it.next(), timeout]);
    return r.done === true ? undefined : r.value;
  } finally {
    clearTimeout(timer);
  }
}

function keysOf(events: WatchEvent[], prefix: string): string[] {
  return events.map((e) => `${e.type}:${e.kv.key.toString().slice(prefix.length)}`);
}

function assertContiguous(events: WatchEvent[], firstRevision: number): void {
  const revisions = events.map((e) => e.kv.modRevision);
  const expected = revisions.map((_, i) => firstRevision + i);
  assert.deepEqual(revisions, expected, 'events must be contiguous, without gap or repeat');
}

for (const { name, start } of targets) {
  describe(`client watch (${name})`, function () {
    this.timeout(30000);
    let target: Target;
    let client: EtcdClient;

    before(async function () {
      target = await start();
      client = testClient(target.endpoints);
    });
    after(async function () {
      await client.close();
      await target.stop();
    });

    it('delivers puts and deletes with prevKv, and create marks version 1', async function () {
      const p = uniquePrefix('watch');
      const watcher = await client.watch.watch(p, { prefix: true, prevKv: true });
      assert.ok(watcher.createdHeader!.revision > 0);
      await client.kv.put(p + 'a', '1');
      await client.kv.put(p + 'a', '2');
      await client.kv.delete(p + 'a');
      const events = await takeEvents(watcher, 3);
      assert.deepEqual(keysOf(events, p), ['put:a', 'put:a', 'delete:a']);
      assert.equal(events[0]!.kv.version, 1);
      assert.equal(events[0]!.prevKv, undefined);
      assert.equal(events[1]!.prevKv?.value.toString(), '1');
      assert.equal(events[2]!.prevKv?.value.toString(), '2');
      assert.equal(events[2]!.kv.value.length, 0);
      assertContiguous(events, events[0]!.kv.modRevision);
      await watcher.cancel();
    });

    it('matches concurrent creates to their own watchers', async function () {
      const p = uniquePrefix('multi');
      const watchers = await Promise.all(
        [0, 1, 2, 3, 4].map((i) => client.watch.watch(`${p}${i}`)),
      );
      assert.equal(new Set(watchers.map((w) => w.id)).size, 5);
      for (let i = 4; i >= 0; i--) await client.kv.put(`${p}${i}`, `v${i}`);
      for (let i = 0; i < 5; i++) {
        const [event] = await takeEvents(watchers[i]!, 1);
        assert.equal(event!.kv.key.toString(), `${p}${i}`);
        assert.equal(event!.kv.value.toString(), `v${i}`);
      }
      await Promise.all(watchers.map((w) => w.cancel()));
    });

    it('replays history from startRevision and applies noPut / noDelete filters', async function () {
      const p = uniquePrefix('replay');
      const first = await client.kv.put(p + 'k', '1');
      await client.kv.delete(p + 'k');
      await client.kv.put(p + 'k', '2');
      const all = await client.watch.watch(p + 'k', { startRevision: first.header.revision });
      assert.deepEqual(keysOf(await takeEvents(all, 3), p), ['put:k', 'delete:k', 'put:k']);
      const noPut = await client.watch.watch(p + 'k', {
        startRevision: first.header.revision,
        noPut: true,
      });
      const noDelete = await client.watch.watch(p + 'k', {
        startRevision: first.header.revision,
        noDelete: true,
      });
      await client.kv.delete(p + 'k');
      assert.deepEqual(keysOf(await takeEvents(noPut, 2), p), ['delete:k', 'delete:k']);
      await client.kv.put(p + 'k', '3');
      assert.deepEqual(keysOf(await takeEvents(noDelete, 3), p), ['put:k', 'put:k', 'put:k']);
      await Promise.all([all.cancel(), noPut.cancel(), noDelete.cancel()]);
    });

    it('cancel ends the iterator and stops events; break in for-await cancels too', async function () {
      const p = uniquePrefix('cancel');
      const watcher = await client.watch.watch(p + 'k');
      await watcher.cancel();
      assert.equal(watcher.isDone, true);
      await client.kv.put(p + 'k', 'after');
      const r = await watcher[Symbol.asyncIterator]().next();
      assert.equal(r.done, true);

      const other = await client.watch.watch(p + 'j');
      await client.kv.put(p + 'j', 'x');
      for await (const batch of other) {
        assert.equal(batch.events.length, 1);
        break;
      }
      assert.equal(other.isDone, true);
    });

    it('answers a progress request with a notice at the current revision', async function () {
      const p = uniquePrefix('progress');
      const watcher = await client.watch.watch(p + 'k');
      const put = await client.kv.put(p + 'other', 'x');
      client.watch.requestProgress();
      const it = watcher[Symbol.asyncIterator]();
      const batch = await nextWithin(it, 5000);
      assert.equal(batch?.progressNotify, true);
      assert.equal(batch.events.length, 0);
      assert.ok(batch.header.revision >= put.header.revision);
      assert.ok(watcher.nextRevision > put.header.revision);
      await watcher.cancel();
    });

    it('reports a compacted start revision as CompactedError', async function () {
      const p = uniquePrefix('compacted');
      const first = await client.kv.put(p + 'k', '1');
      const second = await client.kv.put(p + 'k', '2');
      await client.kv.compact(second.header.revision);
      const watcher = await client.watch.watch(p + 'k', { startRevision: first.header.revision });
      await assert.rejects(takeEvents(watcher, 1), (err: unknown) => {
        assert.ok(err instanceof CompactedError);
        assert.equal(err.compactRevision, second.header.revision);
        return true;
      });
    });

    it('resumes after the stream breaks without skipping or repeating events', async function () {
      const p = uniquePrefix('resume');
      const proxy = await TcpProxy.start(target.endpoints[0]!);
      const proxied = testClient([proxy.endpoint]);
      try {
        const watcher = await proxied.watch.watch(p, { prefix: true });
        const other = await proxied.watch.watch(p + 'b', { prefix: true, prevKv: true });
        const first = await client.kv.put(p + 'a0', 'x');
        for (let i = 1; i < 5; i++) await client.kv.put(`${p}a${i}`, 'x');
        assert.equal((await takeEvents(watcher, 5)).length, 5);
        // Break the stream and keep it broken while writes happen.
        proxy.refuse(true);
        proxy.dropAll();
        for (let i = 0; i < 5; i++) await client.kv.put(`${p}b${i}`, 'y');
        await sleep(300);
        proxy.refuse(false);
        for (let i = 5; i < 10; i++) await client.kv.put(`${p}b${i}`, 'y');
        const rest = await takeEvents(watcher, 10);
        assert.equal(rest.length, 10);
        assertContiguous(rest, first.header.revision + 5);
        const bs = await takeEvents(other, 10);
        assert.deepEqual(
          keysOf(bs, p),
          Array.from({ length: 10 }, (_, i) => `put:b${i}`),
        );
        assert.ok(proxied.watch.streamsOpened >= 2, 'the stream was re-opened');
        // Nothing more (no replayed duplicates) is pending.
        await client.kv.put(p + 'z', 'end');
        const [last] = await takeEvents(watcher, 1);
        assert.equal(last!.kv.key.toString(), p + 'z');
      } finally {
        await proxied.close();
        await proxy.close();
      }
    });

    it('reports compaction that happened while disconnected as CompactedError', async function () {
      const p = uniquePrefix('resume-compacted');
      const proxy = await TcpProxy.start(target.endpoints[0]!);
      const proxied = testClient([proxy.endpoint]);
      try {
        const watcher = await proxied.watch.watch(p, { prefix: true });
        await client.kv.put(p + 'a', '1');
        assert.equal((await takeEvents(watcher, 1)).length, 1);
        proxy.refuse(true);
        proxy.dropAll();
        await client.kv.put(p + 'b', '2');
        const last = await client.kv.put(p + 'c', '3');
        await client.kv.compact(last.header.revision);
        proxy.refuse(false);
        await assert.rejects(takeEvents(watcher, 2, 10000), CompactedError);
      } finally {
        await proxied.close();
        await proxy.close();
      }
    });

    it('resumes across a server restart on the same data and port', async function () {
      if (!target.kill || !target.restart) this.skip();
      const p = uniquePrefix('restart');
      const watcher = await client.watch.watch(p, { prefix: true });
      const first = await client.kv.put(p + 'a', '1');
      await client.kv.put(p + 'b', '2');
      await target.kill();
      await target.restart();
      await client.kv.put(p + 'c', '3');
      await client.kv.put(p + 'd', '4');
      const events = await takeEvents(watcher, 4, 15000);
      assert.deepEqual(keysOf(events, p), ['put:a', 'put:b', 'put:c', 'put:d']);
      assertContiguous(events, first.header.revision);
      await watcher.cancel();
    });

    it('close() ends every watcher', async function () {
      const own = testClient(target.endpoints);
      const watcher = await own.watch.watch(uniquePrefix('close'), { prefix: true });
      await own.close();
      assert.equal(watcher.isDone, true);
    });
  });
}
