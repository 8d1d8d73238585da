// --discovery-srv: the initial cluster from DNS SRV records, as etcd's srv.GetCluster reads them,
// asked of a real (fake) nameserver: this member found by the address of its peer URL, the others
// numbered, https and http records together, --discovery-srv-name's suffix, and etcd's errors.
// --discovery-proxy: the discovery protocol through an HTTP proxy.
import assert from 'node:assert/strict';
import { joinDiscoveryCluster } from '../../src/discovery.js';
import { dnsResolver, srvInitialCluster } from '../../src/discovery-srv.js';
import { silentLogger } from '../../src/util/log.js';
import { ProxiedDiscovery } from '../helpers/discovery.js';
import { FakeNameserver } from '../helpers/dns.js';

describe('discovery: --discovery-srv', () => {
  let dns: FakeNameserver;

  beforeEach(async () => {
    // Every A question is answered with 127.0.0.1.
    dns = await FakeNameserver.start('127.0.0.1');
  });

  afterEach(async () => {
    await dns.close();
  });

  const lookup = (name: string, serviceName = '', urls = ['http://127.0.0.1:2380']) =>
    srvInitialCluster({
      domain: 'example.test',
      serviceName,
      name,
      advertisePeerUrls: urls,
      resolver: dnsResolver(dns.endpoint),
      logger: silentLogger,
    });

  it('names this member by its peer URL and numbers the others', async () => {
    dns.srv.set('_etcd-server._tcp.example.test', [
      { priority: 0, weight: 0, port: 2380, target: 'infra0.example.test' },
      { priority: 0, weight: 0, port: 2381, target: 'infra1.example.test' },
      { priority: 0, weight: 0, port: 2382, target: 'infra2.example.test' },
    ]);
    const cluster = (await lookup('me')).split(',').sort();
    assert.deepEqual(cluster, [
      '0=http://infra1.example.test:2381',
      '1=http://infra2.example.test:2382',
      'me=http://infra0.example.test:2380',
    ]);
    assert.ok(dns.questions.includes('_etcd-server-ssl._tcp.example.test SRV udp'));
  });

  it('takes the https records too, and the suffix of --discovery-srv-name', async () => {
    dns.srv.set('_etcd-server-ssl-blue._tcp.example.test', [
      { priority: 0, weight: 0, port: 2380, target: 'a.example.test' },
    ]);
    dns.srv.set('_etcd-server-blue._tcp.example.test', [
      { priority: 0, weight: 0, port: 2390, target: 'b.example.test' },
    ]);
    const cluster = await lookup('me', 'blue', ['https://127.0.0.1:2380']);
    assert.deepEqual(cluster.split(',').sort(), [
      '0=http://b.example.test:2390',
      'me=https://a.example.test:2380',
    ]);
  });

  it("fails with etcd's errors: no records, or none for this member", async () => {
    await assert.rejects(lookup('me'), /error querying DNS SRV records for _etcd-server-ssl/);
    dns.srv.set('_etcd-server._tcp.example.test', [
      { priority: 0, weight: 0, port: 2999, target: 'other.example.test' },
    ]);
    await assert.rejects(lookup('me'), /cannot find local etcd member "me" in SRV records/);
  });
});

describe('discovery: --discovery-proxy', () => {
  let discovery: ProxiedDiscovery;

  afterEach(async () => {
    await discovery.close();
  });

  it('reaches the discovery service only through the proxy', async () => {
    discovery = await ProxiedDiscovery.start('token1', 1);
    // discovery.invalid resolves nowhere: only the proxy can reach it.
    const cluster = await joinDiscoveryCluster({
      url: 'http://discovery.invalid/token1',
      memberId: 0xabcn,
      self: 'me=http://127.0.0.1:2380',
      proxy: `127.0.0.1:${discovery.port}`,
      logger: silentLogger,
    });
    assert.equal(cluster, 'me=http://127.0.0.1:2380');
    assert.deepEqual(discovery.requests.slice(0, 2), [
      'GET http://discovery.invalid/token1/_config/size',
      'GET http://discovery.invalid/token1',
    ]);
    assert.ok(
      discovery.requests.includes('PUT http://discovery.invalid/token1/abc?prevExist=false'),
    );
  });
});
