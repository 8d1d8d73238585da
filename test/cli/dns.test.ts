// `clusterd dns add|rm|ls` run as a script would run them: against a clusterd that answers DNS on a
// free port (its answers read with dig), and once against Debian's etcd, to show that the commands
// need nothing but the etcd API.
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { eventually, testClient } from '../helpers/client.js';
import { type CliResult, runClusterd } from '../helpers/cli.js';
import { type ClusterdProcess, startClusterd } from '../helpers/clusterd.js';
import { dig, type DigResult, waitDnsReady } from '../helpers/dns.js';
import { startEtcd } from '../helpers/etcd.js';
import { freePort } from '../helpers/ports.js';

/** The domain both the agent and the command use when not told otherwise. */
const domain = 'skydns.local.';

type RunResult = CliResult;

function run(args: string[]): Promise<RunResult> {
  return runClusterd(args);
}

/** The cells of each line of `dns ls`'s simple output (columns padded with tabs). */
function cells(stdout: string): string[][] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/\t+/));
}

const header = ['NAME', 'TYPE', 'HOST', 'PORT', 'PRIORITY', 'WEIGHT', 'TTL', 'TEXT'];

interface ListedJson {
  name: string;
  key: string;
  type?: string;
  service?: Record<string, unknown>;
  error?: string;
  value?: string;
  lease?: number;
}

