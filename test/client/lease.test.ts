import assert from 'node:assert/strict';
import {
  type EtcdClient,
  LeaseExistsError,
  LeaseLostError,
  LeaseNotFoundError,
  LeaseTtlTooLargeError,
} from '../../src/client/index.js';
import { eventually, sleep, testClient, uniquePrefix } from '../helpers/client.js';
import { TcpProxy } from '../helpers/proxy.js';
import { type Target, targets } from '../helpers/target.js';

for (const { name, start } of targets) {
  describe(`client lease (${name})`, function () {
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

    it('grants, lists, reports time-to-live with keys, and revokes deleting keys', async function () {
      const p = uniquePrefix('lease');
      const lease = await client.lease.grant(60);
      assert.ok(lease.id > 0n);
      assert.equal(lease.ttl, 60);
      await client.kv.put(p + 'a', '1', { lease: lease.id });
      await client.kv.put(p + 'b', '2', { lease: lease.id });
      assert.ok((await client.lease.leases()).leases.includes(lease.id));
      const ttl = await client.lease.timeToLive(lease.id, { keys: true });
      assert.equal(ttl.id, lease.id);
      assert.equal(ttl.grantedTtl, 60);
      assert.ok(ttl.ttl > 50 && ttl.ttl <= 60);
      assert.deepEqual(ttl.keys.map((k) => k.toString()).sort(), [p + 'a', p + 'b']);
      await client.lease.revoke(lease.id);
      assert.equal((await client.kv.get(p, { prefix: true })).count, 0);
      assert.equal((await client.lease.timeToLive(lease.id)).ttl, -1);
      assert.ok(!(await client.lease.leases()).leases.includes(lease.id));
    });

    it('maps lease errors to their classes', async function () {
      await assert.rejects(client.lease.revoke(0x1234567n), LeaseNotFoundError);
      const lease = await client.lease.grant(30, { id: 0x5eed0001n });
      assert.equal(lease.id, 0x5eed0001n);
      await assert.rejects(client.lease.grant(30, { id: 0x5eed0001n }), LeaseExistsError);
      await assert.rejects(client.lease.grant(9_000_000_001), LeaseTtlTooLargeError);
      await client.lease.revoke(lease.id);
      await assert.rejects(client.lease.keepAliveOnce(lease.id), LeaseNotFoundError);
    });

    it('keepAliveOnce renews to the full TTL', async function () {
      const lease = await client.lease.grant(3);
      await sleep(1100);
      const before = await client.lease.timeToLive(lease.id);
      assert.ok(before.ttl < 3);
      const renewed = await client.lease.keepAliveOnce(lease.id);
      assert.equal(renewed.id, lease.id);
      assert.equal(renewed.ttl, 3);
      await client.lease.revoke(lease.id);
    });

    it('keepAlive keeps a short lease past its TTL and reports renewals', async function () {
      const p = uniquePrefix('keep');
      const lease = await client.lease.grant(1);
      await client.kv.put(p + 'k', 'alive', { lease: lease.id });
      const kept = client.lease.keepAlive(lease.id, lease.ttl);
      let renewals = 0;
      kept.onRenewed(() => renewals++);
      await sleep(3000);
      assert.ok(renewals >= 3, `renewed ${renewals} times`);
      assert.equal(kept.isActive, true);
      assert.equal(await client.kv.getString(p + 'k'), 'alive');
      kept.release();
      await eventually(async () => (await client.kv.get(p + 'k')).count === 0, 5000);
    });

    it('keepAlive reports loss when the lease is revoked elsewhere', async function () {
      const lease = await client.lease.grant(2);
      const kept = client.lease.keepAlive(lease.id, lease.ttl);
      const lost = kept.whenLost();
      await sleep(200);
      await client.lease.revoke(lease.id);
      const err = await lost;
      assert.ok(err instanceof LeaseLostError);
      assert.equal(kept.isLost, true);
    });

    it('keepAlive survives a broken stream, and reports loss if cut off past the TTL', async function () {
      const proxy = await TcpProxy.start(target.endpoints[0]!);
      const proxied = testClient([proxy.endpoint], { dialTimeoutMs: 300 });
      try {
        const lease = await client.lease.grant(2);
        const kept = proxied.lease.keepAlive(lease.id, lease.ttl);
        await sleep(300);
        proxy.dropAll();
        await sleep(2500);
        assert.equal(kept.isActive, true, 'renewed again after the reconnect');
        assert.ok((await client.lease.timeToLive(lease.id)).ttl > 0);
        proxy.refuse(true);
        proxy.dropAll();
        const err = await kept.whenLost();
        assert.match(err.message, /no keepalive response/);
      } finally {
        await proxied.close();
        await proxy.close();
      }
    });

    it('close() releases kept-alive leases', async function () {
      const own = testClient(target.endpoints);
      const lease = await own.lease.grant(5);
      const kept = own.lease.keepAlive(lease.id, lease.ttl);
      await own.close();
      assert.equal(kept.isActive, false);
      await client.lease.revoke(lease.id);
    });
  });
}
