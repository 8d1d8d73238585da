// Compatibility: the npm `etcd3` client (etcd3@1.1.2), used unchanged, against real etcd (the
// reference) and against clusterd, with the same assertions. Covers what that client sends: KV
// builders, the txn builder, leases with keep-alive, the multiplexed watch stream, locks,
// elections and STM. See the etcd reference (etcd.md §1.4) for what etcd3 relies on.
import assert from 'node:assert/strict';
import {
  Campaign,
  ElectionObserver,
  Etcd3,
  EtcdLeaseInvalidError,
  EtcdLockFailedError,
  GRPCInvalidArgumentError,
  GRPCOutOfRangeError,
  type IKeyValue,
  type Isolation,
  Lease,
  Lock,
  STMConflictError,
  type WatchBuilder,
  type Watcher,
} from 'etcd3';
import { eventually, sleep, uniquePrefix } from '../helpers/client.js';
import { type Target, targets } from '../helpers/target.js';

interface SeenEvent {
  type: 'put' | 'delete';
  key: string;
  value: string;
  modRevision: string;
  prev: string | undefined;
}

/** Records every put/delete event a watcher emits, keys relative to `prefix`. */
function record(watcher: Watcher, prefix: string): SeenEvent[] {
  const seen: SeenEvent[] = [];
  const push = (type: 'put' | 'delete', kv: IKeyValue, prev?: IKeyValue): void => {
    seen.push({
      type,
      key: kv.key.toString().slice(prefix.length),
      value: kv.value.toString(),
      modRevision: kv.mod_revision,
      prev: prev?.value.toString(),
    });
  };
  watcher.on('put', (kv, prev) => {
    push('put', kv, prev);
  });
  watcher.on('delete', (kv, prev) => {
    push('delete', kv, prev);
  });
  return seen;
}

function summary(events: SeenEvent[]): string[] {
  return events.map((e) => `${e.type}:${e.key}${e.type === 'put' ? '=' + e.value : ''}`);
}

type Disposable = Watcher | Lease | ElectionObserver | Campaign | Lock | Etcd3;

/** What the running test opened; disposed (newest first) only if the test fails, so it can't hang mocha. */
let opened: Disposable[] = [];

function tracked<T extends Disposable>(thing: T): T {
  opened.push(thing);
  return thing;
}

async function dispose(thing: Disposable): Promise<void> {
  if (thing instanceof Etcd3) thing.close();
  else if (thing instanceof Lease) thing.release();
  else if (thing instanceof Lock) await thing.release();
  else if (thing instanceof Campaign) await thing.resign();
  else await thing.cancel(); // Watcher, ElectionObserver
}

/** Creates a watcher with its events recorded from the start; resolves once it is connected. */
async function watching(builder: WatchBuilder, prefix: string): Promise<[Watcher, SeenEvent[]]> {
  const watcher = tracked(builder.watcher());
  const seen = record(watcher, prefix);
  await new Promise<void>((resolve, reject) => {
    watcher.once('connected', () => {
      resolve();
    });
    watcher.once('error', reject);
  });
  return [watcher, seen];
}

