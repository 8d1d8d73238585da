import assert from 'node:assert/strict';
import {
  CompactedError,
  DuplicateKeyError,
  type EtcdClient,
  FutureRevisionError,
  KeyNotFoundError,
  LeaseNotFoundError,
  LeaseProvidedError,
  TooManyOpsError,
  ValueProvidedError,
  compare,
  op,
} from '../../src/client/index.js';
import { testClient, uniquePrefix } from '../helpers/client.js';
import { type Target, targets } from '../helpers/target.js';

for (const { name, start } of targets) {
  describe(`client KV (${name})`, function () {
    let target: Target;
    let client: EtcdClient;

    before(async function () {
      target = await start({ maxTxnOps: 16 });
      client = testClient(target.endpoints);
    });
    after(async function () {
      await client.close();
      await target.stop();
    });

    it('puts and gets a key with its revisions, and a missing key is an empty result', async function () {
      const p = uniquePrefix('kv');
      const put = await client.kv.put(p + 'a', 'one');
      const got = await client.kv.get(p + 'a');
      assert.equal(got.count, 1);
      const kv = got.kvs[0]!;
      assert.equal(kv.value.toString(), 'one');
      assert.equal(kv.version, 1);
      assert.equal(kv.createRevision, put.header.revision);
      assert.equal(kv.modRevision, put.header.revision);
      assert.equal(kv.lease, 0n);
      assert.ok(got.header.clusterId > 0n);
      const missing = await client.kv.get(p + 'missing');
      assert.equal(missing.count, 0);
      assert.deepEqual(missing.kvs, []);
      assert.equal(await client.kv.getString(p + 'missing'), undefined);
      assert.equal(await client.kv.getString(p + 'a'), 'one');
    });

    it('reads prefixes, ranges, from-key, limit with total count, sort, keys-only and count-only', async function () {
      const p = uniquePrefix('range');
      for (const k of ['b', 'a', 'd', 'c', 'e']) await client.kv.put(p + k, 'v' + k);
      const all = await client.kv.get(p, { prefix: true });
      assert.deepEqual(
        all.kvs.map((kv) => kv.key.toString().slice(p.length)),
        ['a', 'b', 'c', 'd', 'e'],
      );
      const limited = await client.kv.get(p, { prefix: true, limit: 2 });
      assert.equal(limited.kvs.length, 2);
      assert.equal(limited.count, 5);
      assert.equal(limited.more, true);
      const range = await client.kv.get(p + 'b', { end: p + 'd' });
      assert.deepEqual(
        range.kvs.map((kv) => kv.key.toString().slice(p.length)),
        ['b', 'c'],
      );
      const from = await client.kv.get(p + 'd', { fromKey: true });
      assert.ok(from.kvs.map((kv) => kv.key.toString()).includes(p + 'e'));
      assert.ok(!from.kvs.map((kv) => kv.key.toString()).includes(p + 'c'));
      const desc = await client.kv.get(p, {
        prefix: true,
        sort: { target: 'create', order: 'descend' },
        limit: 1,
      });
      assert.equal(desc.kvs[0]!.key.toString(), p + 'e');
      const byValue = await client.kv.get(p, {
        prefix: true,
        sort: { target: 'value', order: 'descend' },
      });
      assert.equal(byValue.kvs[0]!.value.toString(), 've');
      const keysOnly = await client.kv.get(p, { prefix: true, keysOnly: true });
      assert.equal(keysOnly.kvs.length, 5);
      assert.equal(keysOnly.kvs[0]!.value.length, 0);
      const countOnly = await client.kv.get(p, { prefix: true, countOnly: true });
      assert.equal(countOnly.count, 5);
      assert.equal(countOnly.kvs.length, 0);
      const serializable = await client.kv.get(p, { prefix: true, serializable: true });
      assert.equal(serializable.count, 5);
    });

    it('filters by mod and create revision and reads history at a revision', async function () {
      const p = uniquePrefix('hist');
      const first = await client.kv.put(p + 'k', '1');
      const second = await client.kv.put(p + 'k', '2');
      await client.kv.put(p + 'other', 'x');
      const old = await client.kv.get(p + 'k', { revision: first.header.revision });
      assert.equal(old.kvs[0]!.value.toString(), '1');
      assert.equal(old.header.revision > first.header.revision, true);
      const minMod = await client.kv.get(p, {
        prefix: true,
        minModRevision: second.header.revision + 1,
      });
      assert.deepEqual(
        minMod.kvs.map((kv) => kv.key.toString()),
        [p + 'other'],
      );
      const maxCreate = await client.kv.get(p, {
        prefix: true,
        maxCreateRevision: first.header.revision,
      });
      assert.deepEqual(
        maxCreate.kvs.map((kv) => kv.key.toString()),
        [p + 'k'],
      );
      await assert.rejects(
        client.kv.get(p + 'k', { revision: second.header.revision + 1000 }),
        FutureRevisionError,
      );
    });

    it('put returns prevKv, honours ignoreValue/ignoreLease, and maps their errors', async function () {
      const p = uniquePrefix('put');
      await client.kv.put(p + 'k', 'old');
      const res = await client.kv.put(p + 'k', 'new', { prevKv: true });
      assert.equal(res.prevKv?.value.toString(), 'old');
      const fresh = await client.kv.put(p + 'fresh', 'x', { prevKv: true });
      assert.equal(fresh.prevKv, undefined);

      const lease = await client.lease.grant(60);
      await client.kv.put(p + 'k', 'leased', { lease: lease.id });
      // lease 0 on a put detaches the lease, so keep passing it with ignoreValue.
      await client.kv.put(p + 'k', '', { ignoreValue: true, lease: lease.id });
      const kept = (await client.kv.get(p + 'k')).kvs[0]!;
      assert.equal(kept.value.toString(), 'leased');
      assert.equal(kept.lease, lease.id);
      await client.kv.put(p + 'k', 'changed', { ignoreLease: true });
      assert.equal((await client.kv.get(p + 'k')).kvs[0]!.lease, lease.id);

      await assert.rejects(client.kv.put(p + 'nokey', '', { ignoreValue: true }), KeyNotFoundError);
      await assert.rejects(client.kv.put(p + 'k', 'v', { ignoreValue: true }), ValueProvidedError);
      await assert.rejects(
        client.kv.put(p + 'k', 'v', { ignoreLease: true, lease: lease.id }),
        LeaseProvidedError,
      );
      await assert.rejects(client.kv.put(p + 'k', 'v', { lease: 0x7777777n }), (err: unknown) => {
        assert.ok(err instanceof LeaseNotFoundError);
        assert.equal(err.message, 'etcdserver: requested lease not found');
        assert.equal(err.retryable, false);
        return true;
      });
      await client.lease.revoke(lease.id);
    });

    it('deletes a key, a prefix and a range, with prevKvs', async function () {
      const p = uniquePrefix('del');
      for (const k of ['a', 'b', 'c', 'd']) await client.kv.put(p + k, k);
      const one = await client.kv.delete(p + 'a', { prevKv: true });
      assert.equal(one.deleted, 1);
      assert.equal(one.prevKvs[0]!.value.toString(), 'a');
      const none = await client.kv.delete(p + 'a');
      assert.equal(none.deleted, 0);
      const range = await client.kv.delete(p + 'b', { end: p + 'c' });
      assert.equal(range.deleted, 1);
      const rest = await client.kv.delete(p, { prefix: true });
      assert.equal(rest.deleted, 2);
      assert.equal((await client.kv.get(p, { prefix: true })).count, 0);
    });

    it('runs txns with compares on every target, range compares and nested txns', async function () {
      const p = uniquePrefix('txn');
      const put = await client.kv.put(p + 'k', 'v1');
      const lease = await client.lease.grant(60);
      await client.kv.put(p + 'l', 'x', { lease: lease.id });

      const ok = await client.kv.txn({
        compare: [
          compare.value(p + 'k', '==', 'v1'),
          compare.version(p + 'k', '==', 1),
          compare.create(p + 'k', '==', put.header.revision),
          compare.mod(p + 'k', '<', put.header.revision + 10),
          compare.lease(p + 'l', '==', lease.id),
          compare.version(p + 'missing', '==', 0),
        ],
        success: [
          op.put(p + 'k', 'v2', { prevKv: true }),
          op.get(p + 'k'),
          // etcd evaluates nested compares before any op runs: this sees 'v1', not 'v2'.
          op.txn({
            compare: [compare.value(p + 'k', '==', 'v1')],
            success: [op.put(p + 'nested', 'yes')],
            failure: [],
          }),
        ],
        failure: [op.put(p + 'failed', 'yes')],
      });
      assert.equal(ok.succeeded, true);
      assert.equal(ok.responses.length, 3);
      const [r0, r1, r2] = ok.responses.map((r) => r);
      assert.deepEqual(
        ok.responses.map((r) => r.type),
        ['put', 'get', 'txn'],
      );
      if (r0?.type === 'put') assert.equal(r0.result.prevKv?.value.toString(), 'v1');
      if (r1?.type === 'get') assert.equal(r1.result.kvs[0]!.value.toString(), 'v2');
      if (r2?.type === 'txn') assert.equal(r2.result.succeeded, true);
      assert.equal(await client.kv.getString(p + 'nested'), 'yes');

      // A value compare on a missing key fails, so the failure branch runs.
      const failed = await client.kv.txn({
        compare: [compare.value(p + 'missing', '==', '')],
        success: [op.put(p + 'succeeded', 'yes')],
        failure: [op.delete(p + 'nested', { prevKv: true })],
      });
      assert.equal(failed.succeeded, false);
      const d = failed.responses.map((r) => r)[0];
      assert.ok(d?.type === 'delete');
      assert.equal(d.result.deleted, 1);
      assert.equal(await client.kv.getString(p + 'succeeded'), undefined);

      // A range compare must hold for every key in the range.
      await client.kv.put(p + 'r/1', 'a');
      await client.kv.put(p + 'r/2', 'b');
      const rangeCmp = await client.kv.txn({
        compare: [{ target: 'version', key: p + 'r/', prefix: true, op: '==', value: 1 }],
        success: [],
        failure: [],
      });
      assert.equal(rangeCmp.succeeded, true);
      await client.kv.put(p + 'r/2', 'c');
      const rangeCmp2 = await client.kv.txn({
        compare: [{ target: 'version', key: p + 'r/1', rangeEnd: p + 'r/3', op: '==', value: 1 }],
      });
      assert.equal(rangeCmp2.succeeded, false);
      await client.lease.revoke(lease.id);
    });

    it('maps txn limit and duplicate-key errors', async function () {
      const p = uniquePrefix('txnerr');
      const many = Array.from({ length: 17 }, (_, i) => op.put(`${p}${i}`, 'x'));
      await assert.rejects(client.kv.txn({ success: many }), (err: unknown) => {
        assert.ok(err instanceof TooManyOpsError);
        assert.equal(err.message, 'etcdserver: too many operations in txn request');
        return true;
      });
      await assert.rejects(
        client.kv.txn({ success: [op.put(p + 'k', '1'), op.put(p + 'k', '2')] }),
        DuplicateKeyError,
      );
      // Range + put of the same key is allowed.
      const fine = await client.kv.txn({ success: [op.get(p + 'k'), op.put(p + 'k', '1')] });
      assert.equal(fine.succeeded, true);
    });

    it('compacts, physically, and then rejects reads below the compaction', async function () {
      const p = uniquePrefix('compact');
      const first = await client.kv.put(p + 'k', '1');
      const second = await client.kv.put(p + 'k', '2');
      await client.kv.compact(second.header.revision, { physical: true });
      await assert.rejects(
        client.kv.get(p + 'k', { revision: first.header.revision }),
        (err: unknown) => {
          assert.ok(err instanceof CompactedError);
          assert.equal(err.message, 'etcdserver: mvcc: required revision has been compacted');
          return true;
        },
      );
      const at = await client.kv.get(p + 'k', { revision: second.header.revision });
      assert.equal(at.kvs[0]!.value.toString(), '2');
      await assert.rejects(client.kv.compact(first.header.revision), CompactedError);
      await assert.rejects(client.kv.compact(second.header.revision + 1000), FutureRevisionError);
    });

    it('stores binary keys and values', async function () {
      const key = Buffer.from([0x2f, 0x62, 0x69, 0x6e, 0xff, 0x00, 0x01]);
      const value = Buffer.from([0, 1, 2, 255]);
      await client.kv.put(key, value);
      const got = await client.kv.get(key);
      assert.deepEqual(got.kvs[0]!.value, value);
      assert.deepEqual(got.kvs[0]!.key, key);
      const prefixed = await client.kv.get(Buffer.from([0x2f, 0x62, 0x69, 0x6e, 0xff]), {
        prefix: true,
      });
      assert.equal(prefixed.count, 1);
    });
  });
}
