// The backends against a real kernel: three network namespaces are three machines on one LAN
// (test/helpers/netns.ts), each with a backend driving `ip -n <its namespace>`, and a bridge
// `cbr0` holding its subnet's .1 (the stand-in for the bridge its units hang off). Whether a
// machine reaches another is asked of the kernel itself: ping and a TCP connection from one
// unit address to another. What the backends wrote is read back with plain `ip -j` in the
// namespace, not through src/net/iproute.ts.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { type Backend, BackendSyncError } from '../../src/net/backend/backend.js';
import { createBackend } from '../../src/net/backend/create-backend.js';
import type { VxlanConfig } from '../../src/net/backend/vxlan.js';
import type { BackendConfig } from '../../src/net/config.js';
import { formatIp4, parseIp4Net } from '../../src/net/ip4.js';
import {
  canProgramNetwork,
  clusterdRouteProtocol,
  IpCommandError,
  IpRoute,
} from '../../src/net/iproute.js';
import type { SubnetLease } from '../../src/net/subnet-lease.js';
import { silentLogger } from '../../src/util/log.js';
import { repoRoot } from '../setup.js';
import {
  createNetnsLab,
  type Machine,
  type NetnsLab,
  netnsUnavailableReason,
} from '../helpers/netns.js';

const vxlan: VxlanConfig = { type: 'vxlan', vni: 1, port: 8472, directRouting: false };
const hostGw: BackendConfig = { type: 'host-gw' };

/** One machine of the lab running a backend, its subnet 10.50.<i>.0/24 of 10.50.0.0/16. */
interface Node {
  machine: Machine;
  backend: Backend;
  /** The lease this machine would publish. */
  lease: SubnetLease;
  /** The subnet's .1, on cbr0: what the other machines' units would talk to. */
  unitAddress: string;
  /** The writing IpRoute calls the backend made (method names), for "a sync wrote nothing". */
  writes: string[];
  mtu: number;
}

/** The lab of the running test: a fresh one per test, deleted after it, passed or not. */
function labPerTest(): () => NetnsLab {
  let lab: NetnsLab | undefined;
  before(function () {
    const reason = netnsUnavailableReason();
    if (reason !== undefined) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
  });
  beforeEach(async () => {
    lab = await createNetnsLab(3);
  });
  afterEach(async () => {
    await lab?.destroy();
    lab = undefined;
  });
  return () => {
    if (!lab) throw new Error('no lab outside a test');
    return lab;
  };
}

async function startNodes(lab: NetnsLab, config: BackendConfig): Promise<Node[]> {
  const nodes: Node[] = [];
  for (const [index, machine] of lab.machines.entries()) {
    const subnet = parseIp4Net(`10.50.${index + 1}.0/24`)!;
    const unitAddress = formatIp4(subnet.ip + 1);
    await ipIn(lab, machine.netns, ['link', 'add', 'cbr0', 'type', 'bridge']);
    await ipIn(lab, machine.netns, ['addr', 'add', `${unitAddress}/24`, 'dev', 'cbr0']);
    await ipIn(lab, machine.netns, ['link', 'set', 'cbr0', 'up']);
    const writes: string[] = [];
    const ip = recordingWrites(new IpRoute(machine.netns), writes);
    const backend = createBackend(config, { ip, log: silentLogger });
    const { backendData, mtu } = await backend.setUp({
      subnet,
      publicIp: machine.address,
      iface: machine.iface,
    });
    const attrs = { publicIp: machine.address, backendType: config.type, backendData };
    nodes.push({ machine, backend, lease: { subnet, attrs }, unitAddress, writes, mtu });
  }
  return nodes;
}

/** The IpRoute, with the names of its methods that change the kernel pushed onto `writes`. */
function recordingWrites(ip: IpRoute, writes: string[]): IpRoute {
  return new Proxy(ip, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        if (typeof property === 'string' && /^(add|replace|delete|set)/.test(property))
          writes.push(property);
        return method.apply(target, args);
      };
    },
  });
}

