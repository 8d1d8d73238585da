// flannel's subnet leases on a real store, once on clusterd's embedded store and once on Debian's
// etcd: the choice of subnet (this machine's earlier lease, the previous run's, a random free one),
// two machines racing for one subnet, exhaustion, a configuration change, renewal and expiry.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { type NetworkConfig, parseNetworkConfig } from '../../src/net/config.js';
import { formatIp4Net, parseIp4Net } from '../../src/net/ip4.js';
import { SubnetAllocator, SubnetError } from '../../src/net/subnet-allocator.js';
import { decodeLeaseAttrs, type LeaseAttrs, NetKeys } from '../../src/net/subnet-lease.js';
import { sleep, testClient, uniquePrefix } from '../helpers/client.js';
import { TestCluster } from '../helpers/cluster.js';
import { startEtcd } from '../helpers/etcd.js';

const config = (json: object): NetworkConfig => parseNetworkConfig(JSON.stringify(json));
const attrs = (publicIp: string): LeaseAttrs => ({
  publicIp,
  backendType: 'vxlan',
  backendData: undefined,
});

for (const store of ['clusterd', 'etcd'] as const) {
  describe(`net: subnet leases (${store === 'etcd' ? "Debian's etcd" : 'embedded store'})`, function () {
    this.timeout(60_000);
    let stop: () => Promise<void>;
    let client: EtcdClient;
    let keys: NetKeys;
    let allocator: SubnetAllocator;

    before(async () => {
      if (store === 'etcd') {
        const etcd = await startEtcd();
        client = testClient([etcd.endpoint]);
        stop = () => etcd.stop();
      } else {
        const cluster = await TestCluster.start({ size: 1 });
        client = cluster.members[0]!.client();
        stop = () => cluster.stop();
      }
    });

    after(async () => {
      await client.close();
      await stop();
    });

    beforeEach(() => {
      keys = new NetKeys(uniquePrefix('net'));
      allocator = new SubnetAllocator({ client, keys, leaseTtlSeconds: 600 });
    });

    const leased = async (): Promise<Map<string, string>> => {
      const res = await client.kv.get(keys.subnets, { prefix: true });
      return new Map(
        res.kvs.map((kv) => [
          formatIp4Net(keys.subnetOf(kv.key.toString())!),
          decodeLeaseAttrs(kv.value.toString())!.publicIp,
        ]),
      );
    };

    it('takes a free subnet in range on a lease of the TTL, and the same one again for the same PublicIP', async () => {
      const c = config({ Network: '10.3.0.0/16' });
      const first = await allocator.acquire(c, attrs('192.168.0.1'));
      assert.equal(first.subnet.prefixLen, 24);
      assert.ok(first.subnet.ip >= c.subnetMin && first.subnet.ip <= c.subnetMax);
      const ttl = await client.lease.timeToLive(first.leaseId);
      assert.ok(ttl.ttl > 590 && ttl.ttl <= 600, `ttl ${ttl.ttl}`);
      const again = await allocator.acquire(c, attrs('192.168.0.1'));
      assert.equal(formatIp4Net(again.subnet), formatIp4Net(first.subnet));
      assert.notEqual(again.leaseId, first.leaseId);
      const other = await allocator.acquire(c, attrs('192.168.0.2'));
      assert.notEqual(formatIp4Net(other.subnet), formatIp4Net(first.subnet));
      assert.deepEqual([...(await leased()).values()].sort(), ['192.168.0.1', '192.168.0.2']);
    });

    it('reuses the previous run’s subnet when it is free and fits, else ignores it', async () => {
      const c = config({ Network: '10.3.0.0/16' });
      const previous = parseIp4Net('10.3.77.0/24')!;
      const got = await allocator.acquire(c, attrs('192.168.0.1'), previous);
      assert.equal(formatIp4Net(got.subnet), '10.3.77.0/24');
      // Taken by another machine now: the next one gets another subnet.
      const second = await allocator.acquire(c, attrs('192.168.0.2'), previous);
      assert.notEqual(formatIp4Net(second.subnet), '10.3.77.0/24');
      // Outside the configured range: ignored.
      const outside = await allocator.acquire(c, attrs('192.168.0.3'), parseIp4Net('10.9.1.0/24'));
      assert.ok(outside.subnet.ip >= c.subnetMin && outside.subnet.ip <= c.subnetMax);
    });

    it('of machines racing for subnets, each gets its own; then the network is out of subnets', async () => {
      // 10.4.0.0/26 in /28s: the first is skipped, three are left, for five machines.
      const c = config({ Network: '10.4.0.0/26' });
      const racers = ['a', 'b', 'c', 'd', 'e'].map((_, i) =>
        allocator.acquire(c, attrs(`192.168.1.${i + 1}`)).then(
          (lease) => formatIp4Net(lease.subnet),
          (err: unknown) => err,
        ),
      );
      const results = await Promise.all(racers);
      const won = results.filter((r): r is string => typeof r === 'string');
      assert.deepEqual([...won].sort(), ['10.4.0.16/28', '10.4.0.32/28', '10.4.0.48/28']);
      const lost = results.filter((r) => typeof r !== 'string');
      assert.equal(lost.length, 2);
      for (const err of lost) {
        assert.ok(err instanceof SubnetError);
        assert.equal(err.message, 'out of subnets');
      }
      assert.equal((await leased()).size, 3);
    });

    it('deletes a lease that no longer fits the configuration and takes one in the new network', async () => {
      const old = await allocator.acquire(config({ Network: '10.3.0.0/16' }), attrs('192.168.0.1'));
      const c = config({ Network: '10.4.0.0/16' });
      const moved = await allocator.acquire(c, attrs('192.168.0.1'));
      assert.ok(moved.subnet.ip >= c.subnetMin && moved.subnet.ip <= c.subnetMax);
      const now = await leased();
      assert.equal(now.size, 1);
      assert.ok(!now.has(formatIp4Net(old.subnet)));
    });

    it('renews onto a new lease of the full TTL; a lease revoked meanwhile is not renewed', async () => {
      const short = new SubnetAllocator({ client, keys, leaseTtlSeconds: 5 });
      const c = config({ Network: '10.3.0.0/16' });
      const own = await short.acquire(c, attrs('192.168.0.1'));
      await sleep(1500);
      const renewed = await short.renew(own);
      assert.ok(renewed);
      assert.equal(formatIp4Net(renewed.subnet), formatIp4Net(own.subnet));
      assert.ok(renewed.expiresAtMs > own.expiresAtMs + 1000);
      assert.ok((await client.lease.timeToLive(renewed.leaseId)).ttl >= 4);
      // The old etcd lease is gone; the key lives on the new one.
      assert.equal((await client.lease.timeToLive(own.leaseId)).ttl, -1);
      const [kv] = (await client.kv.get(keys.subnet(own.subnet))).kvs;
      assert.equal(kv?.lease, renewed.leaseId);

      await client.lease.revoke(renewed.leaseId);
      assert.equal(await short.renew(renewed), undefined);
    });

    it('a lease not renewed expires with its etcd lease', async () => {
      const short = new SubnetAllocator({ client, keys, leaseTtlSeconds: 2 });
      await short.acquire(config({ Network: '10.3.0.0/16' }), attrs('192.168.0.1'));
      assert.equal((await leased()).size, 1);
      const deadline = Date.now() + 10_000;
      while ((await leased()).size > 0) {
        assert.ok(Date.now() < deadline, 'the lease did not expire');
        await sleep(200);
      }
    });
  });
}
