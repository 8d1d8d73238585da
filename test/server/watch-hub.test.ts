// The watch hub on a real MVCC store with a fake transport: created responses in order, start
// revisions (now, past, future, compacted), filters, prev_kv, progress requests, a slow client
// whose watchers catch up from history without losing or repeating an event, and fragments.
import assert from 'node:assert/strict';
import { etcdserverpb, mvccpb } from '../../src/gen/etcd.js';
import {
  WatchHub,
  type WatchCreate,
  type WatchSink,
  type WatchStream,
} from '../../src/server/watch-hub.js';
import { toNumber } from '../../src/util/long.js';
import { eventually } from '../helpers/client.js';
import { TempStore } from '../storage/helpers.js';
import { prng, seedFrom } from '../helpers/random.js';

/** A transport that records responses and can pretend to be full. */
class FakeSink implements WatchSink {
  readonly responses: etcdserverpb.IWatchResponse[] = [];
  full = false;
  private drainers: (() => void)[] = [];

  send(response: etcdserverpb.IWatchResponse): boolean {
    // Encode like the gRPC transport would, so the response is a valid WatchResponse.
    const bytes = etcdserverpb.WatchResponse.encode(response).finish();
    this.responses.push(etcdserverpb.WatchResponse.decode(bytes));
    return !this.full;
  }

  onDrain(fn: () => void): void {
    this.drainers.push(fn);
  }

  aborted: string | undefined;

  abort(reason: string): void {
    this.aborted = reason;
  }

  get waitingForDrain(): boolean {
    return this.drainers.length > 0;
  }

  drain(): void {
    this.full = false;
    for (const fn of this.drainers.splice(0)) fn();
  }

  /** The responses as short strings. */
  lines(): string[] {
    return this.responses.map(describeResponse);
  }

  /** Every event of watcher `id`, as `type key@rev`. */
  events(id: number): string[] {
    return this.responses
      .filter((r) => toNumber(r.watchId) === id)
      .flatMap((r) => (r.events ?? []).map(describeEvent));
  }
}

function describeEvent(e: mvccpb.IEvent): string {
  const type = e.type === mvccpb.Event.EventType.DELETE ? 'del' : 'put';
  const kv = e.kv!;
  const value = type === 'put' ? `=${Buffer.from(kv.value ?? []).toString()}` : '';
  const prev = e.prevKv ? ` prev=${Buffer.from(e.prevKv.value ?? []).toString()}` : '';
  return `${type} ${Buffer.from(kv.key ?? []).toString()}${value}@${toNumber(kv.modRevision)}${prev}`;
}

function describeResponse(r: etcdserverpb.IWatchResponse): string {
  const parts = [`w${toNumber(r.watchId)}`];
  if (r.created) parts.push('created');
  if (r.canceled) parts.push('canceled');
  if (toNumber(r.compactRevision) > 0) parts.push(`compact=${toNumber(r.compactRevision)}`);
  if (r.fragment) parts.push('fragment');
  const events = (r.events ?? []).map(describeEvent);
  if (events.length > 0) parts.push(`[${events.join(', ')}]`);
  parts.push(`rev=${toNumber(r.header?.revision)}`);
  return parts.join(' ');
}

function spec(key: string, options: Partial<WatchCreate> = {}): WatchCreate {
  return {
    key,
    end: undefined,
    startRevision: 0,
    filter: { noPut: false, noDelete: false },
    prevKv: false,
    progressNotify: false,
    fragment: false,
    watchId: undefined,
    ...options,
  };
}