/** Every node syncs with the leases of the others in `leased`. */
async function syncAll(nodes: readonly Node[], leased: readonly Node[] = nodes): Promise<void> {
  for (const node of nodes) {
    await node.backend.sync(leased.filter((other) => other !== node).map((other) => other.lease));
  }
}

async function ipIn(lab: NetnsLab, netns: string, args: string[]): Promise<string> {
  const result = await lab.exec(netns, 'ip', args);
  assert.equal(result.code, 0, `ip ${args.join(' ')} in ${netns}: ${result.stderr}`);
  return result.stdout;
}

async function jsonIn(
  lab: NetnsLab,
  netns: string,
  command: 'ip' | 'bridge',
  args: string[],
): Promise<Record<string, unknown>[]> {
  const result = await lab.exec(netns, command, ['-j', ...args]);
  assert.equal(result.code, 0, `${command} -j ${args.join(' ')} in ${netns}: ${result.stderr}`);
  return result.stdout.trim() === ''
    ? []
    : (JSON.parse(result.stdout) as Record<string, unknown>[]);
}

/** The routes of the main table by destination, as `via <gateway> dev <dev>[ onlink] proto <n>`. */
async function routesIn(lab: NetnsLab, netns: string): Promise<Map<string, string>> {
  const routes = (await jsonIn(lab, netns, 'ip', ['-N', 'route', 'show', 'table', 'main'])) as {
    dst: string;
    gateway?: string;
    dev: string;
    protocol?: string;
    flags: string[];
  }[];
  return new Map(
    routes.map((route) => {
      const via = route.gateway !== undefined ? `via ${route.gateway} ` : '';
      const onlink = route.flags.includes('onlink') ? ' onlink' : '';
      // ip leaves out the protocol of routes added without one.
      const proto = route.protocol ?? 'boot';
      return [route.dst, `${via}dev ${route.dev}${onlink} proto ${proto}`];
    }),
  );
}

/** flannel.1's permanent neighbours, `ip → mac`. */
async function neighboursIn(lab: NetnsLab, netns: string): Promise<Map<string, string>> {
  const entries = await jsonIn(lab, netns, 'ip', ['neigh', 'show', 'dev', 'flannel.1']);
  return new Map(
    entries
      .filter((entry) => (entry.state as string[]).includes('PERMANENT'))
      .map((entry) => [String(entry.dst), String(entry.lladdr)]),
  );
}

/** flannel.1's forwarding entries that name a VTEP, `mac → dst`. */
async function vtepsIn(lab: NetnsLab, netns: string): Promise<Map<string, string>> {
  const entries = await jsonIn(lab, netns, 'bridge', ['fdb', 'show', 'dev', 'flannel.1']);
  return new Map(
    entries
      .filter((entry) => entry.dst !== undefined)
      .map((entry) => [String(entry.mac), String(entry.dst)]),
  );
}

function vtepMacOf(node: Node): string {
  return String(node.lease.attrs.backendData?.VtepMAC);
}

const ourProto = `proto ${clusterdRouteProtocol}`;

async function pings(lab: NetnsLab, from: Node, to: Node): Promise<boolean> {
  const result = await lab.exec(from.machine.netns, 'busybox', [
    ...['ping', '-c', '1', '-W', '1', '-I', from.unitAddress, to.unitAddress],
  ]);
  return result.code === 0;
}

const tcpPort = 7007;

// A node one-liner as the server: busybox nc cannot bind to a given address. It answers each
// connection with the address the connection came from.
const serverScript = `
const net = require('node:net');
const server = net.createServer((socket) => socket.end('hello ' + socket.remoteAddress + '\\n'));
server.listen(Number(process.argv[2]), process.argv[1], () => console.log('listening'));
`;

const clientScript = `
const net = require('node:net');
const [host, port, localAddress] = process.argv.slice(1);
const socket = net.connect({ host, port: Number(port), localAddress });
let answer = '';
socket.setTimeout(3000, () => { console.error('timed out'); process.exit(2); });
socket.on('data', (data) => { answer += data; });
socket.on('end', () => { process.stdout.write(answer); process.exit(0); });
socket.on('error', (err) => { console.error(err.message); process.exit(1); });
`;

