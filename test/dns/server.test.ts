// DNS as a resolver sees it: real `dig` against a real clusterd, over UDP and TCP, for every
// behaviour of the SkyDNS-compatible server. The suite runs twice: with the records in clusterd's
// embedded store, and in Debian's etcd through `clusterd agent --etcd-endpoints --no-fleet`.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { keyOfName } from '../../src/dns/records.js';
import { eventually, sleep, testClient } from '../helpers/client.js';
import { startClusterd } from '../helpers/clusterd.js';
import {
  dig,
  type DigResult,
  FakeNameserver,
  startDnsAgent,
  waitDnsReady,
} from '../helpers/dns.js';
import { type EtcdProcess, startEtcd } from '../helpers/etcd.js';
import { freePort } from '../helpers/ports.js';

const domain = 'skydns.test.';

interface DnsTarget {
  dnsPort: number;
  /** Writes records to the store the server follows. */
  client: EtcdClient;
  /** The store restarted (SIGKILL, same data), when this target's store is not the DNS process. */
  restartStore?: () => Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

type TargetFactory = (nameservers: string[]) => Promise<DnsTarget>;

const targets: { name: string; start: TargetFactory; storeApart: boolean }[] = [
  {
    name: 'embedded store',
    storeApart: false,
    start: async (nameservers) => {
      const dnsPort = await freePort();
      const member = await startClusterd({
        args: [
          '--dns-addr',
          `127.0.0.1:${dnsPort}`,
          '--dns-domain',
          domain,
          '--dns-nameservers',
          nameservers.join(','),
        ],
      });
      await waitDnsReady(dnsPort, domain, () => member.output());
      const client = testClient([member.endpoint]);
      return {
        dnsPort,
        client,
        output: () => member.output(),
        stop: async () => {
          await client.close();
          await member.stop();
        },
      };
    },
  },
  {
    name: 'Debian etcd, --etcd-endpoints',
    storeApart: true,
    start: async (nameservers) => {
      const etcd: EtcdProcess = await startEtcd();
      const agent = await startDnsAgent([etcd.endpoint], domain, [
        '--dns-nameservers',
        nameservers.join(','),
      ]).catch(async (err: unknown) => {
        await etcd.stop();
        throw err;
      });
      const client = testClient([etcd.endpoint]);
      return {
        dnsPort: agent.dnsPort,
        client,
        restartStore: async () => {
          await etcd.kill();
          await etcd.start();
        },
        output: () => agent.output(),
        stop: async () => {
          await client.close();
          await agent.stop();
          await etcd.stop();
        },
      };
    },
  },
];

const transports: { name: string; options: string[] }[] = [
  { name: 'UDP', options: [] },
  { name: 'TCP', options: ['+tcp'] },
];

/** The record lines without their TTL, sorted: what a test compares when order is random. */
function records(lines: string[]): string[] {
  return lines
    .map((l) =>
      l
        .split(' ')
        .filter((_, i) => i !== 1)
        .join(' '),
    )
    .sort();
}

function ttls(r: DigResult): number[] {
  return r.answer.map((l) => Number(l.split(' ')[1]));
}

for (const target of targets) {
  describe(`dns: dig against clusterd (${target.name})`, function () {
    this.timeout(60_000);
    let t: DnsTarget | undefined;
    let upstreamA: FakeNameserver | undefined;
    let upstreamB: FakeNameserver | undefined;

    const put = (name: string, value: object | string, lease?: bigint): Promise<unknown> =>
      t!.client.kv.put(
        keyOfName(name),
        typeof value === 'string' ? value : JSON.stringify(value),
        lease === undefined ? {} : { lease },
      );
    const q = (name: string, type: string, options: string[] = []): Promise<DigResult> =>
      dig(t!.dnsPort, name, type, options);

    before(async function () {
      upstreamA = await FakeNameserver.start('192.0.2.1');
      upstreamB = await FakeNameserver.start('192.0.2.2');
      t = await target.start([upstreamA.endpoint]);
      const records: Record<string, object | string> = {
        'a.web.skydns.test.': { host: '10.0.0.1', port: 80, weight: 30 },
        'b.web.skydns.test.': { host: '10.0.0.2', port: 80, weight: 10 },
        'c.web.skydns.test.': { host: '10.0.0.3', port: 8080, priority: 20 },
        'v6.skydns.test.': { host: '2001:db8::1' },
        'alias.skydns.test.': { host: 'web.skydns.test' },
        'external.skydns.test.': { host: 'www.example.org' },
        'loop1.skydns.test.': { host: 'loop2.skydns.test' },
        'loop2.skydns.test.': { host: 'loop1.skydns.test' },
        'txt.skydns.test.': { text: 'x'.repeat(300) },
        'mail.skydns.test.': { host: '10.0.0.25', mail: true, priority: 5 },
        'a.ns.dns.skydns.test.': { host: '10.0.0.53' },
        'a.grouped.skydns.test.': { host: '10.0.1.1', group: 'blue' },
        'b.sub.grouped.skydns.test.': { host: '10.0.1.2', group: 'green' },
        'c.sub.grouped.skydns.test.': { host: '10.0.1.3' },
        'bad.skydns.test.': '{"host": "10.0.0.9"',
        '1.0.0.10.in-addr.arpa.': { host: 'a.web.skydns.test' },
      };
      for (const [name, value] of Object.entries(records)) await put(name, value);
      for (let i = 1; i <= 100; i++) await put(`n${i}.big.skydns.test.`, { host: `10.2.0.${i}` });
      // The last write is in the view once its own name answers.
      await eventually(
        async () => (await q('n100.big.skydns.test', 'A')).answer.length === 1,
        10_000,
      );
    });

    after(async function () {
      await t?.stop();
      await upstreamA?.close();
      await upstreamB?.close();
    });

    for (const transport of transports) {
      describe(`over ${transport.name}`, function () {
        const ask = (name: string, type: string, options: string[] = []): Promise<DigResult> =>
          q(name, type, [...transport.options, ...options]);

        it('A and AAAA: a leaf, and every address at or below a name, in the case asked', async () => {
          const leaf = await ask('A.Web.SKYDNS.test', 'A');
          assert.equal(leaf.status, 'NOERROR');
          assert.ok(leaf.flags.includes('aa'), leaf.output);
          assert.deepEqual(leaf.answer, ['A.Web.SKYDNS.test. 3600 IN A 10.0.0.1']);
          assert.deepEqual(records((await ask('web.skydns.test', 'A')).answer), [
            'web.skydns.test. IN A 10.0.0.1',
            'web.skydns.test. IN A 10.0.0.2',
            'web.skydns.test. IN A 10.0.0.3',
          ]);
          assert.deepEqual((await ask('v6.skydns.test', 'AAAA')).answer, [
            'v6.skydns.test. 3600 IN AAAA 2001:db8::1',
          ]);
        });

        it('NXDOMAIN and NODATA, both with the SOA; bad JSON is no record', async () => {
          const soa =
            /^skydns\.test\. 60 IN SOA ns\.dns\.skydns\.test\. hostmaster\.skydns\.test\. \d+ 28800 7200 604800 60$/;
          const missing = await ask('missing.skydns.test', 'A');
          assert.equal(missing.status, 'NXDOMAIN');
          assert.ok(missing.flags.includes('aa'));
          assert.match(missing.authority[0]!, soa);
          const nodata = await ask('v6.skydns.test', 'A');
          assert.equal(nodata.status, 'NOERROR');
          assert.deepEqual(nodata.answer, []);
          assert.match(nodata.authority[0]!, soa);
          assert.equal((await ask('bad.skydns.test', 'A')).status, 'NXDOMAIN');
        });

        it('SRV: weights per priority, IP hosts named by their keys, glue in additional', async () => {
          const r = await ask('web.skydns.test', 'SRV');
          assert.deepEqual(records(r.answer), [
            'web.skydns.test. IN SRV 10 25 80 b.web.skydns.test.',
            'web.skydns.test. IN SRV 10 75 80 a.web.skydns.test.',
            'web.skydns.test. IN SRV 20 100 8080 c.web.skydns.test.',
          ]);
          assert.deepEqual(records(r.additional), [
            'a.web.skydns.test. IN A 10.0.0.1',
            'b.web.skydns.test. IN A 10.0.0.2',
            'c.web.skydns.test. IN A 10.0.0.3',
          ]);
        });

        it('CNAME: chased inside the zone, chased upstream outside it, a loop is NODATA', async () => {
          const alias = await ask('alias.skydns.test', 'A');
          assert.equal(alias.answer[0], 'alias.skydns.test. 3600 IN CNAME web.skydns.test.');
          assert.deepEqual(records(alias.answer.slice(1)), [
            'web.skydns.test. IN A 10.0.0.1',
            'web.skydns.test. IN A 10.0.0.2',
            'web.skydns.test. IN A 10.0.0.3',
          ]);
          const external = await ask('external.skydns.test', 'A');
          assert.deepEqual(records(external.answer), [
            'external.skydns.test. IN CNAME www.example.org.',
            'www.example.org. IN A 192.0.2.1',
          ]);
          const loop = await ask('loop1.skydns.test', 'A');
          assert.equal(loop.status, 'NOERROR');
          assert.deepEqual(loop.answer, []);
          assert.equal(loop.authority.length, 1);
          assert.deepEqual((await ask('alias.skydns.test', 'CNAME')).answer, [
            'alias.skydns.test. 3600 IN CNAME web.skydns.test.',
          ]);
        });

        it('TXT split into 255-octet strings, MX with glue, NS at the apex, SOA, PTR', async () => {
          const txt = await ask('txt.skydns.test', 'TXT');
          assert.deepEqual(txt.answer, [
            `txt.skydns.test. 3600 IN TXT "${'x'.repeat(255)}" "${'x'.repeat(45)}"`,
          ]);
          const mx = await ask('mail.skydns.test', 'MX');
          assert.deepEqual(mx.answer, ['mail.skydns.test. 3600 IN MX 5 mail.skydns.test.']);
          assert.deepEqual(mx.additional, ['mail.skydns.test. 3600 IN A 10.0.0.25']);
          const ns = await ask('skydns.test', 'NS');
          assert.deepEqual(ns.answer, ['skydns.test. 3600 IN NS a.ns.dns.skydns.test.']);
          assert.deepEqual(ns.additional, ['a.ns.dns.skydns.test. 3600 IN A 10.0.0.53']);
          const soa = await ask('skydns.test', 'SOA');
          assert.match(soa.answer[0]!, /^skydns\.test\. 3600 IN SOA ns\.dns\.skydns\.test\. /);
          const ptr = await ask('1.0.0.10.in-addr.arpa', 'PTR');
          assert.deepEqual(ptr.answer, ['1.0.0.10.in-addr.arpa. 3600 IN PTR a.web.skydns.test.']);
        });

        it('wildcards, groups, and ANY refused', async () => {
          assert.deepEqual(records((await ask('*.web.skydns.test', 'A')).answer), [
            '*.web.skydns.test. IN A 10.0.0.1',
            '*.web.skydns.test. IN A 10.0.0.2',
            '*.web.skydns.test. IN A 10.0.0.3',
          ]);
          assert.deepEqual((await ask('b.any.skydns.test', 'A')).answer, [
            'b.any.skydns.test. 3600 IN A 10.0.0.2',
          ]);
          // blue is the shallowest group: green goes, the service without a group stays.
          assert.deepEqual(records((await ask('grouped.skydns.test', 'A')).answer), [
            'grouped.skydns.test. IN A 10.0.1.1',
            'grouped.skydns.test. IN A 10.0.1.3',
          ]);
          const any = await ask('web.skydns.test', 'ANY');
          assert.equal(any.status, 'REFUSED');
          assert.ok(!any.flags.includes('aa'));
        });

        it('names outside the domain are forwarded upstream', async () => {
          const r = await ask('www.example.org', 'A');
          assert.equal(r.status, 'NOERROR');
          assert.ok(r.flags.includes('ra'));
          assert.deepEqual(r.answer, ['www.example.org. 300 IN A 192.0.2.1']);
          assert.ok(
            upstreamA!.questions.includes(`www.example.org A ${transport.name.toLowerCase()}`),
            upstreamA!.questions.join('\n'),
          );
        });
      });
    }

    it('EDNS0: the client size is kept over UDP, TC set beyond it, the whole answer over TCP', async () => {
      const small = await q('big.skydns.test', 'A', ['+bufsize=512', '+ignore']);
      assert.ok(small.flags.includes('tc'), small.output);
      assert.ok(small.answer.length > 0 && small.answer.length < 100, `${small.answer.length}`);
      assert.equal(small.ednsUdpSize, 1232, 'the OPT is kept in a truncated reply');
      const noEdns = await q('big.skydns.test', 'A', ['+noedns', '+ignore']);
      assert.ok(noEdns.flags.includes('tc'));
      assert.equal(noEdns.ednsUdpSize, undefined);
      const large = await q('big.skydns.test', 'A', ['+bufsize=4096']);
      assert.ok(!large.flags.includes('tc'));
      assert.equal(large.answer.length, 100);
      // dig's default: TC over UDP, then the full answer over TCP.
      const retried = await q('big.skydns.test', 'A', ['+bufsize=512']);
      assert.ok(retried.retriedOverTcp, retried.output);
      assert.equal(retried.answer.length, 100);
      assert.equal((await q('big.skydns.test', 'A', ['+tcp'])).answer.length, 100);
    });

    it('/skydns/config applies to the next query: TTLs, nameservers in turn, retry, none, no_rec', async () => {
      const config = (value: object): Promise<unknown> =>
        t!.client.kv.put('/skydns/config', JSON.stringify(value));
      try {
        await config({ ttl: 120, min_ttl: 7 });
        await eventually(async () => ttls(await q('v6.skydns.test', 'AAAA'))[0] === 120);
        assert.match((await q('missing.skydns.test', 'A')).authority[0]!, / 7 IN SOA .* 7$/);

        // Round-robin over the nameservers.
        await config({ nameservers: [upstreamA!.endpoint, upstreamB!.endpoint] });
        await eventually(
          async () => (await q('rr.example.org', 'A')).answer[0]?.endsWith('192.0.2.2') === true,
        );
        const answered: string[] = [];
        for (let i = 0; i < 4; i++) {
          answered.push((await q(`rr${i}.example.org`, 'A')).answer[0]!.split(' ')[4]!);
        }
        assert.deepEqual(answered.sort(), ['192.0.2.1', '192.0.2.1', '192.0.2.2', '192.0.2.2']);

        // A nameserver that refuses: the next one answers.
        const dead = await freePort();
        await config({ nameservers: [`127.0.0.1:${dead}`, upstreamB!.endpoint] });
        await sleep(200);
        for (let i = 0; i < 2; i++) {
          const r = await q(`retry${i}.example.org`, 'A', ['+tcp']);
          assert.deepEqual(r.answer, [`retry${i}.example.org. 300 IN A 192.0.2.2`]);
        }

        await config({ nameservers: [] });
        await eventually(async () => (await q('none.example.org', 'A')).status === 'SERVFAIL');
        assert.equal((await q('v6.skydns.test', 'AAAA')).status, 'NOERROR');

        await config({ no_rec: true });
        await eventually(async () => (await q('norec.example.org', 'A')).status === 'SERVFAIL');
      } finally {
        await t!.client.kv.delete('/skydns/config');
      }
      await eventually(async () => (await q('again.example.org', 'A')).status === 'NOERROR');
      assert.equal(ttls(await q('v6.skydns.test', 'AAAA'))[0], 3600);
    });

    it('records that change while queries run: added, changed, deleted, a lease expiring', async () => {
      const name = 'moving.skydns.test';
      const written: string[] = [];
      const seen: DigResult[] = [];
      const writing = { done: false };
      const reader = (async () => {
        for (let i = 0; !writing.done; i++) seen.push(await q(name, 'A', i % 2 ? ['+tcp'] : []));
      })();
      for (let i = 1; i <= 10; i++) {
        written.push(`10.3.0.${i}`);
        await put(name, { host: `10.3.0.${i}` });
        await sleep(40);
        if (i % 4 === 0) {
          await t!.client.kv.delete(keyOfName(name));
          await sleep(40);
        }
      }
      await put(name, { host: '10.3.0.99' });
      written.push('10.3.0.99');
      await eventually(async () => (await q(name, 'A')).answer[0]?.endsWith('10.3.0.99') === true);
      writing.done = true;
      await reader;
      assert.ok(seen.length >= 5, `${seen.length} queries while writing`);
      for (const r of seen) {
        // Every answer is a state the store was in: one written address, or the name deleted.
        if (r.status === 'NXDOMAIN') continue;
        assert.equal(r.status, 'NOERROR', r.output);
        assert.equal(r.answer.length, 1, r.output);
        assert.ok(written.includes(r.answer[0]!.split(' ')[4]!), r.output);
      }

      // On a lease: the TTL is at most what the lease has left, and the name goes with it.
      const { id } = await t!.client.lease.grant(3);
      await put('leased.skydns.test', { host: '10.3.1.1' }, id);
      await eventually(async () => {
        const r = await q('leased.skydns.test', 'A');
        return r.answer.length === 1 && ttls(r)[0]! > 0;
      });
      assert.ok(ttls(await q('leased.skydns.test', 'A', ['+tcp']))[0]! <= 3);
      await eventually(
        async () => (await q('leased.skydns.test', 'A')).status === 'NXDOMAIN',
        10_000,
      );
    });

    if (target.storeApart) {
      it('follows the store again after it restarts, from where it was', async () => {
        await t!.restartStore!();
        await put('after-restart.skydns.test.', { host: '10.4.0.1' });
        await eventually(
          async () => (await q('after-restart.skydns.test', 'A')).answer.length === 1,
          15_000,
        );
        assert.equal((await q('a.web.skydns.test', 'A')).answer.length, 1);
      });
    }
  });
}