describe('server: WatchHub', function () {
  let t: TempStore;
  let hub: WatchHub;
  let flushing: Promise<void>;
  let maxResponseBytes: number;

  beforeEach(async () => {
    t = await TempStore.create();
    flushing = Promise.resolve();
    maxResponseBytes = 1024 * 1024;
    hub = new WatchHub({
      store: t.store,
      header: (revision) => ({ revision }),
      get maxResponseBytes() {
        return maxResponseBytes;
      },
    });
  });

  afterEach(async () => {
    hub.closeAll();
    await flushing.catch(() => undefined);
    await t.dispose();
  });

  /** Applies one request the way the server does: change, notify watchers, then flush. */
  function apply(fn: (txn: ReturnType<TempStore['store']['beginWrite']>) => void): number {
    const txn = t.store.beginWrite();
    fn(txn);
    const revision = txn.end();
    hub.notify(txn.events);
    flushing = t.store.flush();
    return revision;
  }
  const put = (key: string, value: string): number =>
    apply((txn) => txn.put(Buffer.from(key), Buffer.from(value), 0n));
  const del = (key: string, end?: string): number => apply((txn) => txn.deleteRange(key, end));

  /** Lets pending catch-ups (history reads) run to completion. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await flushing;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  function open(): { sink: FakeSink; stream: WatchStream } {
    const sink = new FakeSink();
    return { sink, stream: hub.openStream(sink) };
  }

  it('answers creates in order with the current revision, and picks or honours watch IDs', async () => {
    put('a', '1'); // 2
    const { sink, stream } = open();
    stream.create(spec('a'));
    stream.create(spec('b', { watchId: 7 }));
    stream.create(spec('c'));
    stream.create(spec('d', { watchId: 7 }));
    await settle();
    assert.deepEqual(sink.lines(), [
      'w0 created rev=2',
      'w7 created rev=2',
      'w1 created rev=2',
      'w-1 created canceled rev=2',
    ]);
    assert.equal(
      sink.responses[3]!.cancelReason,
      'mvcc: duplicate watch ID provided on the WatchStream',
    );
    stream.cancel(7);
    stream.cancel(99); // unknown: no answer
    assert.deepEqual(sink.lines().slice(4), ['w7 canceled rev=2']);
    assert.equal(hub.watcherCount, 2);
  });

  it('start revision 0 sees only later changes; a past one replays history first, in order', async () => {
    put('k', 'v1'); // 2
    put('k', 'v2'); // 3
    del('k'); // 4
    const { sink, stream } = open();
    stream.create(spec('k')); // w0: from now
    stream.create(spec('k', { startRevision: 3, prevKv: true })); // w1: from 3
    put('k', 'v3'); // 5: may arrive while w1 still catches up
    await settle();
    put('k', 'v4'); // 6
    await settle();
    assert.deepEqual(sink.events(0), ['put k=v3@5', 'put k=v4@6']);
    assert.deepEqual(sink.events(1), [
      'put k=v2@3 prev=v1',
      'del k@4 prev=v2',
      'put k=v3@5',
      'put k=v4@6 prev=v3',
    ]);
  });

  it('a future start revision delivers nothing before that revision', async () => {
    put('k', 'v1'); // 2
    const { sink, stream } = open();
    stream.create(spec('k', { startRevision: 5 }));
    put('k', 'v2'); // 3
    put('k', 'v3'); // 4
    put('k', 'v4'); // 5
    put('k', 'v5'); // 6
    await settle();
    assert.deepEqual(sink.events(0), ['put k=v4@5', 'put k=v5@6']);
  });

  it('a compacted start revision is created, then canceled with the compact revision', async () => {
    for (let i = 0; i < 5; i++) put('k', String(i)); // 2..6
    await flushing;
    const deleteRecords = t.store.compact(5);
    await t.store.flush();
    await deleteRecords();
    const { sink, stream } = open();
    stream.create(spec('k', { startRevision: 3 }));
    stream.create(spec('k', { startRevision: 5 })); // exactly the compact revision: fine
    await settle();
    // The cancel's header revision is etcd's business (it sends 0); compact_revision is the point.
    const lines = sink
      .lines()
      .map((l) => l.replace(/ rev=\d+$/, (r) => (l.includes('canceled') ? '' : r)));
    assert.deepEqual(lines, [
      'w0 created rev=6',
      'w0 canceled compact=5',
      'w1 created rev=6',
      'w1 [put k=3@5, put k=4@6] rev=6',
    ]);
    assert.equal(hub.watcherCount, 1);
  });

  it('filters puts or deletes, matches ranges and prefixes, and adds prev_kv on request', async () => {
    put('a/1', 'x'); // 2
    const { sink, stream } = open();
    stream.create(spec('a/', { end: 'a0', filter: { noPut: true, noDelete: false } })); // w0
    stream.create(spec('a/', { end: 'a0', filter: { noPut: false, noDelete: true } })); // w1
    stream.create(spec('a/', { end: 'a0', prevKv: true })); // w2
    stream.create(spec('a/2')); // w3: one key
    stream.create(spec('a/2', { end: null })); // w4: from a/2 on
    put('a/1', 'y'); // 3
    put('a/2', 'z'); // 4
    put('b', 'q'); // 5
    apply((txn) => txn.deleteRange('a/', 'a0')); // 6
    await settle();
    assert.deepEqual(sink.events(0), ['del a/1@6', 'del a/2@6']);
    assert.deepEqual(sink.events(1), ['put a/1=y@3', 'put a/2=z@4']);
    assert.deepEqual(sink.events(2), [
      'put a/1=y@3 prev=x',
      'put a/2=z@4',
      'del a/1@6 prev=y',
      'del a/2@6 prev=z',
    ]);
    assert.deepEqual(sink.events(3), ['put a/2=z@4', 'del a/2@6']);
    assert.deepEqual(sink.events(4), ['put a/2=z@4', 'put b=q@5', 'del a/2@6']);
    // The events of one revision come in one response.
    assert.equal(sink.responses.filter((r) => toNumber(r.watchId) === 2).length, 1 + 3);
  });

  it('answers a progress request with watch ID -1, only once every watcher is synced', async () => {
    for (let i = 0; i < 20; i++) put(`k${i}`, 'v'); // 2..21
    const { sink, stream } = open();
    stream.create(spec('k0')); // synced at once
    stream.requestProgress();
    assert.deepEqual(sink.lines(), ['w0 created rev=21', 'w-1 rev=21']);
    stream.create(spec('k', { end: 'l', startRevision: 2 })); // catching up from history
    stream.requestProgress();
    assert.equal(sink.lines().length, 3, 'no answer while a watcher catches up');
    await settle();
    const lines = sink.lines();
    assert.equal(lines.length, 5, lines.join('\n'));
    assert.match(lines[3]!, /^w1 \[put k0=v@2, .*put k19=v@21\]/);
    assert.equal(lines[4], 'w-1 rev=21', 'after the catch-up, exactly once');
    stream.requestProgress();
    assert.equal(sink.lines()[5], 'w-1 rev=21');
  });

  it('a slow client: watchers catch up from history without losing or repeating events', async function () {
    this.timeout(30000);
    const seed = seedFrom('WATCH_SEED');
    const random = prng(seed);
    const expected: string[] = [];
    const { sink, stream } = open();
    stream.create(spec('s/', { end: 's0' })); // w0: synced from the start
    stream.create(spec('s/', { end: 's0', startRevision: 1 })); // w1: reads history first
    stream.create(spec('s/3', { prevKv: true })); // w2: one key
    const live = new Map<string, string>();
    let lastRev = t.store.currentRevision;
    for (let step = 0; step < 400; step++) {
      const r = random();
      if (r < 0.1) sink.full = true;
      else if (r < 0.2 && sink.waitingForDrain) sink.drain();
      else if (r < 0.25) await settle();
      const key = `s/${Math.floor(random() * 8)}`;
      if (random() < 0.8 || !live.has(key)) {
        const value = `v${step}`;
        lastRev = put(key, value);
        expected.push(`put ${key}=${value}@${lastRev}`);
        live.set(key, value);
      } else {
        lastRev = del(key);
        expected.push(`del ${key}@${lastRev}`);
        live.delete(key);
      }
      // Sometimes a big request: many events in one revision (never split between responses).
      if (step % 97 === 0) {
        lastRev = apply((txn) => {
          for (let i = 0; i < 1200; i++) txn.put(Buffer.from(`s/big${i}`), Buffer.from('b'), 0n);
        });
        for (let i = 0; i < 1200; i++) expected.push(`put s/big${i}=b@${lastRev}`);
      }
    }
    sink.drain();
    const message = `seed ${seed} (rerun with WATCH_SEED=${seed})`;
    await eventually(async () => {
      await settle();
      if (sink.waitingForDrain) sink.drain();
      const got = sink.events(0);
      return got.length >= expected.length && sink.events(1).length >= expected.length;
    }, 20000).catch((err: unknown) => {
      throw new Error(`${message}: ${String(err)}`);
    });
    assert.deepEqual(sink.events(0), expected, message);
    assert.deepEqual(sink.events(1), expected, message);
    const only3 = expected.filter((e) => / s\/3[=@]/.test(e)).map((e) => e.replace(/ prev=.*/, ''));
    assert.deepEqual(
      sink.events(2).map((e) => e.replace(/ prev=.*/, '')),
      only3,
      message,
    );
    // Responses never split one revision between two responses of the same watcher.
    for (const id of [0, 1]) {
      const revsSeen = new Set<number>();
      for (const r of sink.responses.filter((x) => toNumber(x.watchId) === id)) {
        const revs = new Set((r.events ?? []).map((e) => toNumber(e.kv?.modRevision)));
        for (const rev of revs) {
          assert.ok(!revsSeen.has(rev), `${message}: revision ${rev} split`);
          revsSeen.add(rev);
        }
      }
    }
    assert.equal(t.store.currentRevision, lastRev);
  });

  it('splits a large revision into fragments below the limit when the watcher allows it', async () => {
    maxResponseBytes = 1000;
    const { sink, stream } = open();
    stream.create(spec('f/', { end: 'f0', fragment: true })); // w0
    stream.create(spec('f/', { end: 'f0' })); // w1: no fragments
    const value = 'x'.repeat(300);
    const rev = apply((txn) => {
      for (let i = 0; i < 10; i++) txn.put(Buffer.from(`f/${i}`), Buffer.from(value), 0n);
    });
    await settle();
    const w0 = sink.responses.filter((r) => toNumber(r.watchId) === 0 && !r.created);
    assert.ok(w0.length > 1, `fragmented into ${w0.length}`);
    w0.forEach((r, i) => {
      assert.equal(r.fragment, i < w0.length - 1, 'all but the last are fragments');
      const bytes = (r.events ?? []).reduce(
        (n, e) => n + (e.kv?.key?.length ?? 0) + (e.kv?.value?.length ?? 0),
        0,
      );
      assert.ok(bytes <= maxResponseBytes, `fragment of ${bytes} bytes`);
      assert.equal(toNumber(r.header?.revision), rev);
    });
    assert.deepEqual(
      sink.events(0),
      Array.from({ length: 10 }, (_, i) => `put f/${i}=${value}@${rev}`),
    );
    const w1 = sink.responses.filter((r) => toNumber(r.watchId) === 1 && !r.created);
    assert.equal(w1.length, 1);
    assert.equal(w1[0]!.fragment, false);
    // A catch-up from history fragments the same way.
    stream.create(spec('f/', { end: 'f0', fragment: true, startRevision: rev })); // w2
    await settle();
    const w2 = sink.responses.filter((r) => toNumber(r.watchId) === 2 && !r.created);
    assert.equal(w2.length, w0.length);
    assert.deepEqual(sink.events(2), sink.events(0));
  });
});
