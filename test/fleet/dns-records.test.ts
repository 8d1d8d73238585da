// The records the scheduler publishes for DNS, on three real machines whose public addresses
// differ (127.0.0.2 to .4), one of them serving DNS, asked with real dig: each machine by its ID
// prefix under machines.<domain>, each running unit under units.<domain> (a template's instances
// under its name), gone when the unit stops and when its machine is killed.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../helpers/client.js';
import { TestCluster } from '../helpers/cluster.js';
import { dig, waitDnsReady } from '../helpers/dns.js';
import { fleetctl, fleetTestArgs } from '../helpers/fleet.js';
import { freePort } from '../helpers/ports.js';

const domain = 'cluster.test.';
const address: Record<string, string> = { n1: '127.0.0.2', n2: '127.0.0.3', n3: '127.0.0.4' };
const everyAddress = Object.values(address);

describe('fleet: DNS records of machines and units', function () {
  this.timeout(120_000);
  let cluster: TestCluster | undefined;
  let dnsPort = 0;
  let dir = '';

  const addresses = async (name: string): Promise<string[]> => {
    const r = await dig(dnsPort, name, 'A');
    return r.answer.map((line) => line.split(' ')[4]!).sort();
  };
  const fleet = async (...args: string[]): Promise<string> => {
    const r = await fleetctl(cluster!.member('n1').endpoint, args, dir);
    assert.equal(r.code, 0, `fleetctl ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  before(async function () {
    dnsPort = await freePort();
    dir = await mkdtemp(join(tmpdir(), 'clusterd-dns-records-'));
    cluster = await TestCluster.start({
      size: 3,
      fleet: true,
      args: [...fleetTestArgs('3s'), '--dns-domain', domain],
      memberArgs: (name) => [
        '--public-ip',
        address[name]!,
        '--metadata',
        `host=${name}`,
        ...(name === 'n1' ? ['--dns-addr', `127.0.0.1:${dnsPort}`] : []),
      ],
      logLevel: 'info',
    });
    await waitDnsReady(dnsPort, domain, () => cluster!.member('n1').output());
    await writeFile(
      join(dir, 'web@.service'),
      '[Service]\nExecStart=/bin/sleep 1000\n\n[X-Fleet]\nConflicts=web@*.service\n',
    );
    await writeFile(
      join(dir, 'pinned.service'),
      '[Service]\nExecStart=/bin/sleep 1000\n\n[X-Fleet]\nMachineMetadata=host=n2\n',
    );
  });

  after(async function () {
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('each machine is <machine-id-prefix>.machines.<domain>', async () => {
    let listed: string[][] = [];
    await eventually(async () => {
      const out = await fleet('list-machines', '--full', '--no-legend');
      listed = out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((row) => row.split(/\s+/));
      return listed.length === 3;
    }, 20_000);
    for (const [id, ip] of listed) {
      assert.deepEqual(await addresses(`${id!.slice(0, 8)}.machines.${domain}`), [ip]);
    }
    assert.deepEqual(await addresses(`machines.${domain}`), everyAddress);
  });

  it('running units are answered under units.<domain>, stopped ones are not', async () => {
    await fleet('start', '--no-block', 'web@1.service', 'web@2.service', 'pinned.service');
    await eventually(async () => (await addresses(`web.units.${domain}`)).length === 2, 30_000);
    // Each instance on its own machine (Conflicts), answered by its own name.
    const first = await addresses(`1.web.units.${domain}`);
    const second = await addresses(`2.web.units.${domain}`);
    assert.equal(first.length, 1);
    assert.equal(second.length, 1);
    assert.notEqual(first[0], second[0]);
    assert.deepEqual(await addresses(`web.units.${domain}`), [...first, ...second].sort());
    await eventually(
      async () => (await addresses(`pinned.units.${domain}`)).join() === '127.0.0.3',
      30_000,
    );

    await fleet('stop', '--no-block', 'web@1.service');
    await eventually(
      async () => (await dig(dnsPort, `1.web.units.${domain}`, 'A')).status === 'NXDOMAIN',
      20_000,
    );
    assert.deepEqual(await addresses(`web.units.${domain}`), second);
  });

  it("a killed machine's records go with its lease", async () => {
    const n2 = cluster!.member('n2');
    assert.deepEqual(await addresses(`machines.${domain}`), everyAddress);
    await n2.kill();
    // pinned.service may run only on n2: nothing answers for it once the lease (3 s) expired.
    await eventually(
      async () => (await dig(dnsPort, `pinned.units.${domain}`, 'A')).status === 'NXDOMAIN',
      20_000,
    );
    assert.deepEqual(await addresses(`machines.${domain}`), ['127.0.0.2', '127.0.0.4']);
    await n2.start();
    await eventually(
      async () => (await addresses(`pinned.units.${domain}`)).join() === '127.0.0.3',
      30_000,
    );
  });
});
