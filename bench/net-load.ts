// net-load: the overlay network's three costs, each measured on its own.
//
//   1. Subnets. One clusterd store (a single member, --no-fleet --no-net) and Debian's etcd 3.4,
//      both on loopback for the whole run. M simulated machines, each a SubnetAllocator (what
//      `clusterd agent` runs) on a client connection of its own, all take a subnet of one /16 at
//      once: the time until every one holds a lease, each acquisition's own time, and the
//      compare-and-swaps lost to another machine on the way (counted as failed transactions).
//      Every lease is checked distinct and present in the store, then revoked. Each measurement
//      runs --rounds times, the stores taking turns in alternating order; the median is shown.
//   2. Addresses. HostLocalAllocator, the units' addresses on one machine, in a temporary
//      directory on a /16 (so it never runs out): allocations and then releases, one at a time,
//      per second at each number of addresses held.
//   3. Throughput. Two machines in network namespaces on one switch (test/helpers/netns.ts), each
//      with a bridge holding its subnet's .1, as a machine's units bridge does. One TCP stream of
//      iperf3 between their LAN addresses, then between their subnets over the vxlan backend and
//      over host-gw (the backends set up and synced as the agent does, through createBackend).
//
// Every process it started is stopped by pid, every directory removed and the namespaces deleted,
// also on an error or Ctrl-C. The throughput part needs root; without it, it says why and skips.
//
//   make build && node --import tsx bench/net-load.ts --update-docs
import { mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EtcdClient, type KV } from '../src/client/index.js';
import type { Backend } from '../src/net/backend/backend.js';
import { createBackend } from '../src/net/backend/create-backend.js';
import { type BackendConfig, type NetworkConfig, parseNetworkConfig } from '../src/net/config.js';
import { formatIp4, formatIp4Net, type Ip4Net, parseIp4Net, sizeOf } from '../src/net/ip4.js';
import { HostLocalAllocator } from '../src/net/ipam.js';
import { IpRoute } from '../src/net/iproute.js';
import { type OwnLease, SubnetAllocator, SubnetError } from '../src/net/subnet-allocator.js';
import { decodeLeaseAttrs, NetKeys, type SubnetLease } from '../src/net/subnet-lease.js';
import type { DisposableStore } from '../src/util/lifecycle.js';
import { silentLogger } from '../src/util/log.js';
import {
  createNetnsLab,
  type Machine,
  type NetnsLab,
  netnsUnavailableReason,
} from '../test/helpers/netns.js';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { type MachineCpu, machineCpuPercent, readMachineCpu } from './lib/cpu-stat.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { type FileSystemFacts, fileSystemOf } from './lib/filesystem.js';
import { clusterdCommand } from './lib/fleet-bench.js';
import { commaList, commandLine, positiveInt, positiveIntList } from './lib/flags.js';
import { type Iperf3Result, runIperf3Client, startIperf3Server } from './lib/iperf3.js';
import { machineFacts, programVersion } from './lib/machine.js';
import { ServerUsageSampler } from './lib/server-usage.js';
import { markdownTable } from './lib/table.js';
import { LocalCluster } from './lib/targets.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const ETCD = '/usr/bin/etcd';
/** flannel's default configuration for a /16: a /24 per machine, 10.5.1.0 to 10.5.255.0. */
const NETWORK_CONFIG = '{"Network":"10.5.0.0/16","Backend":{"Type":"vxlan"}}';
/** flannel's 24 h. */
const SUBNET_LEASE_TTL_SECONDS = 24 * 60 * 60;
/** The addresses a unit may get in a /24 (.2 to .254): all one machine ever holds by default. */
const ADDRESSES_IN_A_SUBNET = 253;
const IPERF3_PORT = 5201;
const PARTS = ['subnets', 'addresses', 'throughput'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `usage: node --import tsx bench/net-load.ts [flags]
  --parts LIST             which parts to run (default subnets,addresses,throughput)
  --machines LIST          simulated machines taking a subnet at once, one measurement each
                           (default 100,250; the /16 has 255 subnets)
  --rounds N               rounds of every subnet measurement, the stores in alternating order;
                           the median is shown with the fastest and slowest (default 3)
  --addresses N            addresses allocated one after another, then released (default 1000)
  --seconds N              length of one throughput measurement, after 1 s left out (default 5)
  --throughput-rounds N    rounds of the three paths, in alternating order (default 5)
  --timeout SECONDS        give up on a phase after this long (default 120)
  --update-docs            write the section into docs/benchmarks.md (bench:net)`;

interface Options {
  parts: Set<Part>;
  machines: number[];
  rounds: number;
  addresses: number;
  seconds: number;
  throughputRounds: number;
  timeoutMs: number;
  updateDocs: boolean;
}

function parse(): Options {
  const { values } = parseArgs({
    options: {
      parts: { type: 'string', default: PARTS.join(',') },
      machines: { type: 'string', default: '100,250' },
      rounds: { type: 'string', default: '3' },
      addresses: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '5' },
      'throughput-rounds': { type: 'string', default: '5' },
      timeout: { type: 'string', default: '120' },
      'update-docs': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  const parts = commaList(values.parts);
  for (const part of parts)
    if (!(PARTS as readonly string[]).includes(part))
      throw new Error(`--parts: no part '${part}' (there are ${PARTS.join(', ')})`);
  return {
    parts: new Set(parts as Part[]),
    machines: positiveIntList('machines', values.machines),
    rounds: positiveInt('rounds', values.rounds),
    addresses: positiveInt('addresses', values.addresses),
    seconds: positiveInt('seconds', values.seconds),
    throughputRounds: positiveInt('throughput-rounds', values['throughput-rounds']),
    timeoutMs: positiveInt('timeout', values.timeout) * 1000,
    updateDocs: values['update-docs'],
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Subnets

type StoreName = 'clusterd' | 'etcd';

interface StoreUnderTest {
  name: StoreName;
  /** As the store reports it in Maintenance.Status. */
  version: string;
  url: string;
  pid: number;
}

interface AcquisitionRound {
  store: StoreName;
  machines: number;
  /** From the moment every machine calls acquire() until the last one holds its lease. */
  seconds: number;
  /** Each machine's acquire(), from the common start to its own lease, sorted. */
  acquisitionMs: number[];
  /** Creations refused because another machine had just taken the subnet (flannel's races). */
  lostSwaps: number;
  /** acquire() calls that gave up after flannel's 10 tries and were made again at once. */
  retriedAcquisitions: number;
  storeCpuSeconds: number;
  /** This process, where all the simulated machines run. */
  simulationCpuSeconds: number;
}

interface AcquisitionSummary {
  median: AcquisitionRound;
  minSeconds: number;
  maxSeconds: number;
}

/**
 * Both stores on loopback, each answering, stopped by pid when `store` is disposed. clusterd is
 * fleet-bench's lone store with the network off as well (--no-net): a clusterd member runs the
 * overlay as any machine does, so it would take a subnet of the benchmark's network itself.
 */
async function startStores(store: DisposableStore, timeoutMs: number): Promise<StoreUnderTest[]> {
  const dir = ownedTempDir(store, 'clusterd-net-bench-');
  const started: StoreUnderTest[] = [];
  for (const [name, command, agentArgs] of [
    ['clusterd', clusterdCommand, ['--no-fleet', '--no-net', '--log-level', 'warn']],
    ['etcd', [ETCD], undefined],
  ] as const) {
    const workDir = join(dir, name);
    mkdirSync(workDir);
    const cluster = store.add(
      await LocalCluster.start(name, command, 1, workDir, timeoutMs, agentArgs),
    );
    const { version } = await cluster.members[0]!.status();
    started.push({ name, version, url: cluster.endpoints[0]!, pid: cluster.pids[0]! });
  }
  return started;
}

/** The same client, but every transaction that fails its compare is counted in `tally`. */
function countingLostSwaps(client: EtcdClient, tally: { lostSwaps: number }): EtcdClient {
  const txn: KV['txn'] = async (...args) => {
    const result = await client.kv.txn(...args);
    if (!result.succeeded) tally.lostSwaps++;
    return result;
  };
  const kv = new Proxy(client.kv, {
    get: (target, property) =>
      property === 'txn' ? txn : (Reflect.get(target, property, target) as unknown),
  });
  return new Proxy(client, {
    get: (target, property) =>
      property === 'kv' ? kv : (Reflect.get(target, property, target) as unknown),
  });
}

/**
 * acquire() until it returns a lease. When it gives up after flannel's 10 lost races, the agent
 * tries again on its next pass (its 10 s resync); here it is called again at once, and counted,
 * so that the time measured is the store's and the allocator's, not the agent's wait.
 */
async function acquireUntilLeased(
  allocator: SubnetAllocator,
  config: NetworkConfig,
  publicIp: string,
  tally: { retriedAcquisitions: number },
  deadline: number,
): Promise<OwnLease> {
  const attrs = { publicIp, backendType: 'vxlan', backendData: undefined };
  for (;;) {
    try {
      return await allocator.acquire(config, attrs);
    } catch (err) {
      const gaveUp = err instanceof SubnetError && err.message.startsWith('max retries');
      if (!gaveUp || performance.now() > deadline) throw err;
      tally.retriedAcquisitions++;
    }
  }
}

async function measureAcquisition(
  target: StoreUnderTest,
  machines: number,
  timeoutMs: number,
): Promise<AcquisitionRound> {
  const keys = new NetKeys();
  const admin = new EtcdClient({ endpoints: target.url, commandTimeoutMs: 30_000 });
  const clients: EtcdClient[] = [];
  try {
    await admin.kv.delete(`${keys.prefix}/`, { prefix: true });
    await admin.kv.put(keys.config, NETWORK_CONFIG);
    const tally = { lostSwaps: 0, retriedAcquisitions: 0 };
    const simulated = Array.from({ length: machines }, (_, i) => {
      const client = new EtcdClient({ endpoints: target.url, commandTimeoutMs: 30_000 });
      clients.push(client);
      return {
        client,
        publicIp: `192.168.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        allocator: new SubnetAllocator({
          client: countingLostSwaps(client, tally),
          keys,
          leaseTtlSeconds: SUBNET_LEASE_TTL_SECONDS,
        }),
      };
    });
    // Each machine has connected and read the configuration before the clock starts, as an
    // agent's informer has by the time it takes its subnet.
    const configs = await Promise.all(
      simulated.map(async (m) => parseNetworkConfig((await m.client.kv.getString(keys.config))!)),
    );

    const storeUsage = new ServerUsageSampler([target.pid]);
    const simulationCpu = process.cpuUsage();
    const started = performance.now();
    const deadline = started + timeoutMs;
    const acquired = await Promise.all(
      simulated.map(async (m, i) => {
        const lease = await acquireUntilLeased(
          m.allocator,
          configs[i]!,
          m.publicIp,
          tally,
          deadline,
        );
        return { lease, ms: performance.now() - started };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const simulationUsage = process.cpuUsage(simulationCpu);
    const [storeCpu] = storeUsage.finish();

    await checkDistinctAndStored(
      admin,
      keys,
      simulated,
      acquired.map((a) => a.lease),
    );
    await Promise.all(acquired.map((a) => admin.lease.revoke(a.lease.leaseId)));
    await admin.kv.delete(`${keys.prefix}/`, { prefix: true });
    return {
      store: target.name,
      machines,
      seconds,
      acquisitionMs: acquired.map((a) => a.ms).sort((a, b) => a - b),
      lostSwaps: tally.lostSwaps,
      retriedAcquisitions: tally.retriedAcquisitions,
      storeCpuSeconds: storeCpu?.cpuSeconds ?? 0,
      simulationCpuSeconds: (simulationUsage.user + simulationUsage.system) / 1e6,
    };
  } finally {
    await Promise.all([admin, ...clients].map((client) => client.close()));
  }
}

/** Fails unless every machine holds a subnet of its own, and the store says the same. */
async function checkDistinctAndStored(
  client: EtcdClient,
  keys: NetKeys,
  machines: readonly { publicIp: string }[],
  leases: readonly OwnLease[],
): Promise<void> {
  const subnets = new Set(leases.map((lease) => formatIp4Net(lease.subnet)));
  if (subnets.size !== leases.length)
    throw new Error(`${leases.length} machines hold only ${subnets.size} distinct subnets`);
  const stored = await client.kv.get(keys.subnets, { prefix: true });
  const holderOf = new Map(
    stored.kvs.map((kv) => [
      formatIp4Net(keys.subnetOf(kv.key.toString())!),
      decodeLeaseAttrs(kv.value.toString())?.publicIp,
    ]),
  );
  if (holderOf.size !== leases.length)
    throw new Error(`${leases.length} machines hold a subnet, but the store has ${holderOf.size}`);
  leases.forEach((lease, i) => {
    const subnet = formatIp4Net(lease.subnet);
    if (holderOf.get(subnet) !== machines[i]!.publicIp)
      throw new Error(`${subnet} is ${machines[i]!.publicIp}'s, but the store says otherwise`);
  });
}

interface SubnetResults {
  stores: { name: StoreName; version: string }[];
  summaries: AcquisitionSummary[];
}

async function measureSubnets(store: DisposableStore, options: Options): Promise<SubnetResults> {
  const targets = await startStores(store, options.timeoutMs);
  const summaries: AcquisitionSummary[] = [];
  for (const machines of options.machines) {
    const rounds = new Map<StoreName, AcquisitionRound[]>();
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        const result = await measureAcquisition(target, machines, options.timeoutMs);
        process.stderr.write(
          `${machines} machines on ${target.name}: all leased after ${result.seconds.toFixed(2)} s, ${result.lostSwaps} swaps lost\n`,
        );
        rounds.set(target.name, [...(rounds.get(target.name) ?? []), result]);
      }
    }
    for (const target of targets) summaries.push(summarize(rounds.get(target.name)!));
  }
  return { stores: targets.map(({ name, version }) => ({ name, version })), summaries };
}

function summarize(rounds: readonly AcquisitionRound[]): AcquisitionSummary {
  const sorted = [...rounds].sort((a, b) => a.seconds - b.seconds);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    minSeconds: sorted[0]!.seconds,
    maxSeconds: sorted[sorted.length - 1]!.seconds,
  };
}

/** Nearest rank: the smallest value at or below which `fraction` of the sorted values lie. */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
}

function subnetsInConfig(): number {
  const config = parseNetworkConfig(NETWORK_CONFIG);
  return (config.subnetMax - config.subnetMin) / sizeOf(config.subnetLen) + 1;
}

// ---------------------------------------------------------------------------------------------
// 2. Addresses

/** One kind of operation over a stage's addresses, done one after another. */
interface OperationRate {
  perSecond: number;
  /**
   * This process's CPU time (user + system, libuv's file threads included) per operation: near
   * the wall time per operation, the allocator is busy in system calls, not waiting for a disk.
   */
  cpuMsEach: number;
}

interface AddressStage {
  /** Addresses held before the stage's first operation, and after its last allocation. */
  heldFrom: number;
  heldTo: number;
  allocations: OperationRate;
  releases: OperationRate;
}

interface AddressResult {
  stages: AddressStage[];
  /** Where the reservations were kept: the figures are this file system's as much as ours. */
  fileSystem: FileSystemFacts | undefined;
}

/** Where the rate is read: a /24's worth (all one machine holds by default), then beyond. */
function addressStageBounds(total: number): number[] {
  const bounds = [0, 100, ADDRESSES_IN_A_SUBNET, 500, 1000, 2000, 5000, 10_000].filter(
    (bound) => bound < total,
  );
  return [...bounds, total];
}

async function measureAddresses(store: DisposableStore, total: number): Promise<AddressResult> {
  const dir = ownedTempDir(store, 'clusterd-net-ipam-');
  const allocator = new HostLocalAllocator({
    dir: join(dir, 'ipam'),
    subnet: parseIp4Net('10.5.0.0/16')!,
  });
  const unitId = (i: number): string => `bench-unit-${i}`;
  const bounds = addressStageBounds(total);
  const stages = bounds.slice(1).map((heldTo, s) => ({ heldFrom: bounds[s]!, heldTo }));
  const rate = async (
    stage: { heldFrom: number; heldTo: number },
    operation: (i: number) => Promise<unknown>,
    order: 'oldest first' | 'newest first',
  ): Promise<OperationRate> => {
    const count = stage.heldTo - stage.heldFrom;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let n = 0; n < count; n++)
      await operation(order === 'oldest first' ? stage.heldFrom + n : stage.heldTo - 1 - n);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return { perSecond: count / seconds, cpuMsEach: (used.user + used.system) / 1000 / count };
  };
  const allocations: OperationRate[] = [];
  for (const stage of stages) {
    allocations.push(await rate(stage, (i) => allocator.allocateOrGet(unitId(i)), 'oldest first'));
    process.stderr.write(
      `addresses ${stage.heldFrom}-${stage.heldTo}: ${allocations.at(-1)!.perSecond.toFixed(0)} allocations/s\n`,
    );
  }
  // Released newest first, so each stage is released at the same numbers held as it was filled.
  const releases: OperationRate[] = [];
  for (const stage of [...stages].reverse())
    releases.unshift(await rate(stage, (i) => allocator.release(unitId(i)), 'newest first'));
  const left = await allocator.list();
  if (left.length !== 0) throw new Error(`${left.length} addresses still reserved after release`);
  return {
    stages: stages.map((stage, s) => ({
      ...stage,
      allocations: allocations[s]!,
      releases: releases[s]!,
    })),
    fileSystem: fileSystemOf(dir),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Throughput

type PathName = 'LAN' | 'vxlan' | 'host-gw';
const PATHS: readonly PathName[] = ['LAN', 'vxlan', 'host-gw'];

interface PathRun {
  iperf: Iperf3Result;
  /**
   * The whole machine's CPU over the run, as % of all its CPUs: the kernel's packet work (system
   * time and softirq) is charged to no process, so iperf3's own figures leave most of it out.
   */
  machineCpuPercent: MachineCpu | undefined;
}

interface PathResult {
  path: PathName;
  /** The MTU the sender's route has. */
  mtu: number;
  runs: PathRun[];
}

/** One machine of the lab, with its subnet's .1 on a bridge, as its units' bridge holds it. */
interface LabMachine {
  machine: Machine;
  ip: IpRoute;
  subnet: Ip4Net;
  unitAddress: string;
}

async function prepareMachines(lab: NetnsLab): Promise<LabMachine[]> {
  return Promise.all(
    lab.machines.map(async (machine, i) => {
      const ip = new IpRoute(machine.netns);
      const subnet = parseIp4Net(`10.5.${i + 1}.0/24`)!;
      const unitAddress = formatIp4(subnet.ip + 1);
      await ip.addBridge('cbr0');
      await ip.addAddress('cbr0', { ip: unitAddress, prefixLen: subnet.prefixLen });
      await ip.setLinkUp('cbr0', 1500);
      return { machine, ip, subnet, unitAddress };
    }),
  );
}

/** Sets the backend up on every machine and syncs each with the others' leases, as the agent does. */
async function joinOverlay(
  machines: readonly LabMachine[],
  config: BackendConfig,
): Promise<{ backends: Backend[]; mtu: number }> {
  const backends: Backend[] = [];
  const leases: SubnetLease[] = [];
  let mtu = 0;
  for (const m of machines) {
    const backend = createBackend(config, { ip: m.ip, log: silentLogger });
    const setUp = await backend.setUp({
      subnet: m.subnet,
      publicIp: m.machine.address,
      iface: m.machine.iface,
    });
    backends.push(backend);
    leases.push({
      subnet: m.subnet,
      attrs: {
        publicIp: m.machine.address,
        backendType: config.type,
        backendData: setUp.backendData,
      },
    });
    mtu = setUp.mtu;
  }
  for (const [i, backend] of backends.entries())
    await backend.sync(leases.filter((_, j) => j !== i));
  return { backends, mtu };
}

async function measurePath(
  lab: NetnsLab,
  machines: readonly LabMachine[],
  path: PathName,
  seconds: number,
): Promise<{ run: PathRun; mtu: number }> {
  const [client, server] = machines as [LabMachine, LabMachine];
  const run = async (from: string, to: string): Promise<PathRun> => {
    const before = readMachineCpu();
    const started = performance.now();
    const iperf = await runIperf3Client(lab, client.machine.netns, {
      server: to,
      bind: from,
      port: IPERF3_PORT,
      seconds,
      omitSeconds: 1,
    });
    const after = readMachineCpu();
    const wallSeconds = (performance.now() - started) / 1000;
    return {
      iperf,
      machineCpuPercent: before && after && machineCpuPercent(before, after, wallSeconds),
    };
  };
  if (path === 'LAN') {
    const lan = await client.ip.link(client.machine.iface);
    return { run: await run(client.machine.address, server.machine.address), mtu: lan?.mtu ?? 0 };
  }
  const config: BackendConfig =
    path === 'vxlan'
      ? { type: 'vxlan', vni: 1, port: 8472, directRouting: false }
      : { type: 'host-gw' };
  const { backends, mtu } = await joinOverlay(machines, config);
  try {
    return { run: await run(client.unitAddress, server.unitAddress), mtu };
  } finally {
    for (const backend of backends) await backend.tearDown();
  }
}

async function measureThroughput(
  store: DisposableStore,
  options: Options,
): Promise<PathResult[] | { skipped: string }> {
  const reason = netnsUnavailableReason();
  if (reason !== undefined) return { skipped: reason };
  const lab = await createNetnsLab(2);
  store.defer(() => lab.destroy());
  const machines = await prepareMachines(lab);
  await startIperf3Server(lab, machines[1]!.machine.netns, IPERF3_PORT);
  const results = new Map<PathName, PathResult>();
  for (let round = 0; round < options.throughputRounds; round++) {
    const order = round % 2 === 0 ? PATHS : [...PATHS].reverse();
    for (const path of order) {
      const { run, mtu } = await measurePath(lab, machines, path, options.seconds);
      const cpu = run.machineCpuPercent;
      process.stderr.write(
        `${path}: ${(run.iperf.bitsPerSecond / 1e9).toFixed(2)} Gbit/s, iperf3 ${run.iperf.senderCpuPercent.toFixed(0)}/${run.iperf.receiverCpuPercent.toFixed(0)} %, machine ${cpu ? `user ${cpu.user.toFixed(0)} sys ${cpu.system.toFixed(0)} irq ${cpu.interrupts.toFixed(0)} idle ${cpu.idle.toFixed(0)} %` : '-'}\n`,
      );
      const entry = results.get(path) ?? { path, mtu, runs: [] };
      entry.runs.push(run);
      results.set(path, entry);
    }
  }
  return PATHS.map((path) => results.get(path)!);
}

function medianRun(runs: readonly PathRun[]): PathRun {
  const sorted = [...runs].sort((a, b) => a.iperf.bitsPerSecond - b.iperf.bitsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

// ---------------------------------------------------------------------------------------------
// The section

interface Results {
  subnets?: SubnetResults;
  addresses?: AddressResult;
  throughput?: PathResult[] | { skipped: string };
  loadAverageBefore: number;
}

function renderSubnets(summaries: readonly AcquisitionSummary[], options: Options): string {
  const fixed = (n: number, digits: number): string => n.toFixed(digits);
  const rows = summaries.map(({ median: r, minSeconds, maxSeconds }) => {
    const range = options.rounds > 1 ? ` (${fixed(minSeconds, 2)}–${fixed(maxSeconds, 2)})` : '';
    return [
      String(r.machines),
      r.store,
      `${fixed(r.seconds, 2)} s${range}`,
      `${fixed(percentile(r.acquisitionMs, 0.5), 0)} / ${fixed(percentile(r.acquisitionMs, 0.99), 0)} ms`,
      String(r.lostSwaps),
      String(r.retriedAcquisitions),
      `${fixed(r.storeCpuSeconds, 2)} / ${fixed(r.simulationCpuSeconds, 2)} s`,
    ];
  });
  return markdownTable(
    [
      'machines',
      'store',
      'all holding a distinct subnet after',
      'one acquisition p50 / p99',
      'compare-and-swaps lost',
      'acquire() given up after 10 tries',
      'CPU: store / simulated machines',
    ],
    rows,
    [true, false, true, true, true, true, true],
  );
}

function renderAddresses(result: AddressResult): string {
  const cells = (rate: OperationRate): string[] => [
    rate.perSecond.toFixed(0),
    `${(1000 / rate.perSecond).toFixed(1)} / ${rate.cpuMsEach.toFixed(1)}`,
  ];
  const rows = result.stages.map((stage) => [
    `${stage.heldFrom}–${stage.heldTo}`,
    ...cells(stage.allocations),
    ...cells(stage.releases),
  ]);
  return markdownTable(
    [
      'addresses held',
      'allocations/s',
      'ms per allocation: wall / CPU',
      'releases/s',
      'ms per release: wall / CPU',
    ],
    rows,
    [true, true, true, true, true],
  );
}

function renderThroughput(paths: readonly PathResult[]): string {
  const lanRuns = paths.find((p) => p.path === 'LAN')!.runs;
  const gbit = (bits: number): string => (bits / 1e9).toFixed(2);
  const rows = paths.map((p) => {
    const median = medianRun(p.runs);
    const rates = p.runs.map((run) => run.iperf.bitsPerSecond);
    // Against the LAN of the same round, measured next to it: other load shifts both alike.
    const ratios = p.runs
      .map((run, round) => run.iperf.bitsPerSecond / lanRuns[round]!.iperf.bitsPerSecond)
      .sort((a, b) => a - b);
    const spread = (values: readonly number[], format: (n: number) => string): string =>
      values.length > 1 ? ` (${format(Math.min(...values))}–${format(Math.max(...values))})` : '';
    const cpu = median.machineCpuPercent;
    const gigabytesPerSecond = median.iperf.bitsPerSecond / 8e9;
    const kernelMsPerGigabyte = cpu
      ? (((cpu.system + cpu.interrupts) / 100) * availableParallelism() * 1000) / gigabytesPerSecond
      : undefined;
    return [
      p.path === 'LAN' ? 'LAN addresses, no overlay' : `subnet to subnet over ${p.path}`,
      String(p.mtu),
      `${gbit(median.iperf.bitsPerSecond)}${spread(rates, gbit)}`,
      p.path === 'LAN'
        ? '1'
        : `${percentile(ratios, 0.5).toFixed(2)}${spread(ratios, (n) => n.toFixed(2))}`,
      String(median.iperf.retransmits),
      `${median.iperf.senderCpuPercent.toFixed(0)} / ${median.iperf.receiverCpuPercent.toFixed(0)} %`,
      kernelMsPerGigabyte === undefined ? '-' : kernelMsPerGigabyte.toFixed(0),
      cpu ? `${cpu.idle.toFixed(0)} %` : '-',
    ];
  });
  return markdownTable(
    [
      'path',
      'MTU',
      'Gbit/s',
      'of the LAN, same round',
      'retransmits',
      'iperf3 CPU: sender / receiver',
      'machine system + softirq CPU ms per GB',
      'machine idle',
    ],
    rows,
    [false, true, true, true, true, true, true, true],
  );
}

function storesText(stores: SubnetResults['stores']): string {
  const how: Record<StoreName, string> = {
    clusterd: 'one member, `--no-fleet --no-net`, otherwise default settings',
    etcd: `\`${ETCD}\`, default settings`,
  };
  return stores.map((s) => `${s.name} ${s.version} (${how[s.name]})`).join(' and ');
}

/** `iperf 3.12 (cJSON 1.7.15)`, as iperf3 --version says it, as `iperf3 3.12`. */
function iperf3Version(): string {
  return programVersion('iperf3')
    .replace(/^iperf /, 'iperf3 ')
    .replace(/ \(.*\)$/, '');
}

function render(results: Results, options: Options): string {
  const facts = machineFacts();
  const lines = [
    `Measured with \`${commandLine()}\` on ${facts.nproc} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB, ${facts.kernel}, Node ${facts.node}. Everything (stores, simulated machines, iperf3, the kernel's packet work) shares these CPUs with whatever else runs on the machine: the 1-minute load average was ${results.loadAverageBefore.toFixed(1)} before the run.`,
  ];
  if (results.subnets) {
    lines.push(
      '',
      `**Subnets.** ${options.machines.join(' and ')} simulated machines (a SubnetAllocator each, on its own client connection, all in this process) take a /24 of \`10.5.0.0/16\` (${subnetsInConfig()} subnets) at once, on ${storesText(results.subnets.stores)}; every lease checked distinct and in the store. ${options.rounds > 1 ? `The round with the median time of ${options.rounds} (the fastest and slowest in parentheses); its other columns are that round's.` : 'One round each.'} The p50 and p99 of one acquisition are from the common start, so they include waiting behind the others.`,
      '',
      renderSubnets(results.subnets.summaries, options),
    );
  }
  if (results.addresses) {
    const fs = results.addresses.fileSystem;
    const where = fs
      ? `${fs.type} (${fs.source}, mounted on ${fs.mountPoint})`
      : 'an unknown file system';
    lines.push(
      '',
      `**Addresses.** HostLocalAllocator on \`10.5.0.0/16\` in a temporary directory on ${where}: ${options.addresses} \`allocateOrGet\` calls one after another, then as many \`release\` calls, newest first.`,
      '',
      renderAddresses(results.addresses),
    );
  }
  if (results.throughput) {
    if ('skipped' in results.throughput) {
      lines.push('', `**Throughput.** Not measured: ${results.throughput.skipped}.`);
    } else {
      lines.push(
        '',
        `**Throughput.** One TCP stream of ${iperf3Version()} for ${options.seconds} s (after 1 s left out) between two network namespaces on one bridge (veth pairs: no NIC, both ends in this kernel), ${options.throughputRounds > 1 ? `the median of ${options.throughputRounds} rounds in alternating order (the slowest and fastest in parentheses)` : 'one round'}; the backends are set up and synced before each overlay measurement and torn down after it.`,
        '',
        renderThroughput(results.throughput),
      );
    }
  }
  return lines.join('\n');
}

await runWithCleanup(async (store) => {
  const options = parse();
  const results: Results = { loadAverageBefore: loadavg()[0]! };
  if (options.parts.has('subnets')) results.subnets = await measureSubnets(store, options);
  if (options.parts.has('addresses'))
    results.addresses = await measureAddresses(store, options.addresses);
  if (options.parts.has('throughput')) results.throughput = await measureThroughput(store, options);
  const section = render(results, options);
  process.stdout.write(section + '\n');
  if (options.updateDocs) replaceMarkedSection(DOCS_FILE, 'net', section);
});