/** `promise`, or a rejection if it does not settle within `timeoutMs` (the timer is cleared). */
async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what}: not within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when `emitter` emits `event`, or rejects after `timeoutMs`. */
function once<T = unknown>(
  emitter: { once(event: string, fn: (value: T) => void): unknown },
  event: string,
  timeoutMs = 10000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no '${event}' within ${timeoutMs} ms`));
    }, timeoutMs);
    emitter.once(event, (value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

for (const { name, start } of targets) {
  describe(`npm etcd3 client (${name})`, function () {
    this.timeout(30000);
    let target: Target;
    let client: Etcd3;
    let other: Etcd3;

    const connect = (): Etcd3 => new Etcd3({ hosts: target.endpoints, dialTimeout: 3000 });

    afterEach(async function () {
      const things = opened.reverse();
      opened = [];
      if (this.currentTest?.state !== 'failed') return;
      for (const thing of things) {
        try {
          await within(dispose(thing), 2000, 'cleanup');
        } catch {
          // best effort: the test already failed
        }
      }
    });

    before(async function () {
      target = await start();
      client = connect();
      other = connect();
    });
    after(async function () {
      client.close();
      other.close();
      await target.stop();
    });

    describe('kv', function () {
      it('puts and gets a single key in every decoding, with revisions and versions', async function () {
        const p = uniquePrefix('etcd3-kv');
        const put = await client.put(p + 'k').value('v1');
        const rev = Number(put.header.revision);
        assert.ok(rev > 1);
        assert.equal(await client.get(p + 'k').string(), 'v1');
        assert.equal(await client.get(p + 'k'), 'v1');
        assert.equal(await client.get(p + 'missing').string(), null);
        assert.equal(await client.get(p + 'k').exists(), true);
        assert.equal(await client.get(p + 'missing').exists(), false);
        assert.deepEqual(await client.get(p + 'k').buffer(), Buffer.from('v1'));

        await client.put(p + 'n').value(42);
        assert.equal(await client.get(p + 'n').number(), 42);
        await client.put(p + 'j').value(JSON.stringify({ a: [1, 2] }));
        assert.deepEqual(await client.get(p + 'j').json(), { a: [1, 2] });

        const prev = await client
          .put(p + 'k')
          .value('v2')
          .getPrevious();
        assert.equal(prev.value.toString(), 'v1');
        const res = await client.get(p + 'k').exec();
        assert.equal(res.count, '1');
        const kv = res.kvs[0]!;
        assert.equal(kv.value.toString(), 'v2');
        assert.equal(kv.create_revision, String(rev));
        assert.equal(kv.version, '2');
        assert.ok(Number(kv.mod_revision) > rev);
        assert.equal(kv.lease, '0');
        assert.ok(Number(res.header.revision) >= Number(kv.mod_revision));

        // touch() is ignore_value: the value stays, the version goes up.
        await client.put(p + 'k').touch();
        const touched = (await client.get(p + 'k').exec()).kvs[0]!;
        assert.equal(touched.value.toString(), 'v2');
        assert.equal(touched.version, '3');

        // Reading at the first revision sees the first value.
        assert.equal(
          await client
            .get(p + 'k')
            .revision(rev)
            .string(),
          'v1',
        );
        assert.equal(
          await client
            .get(p + 'n')
            .revision(rev)
            .string(),
          null,
        );
      });

      it('reads prefixes and ranges with limit, sort, keys-only, count and revision', async function () {
        const p = uniquePrefix('etcd3-range');
        // Created in the order c, a, e, b, d with values that sort the other way round.
        const order = ['c', 'a', 'e', 'b', 'd'];
        const values: Record<string, string> = { a: '5', b: '4', c: '3', d: '2', e: '1' };
        let firstRev = 0;
        for (const k of order) {
          const r = await client.put(p + k).value(values[k]!);
          if (firstRev === 0) firstRev = Number(r.header.revision);
        }
        await client.put(p + 'a').value('5'); // a now has the highest mod revision
        await client.put('/other' + p).value('outside');

        const rel = (keys: string[]): string[] => keys.map((k) => k.slice(p.length));
        assert.deepEqual(rel(await client.getAll().prefix(p).keys()), ['a', 'b', 'c', 'd', 'e']);
        assert.deepEqual(await client.getAll().prefix(p).strings(), {
          [p + 'a']: '5',
          [p + 'b']: '4',
          [p + 'c']: '3',
          [p + 'd']: '2',
          [p + 'e']: '1',
        });
        assert.equal(await client.getAll().prefix(p).count(), 5);

        const limited = await client.getAll().prefix(p).limit(2).exec();
        assert.deepEqual(rel(limited.kvs.map((kv) => kv.key.toString())), ['a', 'b']);
        assert.equal(limited.more, true);
        assert.equal(limited.count, '5');

        const sorted = async (
          target: 'Key' | 'Version' | 'Create' | 'Mod' | 'Value',
          dir: 'Ascend' | 'Descend',
        ): Promise<string[]> => rel(await client.getAll().prefix(p).sort(target, dir).keys());
        assert.deepEqual(await sorted('Key', 'Descend'), ['e', 'd', 'c', 'b', 'a']);
        assert.deepEqual(await sorted('Create', 'Ascend'), ['c', 'a', 'e', 'b', 'd']);
        assert.deepEqual(await sorted('Create', 'Descend'), ['d', 'b', 'e', 'a', 'c']);
        assert.deepEqual(await sorted('Mod', 'Descend'), ['a', 'd', 'b', 'e', 'c']);
        assert.deepEqual(
          rel(await client.getAll().prefix(p).sort('Value', 'Ascend').limit(3).keys()),
          ['e', 'd', 'c'],
        );

        // keys(): keys_only, no values on the wire.
        const keysOnly = await client.getAll().prefix(p).limit(1).keyBuffers();
        assert.equal(keysOnly.length, 1);
        const raw = await client.kv.range({
          key: Buffer.from(p),
          range_end: Buffer.from(p.slice(0, -1) + '0'),
          keys_only: true,
        });
        assert.equal(raw.kvs.length, 5);
        for (const kv of raw.kvs) assert.equal(kv.value.length, 0);

        // A range [b, d) and a historical read at the third creation.
        assert.deepEqual(
          rel(
            await client
              .getAll()
              .inRange({ start: p + 'b', end: p + 'd' })
              .keys(),
          ),
          ['b', 'c'],
        );
        assert.deepEqual(
          rel(
            await client
              .getAll()
              .prefix(p)
              .revision(firstRev + 2)
              .keys(),
          ),
          ['a', 'c', 'e'],
        );
        assert.deepEqual(
          rel(
            await client
              .getAll()
              .prefix(p)
              .maxCreateRevision(String(firstRev + 1))
              .sort('Create', 'Descend')
              .limit(1)
              .keys(),
          ),
          ['a'],
        );
        assert.ok((await client.getAll().all().count()) >= 6);
        await client.delete().key('/other' + p);
      });

      it('deletes a key, a prefix, a range and everything, returning previous values', async function () {
        const p = uniquePrefix('etcd3-del');
        for (const k of ['a', 'b', 'c', 'd']) await client.put(p + k).value(k.toUpperCase());
        const one = await client.delete().key(p + 'a');
        assert.equal(one.deleted, '1');
        const none = await client.delete().key(p + 'a');
        assert.equal(none.deleted, '0');
        assert.equal(
          none.header.revision,
          one.header.revision,
          'a no-op delete keeps the revision',
        );

        const prev = await client
          .delete()
          .key(p + 'b')
          .getPrevious();
        assert.deepEqual(
          prev.map((kv) => kv.value.toString()),
          ['B'],
        );
        const range = await client.delete().inRange({ start: p + 'c', end: p + 'd' });
        assert.equal(range.deleted, '1');
        assert.equal(await client.get(p + 'd').string(), 'D');
        const prefix = await client.delete().prefix(p);
        assert.equal(prefix.deleted, '1');
        assert.equal(await client.getAll().prefix(p).count(), 0);

        await client.put(p + 'x').value('1');
        await client.put(p + 'y').value('2');
        const all = await client.delete().all();
        assert.ok(Number(all.deleted) >= 2);
        assert.equal(await client.getAll().all().count(), 0);
      });

      it('handles binary keys and 0xff prefixes, and namespaces', async function () {
        const p = Buffer.from(uniquePrefix('etcd3-bin'));
        const key = (...bytes: number[]): Buffer => Buffer.concat([p, Buffer.from(bytes)]);
        await client.put(key(0x00)).value(Buffer.from([0, 1, 2]));
        await client.put(key(0xff)).value('ff');
        await client.put(key(0xff, 0xff)).value('ffff');
        await client.put(key(0xff, 0xff, 0x00)).value('ffff00');
        await client.put(key(0xfe, 0xff)).value('feff');
        assert.deepEqual(await client.get(key(0x00)).buffer(), Buffer.from([0, 1, 2]));
        // The prefix p+0xff has no upper bound inside p: its range end is p's last byte + 1.
        assert.deepEqual(
          (await client.getAll().prefix(key(0xff)).keyBuffers()).map((k) => k.subarray(p.length)),
          [Buffer.from([0xff]), Buffer.from([0xff, 0xff]), Buffer.from([0xff, 0xff, 0x00])],
        );
        assert.equal(await client.getAll().prefix(key(0xff, 0xff)).count(), 2);
        assert.equal(await client.getAll().prefix(p).count(), 5);

        const ns = client.namespace(p.toString('latin1') + 'ns/');
        await ns.put('a').value('1');
        await ns.put('b').value('2');
        assert.equal(await ns.get('a').string(), '1');
        assert.deepEqual(await ns.getAll().keys(), ['a', 'b']);
        assert.equal(await client.get(p.toString('latin1') + 'ns/a').string(), '1');
        assert.equal(
          (await ns.if('a', 'Value', '==', '1').then(ns.put('c').value('3')).commit()).succeeded,
          true,
        );
        assert.equal((await ns.delete().all()).deleted, '3');
        assert.equal(await client.getAll().prefix(p).count(), 5);
        await client.delete().prefix(p);
      });

      it('maps server errors to the same typed errors', async function () {
        const p = uniquePrefix('etcd3-err');
        const put = await client.put(p + 'k').value('v');
        const future = Number(put.header.revision) + 1000;
        await assert.rejects(client.put('').value('x').exec(), (err: Error) => {
          assert.ok(err instanceof GRPCInvalidArgumentError, err.constructor.name);
          assert.match(err.message, /etcdserver: key is not provided/);
          return true;
        });
        await assert.rejects(
          client
            .get(p + 'k')
            .revision(future)
            .exec(),
          (err: Error) => {
            assert.ok(err instanceof GRPCOutOfRangeError, err.constructor.name);
            assert.match(err.message, /etcdserver: mvcc: required revision is a future revision/);
            return true;
          },
        );
        await assert.rejects(
          client
            .if(p + 'k', 'Version', '>', 0)
            .then(client.put(p + 'x').value('1'), client.put(p + 'x').value('2'))
            .commit(),
          (err: Error) => {
            assert.ok(err instanceof GRPCInvalidArgumentError, err.constructor.name);
            assert.match(err.message, /etcdserver: duplicate key given in txn request/);
            return true;
          },
        );
        await assert.rejects(
          client
            .put(p + 'k')
            .value('x')
            .lease('12345')
            .exec(),
          EtcdLeaseInvalidError,
        );
        await assert.rejects(client.put(p + 'missing').touch(), /etcdserver: key not found/);
        assert.equal(await client.get(p + 'x').exists(), false);
        await client.delete().prefix(p);
      });
    });

    describe('txn', function () {
      it('commits then/else branches on value, version, create, mod and lease compares', async function () {
        const p = uniquePrefix('etcd3-txn');
        const k = p + 'k';

        // Create == 0: the key does not exist yet.
        const created = await client
          .if(k, 'Create', '==', 0)
          .then(client.put(k).value('v1'))
          .else(client.get(k))
          .commit();
        assert.equal(created.succeeded, true);
        assert.ok(created.responses[0]!.response_put);
        const rev1 = Number(created.header.revision);

        // The same txn again takes the else branch and returns the range.
        const again = await client
          .if(k, 'Create', '==', 0)
          .then(client.put(k).value('never'))
          .else(client.get(k))
          .commit();
        assert.equal(again.succeeded, false);
        assert.equal(
          again.header.revision,
          created.header.revision,
          'a read-only txn keeps the revision',
        );
        const range = again.responses[0]!.response_range;
        assert.equal(range.kvs[0]!.value.toString(), 'v1');
        assert.equal(range.kvs[0]!.create_revision, String(rev1));

        // Value compares, with several ops in the branch.
        const byValue = await client
          .if(k, 'Value', '==', 'v1')
          .then(client.put(k).value('v2'), client.put(p + 'other').value('o'), client.get(k))
          .commit();
        assert.equal(byValue.succeeded, true);
        assert.equal(byValue.responses.length, 3);
        assert.equal(
          byValue.responses[2]!.response_range.kvs[0]!.value.toString(),
          'v2',
          'reads in a txn see its earlier writes',
        );
        const rev2 = Number(byValue.header.revision);
        assert.equal(rev2, rev1 + 1, 'a txn bumps the revision once');
        assert.equal(
          (await client.if(k, 'Value', '!=', 'v2').then(client.put(k).value('x')).commit())
            .succeeded,
          false,
        );
        assert.equal(
          (
            await client
              .if(p + 'missing', 'Value', '==', '')
              .then(client.get(k))
              .commit()
          ).succeeded,
          false,
          'a value compare on a missing key fails',
        );
        assert.equal(
          (await client.if(k, 'Value', '>', 'v1').and(k, 'Value', '<', 'v3').commit()).succeeded,
          true,
        );

        // Version, Create and Mod compares, and AND of several compares.
        assert.equal((await client.if(k, 'Version', '==', 2).commit()).succeeded, true);
        assert.equal((await client.if(k, 'Version', '>', 2).commit()).succeeded, false);
        assert.equal((await client.if(k, 'Create', '==', rev1).commit()).succeeded, true);
        assert.equal((await client.if(k, 'Mod', '==', rev2).commit()).succeeded, true);
        assert.equal((await client.if(k, 'Mod', '<', rev2).commit()).succeeded, false);
        assert.equal(
          (await client.if(k, 'Mod', '==', rev2).and(k, 'Version', '==', 1).commit()).succeeded,
          false,
        );

        // Lease compares and a delete in the branch.
        const lease = tracked(client.lease(30, { autoKeepAlive: false }));
        const leaseId = await lease.grant();
        await lease.put(p + 'leased').value('l');
        assert.equal(
          (await client.if(p + 'leased', 'Lease', '==', leaseId).commit()).succeeded,
          true,
        );
        assert.equal((await client.if(k, 'Lease', '==', 0).commit()).succeeded, true);
        const deleted = await client
          .if(p + 'leased', 'Lease', '==', leaseId)
          .then(client.delete().key(p + 'leased'), client.delete().prefix(p + 'oth'))
          .commit();
        assert.equal(deleted.succeeded, true);
        assert.equal(deleted.responses[0]!.response_delete_range.deleted, '1');
        assert.equal(deleted.responses[1]!.response_delete_range.deleted, '1');
        assert.equal(await client.getAll().prefix(p).count(), 1);
        await lease.revoke();
        await client.delete().prefix(p);
      });
    });

    describe('lease', function () {
      it('grants, puts with the lease, keepaliveOnce, and revoke deletes the keys', async function () {
        const p = uniquePrefix('etcd3-lease');
        const lease = tracked(client.lease(20, { autoKeepAlive: false }));
        const id = await lease.grant();
        assert.ok(Number(id) > 0);
        await lease.put(p + 'a').value('1');
        await lease.put(p + 'b').value('2');
        const kv = (await client.get(p + 'a').exec()).kvs[0]!;
        assert.equal(kv.lease, id);

        const ttl = await client.leaseClient.leaseTimeToLive({ ID: id, keys: true });
        assert.equal(ttl.grantedTTL, '20');
        assert.ok(Number(ttl.TTL) > 15 && Number(ttl.TTL) <= 20);
        assert.deepEqual(ttl.keys.map((key) => key.toString()).sort(), [p + 'a', p + 'b']);
        assert.ok((await client.leaseClient.leaseLeases()).leases.some((l) => l.ID === id));

        // ignoreLease keeps the key on its lease while changing the value.
        await client
          .put(p + 'a')
          .value('1b')
          .ignoreLease();
        assert.equal((await client.get(p + 'a').exec()).kvs[0]!.lease, id);

        await sleep(1100);
        const renewed = await lease.keepaliveOnce();
        assert.equal(renewed.ID, id);
        assert.equal(renewed.TTL, '20');

        await lease.revoke();
        assert.equal(lease.revoked(), true);
        assert.equal(await client.getAll().prefix(p).count(), 0);
        assert.equal((await client.leaseClient.leaseTimeToLive({ ID: id })).TTL, '-1');
        // Revoking a second time is swallowed by the client (lease not found).
        await client.leaseClient.leaseRevoke({ ID: id }).then(
          () => assert.fail('revoking an unknown lease must fail'),
          (err: unknown) => {
            assert.ok(err instanceof EtcdLeaseInvalidError, String(err));
          },
        );
      });

      it('auto keep-alive keeps a short lease alive past its TTL; release lets it expire', async function () {
        const p = uniquePrefix('etcd3-keep');
        const lease = tracked(client.lease(2));
        let renewals = 0;
        lease.on('keepaliveSucceeded', () => renewals++);
        const lost: Error[] = [];
        lease.on('lost', (err) => lost.push(err));
        await lease.put(p + 'k').value('alive');
        await sleep(4500);
        assert.deepEqual(lost, []);
        assert.ok(renewals >= 4, `renewed ${renewals} times`);
        assert.equal(await client.get(p + 'k').string(), 'alive');
        const ttl = await client.leaseClient.leaseTimeToLive({ ID: await lease.grant() });
        assert.ok(Number(ttl.TTL) >= 1, `TTL ${ttl.TTL}`);

        lease.release();
        await eventually(async () => !(await client.get(p + 'k').exists()), 8000);
        assert.equal(
          (await client.leaseClient.leaseTimeToLive({ ID: await lease.grant() })).TTL,
          '-1',
        );
      });

      it("emits 'lost' when the lease is revoked by another client", async function () {
        const p = uniquePrefix('etcd3-lost');
        const lease = tracked(client.lease(3));
        const lost = once<Error>(lease, 'lost', 8000);
        await lease.put(p + 'k').value('v');
        await lease.put(p + 'k2').value('v2');
        const [watcher, seen] = await watching(client.watch().prefix(p), p);
        const id = await lease.grant();
        const revoked = await other.leaseClient.leaseRevoke({ ID: id });
        assert.equal(await client.get(p + 'k').exists(), false);
        await eventually(() => seen.length >= 2);
        assert.deepEqual(summary(seen), ['delete:k', 'delete:k2']);
        assert.deepEqual(
          seen.map((e) => e.modRevision),
          [revoked.header.revision, revoked.header.revision],
          'a revoke deletes all its keys in one revision',
        );
        await watcher.cancel();
        const err = await lost;
        assert.ok(err instanceof EtcdLeaseInvalidError, String(err));
        assert.equal(lease.revoked(), true);

        // A put and a keepaliveOnce on the revoked lease fail with the lease error.
        const dead = tracked(client.lease(30, { autoKeepAlive: false }));
        const deadId = await dead.grant();
        await other.leaseClient.leaseRevoke({ ID: deadId });
        const deadLost = once<Error>(dead, 'lost', 5000);
        await assert.rejects(
          dead
            .put(p + 'x')
            .value('x')
            .exec(),
          EtcdLeaseInvalidError,
        );
        assert.ok((await deadLost) instanceof EtcdLeaseInvalidError);
        const again = tracked(client.lease(30, { autoKeepAlive: false }));
        const againId = await again.grant();
        again.on('lost', () => undefined);
        await other.leaseClient.leaseRevoke({ ID: againId });
        await assert.rejects(again.keepaliveOnce(), EtcdLeaseInvalidError);
      });
    });

    describe('watch', function () {
      it('watches a prefix for puts and deletes, with and without prevKv', async function () {
        const p = uniquePrefix('etcd3-watch');
        const plain = await client.watch().prefix(p).create().then(tracked);
        const withPrev = await client.watch().prefix(p).withPreviousKV().create().then(tracked);
        assert.notEqual(plain.id, withPrev.id);
        const seen = record(plain, p);
        const seenPrev = record(withPrev, p);
        const data: string[] = [];
        plain.on('data', (res) => data.push(res.watch_id));

        await client.put(p + 'a').value('1');
        await client.put(p + 'b').value('2');
        await client.put(p + 'a').value('3');
        await client.put('/elsewhere' + p).value('x');
        await client.delete().key(p + 'a');
        await client.delete().key('/elsewhere' + p);
        await eventually(() => seen.length >= 4 && seenPrev.length >= 4);
        await sleep(100);
        assert.deepEqual(summary(seen), ['put:a=1', 'put:b=2', 'put:a=3', 'delete:a']);
        assert.deepEqual(
          seen.map((e) => e.prev),
          [undefined, undefined, undefined, undefined],
        );
        assert.deepEqual(summary(seenPrev), summary(seen));
        assert.deepEqual(
          seenPrev.map((e) => e.prev),
          [undefined, undefined, '1', '3'],
        );
        assert.ok(data.every((id) => id === plain.id));
        const revs = seen.map((e) => Number(e.modRevision));
        assert.deepEqual(
          revs,
          [...revs].sort((x, y) => x - y),
        );

        await plain.cancel();
        await client.put(p + 'c').value('after cancel');
        await eventually(() => seenPrev.length >= 5);
        assert.equal(seen.length, 4, 'a canceled watcher gets nothing more');
        await withPrev.cancel();
      });

      it('replays history from a start revision and filters by operation', async function () {
        const p = uniquePrefix('etcd3-history');
        const first = await client.put(p + 'a').value('1');
        await client.put(p + 'b').value('2');
        await client.delete().key(p + 'a');
        const from = first.header.revision;

        // Listeners go on before the watcher connects: the replay may follow `created` at once.
        const [replay, seen] = await watching(client.watch().prefix(p).startRevision(from), p);
        const [putsOnly, seenPuts] = await watching(
          client.watch().prefix(p).startRevision(from).only('put'),
          p,
        );
        const [deletesOnly, seenDeletes] = await watching(
          client
            .watch()
            .key(p + 'a')
            .startRevision(from)
            .only('delete'),
          p,
        );
        await eventually(() => seen.length >= 3 && seenPuts.length >= 2 && seenDeletes.length >= 1);
        await client.put(p + 'c').value('3');
        await eventually(() => seen.length >= 4 && seenPuts.length >= 3);
        await sleep(100);
        assert.deepEqual(summary(seen), ['put:a=1', 'put:b=2', 'delete:a', 'put:c=3']);
        assert.equal(seen[0]!.modRevision, from);
        assert.deepEqual(summary(seenPuts), ['put:a=1', 'put:b=2', 'put:c=3']);
        assert.deepEqual(summary(seenDeletes), ['delete:a']);
        await Promise.all([replay.cancel(), putsOnly.cancel(), deletesOnly.cancel()]);

        // prevKv on replayed history comes from the history too.
        await client.put(p + 'b').value('2b');
        const [withPrev, seenPrev] = await watching(
          client.watch().prefix(p).startRevision(from).withPreviousKV(),
          p,
        );
        await eventually(() => seenPrev.length >= 5);
        assert.deepEqual(
          seenPrev.map((e) => `${e.type}:${e.key}<${e.prev ?? ''}`),
          ['put:a<', 'put:b<', 'delete:a<1', 'put:c<', 'put:b<2'],
        );
        // A future start revision waits for it.
        const head = Number((await client.get(p + 'b').exec()).header.revision);
        const [future, seenFuture] = await watching(
          client
            .watch()
            .prefix(p)
            .startRevision(String(head + 2)),
          p,
        );
        await client.put(p + 'd').value('skipped');
        await client.put(p + 'e').value('seen');
        await eventually(() => seenFuture.length >= 1);
        await sleep(100);
        assert.deepEqual(summary(seenFuture), ['put:e=seen']);
        await Promise.all([withPrev.cancel(), future.cancel()]);
      });

      it('multiplexes many watchers created at once on one stream', async function () {
        const p = uniquePrefix('etcd3-multi');
        const keys = ['w0', 'w1', 'w2', 'w3', 'w4'];
        // Created concurrently: etcd3 sends them one at a time and maps `created` in order.
        const watchers = await Promise.all(
          keys.map((k) =>
            client
              .watch()
              .key(p + k)
              .create()
              .then(tracked),
          ),
        );
        const ids = watchers.map((w) => w.id);
        assert.equal(new Set(ids).size, keys.length, `distinct ids ${ids.join(',')}`);
        const seen = watchers.map((w) => record(w, p));
        const all = await client.watch().prefix(p).create().then(tracked);
        const seenAll = record(all, p);
        for (const k of [...keys].reverse()) await client.put(p + k).value(k);
        await eventually(() => seenAll.length >= keys.length && seen.every((s) => s.length >= 1));
        await sleep(100);
        seen.forEach((s, i) => {
          assert.deepEqual(summary(s), [`put:${keys[i]}=${keys[i]}`]);
        });
        assert.deepEqual(
          summary(seenAll),
          [...keys].reverse().map((k) => `put:${k}=${k}`),
        );

        // Cancel some; the others keep working on the same stream.
        await Promise.all([watchers[1]!.cancel(), watchers[3]!.cancel()]);
        for (const k of keys) await client.put(p + k).value(k + '!');
        await eventually(() => seenAll.length >= 2 * keys.length);
        await eventually(() => seen[4]!.length >= 2);
        await sleep(100);
        assert.deepEqual(
          seen.map((s) => s.length),
          [2, 1, 2, 1, 2],
        );
        await Promise.all([watchers[0]!, watchers[2]!, watchers[4]!, all].map((w) => w.cancel()));

        // After every watcher was canceled (the stream is torn down), a new one works.
        const fresh = await client
          .watch()
          .key(p + 'w0')
          .create()
          .then(tracked);
        const seenFresh = record(fresh, p);
        await client.put(p + 'w0').value('again');
        await eventually(() => seenFresh.length >= 1);
        assert.deepEqual(summary(seenFresh), ['put:w0=again']);
        await fresh.cancel();
      });

      it('sends nothing for a watcher after its cancel, even while writes stream in', async function () {
        // etcd3 throws (uncaught) on a response for an unknown watch_id.
        const p = uniquePrefix('etcd3-cancel');
        const uncaught: unknown[] = [];
        const onUncaught = (err: unknown): void => {
          uncaught.push(err);
        };
        process.on('uncaughtException', onUncaught);
        try {
          const keeper = await client.watch().prefix(p).create().then(tracked);
          const seenKeeper = record(keeper, p);
          for (let round = 0; round < 3; round++) {
            const victims = await Promise.all(
              [0, 1, 2].map(() => client.watch().prefix(p).create().then(tracked)),
            );
            const writes = Array.from({ length: 40 }, (_, i) =>
              other.put(`${p}r${round}-${i}`).value('x'),
            );
            await sleep(5);
            await Promise.all(victims.map((v) => v.cancel()));
            await Promise.all(writes);
          }
          await eventually(() => seenKeeper.length >= 120);
          await sleep(200);
          assert.equal(seenKeeper.length, 120);
          await keeper.cancel();
        } finally {
          process.off('uncaughtException', onUncaught);
        }
        assert.deepEqual(uncaught, []);
      });
    });

    describe('lock', function () {
      // Short lock leases: a keep-alive answered after a release re-arms etcd3's own TTL-long
      // timer, which would hold mocha open that long.
      const lockTtl = 5;

      it('runs a function under the lock and releases it', async function () {
        const key = uniquePrefix('etcd3-lock') + 'x';
        const result = await client
          .lock(key)
          .ttl(lockTtl)
          .do(async () => {
            const holder = (await client.get(key).exec()).kvs[0]!;
            assert.notEqual(holder.lease, '0', 'the lock key is attached to the lock lease');
            await assert.rejects(other.lock(key).ttl(lockTtl).acquire(), EtcdLockFailedError);
            return 'done';
          });
        assert.equal(result, 'done');
        assert.equal(await client.get(key).exists(), false);
        // An error inside releases the lock too.
        await assert.rejects(
          client
            .lock(key)
            .ttl(lockTtl)
            .do(() => Promise.reject(new Error('boom'))),
          /boom/,
        );
        assert.equal(await client.get(key).exists(), false);
      });

      it('gives two clients mutual exclusion, in acquisition order', async function () {
        const p = uniquePrefix('etcd3-locks');
        const key = p + 'lock';

        // Hand-over: A holds, B fails; A releases, B gets it; A fails.
        const a = tracked(await client.lock(key).ttl(lockTtl).acquire());
        await assert.rejects(other.lock(key).ttl(lockTtl).acquire(), EtcdLockFailedError);
        await a.release();
        const b = tracked(await other.lock(key).ttl(lockTtl).acquire());
        await assert.rejects(client.lock(key).ttl(lockTtl).acquire(), EtcdLockFailedError);
        await b.release();

        // Contention: 4 workers on 2 clients, each retrying until it has done 3 critical sections.
        let inside = 0;
        let maxInside = 0;
        const sections: { who: string; createRev: number; start: number; end: number }[] = [];
        let seq = 0;
        const worker = async (c: Etcd3, who: string, rounds: number): Promise<void> => {
          for (let done = 0; done < rounds;) {
            try {
              await c
                .lock(key)
                .ttl(lockTtl)
                .do(async () => {
                  inside++;
                  maxInside = Math.max(maxInside, inside);
                  const start = seq++;
                  const createRev = Number((await c.get(key).exec()).kvs[0]!.create_revision);
                  const n = (await c.get(p + 'counter').number()) ?? 0;
                  await sleep(5);
                  await c.put(p + 'counter').value(n + 1);
                  sections.push({ who, createRev, start, end: seq++ });
                  inside--;
                });
              done++;
            } catch (err) {
              if (!(err instanceof EtcdLockFailedError)) throw err;
              await sleep(5 + Math.random() * 20);
            }
          }
        };
        await Promise.all([
          worker(client, 'a1', 3),
          worker(other, 'b1', 3),
          worker(client, 'a2', 3),
          worker(other, 'b2', 3),
        ]);
        assert.equal(maxInside, 1, 'never two holders at once');
        assert.equal(await client.get(p + 'counter').number(), 12);
        assert.equal(sections.length, 12);
        for (let i = 1; i < sections.length; i++) {
          const [before, after] = [sections[i - 1]!, sections[i]!];
          assert.ok(before.end < after.start, 'critical sections do not overlap');
          assert.ok(
            before.createRev < after.createRev,
            'each holder created the key after the last',
          );
        }
        assert.ok(
          sections.some((s) => s.who.startsWith('a')) &&
            sections.some((s) => s.who.startsWith('b')),
        );
        assert.equal(await client.get(key).exists(), false);
        await client.delete().prefix(p);
      });
    });

    describe('election', function () {
      it('elects a leader, is observed, and hands over on resign', async function () {
        const electionName = uniquePrefix('etcd3-election').replace(/\//g, '_');
        const e1 = client.election(electionName, 5);
        const e2 = other.election(electionName, 5);
        assert.equal(await e1.leader(), undefined);

        const first = tracked(e1.campaign('alpha'));
        first.on('error', () => undefined);
        await within(first.wait(), 10000, 'alpha elected');
        assert.equal(await e1.leader(), 'alpha');
        assert.equal(await e2.leader(), 'alpha');

        const observer = tracked(await e2.observe());
        assert.equal(observer.leader(), 'alpha');
        const changes: (string | undefined)[] = [];
        observer.on('change', (leader) => changes.push(leader));

        // A second candidate waits while the first leads.
        const second = tracked(e2.campaign('beta'));
        second.on('error', () => undefined);
        let secondElected = false;
        const secondWait = second.wait().then(() => (secondElected = true));
        await sleep(500);
        assert.equal(secondElected, false);
        assert.equal(await e2.leader(), 'alpha');

        // The leader proclaims a new value; the observer sees it.
        await first.proclaim('alpha2');
        await eventually(() => changes.includes('alpha2'));
        assert.equal(await e1.leader(), 'alpha2');

        await first.resign();
        await within(secondWait, 10000, 'beta elected');
        assert.equal(secondElected, true);
        assert.equal(await e1.leader(), 'beta');
        await eventually(() => observer.leader() === 'beta');

        await second.resign();
        await eventually(() => observer.leader() === undefined);
        assert.equal(await e1.leader(), undefined);
        assert.deepEqual(changes, ['alpha2', 'beta', undefined]);
        await observer.cancel();
      });
    });

    describe('stm', function () {
      it('retries conflicting concurrent transactions so a counter ends at N', async function () {
        const p = uniquePrefix('etcd3-stm');
        const n = 8;
        let attempts = 0;
        let firstReads = 0;
        let releaseReaders: () => void = () => undefined;
        const allRead = new Promise<void>((resolve) => (releaseReaders = resolve));
        await Promise.all(
          Array.from({ length: n }, (_, i) =>
            (i % 2 === 0 ? client : other).stm({ retries: 2 * n }).transact(async (tx) => {
              attempts++;
              const value = (await tx.get(p + 'counter').number()) ?? 0;
              // Every transaction reads before any commits, so all but one conflict at first.
              if (attempts <= n) {
                if (++firstReads === n) releaseReaders();
                await allRead;
              }
              await tx.put(p + 'counter').value(value + 1);
              await tx.put(p + 'last').value(String(i));
            }),
          ),
        );
        assert.equal(await client.get(p + 'counter').number(), n);
        assert.ok(attempts > n, `only ${attempts} attempts: no conflict was retried`);
        await client.delete().prefix(p);
      });

      it('keeps a two-key invariant under concurrent transfers (serializable isolation)', async function () {
        const p = uniquePrefix('etcd3-bank');
        await client.put(p + 'a').value(100);
        await client.put(p + 'b').value(100);
        // Isolation is an ambient const enum, which isolatedModules code cannot read: 1 is Serializable.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        const serializable = 1 as Isolation;
        const transfer = (c: Etcd3, from: string, to: string, amount: number): Promise<void> =>
          c.stm({ retries: 50, isolation: serializable }).transact(async (tx) => {
            const [x, y] = await Promise.all([tx.get(p + from).number(), tx.get(p + to).number()]);
            await sleep(Math.random() * 5);
            await tx.put(p + from).value(x! - amount);
            await tx.put(p + to).value(y! + amount);
          });
        await Promise.all([
          transfer(client, 'a', 'b', 10),
          transfer(other, 'b', 'a', 3),
          transfer(client, 'a', 'b', 7),
          transfer(other, 'a', 'b', 1),
          transfer(client, 'b', 'a', 5),
          transfer(other, 'a', 'b', 4),
        ]);
        const a = await client.get(p + 'a').number();
        const b = await client.get(p + 'b').number();
        assert.equal(a! + b!, 200);
        assert.equal(a, 100 - 10 + 3 - 7 - 1 + 5 - 4);
        await client.delete().prefix(p);
      });

      it('reports a conflict once retries run out and reads its own writes', async function () {
        const p = uniquePrefix('etcd3-stm-conflict');
        await client.put(p + 'k').value('0');
        const result = await client.stm().transact(async (tx) => {
          await tx.put(p + 'k').value('mine');
          return tx.get(p + 'k').string();
        });
        assert.equal(result, 'mine');
        let tries = 0;
        await assert.rejects(
          client.stm({ retries: 2 }).transact(async (tx) => {
            tries++;
            await tx.get(p + 'k').string();
            // Another client changes what this transaction read, every time.
            await other.put(p + 'k').value(`other-${tries}`);
            await tx.put(p + 'k').value('lost');
          }),
          STMConflictError,
        );
        assert.equal(tries, 3);
        assert.equal(await client.get(p + 'k').string(), 'other-3');
        await client.delete().prefix(p);
      });
    });

    // Last: compaction drops the history earlier tests read.
    describe('compaction', function () {
      it('rejects compacted reads and cancels a watcher that starts before the compaction', async function () {
        const p = uniquePrefix('etcd3-compact');
        const first = await client.put(p + 'k').value('1');
        const second = await client.put(p + 'k').value('2');
        await client.kv.compact({ revision: second.header.revision, physical: true });
        await assert.rejects(
          client
            .get(p + 'k')
            .revision(first.header.revision)
            .exec(),
          (err: Error) => {
            assert.ok(err instanceof GRPCOutOfRangeError, err.constructor.name);
            assert.match(err.message, /etcdserver: mvcc: required revision has been compacted/);
            return true;
          },
        );
        assert.equal(
          await client
            .get(p + 'k')
            .revision(second.header.revision)
            .string(),
          '2',
        );

        const watcher = client.watch().prefix(p).startRevision(first.header.revision).watcher();
        const failed = once<Error>(watcher, 'error');
        const err = await failed;
        assert.match(err.message, /Watcher canceled/);
        // The stream still serves new watchers.
        const [live, seen] = await watching(client.watch().prefix(p), p);
        await client.put(p + 'k').value('3');
        await eventually(() => seen.length >= 1);
        assert.deepEqual(summary(seen), ['put:k=3']);
        await live.cancel();
        await watcher.cancel();
      });
    });

    // Last of all: restarts the server under a live watcher and a kept-alive lease.
    describe('restart', function () {
      it('resumes the watch without gaps or repeats and keeps the lease alive', async function () {
        if (!target.kill || !target.restart) this.skip();
        const p = uniquePrefix('etcd3-restart');
        const c = tracked(connect());
        const lease = tracked(c.lease(10));
        const lost: Error[] = [];
        lease.on('lost', (err) => lost.push(err));
        const [watcher, seen] = await watching(c.watch().prefix(p), p);
        await lease.put(p + 'leased').value('v');
        let disconnects = 0;
        watcher.on('disconnected', () => disconnects++);
        await other.put(p + 'a').value('1');
        await eventually(() => seen.length >= 2);

        await target.kill();
        await target.restart();
        let renewed = 0;
        lease.on('keepaliveSucceeded', () => renewed++);
        await eventually(async () => {
          try {
            await other.put(p + 'b').value('2');
            return true;
          } catch {
            return false;
          }
        }, 20000);
        await eventually(() => seen.length >= 3, 20000);
        await eventually(() => renewed >= 1, 10000);
        await sleep(100);
        assert.ok(disconnects >= 1);
        assert.deepEqual(summary(seen), ['put:leased=v', 'put:a=1', 'put:b=2']);
        assert.deepEqual(lost, []);
        assert.equal(await c.get(p + 'leased').string(), 'v');
        await watcher.cancel();
        await lease.revoke();
        assert.equal(await c.get(p + 'leased').exists(), false);
        c.close();
      });
    });
  });
}
