// DNS inside `clusterd agent`: an address it cannot bind is one error line and the store runs on;
// recursion only for the networks --dns-recursion-from names; SIGTERM leaves nothing open.
import assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import { eventually, testClient } from '../helpers/client.js';
import { startClusterd } from '../helpers/clusterd.js';
import { dig, FakeNameserver, startDnsAgent, waitDnsReady } from '../helpers/dns.js';
import { startEtcd } from '../helpers/etcd.js';
import { freePort } from '../helpers/ports.js';

describe('dns: in the agent', function () {
  this.timeout(60_000);

  it('a port it cannot bind: one clear error line, and the store keeps running', async () => {
    const port = await freePort();
    const holder = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => holder.bind(port, '127.0.0.1', resolve));
    const member = await startClusterd({
      args: ['--dns-addr', `127.0.0.1:${port}`, '--log-level', 'info'],
    });
    const client = testClient([member.endpoint]);
    try {
      await eventually(() => member.output().includes('dns: cannot listen'), 10_000);
      const lines = member
        .output()
        .split('\n')
        .filter((l) => l.includes('dns: cannot listen'));
      assert.equal(lines.length, 1, member.output());
      assert.equal(
        (JSON.parse(lines[0]!) as { msg: string }).msg,
        `dns: cannot listen on 127.0.0.1:${port}: address already in use`,
      );
      await client.kv.put('/still/here', 'yes');
      assert.equal((await client.kv.get('/still/here')).kvs[0]?.value.toString(), 'yes');
    } finally {
      await client.close();
      await member.stop();
      holder.close();
    }
  });

  it('forwards only for the networks allowed recursion; its own domain answers anyone', async () => {
    const upstream = await FakeNameserver.start('192.0.2.1');
    const dnsPort = await freePort();
    const member = await startClusterd({
      args: [
        '--dns-addr',
        `127.0.0.1:${dnsPort}`,
        '--dns-domain',
        'skydns.test.',
        '--dns-nameservers',
        upstream.endpoint,
        '--dns-recursion-from',
        '10.0.0.0/8,fd00::/8',
      ],
    });
    try {
      await waitDnsReady(dnsPort, 'skydns.test.', () => member.output());
      for (const transport of [[], ['+tcp']]) {
        const refused = await dig(dnsPort, 'www.example.org', 'A', transport);
        assert.equal(refused.status, 'REFUSED');
        assert.ok(!refused.flags.includes('ra'));
        assert.equal((await dig(dnsPort, 'skydns.test', 'SOA', transport)).status, 'NOERROR');
      }
      assert.deepEqual(upstream.questions, [], 'nothing was forwarded');
    } finally {
      await member.stop();
      await upstream.close();
    }
  });

  it('runs without the scheduler on an external etcd, and SIGTERM closes everything', async () => {
    const etcd = await startEtcd();
    try {
      const agent = await startDnsAgent([etcd.endpoint], 'skydns.test.', ['--log-level', 'info']);
      await agent.stop();
      assert.match(agent.output(), /"dns stopped"/);
      assert.doesNotMatch(agent.output(), /still open/);
    } finally {
      await etcd.stop();
    }
  });
});