describe('clusterd dns add|rm|ls', function () {
  this.timeout(60_000);

  describe('on clusterd, answered by its DNS server', function () {
    let member: ClusterdProcess;
    let client: EtcdClient;
    let dnsPort: number;

    before(async function () {
      dnsPort = await freePort();
      member = await startClusterd({ args: ['--dns-addr', `127.0.0.1:${dnsPort}`] });
      client = testClient([member.endpoint]);
      await waitDnsReady(dnsPort, domain, () => member.output());
    });
    after(async function () {
      await client.close();
      await member.stop();
    });

    const dns = (args: string[]): Promise<RunResult> =>
      run(['--endpoints', member.endpoint, 'dns', ...args]);

    /** dig until `ready` holds: the server follows the store through a watch, a moment behind. */
    async function digUntil(
      name: string,
      type: string,
      ready: (r: DigResult) => boolean,
    ): Promise<DigResult> {
      let last: DigResult | undefined;
      await eventually(async () => {
        last = await dig(dnsPort, name, type);
        return ready(last);
      }, 10_000).catch((err: unknown) => {
        throw new Error(`${name} ${type}: ${last?.output ?? String(err)}`);
      });
      return last!;
    }

    /** The answer's records without their TTL: `name IN TYPE data`. */
    const records = (r: DigResult): string[] =>
      r.answer
        .map((rr) => {
          const [owner, , ...rest] = rr.split(' ');
          return [owner, ...rest].join(' ');
        })
        .sort();

    async function value(key: string): Promise<string | undefined> {
      return client.kv.getString(key);
    }

    it('add writes SkyDNS JSON at the reversed key; dig answers A and SRV; ls lists it', async function () {
      assert.deepEqual(await dns(['add', 'rails.east', '10.0.0.1', '--port', '8080']), {
        code: 0,
        stdout: 'added rails.east.skydns.local. as /skydns/local/skydns/east/rails\n',
        stderr: '',
      });
      // A name ending in the domain is taken as it is, with or without the trailing dot.
      const second = await dns([
        'add',
        '1.rails.east.skydns.local',
        '10.0.0.2',
        '--port',
        '80',
        '--priority',
        '20',
        '--weight',
        '5',
        '--ttl',
        '60',
      ]);
      assert.equal(
        second.stdout,
        'added 1.rails.east.skydns.local. as /skydns/local/skydns/east/rails/1\n',
      );
      assert.equal(
        await value('/skydns/local/skydns/east/rails'),
        '{"host":"10.0.0.1","port":8080}',
      );
      assert.equal(
        await value('/skydns/local/skydns/east/rails/1'),
        '{"host":"10.0.0.2","port":80,"priority":20,"weight":5,"ttl":60}',
      );

      const a = await digUntil('rails.east.skydns.local', 'A', (r) => r.answer.length === 2);
      assert.deepEqual(records(a), [
        'rails.east.skydns.local. IN A 10.0.0.1',
        'rails.east.skydns.local. IN A 10.0.0.2',
      ]);
      const srv = await dig(dnsPort, 'rails.east.skydns.local', 'SRV');
      assert.deepEqual(records(srv), [
        'rails.east.skydns.local. IN SRV 10 100 8080 rails.east.skydns.local.',
        'rails.east.skydns.local. IN SRV 20 100 80 1.rails.east.skydns.local.',
      ]);

      const ls = await dns(['ls', 'east']);
      assert.equal(ls.code, 0, ls.stderr);
      assert.deepEqual(cells(ls.stdout), [
        header,
        ['rails.east.skydns.local.', 'A', '10.0.0.1', '8080', '-', '-', '-', '-'],
        ['1.rails.east.skydns.local.', 'A', '10.0.0.2', '80', '20', '5', '60', '-'],
      ]);
      const json = JSON.parse((await dns(['ls', 'rails.east', '-w', 'json'])).stdout) as {
        records: ListedJson[];
      };
      assert.deepEqual(json.records, [
        {
          name: 'rails.east.skydns.local.',
          key: '/skydns/local/skydns/east/rails',
          type: 'A',
          service: { host: '10.0.0.1', port: 8080 },
        },
        {
          name: '1.rails.east.skydns.local.',
          key: '/skydns/local/skydns/east/rails/1',
          type: 'A',
          service: { host: '10.0.0.2', port: 80, priority: 20, weight: 5, ttl: 60 },
        },
      ]);

      const again = await dns(['add', 'rails.east', '10.0.0.3']);
      assert.equal(
        again.stdout,
        'replaced rails.east.skydns.local. as /skydns/local/skydns/east/rails\n',
      );
      assert.equal(await value('/skydns/local/skydns/east/rails'), '{"host":"10.0.0.3"}');
    });

    it('TXT, AAAA, CNAME and MX records: each answered, each typed in ls', async function () {
      const adds = [
        ['note.kinds', '--text', 'hello world'],
        ['v6.kinds', '2001:db8::1'],
        ['www.kinds', 'www.example.org'],
        ['mx.kinds', '10.0.0.9', '--mail', '--priority', '5'],
      ];
      for (const args of adds) {
        const r = await dns(['add', ...args]);
        assert.equal(r.code, 0, r.stderr);
      }
      assert.equal(await value('/skydns/local/skydns/kinds/note'), '{"text":"hello world"}');
      assert.equal(
        await value('/skydns/local/skydns/kinds/mx'),
        '{"host":"10.0.0.9","priority":5,"mail":true}',
      );

      const txt = await digUntil('note.kinds.skydns.local', 'TXT', (r) => r.answer.length > 0);
      assert.deepEqual(records(txt), ['note.kinds.skydns.local. IN TXT "hello world"']);
      assert.deepEqual(records(await dig(dnsPort, 'v6.kinds.skydns.local', 'AAAA')), [
        'v6.kinds.skydns.local. IN AAAA 2001:db8::1',
      ]);
      assert.deepEqual(records(await dig(dnsPort, 'www.kinds.skydns.local', 'CNAME')), [
        'www.kinds.skydns.local. IN CNAME www.example.org.',
      ]);
      assert.deepEqual(records(await dig(dnsPort, 'mx.kinds.skydns.local', 'MX')), [
        'mx.kinds.skydns.local. IN MX 5 mx.kinds.skydns.local.',
      ]);

      const ls = await dns(['ls', 'kinds', '-w', 'table']);
      assert.match(ls.stdout, /^\+-+\+/);
      const types = ls.stdout
        .split('\n')
        .filter((l) => l.includes('kinds.skydns.local.'))
        .map((l) => l.split('|').map((cell) => cell.trim()))
        .map((row) => [row[1], row[2]]);
      assert.deepEqual(types, [
        ['mx.kinds.skydns.local.', 'A,MX'],
        ['note.kinds.skydns.local.', 'TXT'],
        ['v6.kinds.skydns.local.', 'AAAA'],
        ['www.kinds.skydns.local.', 'CNAME'],
      ]);
    });

    it('refuses what it cannot write: exit 2, the reason, nothing written', async function () {
      const label64 = 'a'.repeat(64);
      const longName = Array.from({ length: 26 }, () => 'abcdefghi').join('.');
      const cases: [string[], string][] = [
        [['bad.v', '10.0.0.256'], 'bad host "10.0.0.256": not an IPv4 address'],
        [['bad.v', '10.0.1'], 'bad host "10.0.1": not an IPv4 address'],
        [['bad.v', 'fe80::zz'], 'bad host "fe80::zz": not an IPv6 address'],
        [['bad.v', 'fe80::1%eth0'], 'bad host "fe80::1%eth0": not an IPv6 address'],
        [
          ['bad.v', '10.0.0.1', '--port', '65536'],
          '--port must be a whole number from 0 to 65535, not 65536',
        ],
        [
          ['bad.v', '10.0.0.1', '--port', '-1'],
          '--port must be a whole number from 0 to 65535, not -1',
        ],
        [['bad.v', '10.0.0.1', '--port', 'http'], '--port must be a whole number from 0 to 65535'],
        [
          ['bad.v', '10.0.0.1', '--weight', '1.5'],
          '--weight must be a whole number from 0 to 65535, not 1.5',
        ],
        [
          ['bad.v', '10.0.0.1', '--lease-ttl', '0'],
          '--lease-ttl must be a whole number from 1 to 2147483647, not 0',
        ],
        [
          [`${label64}.v`, '10.0.0.1'],
          `bad name "${label64}.v.skydns.local.": the label "${label64}" is 64 octets long, more than 63`,
        ],
        [
          [`${longName}.`, '10.0.0.1'],
          `bad name "${longName}.": the name is 259 octets long, more than 253`,
        ],
        [['bad.v', longName], `bad host "${longName}": the name is 259 octets long, more than 253`],
        [
          ['a/b.v', '10.0.0.1'],
          'bad name "a/b.v.skydns.local.": a label cannot hold "/", which separates the levels of a key',
        ],
        [['*.v', '10.0.0.1'], 'bad name "*.v.skydns.local.": a record cannot be a wildcard (`*`)'],
        [
          ['config.', '10.0.0.1'],
          'bad name "config.": its key is /skydns/config, SkyDNS\'s configuration',
        ],
        [['bad.v'], 'a record needs a HOST or --text'],
        [['bad.v', '--text', 't', '--mail'], '--mail needs a HOST to exchange mail at'],
      ];
      const before = await client.kv.get('/skydns/', { prefix: true, countOnly: true });
      const leasesBefore = (await client.lease.leases()).leases.length;
      for (const [args, message] of cases) {
        const r = await dns(['add', ...args]);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.split('\n')[0], `Error: ${message}`);
      }
      const after = await client.kv.get('/skydns/', { prefix: true, countOnly: true });
      assert.equal(after.header.revision, before.header.revision, 'nothing was written');
      assert.equal((await client.lease.leases()).leases.length, leasesBefore, 'no lease granted');
    });

    it('ls: DNS order, only the subtree asked for, unreadable records with the reason', async function () {
      for (const name of ['z.order', 'a.order', '1.a.order']) {
        assert.equal((await dns(['add', name, '10.0.1.1'])).code, 0);
      }
      await client.kv.put('/skydns/local/skydns/order/bad', 'not json');
      await client.kv.put('/skydns/local/skydns/order/port', '{"host":"10.0.1.2","port":"80"}');
      // A key with an empty label stands for no name: listed last, by its key.
      await client.kv.put('/skydns/local/skydns/order/', '{"host":"10.0.1.4"}');
      // A sibling whose key starts like the subtree's is not in it.
      await client.kv.put('/skydns/local/skydns/order-b/x', '{"host":"10.0.1.3"}');

      const ls = await dns(['ls', 'order.skydns.local.']);
      assert.equal(ls.code, 0, ls.stderr);
      assert.deepEqual(cells(ls.stdout), [
        header,
        ['a.order.skydns.local.', 'A', '10.0.1.1', '-', '-', '-', '-', '-'],
        ['1.a.order.skydns.local.', 'A', '10.0.1.1', '-', '-', '-', '-', '-'],
        [
          'bad.order.skydns.local.',
          '?',
          '-',
          '-',
          '-',
          '-',
          '-',
          'skipped by the DNS server: not JSON',
        ],
        [
          'port.order.skydns.local.',
          '?',
          '-',
          '-',
          '-',
          '-',
          '-',
          'skipped by the DNS server: a field has the wrong type or is out of range',
        ],
        ['z.order.skydns.local.', 'A', '10.0.1.1', '-', '-', '-', '-', '-'],
        [
          '/skydns/local/skydns/order/',
          '?',
          '-',
          '-',
          '-',
          '-',
          '-',
          'skipped by the DNS server: the key stands for no name (an empty label)',
        ],
      ]);
      const json = JSON.parse((await dns(['ls', 'order', '-w', 'json'])).stdout) as {
        records: ListedJson[];
      };
      assert.deepEqual(json.records[2], {
        name: 'bad.order.skydns.local.',
        key: '/skydns/local/skydns/order/bad',
        error: 'not JSON',
        value: 'not json',
      });

      // Without a name: everything under /skydns/ but SkyDNS's configuration.
      await client.kv.put('/skydns/config', '{"ttl":3600}');
      try {
        const all = cells((await dns(['ls'])).stdout).map((row) => row[0]);
        assert.ok(all.includes('x.order-b.skydns.local.'), all.join(' '));
        assert.ok(all.includes('z.order.skydns.local.'));
        assert.ok(!all.some((name) => name?.includes('config')));
      } finally {
        await client.kv.delete('/skydns/config');
      }

      assert.deepEqual(await dns(['ls', 'nothing.here']), {
        code: 0,
        stdout: '',
        stderr: 'no records at or below nothing.here.skydns.local.\n',
      });
    });

    it('rm removes one record, or a subtree with --prefix; removing nothing is exit 1', async function () {
      for (const name of ['r.gone', '1.r.gone', '2.r.gone']) {
        assert.equal((await dns(['add', name, '10.0.2.1'])).code, 0);
      }
      await digUntil('r.gone.skydns.local', 'A', (r) => r.answer.length === 1);

      assert.deepEqual(await dns(['rm', 'r.gone']), {
        code: 0,
        stdout: 'removed 1 record at r.gone.skydns.local.\n',
        stderr: '',
      });
      assert.equal(await value('/skydns/local/skydns/gone/r/1'), '{"host":"10.0.2.1"}');
      assert.deepEqual(await dns(['rm', 'r.gone']), {
        code: 1,
        stdout: '',
        stderr:
          'Error: no record at r.gone.skydns.local., but 2 below it (--prefix removes them)\n',
      });
      assert.deepEqual(await dns(['rm', 'r.gone', '--prefix']), {
        code: 0,
        stdout: 'removed 2 records at and below r.gone.skydns.local.\n',
        stderr: '',
      });
      assert.equal((await client.kv.get('/skydns/local/skydns/gone/', { prefix: true })).count, 0);
      assert.deepEqual(await dns(['rm', 'r.gone', '--prefix']), {
        code: 1,
        stdout: '',
        stderr: 'Error: no record at or below r.gone.skydns.local.\n',
      });
      await digUntil('r.gone.skydns.local', 'A', (r) => r.status === 'NXDOMAIN');

      assert.equal((await dns(['add', 'j.gone', '10.0.2.2'])).code, 0);
      const json = await dns(['rm', 'j.gone', '-w', 'json']);
      assert.equal((JSON.parse(json.stdout) as { deleted: number }).deleted, 1);
    });

    it('--lease-ttl: the record is on a lease, answered no longer than it, then gone', async function () {
      const r = await dns(['add', 'tmp.lease', '10.0.3.1', '--lease-ttl', '3']);
      const m =
        /^added tmp\.lease\.skydns\.local\. as \/skydns\/local\/skydns\/lease\/tmp, on lease ([0-9a-f]{16}) \(TTL 3s\)\n$/.exec(
          r.stdout,
        );
      assert.ok(m, r.stdout + r.stderr);
      const kv = (await client.kv.get('/skydns/local/skydns/lease/tmp')).kvs[0];
      assert.equal(kv?.lease, BigInt('0x' + m[1]!));

      const answered = await digUntil('tmp.lease.skydns.local', 'A', (a) => a.answer.length === 1);
      const ttl = Number(answered.answer[0]!.split(' ')[1]);
      assert.ok(ttl <= 3, answered.answer[0]);
      // Nothing renews the lease: the key and the answer go when it expires.
      await digUntil('tmp.lease.skydns.local', 'A', (a) => a.status === 'NXDOMAIN');
      assert.equal(await value('/skydns/local/skydns/lease/tmp'), undefined);
    });

    it('--help works on dns and its subcommands', async function () {
      for (const args of [['dns'], ['dns', 'add'], ['dns', 'rm'], ['dns', 'ls']]) {
        const r = await run([...args, '--help']);
        assert.equal(r.code, 0, args.join(' '));
        assert.match(r.stdout, /clusterd dns/);
      }
    });
  });

  it("on Debian's etcd: add, ls and rm need only the etcd API", async function () {
    const etcd = await startEtcd();
    const client = testClient([etcd.endpoint]);
    const dns = (args: string[]): Promise<RunResult> =>
      run(['--endpoints', etcd.endpoint, 'dns', '--domain', 'skydns.test.', ...args]);
    try {
      const add = await dns(['add', 'web.prod', '10.0.4.1', '--port', '443', '--text', 'v=1']);
      assert.equal(
        add.stdout,
        'added web.prod.skydns.test. as /skydns/test/skydns/prod/web\n',
        add.stderr,
      );
      const leased = await dns(['add', 'tmp.prod', '10.0.4.2', '--lease-ttl', '60']);
      assert.equal(leased.code, 0, leased.stderr);
      assert.equal(
        await client.kv.getString('/skydns/test/skydns/prod/web'),
        '{"host":"10.0.4.1","port":443,"text":"v=1"}',
      );

      const ls = await dns(['ls', 'prod', '-w', 'json']);
      assert.equal(ls.code, 0, ls.stderr);
      const records = (JSON.parse(ls.stdout) as { records: ListedJson[] }).records;
      assert.deepEqual(
        records.map((r) => [r.name, r.type, r.service, r.lease !== undefined]),
        [
          ['tmp.prod.skydns.test.', 'A', { host: '10.0.4.2' }, true],
          ['web.prod.skydns.test.', 'A', { host: '10.0.4.1', port: 443, text: 'v=1' }, false],
        ],
      );
      assert.deepEqual(cells((await dns(['ls', 'web.prod'])).stdout)[1], [
        'web.prod.skydns.test.',
        'A',
        '10.0.4.1',
        '443',
        '-',
        '-',
        '-',
        'v=1',
      ]);

      const rm = await dns(['rm', 'prod', '--prefix']);
      assert.equal(rm.stdout, 'removed 2 records at and below prod.skydns.test.\n', rm.stderr);
    } finally {
      await client.close();
      await etcd.stop();
    }
  });
});
