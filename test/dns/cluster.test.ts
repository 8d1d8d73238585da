// A 3-member cluster, each member serving DNS on its own port: a record written through one
// member is answered by every member's DNS, and so are a change and a delete made through others.
// It also times how long a write takes to be answered everywhere.
import assert from 'node:assert/strict';
import { keyOfName } from '../../src/dns/records.js';
import { eventually } from '../helpers/client.js';
import { TestCluster } from '../helpers/cluster.js';
import { dig, queryA, waitDnsReady } from '../helpers/dns.js';
import { freePorts } from '../helpers/ports.js';

const domain = 'skydns.test.';

describe('dns: a 3-member cluster', function () {
  this.timeout(90_000);
  let cluster: TestCluster | undefined;
  const dnsPorts = new Map<string, number>();

  before(async function () {
    const ports = await freePorts(3);
    ['n1', 'n2', 'n3'].forEach((name, i) => dnsPorts.set(name, ports[i]!));
    cluster = await TestCluster.start({
      size: 3,
      memberArgs: (name) => [
        '--dns-addr',
        `127.0.0.1:${dnsPorts.get(name)!}`,
        '--dns-domain',
        domain,
      ],
    });
    for (const m of cluster.members)
      await waitDnsReady(dnsPorts.get(m.name)!, domain, () => m.output());
  });

  after(async function () {
    await cluster?.stop();
  });

  it('a record put through one member is answered by every member', async () => {
    /** Puts `value` at the name's key through member `via`, or deletes it. */
    const write = async (via: string, name: string, value?: object): Promise<void> => {
      const client = cluster!.member(via).client();
      try {
        if (value) await client.kv.put(keyOfName(name), JSON.stringify(value));
        else await client.kv.delete(keyOfName(name));
      } finally {
        await client.close();
      }
    };
    const everywhere = async (check: (port: number) => Promise<boolean>): Promise<void> => {
      for (const port of dnsPorts.values()) await eventually(() => check(port), 10_000);
    };

    await write('n1', 'shared.skydns.test.', { host: '10.5.0.1' });
    await everywhere(async (port) => {
      const r = await dig(port, 'shared.skydns.test', 'A');
      return r.answer[0] === 'shared.skydns.test. 3600 IN A 10.5.0.1';
    });
    await write('n2', 'shared.skydns.test.', { host: '10.5.0.2' });
    await everywhere(async (port) => {
      const r = await dig(port, 'shared.skydns.test', 'A', ['+tcp']);
      return r.answer[0] === 'shared.skydns.test. 3600 IN A 10.5.0.2';
    });
    await write('n3', 'shared.skydns.test.');
    await everywhere(
      async (port) => (await dig(port, 'shared.skydns.test', 'A')).status === 'NXDOMAIN',
    );
  });

  it('time from a put returning to an answer on every member', async () => {
    const client = cluster!.member('n1').client();
    const delays: number[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const name = `timed${i}.skydns.test.`;
        await client.kv.put(keyOfName(name), JSON.stringify({ host: `10.6.0.${i}` }));
        const written = performance.now();
        let slowest = 0;
        await Promise.all(
          [...dnsPorts.values()].map(async (port) => {
            for (;;) {
              const answer = await queryA(port, name, 200);
              if (answer?.[0] === `10.6.0.${i}`) break;
            }
            slowest = Math.max(slowest, performance.now() - written);
          }),
        );
        delays.push(slowest);
      }
    } finally {
      await client.close();
    }
    delays.sort((a, b) => a - b);
    const at = (q: number): string => delays[Math.floor(q * (delays.length - 1))]!.toFixed(1);
    console.log(`      put -> answered by all 3 members: p50 ${at(0.5)} ms, max ${at(1)} ms`);
    assert.ok(delays[delays.length - 1]! < 2000);
  });
});
