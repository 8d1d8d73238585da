// The informer and the work queue the reconcilers stand on. The informer runs against Debian's
// etcd through a proxy that can cut it off: while it is cut off, keys change and history is
// compacted, so its watch cannot resume and it must list again and report what changed.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { Informer, type KeyChange } from '../../src/client/informer.js';
import { WorkQueue } from '../../src/util/work-queue.js';
import { silentLogger } from '../../src/util/log.js';
import { eventually, sleep, testClient } from '../helpers/client.js';
import { type EtcdProcess, startEtcd } from '../helpers/etcd.js';
import { TcpProxy } from '../helpers/proxy.js';

describe('fleet: informer (Debian etcd)', function () {
  this.timeout(30_000);
  let etcd: EtcdProcess;
  let proxy: TcpProxy;
  let direct: EtcdClient;
  let viaProxy: EtcdClient;

  before(async () => {
    etcd = await startEtcd();
    proxy = await TcpProxy.start(etcd.endpoint);
    direct = testClient([etcd.endpoint]);
    viaProxy = testClient([proxy.endpoint], { dialTimeoutMs: 500, commandTimeoutMs: 1000 });
  });

  after(async () => {
    await viaProxy.close();
    await direct.close();
    await proxy.close();
    await etcd.stop();
  });

  it('lists, follows changes, and after a compaction it missed lists again and reports the difference', async () => {
    await direct.kv.put('/inf/a', '1');
    await direct.kv.put('/inf/b', '1');
    await direct.kv.put('/other', 'x');
    const informer = new Informer(viaProxy, '/inf/', silentLogger);
    const changes: KeyChange[] = [];
    informer.onChange((c) => changes.push(c));
    try {
      await informer.start();
      // The first list reports every key: a reconciler starting cold sees them all.
      assert.deepEqual(
        changes.map((c) => c.key),
        ['/inf/a', '/inf/b'],
      );
      changes.length = 0;
      assert.deepEqual(
        [...informer.entries()].map(([k, e]) => `${k}=${e.value}`),
        ['/inf/a=1', '/inf/b=1'],
      );

      await direct.kv.put('/inf/c', '1');
      await direct.kv.delete('/inf/a');
      await eventually(
        () => informer.get('/inf/c') !== undefined && informer.get('/inf/a') === undefined,
      );
      assert.deepEqual(
        changes.map((c) => `${c.key}:${c.entry?.value ?? 'deleted'}`),
        ['/inf/c:1', '/inf/a:deleted'],
      );

      changes.length = 0;
      proxy.refuse(true);
      proxy.dropAll();
      await direct.kv.put('/inf/b', '2');
      await direct.kv.delete('/inf/c');
      const last = await direct.kv.put('/inf/d', '1');
      await direct.kv.compact(last.header.revision);
      await sleep(300);
      proxy.refuse(false);
      await eventually(() => informer.get('/inf/d') !== undefined, 10_000);
      assert.equal(informer.get('/inf/b')?.value, '2');
      assert.equal(informer.get('/inf/c'), undefined);
      assert.deepEqual(changes.map((c) => `${c.key}:${c.entry?.value ?? 'deleted'}`).sort(), [
        '/inf/b:2',
        '/inf/c:deleted',
        '/inf/d:1',
      ]);
      assert.ok(informer.revision >= last.header.revision);
    } finally {
      await informer.dispose();
    }
  });

  it('dispose ends a start that never got its first list', async () => {
    proxy.refuse(true);
    proxy.dropAll();
    const informer = new Informer(viaProxy, '/inf/', silentLogger);
    const started = informer.start();
    await sleep(200);
    await informer.dispose();
    await started;
    assert.equal(informer.isSynced, false);
    proxy.refuse(false);
  });
});

describe('fleet: work queue', function () {
  it('runs a key once at a time, again if it was added meanwhile, and backs off on failure', async () => {
    const runs: string[] = [];
    let failuresLeft = 2;
    let release: (() => void) | undefined;
    const queue = new WorkQueue(
      async (key) => {
        runs.push(key);
        if (key === 'slow' && release === undefined)
          await new Promise<void>((resolve) => (release = resolve));
        if (key === 'flaky' && failuresLeft-- > 0) throw new Error('not yet');
        return undefined;
      },
      { baseDelayMs: 20, maxDelayMs: 100, concurrency: 4 },
      silentLogger,
    );
    queue.add('slow');
    queue.add('slow'); // already queued: once
    await sleep(10);
    queue.add('slow'); // under way: once more afterwards
    release!();
    const started = Date.now();
    queue.add('flaky');
    await eventually(() => runs.filter((k) => k === 'flaky').length === 3);
    // Two failures: 20 ms, then 40 ms of backoff.
    assert.ok(Date.now() - started >= 55, `retried after ${Date.now() - started} ms`);
    await eventually(() => runs.filter((k) => k === 'slow').length === 2);
    await sleep(50);
    assert.equal(runs.filter((k) => k === 'slow').length, 2, 'and only twice');
    await queue.dispose();
  });

  it('a worker may ask to be called again later', async () => {
    let calls = 0;
    const queue = new WorkQueue(
      () => Promise.resolve(++calls < 3 ? { requeueAfterMs: 10 } : undefined),
      { baseDelayMs: 1000, maxDelayMs: 1000, concurrency: 1 },
      silentLogger,
    );
    queue.add('k');
    await eventually(() => calls === 3);
    await queue.dispose();
  });
});