async function startTcpServer(lab: NetnsLab, on: Node): Promise<ChildProcess> {
  const server = lab.spawnIn(on.machine.netns, process.execPath, [
    ...['-e', serverScript, on.unitAddress, String(tcpPort)],
  ]);
  let stderr = '';
  server.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  await new Promise<void>((resolve, reject) => {
    let stdout = '';
    server.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      if (stdout.includes('listening')) resolve();
    });
    server.once('exit', (code) => {
      reject(new Error(`the TCP server exited (${String(code)}): ${stderr}`));
    });
  });
  return server;
}

/** What the server said to a connection from `from`'s unit address, or the client's error. */
async function tcpExchange(lab: NetnsLab, from: Node, to: Node): Promise<string> {
  const result = await lab.exec(from.machine.netns, process.execPath, [
    ...['-e', clientScript, to.unitAddress, String(tcpPort), from.unitAddress],
  ]);
  return result.code === 0 ? result.stdout.trim() : `failed: ${result.stderr.trim()}`;
}

/** Everything a backend may have written in a namespace, for before/after comparisons. */
async function kernelState(lab: NetnsLab, netns: string): Promise<unknown> {
  const hasFlannel = (await jsonIn(lab, netns, 'ip', ['link', 'show'])).some(
    (link) => link.ifname === 'flannel.1',
  );
  return {
    routes: [...(await routesIn(lab, netns))],
    neighbours: hasFlannel ? [...(await neighboursIn(lab, netns))] : [],
    vteps: hasFlannel ? [...(await vtepsIn(lab, netns))] : [],
  };
}

describe('net: iproute', function () {
  const lab = labPerTest();

  it("rejects with an IpCommandError carrying ip's own words", async () => {
    const ip = new IpRoute(lab().machines[0]!.netns);
    await assert.rejects(ip.deleteLink('no-such-link'), (err: unknown) => {
      assert.ok(err instanceof IpCommandError);
      assert.match(err.stderr, /Cannot find device "no-such-link"/);
      assert.equal(err.exitCode, 1);
      assert.deepEqual(err.argv.slice(0, 3), ['ip', '-n', lab().machines[0]!.netns]);
      return true;
    });
  });

  it('deletes only routes of its own protocol', async () => {
    const machine = lab().machines[0]!;
    const lanGateway = lab().machines[1]!.address;
    await ipIn(lab(), machine.netns, ['route', 'add', '10.60.0.0/24', 'via', lanGateway]);
    const ip = new IpRoute(machine.netns);
    await assert.rejects(ip.deleteRoute('10.60.0.0/24'), IpCommandError);
    assert.equal(
      (await routesIn(lab(), machine.netns)).get('10.60.0.0/24'),
      `via ${lanGateway} dev eth0 proto boot`,
    );
  });

  it('canProgramNetwork() follows CAP_NET_ADMIN in the effective set', function () {
    assert.equal(canProgramNetwork(), true, 'the tests run as root');
    const check = `import('./src/net/iproute.ts').then((m) => console.log(m.canProgramNetwork()))`;
    let withoutNetAdmin: string;
    try {
      // Root whose bounding set lacks CAP_NET_ADMIN gets no CAP_NET_ADMIN when it execs node.
      withoutNetAdmin = execFileSync(
        'setpriv',
        ['--bounding-set', '-net_admin', process.execPath, '--import', 'tsx', '-e', check],
        { cwd: repoRoot, encoding: 'utf8' },
      );
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      console.log('      skipped: setpriv (util-linux) is not installed');
      this.skip();
    }
    assert.equal(withoutNetAdmin.trim(), 'false');
  });
});

/** Syncs every node twice: the second sync issues no command and leaves the kernel as it was. */
async function secondSyncChangesNothing(lab: NetnsLab, config: BackendConfig): Promise<void> {
  const nodes = await startNodes(lab, config);
  await syncAll(nodes);
  const before = await Promise.all(nodes.map((node) => kernelState(lab, node.machine.netns)));
  for (const node of nodes) node.writes.length = 0;
  await syncAll(nodes);
  assert.deepEqual(
    nodes.map((node) => node.writes),
    [[], [], []],
  );
  const after = await Promise.all(nodes.map((node) => kernelState(lab, node.machine.netns)));
  assert.deepEqual(after, before);
}

