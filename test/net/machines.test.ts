// The network end to end on three machines, each a network namespace on one LAN (test/helpers/
// netns.ts) running a real `clusterd agent` with no store of its own, on Debian's etcd in the
// switch's namespace (`--etcd-endpoints`): each machine takes a subnet and writes its subnet file;
// over vxlan and then host-gw a process unit on one machine, listening on its $CLUSTERD_IP, is
// reached from another machine's subnet (TCP) and pinged; a machine killed with SIGKILL loses
// its lease and the others drop their routes to it. Skipped, saying why, without root.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../helpers/client.js';
import { etcdBinary } from '../helpers/etcd.js';
import {
  createNetnsLab,
  type Machine,
  type NetnsLab,
  netnsUnavailableReason,
} from '../helpers/netns.js';
import { clusterdCommand, ensureBundle } from '../setup.js';

const [node, bundle] = clusterdCommand as [string, string];
/** An overlay no test host uses. */
const network = '10.61.0.0/16';

async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** A TCP client run in a namespace: connects from `source` and prints what the server says. */
const tcpClient = `
const [host, port, source] = process.argv.slice(1);
const socket = require('net').connect({ host, port: Number(port), localAddress: source });
let answer = '';
socket.setTimeout(3000, () => { console.error('timed out'); process.exit(2); });
socket.on('data', (d) => (answer += d));
socket.on('end', () => { process.stdout.write(answer); process.exit(0); });
socket.on('error', (err) => { console.error(err.message); process.exit(1); });
`;

describe('net: three machines in network namespaces, on an external etcd', function () {
  this.timeout(180_000);
  let lab: NetnsLab | undefined;
  let dir = '';
  let endpoint = '';
  const agents = new Map<Machine, ChildProcess>();
  const logs = new Map<Machine, string[]>();

  const output = (): string =>
    [...logs].map(([m, lines]) => `--- ${m.netns}\n${lines.join('').slice(-4000)}`).join('\n');

  /** `clusterd <args>` run in the switch's namespace, against the store. */
  const clusterd = async (...args: string[]) => {
    // fleetctl's flag is --endpoint, etcdctl's --endpoints.
    const flag = args[0] === 'fleet' ? '--endpoint' : '--endpoints';
    const r = await lab!.exec(lab!.switchNetns, node, [bundle, ...args, flag, endpoint]);
    assert.equal(r.code, 0, `clusterd ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  const subnetFile = (m: Machine): string => join(dir, `${m.netns}.env`);

  /** The machine's FLANNEL_SUBNET gateway (.1), once it wrote its subnet file. */
  const gatewayOf = async (m: Machine): Promise<string> => {
    const env = await readFile(subnetFile(m), 'utf8');
    return /^FLANNEL_SUBNET=([\d.]+)\//m.exec(env)![1]!;
  };

  const startAgent = (m: Machine, i: number): void => {
    const child = lab!.spawnIn(m.netns, node, [
      bundle,
      'agent',
      ...['--name', `m${i + 1}`, '--data-dir', join(dir, `data-m${i + 1}`)],
      ...['--etcd-endpoints', `http://${endpoint}`],
      ...['--public-ip', m.address, '--metadata', `machine=m${i + 1}`],
      ...['--agent-ttl', '3s', '--engine-reconcile-interval', '500ms'],
      ...['--net', '--subnet-file', subnetFile(m), '--subnet-lease-ttl', '6s'],
      ...['--dns-addr', '', '--log-level', 'info'],
    ]);
    const lines: string[] = logs.get(m) ?? [];
    logs.set(m, lines);
    child.stdout!.on('data', (c: Buffer) => lines.push(c.toString()));
    child.stderr!.on('data', (c: Buffer) => lines.push(c.toString()));
    agents.set(m, child);
  };

  before(async function () {
    const reason = netnsUnavailableReason();
    if (reason !== undefined) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    ensureBundle();
    dir = await mkdtemp(join(tmpdir(), 'clusterd-net-'));
    lab = await createNetnsLab(3);
    // The store on the switch itself, at .254 of the LAN.
    const storeAddress = lab.machines[0]!.address.replace(/\.\d+$/, '.254');
    await lab.exec(lab.switchNetns, 'ip', ['addr', 'add', `${storeAddress}/24`, 'dev', 'br0']);
    endpoint = `${storeAddress}:2379`;
    lab.spawnIn(lab.switchNetns, etcdBinary, [
      ...['--data-dir', join(dir, 'etcd'), '--name', 'store'],
      ...[
        '--listen-client-urls',
        `http://${endpoint}`,
        '--advertise-client-urls',
        `http://${endpoint}`,
      ],
      ...['--listen-peer-urls', `http://${storeAddress}:2380`],
      ...['--initial-advertise-peer-urls', `http://${storeAddress}:2380`],
      ...['--initial-cluster', `store=http://${storeAddress}:2380`],
    ]);
    await until(
      'etcd answers',
      async () =>
        (
          await lab!.exec(lab!.switchNetns, node, [
            bundle,
            'endpoint',
            'health',
            '--endpoints',
            endpoint,
          ])
        ).code === 0,
      20_000,
    );
    lab.machines.forEach((m, i) => {
      startAgent(m, i);
    });
    await writeFile(
      join(dir, 'echo-ip.service'),
      [
        '[Service]',
        // Listens on its own address and tells whoever connects which address that is.
        `ExecStart=${node} -e "require('net').createServer((s) => s.end(process.env.CLUSTERD_IP)).listen(8080, process.env.CLUSTERD_IP)"`,
        '',
        '[X-Fleet]',
        'MachineMetadata=machine=m2',
        '',
      ].join('\n'),
    );
  });

  after(async function () {
    if (this.currentTest?.state === 'failed') console.log(output());
    await lab?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(output());
  });

  it('each machine takes its own subnet of the configured network and writes its subnet file', async () => {
    await clusterd(
      'net',
      'config',
      'set',
      JSON.stringify({ Network: network, Backend: { Type: 'vxlan' } }),
    );
    const machines = lab!.machines;
    await until(
      'every subnet file',
      async () =>
        (await Promise.all(machines.map((m) => gatewayOf(m).catch(() => undefined)))).every(
          Boolean,
        ),
      30_000,
    );
    const gateways = await Promise.all(machines.map(gatewayOf));
    assert.equal(new Set(gateways).size, 3);
    for (const g of gateways) assert.match(g, /^10\.61\.\d+\.1$/);
    const env = await readFile(subnetFile(machines[0]!), 'utf8');
    assert.match(env, /^FLANNEL_NETWORK=10\.61\.0\.0\/16$/m);
    assert.match(env, /^FLANNEL_MTU=1450$/m);
    const leases = await clusterd('net', 'leases');
    for (const m of machines)
      assert.match(
        leases,
        new RegExp(`\\s${m.address.replace(/\./g, '\\.')}\\s+vxlan\\s+[0-9a-f:]{17}`),
      );
  });

  /** Whether machine `from` reaches the echo unit at `ip` from its own subnet. */
  const reaches = async (from: Machine, ip: string): Promise<boolean> => {
    const source = await gatewayOf(from);
    const r = await lab!.exec(from.netns, node, ['-e', tcpClient, ip, '8080', source]);
    return r.code === 0 && r.stdout === ip;
  };

  let unitIp = '';

  it('over vxlan, a process unit on its $CLUSTERD_IP is reached from another machine', async () => {
    await clusterd('fleet', 'start', '--no-block', join(dir, 'echo-ip.service'));
    const [m1, m2] = lab!.machines as [Machine, Machine, Machine];
    const m2Gateway = await gatewayOf(m2);
    const m2Subnet = m2Gateway.replace(/\.1$/, '.');
    // The unit's address is the first one handed out on m2's subnet.
    unitIp = `${m2Subnet}2`;
    await until('the unit answers from m1', () => reaches(m1, unitIp), 30_000);
    const ping = await lab!.exec(m1.netns, 'busybox', [
      'ping',
      '-c',
      '1',
      '-W',
      '2',
      '-I',
      await gatewayOf(m1),
      m2Gateway,
    ]);
    assert.equal(ping.code, 0, ping.stdout + ping.stderr);
  });

  it('after the configuration changes to host-gw, the same unit is reached over routes', async () => {
    await clusterd(
      'net',
      'config',
      'set',
      JSON.stringify({ Network: network, Backend: { Type: 'host-gw' } }),
    );
    const [m1, m2] = lab!.machines as [Machine, Machine, Machine];
    await until(
      'host-gw leases',
      async () => (await clusterd('net', 'leases')).split('host-gw').length === 4,
      30_000,
    );
    await until('the unit answers over host-gw', () => reaches(m1, unitIp), 30_000);
    // The vxlan device went with the old backend; m2's subnet is routed via its LAN address.
    const links = await lab!.exec(m1.netns, 'ip', ['-br', 'link', 'show']);
    assert.doesNotMatch(links.stdout, /flannel\.1/);
    const routes = await lab!.exec(m1.netns, 'ip', ['route', 'show', 'proto', '100']);
    assert.match(routes.stdout, new RegExp(`via ${m2.address.replace(/\./g, '\\.')} dev eth0`));
  });

  it('a machine whose lease was deleted takes a subnet again', async () => {
    const m1 = lab!.machines[0]!;
    const subnet = (await gatewayOf(m1)).replace(/\.1$/, '.0');
    await clusterd('kv', 'del', `/coreos.com/network/subnets/${subnet}-24`);
    await until(
      'the lease is back',
      async () => (await clusterd('net', 'leases')).includes(`${subnet}/24`),
      20_000,
    );
    assert.match(logs.get(m1)!.join(''), /the subnet lease has been revoked, acquiring again/);
  });

  it("a killed machine's lease expires and the others drop their route to it", async () => {
    const [m1, , m3] = lab!.machines as [Machine, Machine, Machine];
    const m3Subnet = (await gatewayOf(m3)).replace(/\.1$/, '.0');
    const routeToM3 = async (): Promise<boolean> =>
      (await lab!.exec(m1.netns, 'ip', ['route', 'show', 'proto', '100'])).stdout.includes(
        m3Subnet,
      );
    assert.ok(await routeToM3());
    await lab!.stop(agents.get(m3)!);
    // The lease lasts 6 s.
    await until('the route to m3 is gone', async () => !(await routeToM3()), 20_000);
    assert.doesNotMatch(
      await clusterd('net', 'leases'),
      new RegExp(m3.address.replace(/\./g, '\\.')),
    );
  });

  it('a new Network in the configuration gives every machine a subnet in it', async () => {
    const [m1, m2] = lab!.machines as [Machine, Machine, Machine];
    await clusterd(
      'net',
      'config',
      'set',
      JSON.stringify({ Network: '10.62.0.0/16', Backend: { Type: 'host-gw' } }),
    );
    for (const m of [m1, m2])
      await until(
        'a subnet of 10.62.0.0/16',
        async () => (await gatewayOf(m)).startsWith('10.62.'),
        20_000,
      );
    const leases = await clusterd('net', 'leases');
    assert.doesNotMatch(leases, /10\.61\./);
  });
});