describe('net: vxlan backend, three machines in network namespaces', function () {
  this.timeout(60_000);
  const lab = labPerTest();

  it('sets up flannel.1 as flannel does and publishes its VNI and MAC', async () => {
    const [node] = await startNodes(lab(), vxlan);
    const netns = node!.machine.netns;
    const [device] = await jsonIn(lab(), netns, 'ip', ['-d', 'link', 'show', 'flannel.1']);
    const info = device!.linkinfo as { info_kind: string; info_data: Record<string, unknown> };
    assert.equal(info.info_kind, 'vxlan');
    assert.equal(info.info_data.id, 1);
    assert.equal(info.info_data.local, node!.machine.address);
    assert.equal(info.info_data.link, 'eth0');
    assert.equal(info.info_data.port, 8472);
    assert.equal(info.info_data.learning, false);
    assert.ok((device!.flags as string[]).includes('UP'));
    assert.equal(device!.mtu, 1450);
    assert.equal(node!.mtu, 1450, 'eth0 MTU 1500 − 50');
    assert.deepEqual(node!.lease.attrs.backendData, { VNI: 1, VtepMAC: device!.address });
    const [withAddresses] = await jsonIn(lab(), netns, 'ip', [
      '-4',
      'addr',
      'show',
      'dev',
      'flannel.1',
    ]);
    const addresses = (withAddresses!.addr_info as { local: string; prefixlen: number }[]).map(
      (a) => `${a.local}/${a.prefixlen}`,
    );
    assert.deepEqual(addresses, ['10.50.1.0/32']);

    // Set up again (a restart): the same device, so the MAC the others hold stays right.
    const again = await node!.backend.setUp({
      subnet: node!.lease.subnet,
      publicIp: node!.machine.address,
      iface: 'eth0',
    });
    assert.deepEqual(again.backendData, node!.lease.attrs.backendData);
  });

  it('recreates a flannel.1 of other settings', async () => {
    const machine = lab().machines[0]!;
    await ipIn(lab(), machine.netns, [
      ...['link', 'add', 'flannel.1', 'type', 'vxlan', 'id', '9', 'dstport', '4789'],
    ]);
    await ipIn(lab(), machine.netns, ['addr', 'add', '10.99.0.0/32', 'dev', 'flannel.1']);
    const [node] = await startNodes(lab(), vxlan);
    const [device] = await jsonIn(lab(), machine.netns, 'ip', ['-d', 'link', 'show', 'flannel.1']);
    const info = (device!.linkinfo as { info_data: Record<string, unknown> }).info_data;
    assert.deepEqual([info.id, info.port, info.local], [1, 8472, machine.address]);
    assert.equal(node!.lease.attrs.backendData?.VtepMAC, device!.address);
  });

  it('connects unit addresses across machines after sync, not before: ping and TCP', async () => {
    const [one, two, three] = await startNodes(lab(), vxlan);
    await startTcpServer(lab(), two!);
    assert.equal(await pings(lab(), one!, two!), false, 'no route before sync');
    assert.match(await tcpExchange(lab(), one!, two!), /^failed: /);

    await syncAll([one!, two!, three!]);
    assert.equal(await pings(lab(), one!, two!), true);
    assert.equal(await pings(lab(), three!, one!), true);
    assert.equal(await pings(lab(), two!, three!), true);
    assert.equal(await tcpExchange(lab(), one!, two!), `hello ${one!.unitAddress}`);

    const routes = await routesIn(lab(), one!.machine.netns);
    assert.equal(routes.get('10.50.2.0/24'), `via 10.50.2.0 dev flannel.1 onlink ${ourProto}`);
    assert.equal(routes.get('10.50.3.0/24'), `via 10.50.3.0 dev flannel.1 onlink ${ourProto}`);
    assert.deepEqual(
      await neighboursIn(lab(), one!.machine.netns),
      new Map([
        ['10.50.2.0', vtepMacOf(two!)],
        ['10.50.3.0', vtepMacOf(three!)],
      ]),
    );
    assert.deepEqual(
      await vtepsIn(lab(), one!.machine.netns),
      new Map([
        [vtepMacOf(two!), two!.machine.address],
        [vtepMacOf(three!), three!.machine.address],
      ]),
    );
  });

  it("removes a machine's route, neighbour and VTEP once its lease is gone", async () => {
    const nodes = await startNodes(lab(), vxlan);
    const [one, two, three] = nodes;
    await syncAll(nodes);
    assert.equal(await pings(lab(), one!, three!), true);

    await syncAll([one!, two!], [one!, two!]);
    for (const node of [one!, two!]) {
      const netns = node.machine.netns;
      assert.equal((await routesIn(lab(), netns)).has('10.50.3.0/24'), false);
      assert.equal((await neighboursIn(lab(), netns)).has('10.50.3.0'), false);
      assert.equal((await vtepsIn(lab(), netns)).has(vtepMacOf(three!)), false);
    }
    assert.equal(await pings(lab(), one!, three!), false);
    assert.equal(await pings(lab(), one!, two!), true);
  });

  it('writes nothing and changes nothing on a second sync', () =>
    secondSyncChangesNothing(lab(), vxlan));

  it('moves a VTEP to a new address and a route to a new subnet', async () => {
    const [one, two] = await startNodes(lab(), vxlan);
    await one!.backend.sync([two!.lease]);
    const moved: SubnetLease = {
      subnet: parseIp4Net('10.50.20.0/24')!,
      attrs: { ...two!.lease.attrs, publicIp: lab().machines[2]!.address },
    };
    await one!.backend.sync([moved]);
    const netns = one!.machine.netns;
    assert.deepEqual(
      await vtepsIn(lab(), netns),
      new Map([[vtepMacOf(two!), lab().machines[2]!.address]]),
    );
    assert.deepEqual(await neighboursIn(lab(), netns), new Map([['10.50.20.0', vtepMacOf(two!)]]));
    const routes = await routesIn(lab(), netns);
    assert.equal(routes.has('10.50.2.0/24'), false);
    assert.equal(routes.get('10.50.20.0/24'), `via 10.50.20.0 dev flannel.1 onlink ${ourProto}`);
  });

  it("leaves routes it did not add, and reports one in a lease's way", async () => {
    const nodes = await startNodes(lab(), vxlan);
    const [one, two] = nodes;
    const netns = one!.machine.netns;
    const lanGateway = two!.machine.address;
    await ipIn(lab(), netns, ['route', 'add', '10.60.0.0/24', 'via', lanGateway]);
    await ipIn(lab(), netns, ['route', 'add', '10.50.3.0/24', 'via', lanGateway]);
    const userRoutes: [string, string][] = [
      ['10.60.0.0/24', `via ${lanGateway} dev eth0 proto boot`],
      ['10.50.3.0/24', `via ${lanGateway} dev eth0 proto boot`],
    ];

    await assert.rejects(one!.backend.sync([two!.lease, nodes[2]!.lease]), (err: unknown) => {
      assert.ok(err instanceof BackendSyncError);
      assert.equal(err.problems.length, 1);
      assert.match(err.problems[0]!, /a route to 10\.50\.3\.0\/24 that clusterd did not add/);
      return true;
    });
    let routes = await routesIn(lab(), netns);
    for (const [dst, route] of userRoutes) assert.equal(routes.get(dst), route);
    assert.equal(routes.get('10.50.2.0/24'), `via 10.50.2.0 dev flannel.1 onlink ${ourProto}`);

    await one!.backend.sync([]);
    await one!.backend.tearDown();
    routes = await routesIn(lab(), netns);
    for (const [dst, route] of userRoutes) assert.equal(routes.get(dst), route);
    assert.equal(routes.has('10.50.2.0/24'), false);
  });

  it('skips leases of other backends and reports a lease with no VtepMAC', async () => {
    const [one, two, three] = await startNodes(lab(), vxlan);
    const hostGwLease: SubnetLease = {
      subnet: three!.lease.subnet,
      attrs: { ...three!.lease.attrs, backendType: 'host-gw', backendData: undefined },
    };
    const noMac: SubnetLease = {
      subnet: parseIp4Net('10.50.9.0/24')!,
      attrs: { publicIp: '10.222.0.9', backendType: 'vxlan', backendData: { VNI: 1 } },
    };
    await assert.rejects(one!.backend.sync([two!.lease, hostGwLease, noMac]), (err: unknown) => {
      assert.ok(err instanceof BackendSyncError);
      assert.deepEqual(err.problems, [
        'the lease of 10.50.9.0/24 (10.222.0.9) has no VtepMAC in its BackendData {"VNI":1}',
      ]);
      return true;
    });
    const routes = await routesIn(lab(), one!.machine.netns);
    assert.deepEqual(
      [...routes.keys()].filter(
        (dst) => dst.startsWith('10.50.') && routes.get(dst)!.endsWith(ourProto),
      ),
      ['10.50.2.0/24'],
    );
  });

  it('tearDown removes the device, and the routes through it with it', async () => {
    const nodes = await startNodes(lab(), vxlan);
    await syncAll(nodes);
    const netns = nodes[0]!.machine.netns;
    await nodes[0]!.backend.tearDown();
    const links = await jsonIn(lab(), netns, 'ip', ['link', 'show']);
    assert.equal(
      links.some((link) => link.ifname === 'flannel.1'),
      false,
    );
    const routes = await routesIn(lab(), netns);
    assert.deepEqual(
      [...routes.values()].filter((route) => route.endsWith(ourProto)),
      [],
    );
  });

  it('with DirectRouting, reaches machines on the same LAN by host-gw routes', async () => {
    const nodes = await startNodes(lab(), { ...vxlan, directRouting: true });
    const [one, two] = nodes;
    await syncAll(nodes);
    const routes = await routesIn(lab(), one!.machine.netns);
    assert.equal(routes.get('10.50.2.0/24'), `via ${two!.machine.address} dev eth0 ${ourProto}`);
    assert.deepEqual(await neighboursIn(lab(), one!.machine.netns), new Map());
    assert.deepEqual(await vtepsIn(lab(), one!.machine.netns), new Map());
    assert.equal(await pings(lab(), one!, two!), true);

    // A machine beyond the LAN is still reached through the tunnel.
    const remote: SubnetLease = {
      subnet: parseIp4Net('10.50.40.0/24')!,
      attrs: { ...two!.lease.attrs, publicIp: '192.0.2.40' },
    };
    await one!.backend.sync([two!.lease, remote]);
    assert.equal(
      (await routesIn(lab(), one!.machine.netns)).get('10.50.40.0/24'),
      `via 10.50.40.0 dev flannel.1 onlink ${ourProto}`,
    );
  });
});

describe('net: host-gw backend, three machines in network namespaces', function () {
  this.timeout(60_000);
  const lab = labPerTest();

  it('refuses a public IP that is not an address of the interface (NAT)', async () => {
    const machine = lab().machines[0]!;
    const backend = createBackend(hostGw, { ip: new IpRoute(machine.netns), log: silentLogger });
    await assert.rejects(
      backend.setUp({
        subnet: parseIp4Net('10.50.1.0/24')!,
        publicIp: '203.0.113.7',
        iface: 'eth0',
      }),
      /host-gw: the public IP 203\.0\.113\.7 is not an address of eth0: .*NAT/,
    );
  });

  it("has the interface's MTU and no BackendData", async () => {
    const [node] = await startNodes(lab(), hostGw);
    assert.equal(node!.mtu, 1500);
    assert.equal(node!.lease.attrs.backendData, undefined);
  });

  it('connects unit addresses across machines after sync, not before: ping and TCP', async () => {
    const nodes = await startNodes(lab(), hostGw);
    const [one, two, three] = nodes;
    await startTcpServer(lab(), two!);
    assert.equal(await pings(lab(), one!, two!), false);
    assert.match(await tcpExchange(lab(), one!, two!), /^failed: /);

    await syncAll(nodes);
    assert.equal(await pings(lab(), one!, two!), true);
    assert.equal(await pings(lab(), three!, one!), true);
    assert.equal(await tcpExchange(lab(), one!, two!), `hello ${one!.unitAddress}`);
    const routes = await routesIn(lab(), one!.machine.netns);
    assert.equal(routes.get('10.50.2.0/24'), `via ${two!.machine.address} dev eth0 ${ourProto}`);
    assert.equal(routes.get('10.50.3.0/24'), `via ${three!.machine.address} dev eth0 ${ourProto}`);
  });

  it("removes a machine's route once its lease is gone", async () => {
    const nodes = await startNodes(lab(), hostGw);
    const [one, two, three] = nodes;
    await syncAll(nodes);
    await syncAll([one!, two!], [one!, two!]);
    for (const node of [one!, two!])
      assert.equal((await routesIn(lab(), node.machine.netns)).has('10.50.3.0/24'), false);
    assert.equal(await pings(lab(), one!, three!), false);
    assert.equal(await pings(lab(), one!, two!), true);
  });

  it('replaces a route whose machine moved to another address', async () => {
    const [one, two] = await startNodes(lab(), hostGw);
    await one!.backend.sync([two!.lease]);
    const movedTo = lab().machines[2]!.address;
    await one!.backend.sync([{ ...two!.lease, attrs: { ...two!.lease.attrs, publicIp: movedTo } }]);
    assert.equal(
      (await routesIn(lab(), one!.machine.netns)).get('10.50.2.0/24'),
      `via ${movedTo} dev eth0 ${ourProto}`,
    );
  });

  it('writes nothing and changes nothing on a second sync', () =>
    secondSyncChangesNothing(lab(), hostGw));

  it("leaves routes it did not add, reports one in a lease's way, and skips other types", async () => {
    const nodes = await startNodes(lab(), hostGw);
    const [one, two, three] = nodes;
    const netns = one!.machine.netns;
    const lanGateway = three!.machine.address;
    await ipIn(lab(), netns, ['route', 'add', '10.60.0.0/24', 'via', lanGateway]);
    await ipIn(lab(), netns, ['route', 'add', '10.50.2.0/24', 'via', lanGateway]);
    const vxlanLease: SubnetLease = {
      subnet: parseIp4Net('10.50.7.0/24')!,
      attrs: { publicIp: lanGateway, backendType: 'vxlan', backendData: undefined },
    };

    await assert.rejects(
      one!.backend.sync([two!.lease, three!.lease, vxlanLease]),
      (err: unknown) => {
        assert.ok(err instanceof BackendSyncError);
        assert.match(
          err.problems.join('\n'),
          /^a route to 10\.50\.2\.0\/24 that clusterd did not add \(proto 3\)/,
        );
        assert.equal(err.problems.length, 1);
        return true;
      },
    );
    let routes = await routesIn(lab(), netns);
    assert.equal(routes.get('10.60.0.0/24'), `via ${lanGateway} dev eth0 proto boot`);
    assert.equal(routes.get('10.50.2.0/24'), `via ${lanGateway} dev eth0 proto boot`);
    assert.equal(routes.get('10.50.3.0/24'), `via ${lanGateway} dev eth0 ${ourProto}`);
    assert.equal(routes.has('10.50.7.0/24'), false);

    await one!.backend.tearDown();
    routes = await routesIn(lab(), netns);
    assert.equal(routes.get('10.60.0.0/24'), `via ${lanGateway} dev eth0 proto boot`);
    assert.equal(routes.get('10.50.2.0/24'), `via ${lanGateway} dev eth0 proto boot`);
    assert.equal(routes.has('10.50.3.0/24'), false);
  });
});

describe('net: none backend', function () {
  const lab = labPerTest();

  it("has the interface's MTU and no BackendData, and routes nothing", async () => {
    const nodes = await startNodes(lab(), { type: 'none' });
    const netns = nodes[0]!.machine.netns;
    const before = await routesIn(lab(), netns);
    await syncAll(nodes);
    assert.equal(nodes[0]!.mtu, 1500);
    assert.equal(nodes[0]!.lease.attrs.backendData, undefined);
    assert.deepEqual(await routesIn(lab(), netns), before);
    assert.deepEqual(nodes[0]!.writes, []);
  });
});
