// dns-load: clusterd's DNS server beside dnsmasq, both driven by dnsperf, on loopback.
//
// Throughput: one clusterd (a single-node store with DNS on, `--no-fleet`) holds N names under
// /skydns (`svc-I.bench.skydns.local.`, each `{"host":"10.64.x.y","port":80}`); one dnsmasq serves
// the same names from a hosts file (--addn-hosts) and the same SRV records (--srv-host), with no
// upstream (--no-resolv, --local for the domain), so both answer from their own data. dnsperf runs
// against each in turn (round 1 dnsmasq then clusterd, round 2 the other way round, ...) for the
// A workload (every name, type A) and the SRV workload (every name, type SRV: one SRV and its A in
// the additional section); medians are reported. Each run records dnsperf's own CPU time (bash's
// `times`) and the server's CPU time over the same window, in all and per thread, so each figure
// says whether the server was at its limit (its busiest thread near a full core) or the generator
// was; a figure the server was not the limit of is marked client-bound. Then both are driven at
// one fixed rate (half of clusterd's median) with dnsperf -v, for latency percentiles.
//
// Propagation: a 3-member clusterd cluster, each member serving DNS on its own port. Each trial
// starts polling every member for a new name (one query in flight per member, one at least every
// millisecond), writes the name through one member's client port (in turn), and takes, on every
// member, the time from the write until its DNS answers the new address.
//
// Memory: RSS and the V8 heap used after a full collection (read through a probe the benchmark
// preloads into clusterd: SIGUSR2 collects and writes process.memoryUsage()) of one clusterd with
// DNS on, before and after M records are written, and of one with DNS off (the store's own share);
// dnsmasq's RSS with an empty hosts file and with M names.
//
// Every process it started is stopped by pid and every directory removed, also on an error or
// Ctrl-C.
//
//   make build && node --import tsx bench/dns-load.ts --update-docs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EtcdClient, op } from '../src/client/index.js';
import { keyOfName } from '../src/dns/records.js';
import { DisposableStore } from '../src/util/lifecycle.js';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { type DnsperfOptions, type DnsperfResult, percentile, runDnsperf } from './lib/dnsperf.js';
import { DnsProbe, QTYPE_A, waitForAnswer } from './lib/dns-probe.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { clusterdCommand, startStore } from './lib/fleet-bench.js';
import { commandLine, commaList, positiveInt } from './lib/flags.js';
import { machineFacts, programVersion } from './lib/machine.js';
import { OwnedProcess } from './lib/owned-process.js';
import { freeLoopbackDnsPorts } from './lib/ports.js';
import { readRssKiB } from './lib/server-usage.js';
import { markdownTable } from './lib/table.js';
import { LocalCluster } from './lib/targets.js';
import { median } from './lib/median.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const DNSMASQ = 'dnsmasq';
const DOMAIN = 'skydns.local.';
const SUBDOMAIN = `bench.${DOMAIN}`;
/** A busiest server thread at this share of a core or more: the server was the limit. */
const SERVER_AT_LIMIT = 0.85;
/** The machine's CPUs busy this share of the time or more: nothing could have gone faster. */
const MACHINE_FULL = 0.9;
const READY_TIMEOUT_MS = 60_000;
const SYSTEMS = ['dnsmasq', 'clusterd'] as const;
type System = (typeof SYSTEMS)[number];
const WORKLOADS = ['A', 'SRV'] as const;
type Workload = (typeof WORKLOADS)[number];
const PHASES = ['qps', 'propagation', 'memory'] as const;
type Phase = (typeof PHASES)[number];

const USAGE = `usage: node --import tsx bench/dns-load.ts [flags]
  --names N              names both servers hold for the throughput runs (default 1000)
  --workloads LIST       A and/or SRV (default A,SRV)
  --duration SECONDS     dnsperf's -l per throughput run (default 10)
  --rounds N             runs per system and workload, alternating (default 2)
  --clients N            dnsperf's -c (default 8)
  --threads N            dnsperf's -T (default 2)
  --outstanding N        dnsperf's -q (default 200: more overflow a server's default receive
                         buffer in dnsperf's first burst, and those queries wait out its 5 s timeout)
  --latency-qps N|auto   the fixed rate of the latency runs (default auto: half of clusterd's
                         median A throughput)
  --latency-duration S   seconds per latency run (default 5)
  --members N            members of the propagation cluster (default 3)
  --trials N             writes timed to every member's answer (default 20)
  --records N            records written for the memory figures (default 10000)
  --phases LIST          qps, propagation, memory (default all)
  --cpu-prof DIR         run the throughput clusterd with node --cpu-prof, profiles into DIR
  --update-docs          write the section into docs/benchmarks.md (bench:dns)`;

interface Options {
  names: number;
  workloads: Workload[];
  duration: number;
  rounds: number;
  clients: number;
  threads: number;
  outstanding: number;
  latencyQps: number | 'auto';
  latencyDuration: number;
  members: number;
  trials: number;
  records: number;
  phases: Phase[];
  cpuProfDir: string | undefined;
  updateDocs: boolean;
}

function parse(): Options {
  const { values } = parseArgs({
    options: {
      names: { type: 'string', default: '1000' },
      workloads: { type: 'string', default: WORKLOADS.join(',') },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      clients: { type: 'string', default: '8' },
      threads: { type: 'string', default: '2' },
      outstanding: { type: 'string', default: '200' },
      'latency-qps': { type: 'string', default: 'auto' },
      'latency-duration': { type: 'string', default: '5' },
      members: { type: 'string', default: '3' },
      trials: { type: 'string', default: '20' },
      records: { type: 'string', default: '10000' },
      phases: { type: 'string', default: PHASES.join(',') },
      'cpu-prof': { type: 'string' },
      'update-docs': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  const oneOf = <T extends string>(flag: string, allowed: readonly T[], value: string): T[] => {
    const items = commaList(value);
    for (const item of items) {
      if (!(allowed as readonly string[]).includes(item))
        throw new Error(`--${flag}: '${item}' is not one of ${allowed.join(', ')}`);
    }
    if (items.length === 0) throw new Error(`--${flag} wants a list`);
    return items as T[];
  };
  const latency = values['latency-qps'];
  return {
    names: positiveInt('names', values.names),
    workloads: oneOf('workloads', WORKLOADS, values.workloads),
    duration: positiveInt('duration', values.duration),
    rounds: positiveInt('rounds', values.rounds),
    clients: positiveInt('clients', values.clients),
    threads: positiveInt('threads', values.threads),
    outstanding: positiveInt('outstanding', values.outstanding),
    latencyQps: latency === 'auto' ? 'auto' : positiveInt('latency-qps', latency),
    latencyDuration: positiveInt('latency-duration', values['latency-duration']),
    members: positiveInt('members', values.members),
    trials: positiveInt('trials', values.trials),
    records: positiveInt('records', values.records),
    phases: oneOf('phases', PHASES, values.phases),
    cpuProfDir: values['cpu-prof'],
    updateDocs: values['update-docs'],
  };
}

// --- The data both servers hold ---------------------------------------------------------------

/** The i-th benchmark name, fully qualified. */
function nameOf(i: number): string {
  return `svc-${i}.${SUBDOMAIN}`;
}

/** The i-th name's address: 10.64.0.0 onwards, one each. */
function addressOf(i: number): string {
  return `10.${64 + (i >> 16)}.${(i >> 8) & 0xff}.${i & 0xff}`;
}

const SRV_PORT = 80;

/** Writes `count` records (`{"host","port"}` under keyOfName), 100 to a transaction. */
async function writeRecords(client: EtcdClient, count: number): Promise<void> {
  for (let from = 0; from < count; from += 100) {
    const ops = [];
    for (let i = from; i < Math.min(count, from + 100); i++) {
      ops.push(
        op.put(keyOfName(nameOf(i)), JSON.stringify({ host: addressOf(i), port: SRV_PORT })),
      );
    }
    await client.kv.txn({ success: ops });
  }
}

/**
 * dnsmasq's data for the same names: a hosts file, and a configuration file of srv-host lines
 * answering as clusterd does for a service with a port (priority 10, the only one, so weight 100,
 * its own name as target, its address as glue).
 */
function writeDnsmasqData(
  dir: string,
  count: number,
  tag: string,
): { hosts: string; conf: string } {
  const hosts = join(dir, `hosts-${tag}`);
  const conf = join(dir, `dnsmasq-${tag}.conf`);
  const hostLines: string[] = [];
  const srvLines: string[] = [];
  for (let i = 0; i < count; i++) {
    const bare = nameOf(i).slice(0, -1);
    hostLines.push(`${addressOf(i)} ${bare}`);
    srvLines.push(`srv-host=${bare},${bare},${SRV_PORT},10,100`);
  }
  writeFileSync(hosts, hostLines.join('\n') + '\n');
  writeFileSync(conf, srvLines.join('\n') + '\n');
  return { hosts, conf };
}

function writeQueryFile(dir: string, count: number, workload: Workload): string {
  const file = join(dir, `queries-${workload}.txt`);
  const lines = Array.from({ length: count }, (_, i) => `${nameOf(i).slice(0, -1)} ${workload}`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

// --- The servers ------------------------------------------------------------------------------

interface Server {
  system: System;
  pid: number;
  port: number;
}

/**
 * dnsmasq in the foreground on 127.0.0.1:port, answering only from `data`: no /etc/hosts, no
 * resolv.conf, no upstream, the domain local (NXDOMAIN for what it does not hold), TTLs of an hour
 * as clusterd's. It stays root (-u root) so that it may read files in the benchmark's own directory.
 */
async function startDnsmasq(
  store: DisposableStore,
  dir: string,
  tag: string,
  data: { hosts: string; conf: string },
  probeName: string,
): Promise<Server> {
  const [port] = await freeLoopbackDnsPorts(1);
  const log = join(dir, `dnsmasq-${tag}.log`);
  const dnsmasq = OwnedProcess.spawn(
    DNSMASQ,
    [
      '--keep-in-foreground',
      '--pid-file=',
      '--user=root',
      `--log-facility=${log}`,
      '--no-resolv',
      '--no-hosts',
      `--local=/${DOMAIN.slice(0, -1)}/`,
      '--local-ttl=3600',
      `--addn-hosts=${data.hosts}`,
      `--conf-file=${data.conf}`,
      `--port=${port!}`,
      '--listen-address=127.0.0.1',
      '--bind-interfaces',
    ],
    log,
  );
  store.defer(() => dnsmasq.stop());
  await waitUntilAnswering(port!, probeName, { server: dnsmasq, log });
  return { system: 'dnsmasq', pid: dnsmasq.pid, port: port! };
}

/** A preloaded probe: on SIGUSR2, a full collection, then process.memoryUsage() into a file. */
function writeHeapProbe(dir: string): string {
  const file = join(dir, 'heap-probe.cjs');
  writeFileSync(
    file,
    `const { writeFileSync } = require('node:fs');
process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const m = process.memoryUsage();
  writeFileSync(${JSON.stringify(dir)} + '/heap-' + process.pid + '.json', JSON.stringify(m));
});
`,
  );
  return file;
}

interface HeapReading {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

async function readHeap(dir: string, pid: number): Promise<HeapReading> {
  const file = join(dir, `heap-${pid}.json`);
  writeFileSync(file, '');
  process.kill(pid, 'SIGUSR2');
  const deadline = performance.now() + 10_000;
  for (;;) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as HeapReading;
    } catch {
      // not written yet, or not whole yet
    }
    if (performance.now() > deadline) throw new Error(`the heap probe of ${pid} did not answer`);
    await sleep(50);
  }
}

interface ClusterdServer extends Server {
  process: OwnedProcess;
  client: EtcdClient;
  url: string;
  log: string;
}

/** A single-node clusterd (store and DNS, no scheduler) with an etcd client on it. */
async function startClusterd(
  store: DisposableStore,
  dir: string,
  dns: boolean,
  nodeArgs: readonly string[],
): Promise<ClusterdServer> {
  mkdirSync(dir, { recursive: true });
  const log = join(dir, 'store.log');
  const [port] = await freeLoopbackDnsPorts(1);
  const { url, process: clusterd } = await startStore(store, dir, {
    ...(dns ? { dnsAddress: `127.0.0.1:${port!}` } : {}),
    nodeArgs,
  });
  const client = new EtcdClient({ endpoints: url, dialTimeoutMs: 5000, commandTimeoutMs: 30_000 });
  store.defer(() => client.close());
  // The first request waits until the store serves.
  const deadline = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      await client.kv.put('/bench/ready', 'yes');
      break;
    } catch (err) {
      if (clusterd.hasExited || performance.now() > deadline)
        throw new Error(`clusterd did not serve: ${String(err)}\n${logTail(log)}`, { cause: err });
      await sleep(100);
    }
  }
  return {
    system: 'clusterd',
    pid: clusterd.pid,
    port: port!,
    process: clusterd,
    client,
    url,
    log,
  };
}

/**
 * Waits until the server on `port` answers `name` from its data (not SERVFAIL, which clusterd
 * gives before its first list), with `address` when one is given; fails with the end of `log`.
 */
async function waitUntilAnswering(
  port: number,
  name: string,
  { server, log, address }: { server: OwnedProcess; log: string; address?: string },
): Promise<void> {
  const probe = new DnsProbe('127.0.0.1', port);
  try {
    await waitForAnswer(
      probe,
      name,
      (reply) =>
        !server.hasExited &&
        (address === undefined ? reply.rcode !== 2 : reply.addresses.includes(address)),
      READY_TIMEOUT_MS,
    );
  } catch (err) {
    throw new Error(`${String(err)}\n${logTail(log)}`, { cause: err });
  } finally {
    probe.close();
  }
}

function logTail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** That both servers answer every name with the same address (A) before anything is timed. */
async function checkSameAnswers(servers: Server[], count: number): Promise<void> {
  const probes = servers.map((s) => new DnsProbe('127.0.0.1', s.port));
  try {
    for (let i = 0; i < count; i++) {
      for (const [index, probe] of probes.entries()) {
        const reply = await probe.query(nameOf(i), QTYPE_A, 2000);
        if (reply.rcode !== 0 || reply.addresses.join() !== addressOf(i)) {
          throw new Error(
            `${servers[index]!.system} answers ${nameOf(i)} A with rcode ${reply.rcode} [${reply.addresses.join(', ')}], not ${addressOf(i)}`,
          );
        }
      }
    }
  } finally {
    for (const probe of probes) probe.close();
  }
  // SRV as dig prints it, TTLs aside: the same record and the same glue from both.
  const srv = servers.map((s) =>
    spawnSync(
      'dig',
      ['@127.0.0.1', '-p', String(s.port), nameOf(0), 'SRV', '+noall', '+answer', '+additional'],
      { encoding: 'utf8', timeout: 10_000 },
    )
      .stdout.split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) =>
        line
          .split(/\s+/)
          .filter((_, i) => i !== 1)
          .join(' '),
      )
      .sort()
      .join('\n'),
  );
  if (srv.some((answer) => answer !== srv[0]) || srv[0] === '') {
    throw new Error(
      `the servers answer ${nameOf(0)} SRV differently:\n${servers.map((s, i) => `${s.system}:\n${srv[i]}`).join('\n')}`,
    );
  }
}

// --- Throughput and latency -------------------------------------------------------------------

interface Run {
  system: System;
  workload: Workload;
  round: number;
  result: DnsperfResult;
}

function serverAtLimit(r: DnsperfResult): boolean {
  return (r.serverThreads[0]?.cores ?? 0) >= SERVER_AT_LIMIT;
}

/**
 * What held a run back: the server (its busiest thread near a full core; with the machine's CPUs
 * full as well, dnsperf and the server filled them together, so the run is CPU-bound for both);
 * else the machine, when its CPUs were busy nearly all the time (dnsperf, the server and whatever
 * else runs here: no side could go faster); else dnsperf.
 */
function limitOf(r: DnsperfResult): 'server' | 'server, CPUs full' | 'CPUs full' | 'client-bound' {
  const full = r.machineBusy >= MACHINE_FULL;
  if (serverAtLimit(r)) return full ? 'server, CPUs full' : 'server';
  return full ? 'CPUs full' : 'client-bound';
}

function describe(run: Run): string {
  const r = run.result;
  const busiest = r.serverThreads[0];
  return (
    `${run.system} ${run.workload} round ${run.round + 1}: ${Math.round(r.qps)} q/s, ` +
    `mean ${r.meanMs.toFixed(2)} ms, lost ${r.lost}; server ${pct(r.serverCores)} ` +
    `(busiest thread ${busiest ? `${busiest.name} ${pct(busiest.cores)}` : '-'}), ` +
    `dnsperf ${pct(r.generatorCores)}, machine ${pct(r.machineBusy)} busy; limit: ${limitOf(r)}`
  );
}

async function measureThroughput(
  store: DisposableStore,
  options: Options,
  dir: string,
  servers: Record<System, Server>,
  queryFiles: Record<Workload, string>,
): Promise<{ runs: Run[]; latency: Run[]; latencyQps: number }> {
  const runs: Run[] = [];
  const base = (server: Server, workload: Workload, tag: string): DnsperfOptions => ({
    host: '127.0.0.1',
    port: server.port,
    queryFile: queryFiles[workload],
    seconds: options.duration,
    clients: options.clients,
    threads: options.threads,
    outstanding: options.outstanding,
    outputFile: join(dir, `dnsperf-${tag}.txt`),
    serverPid: server.pid,
  });
  for (const workload of options.workloads) {
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? SYSTEMS : [...SYSTEMS].reverse();
      for (const system of order) {
        const tag = `${workload}-${round}-${system}`;
        const result = await runDnsperf(store, base(servers[system], workload, tag));
        const run = { system, workload, round, result };
        runs.push(run);
        process.stderr.write(describe(run) + '\n');
      }
    }
  }

  // One fixed rate both can hold, for latencies that are not queueing in a saturated server.
  const clusterdA = median(runs.filter((r) => r.system === 'clusterd').map((r) => r.result.qps));
  const latencyQps =
    options.latencyQps === 'auto'
      ? Math.max(1000, Math.floor(clusterdA / 2 / 1000) * 1000)
      : options.latencyQps;
  const latency: Run[] = [];
  for (const workload of options.workloads) {
    for (const system of SYSTEMS) {
      const tag = `latency-${workload}-${system}`;
      const result = await runDnsperf(store, {
        ...base(servers[system], workload, tag),
        seconds: options.latencyDuration,
        maxQps: latencyQps,
        perQuery: true,
      });
      const run = { system, workload, round: 0, result };
      latency.push(run);
      process.stderr.write(`latency at ${latencyQps} q/s: ${describe(run)}\n`);
    }
  }
  return { runs, latency, latencyQps };
}

// --- Propagation ------------------------------------------------------------------------------

interface Trial {
  writer: number;
  ackMs: number;
  /** Per member: ms from the write until its DNS answered the new address. */
  answeredMs: number[];
}

/**
 * Asks `probe` for `name` again and again (one query in flight, at least `gapMs` apart) until the
 * answer holds `address`; `negative` resolves on the first answer without it, `answered` with the
 * performance.now() of the reply that had it.
 */
function pollFor(
  probe: DnsProbe,
  name: string,
  address: string,
  timeoutMs: number,
  gapMs = 1,
): { negative: Promise<void>; answered: Promise<number> } {
  let markNegative: () => void = () => undefined;
  const negative = new Promise<void>((resolve) => {
    markNegative = resolve;
  });
  const answered = (async () => {
    const started = performance.now();
    for (;;) {
      const sentAt = performance.now();
      const reply = await probe.query(name, QTYPE_A, 100).catch(() => undefined);
      const now = performance.now();
      if (reply?.addresses.includes(address)) return now;
      if (reply) markNegative();
      if (now - started > timeoutMs)
        throw new Error(`${name}: not answered within ${timeoutMs} ms`);
      const wait = gapMs - (now - sentAt);
      if (wait > 0) await sleep(wait);
    }
  })();
  return { negative, answered };
}

interface Propagation {
  members: string[];
  leader: string;
  trials: Trial[];
}

async function measurePropagation(store: DisposableStore, options: Options): Promise<Propagation> {
  const dir = ownedTempDir(store, 'clusterd-dns-propagation-');
  const ports = await freeLoopbackDnsPorts(options.members);
  const cluster = await LocalCluster.start(
    'clusterd',
    clusterdCommand,
    options.members,
    dir,
    READY_TIMEOUT_MS,
    undefined,
    ports.map((port) => `127.0.0.1:${port}`),
  );
  store.add(cluster);
  const statuses = await cluster.waitUntilReady(READY_TIMEOUT_MS);
  const leaderId = statuses[0]!.leaderId;
  const leader = cluster.members[statuses.findIndex((s) => s.memberId === leaderId)]?.name ?? '?';
  const clients = cluster.endpoints.map(
    (endpoints) => new EtcdClient({ endpoints, dialTimeoutMs: 5000, commandTimeoutMs: 30_000 }),
  );
  const probes = ports.map((port) => new DnsProbe('127.0.0.1', port));
  store.defer(async () => {
    for (const probe of probes) probe.close();
    await Promise.all(clients.map((client) => client.close()));
  });

  // Every member's DNS has listed the records.
  const ready = `ready.${SUBDOMAIN}`;
  await clients[0]!.kv.put(keyOfName(ready), JSON.stringify({ host: '10.63.0.1' }));
  for (const [i, probe] of probes.entries()) {
    await waitForAnswer(
      probe,
      ready,
      (reply) => reply.addresses.includes('10.63.0.1'),
      READY_TIMEOUT_MS,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}\n${cluster.members[i]!.logTail()}`, { cause: err });
    });
  }

  const trials: Trial[] = [];
  for (let t = 0; t < options.trials; t++) {
    const name = `new-${t}.${SUBDOMAIN}`;
    const address = `10.63.1.${(t % 250) + 1}`;
    const writer = t % options.members;
    const polls = probes.map((probe) => pollFor(probe, name, address, 10_000));
    // Every member is being asked (and says NXDOMAIN) before the write.
    await Promise.all(polls.map((p) => p.negative));
    const written = performance.now();
    await clients[writer]!.kv.put(keyOfName(name), JSON.stringify({ host: address }));
    const ackMs = performance.now() - written;
    const answered = await Promise.all(polls.map((p) => p.answered));
    const trial = { writer, ackMs, answeredMs: answered.map((at) => at - written) };
    trials.push(trial);
    process.stderr.write(
      `write ${t + 1} through ${cluster.members[writer]!.name}: acknowledged after ${ackMs.toFixed(1)} ms, answered after ${trial.answeredMs.map((ms) => ms.toFixed(1)).join(' / ')} ms\n`,
    );
    await sleep(100);
  }
  return { members: cluster.members.map((m) => m.name), leader, trials };
}

// --- Memory -----------------------------------------------------------------------------------

interface MemoryRow {
  server: string;
  records: number;
  rssBeforeKiB: number;
  rssAfterKiB: number;
  heapBefore: HeapReading | undefined;
  heapAfter: HeapReading | undefined;
}

async function measureClusterdMemory(
  store: DisposableStore,
  dir: string,
  records: number,
  dns: boolean,
): Promise<MemoryRow> {
  mkdirSync(dir, { recursive: true });
  const probe = writeHeapProbe(dir);
  const server = await startClusterd(store, dir, dns, ['--expose-gc', '--require', probe]);
  const { log } = server;
  if (dns) await waitUntilAnswering(server.port, nameOf(0), { server: server.process, log });
  const sample = async (): Promise<{ rss: number; heap: HeapReading }> => {
    await sleep(3000); // what the writes left to settle (the informer, compactions)
    const rss = readRssKiB(server.pid) ?? 0;
    return { rss, heap: await readHeap(dir, server.pid) };
  };
  const before = await sample();
  await writeRecords(server.client, records);
  if (dns) {
    await waitUntilAnswering(server.port, nameOf(records - 1), {
      server: server.process,
      log,
      address: addressOf(records - 1),
    });
  }
  const after = await sample();
  return {
    server: dns ? 'clusterd, DNS on' : 'clusterd, DNS off (the store alone)',
    records,
    rssBeforeKiB: before.rss,
    rssAfterKiB: after.rss,
    heapBefore: before.heap,
    heapAfter: after.heap,
  };
}

async function measureDnsmasqMemory(
  store: DisposableStore,
  dir: string,
  records: number,
): Promise<MemoryRow> {
  const rssWith = async (count: number): Promise<number> => {
    const run = new DisposableStore();
    store.add(run);
    try {
      const data = writeDnsmasqData(dir, count, `memory-${count}`);
      const server = await startDnsmasq(run, dir, `memory-${count}`, data, nameOf(0));
      await sleep(1000);
      return readRssKiB(server.pid) ?? 0;
    } finally {
      await run.dispose();
    }
  };
  const rssBeforeKiB = await rssWith(0);
  const rssAfterKiB = await rssWith(records);
  return {
    server: 'dnsmasq (hosts file and srv-host lines)',
    records,
    rssBeforeKiB,
    rssAfterKiB,
    heapBefore: undefined,
    heapAfter: undefined,
  };
}

// --- Report -----------------------------------------------------------------------------------

/** The run with the median queries/s (the lower of the two middle ones for an even count). */
function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.result.qps - b.result.qps);
  return sorted[(sorted.length - 1) >> 1]!;
}

function pct(cores: number): string {
  return `${Math.round(cores * 100)}%`;
}

function fixed(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`;
}

/** CPU µs the server spent per answered query. */
function serverUsPerQuery(r: DnsperfResult): number {
  return ((r.serverCores * r.wallSeconds) / r.completed) * 1e6;
}

/** The median over runs of queries/s per core of the server's busiest thread. */
function perBusiestCore(runs: Run[]): number {
  return median(runs.map((r) => r.result.qps / (r.result.serverThreads[0]?.cores ?? Number.NaN)));
}

function renderThroughput(runs: Run[], options: Options): string[] {
  const rows: string[][] = [];
  const out: string[] = [];
  for (const workload of options.workloads) {
    for (const system of SYSTEMS) {
      const mine = runs.filter((r) => r.system === system && r.workload === workload);
      if (mine.length === 0) continue;
      const m = medianRun(mine).result;
      const qps = mine.map((r) => r.result.qps);
      const busiest = m.serverThreads[0];
      rows.push([
        system,
        workload,
        `${Math.round(median(qps))} (${Math.round(Math.min(...qps))}–${Math.round(Math.max(...qps))})`,
        `${fixed(m.meanMs, 2)} / ${fixed(m.maxMs, 1)}`,
        String(m.lost),
        `${pct(m.serverCores)} / ${busiest ? `${pct(busiest.cores)} (${busiest.name})` : '-'}`,
        pct(m.generatorCores),
        fixed(serverUsPerQuery(m), 1),
        String(Math.round(perBusiestCore(mine))),
        `${mine.filter((r) => serverAtLimit(r.result)).length} of ${mine.length}`,
      ]);
    }
  }
  out.push(
    markdownTable(
      [
        'server',
        'query',
        'queries/s: median (min–max)',
        'latency mean / max ms',
        'lost',
        'server CPU: all threads / busiest thread',
        'dnsperf CPU',
        'server CPU µs/query',
        'queries/s per core of the busiest thread (median)',
        'runs server-bound',
      ],
      rows,
      [false, false, true, true, true, true, true, true, true, true],
    ),
  );

  // Against the target, and how far each figure is the server's own limit.
  for (const workload of options.workloads) {
    const of = (system: System): Run[] =>
      runs.filter((r) => r.system === system && r.workload === workload);
    if (of('dnsmasq').length === 0 || of('clusterd').length === 0) continue;
    const d = median(of('dnsmasq').map((r) => r.result.qps));
    const c = median(of('clusterd').map((r) => r.result.qps));
    const perCore = (system: System): number => perBusiestCore(of(system));
    const notAtLimit = (system: System): Run[] =>
      of(system).filter((r) => !serverAtLimit(r.result));
    const full = notAtLimit('dnsmasq').filter((r) => limitOf(r.result) === 'CPUs full').length;
    const why = [
      full > 0 ? `all CPUs busy in ${full}` : '',
      notAtLimit('dnsmasq').length > full
        ? `dnsperf the limit in ${notAtLimit('dnsmasq').length - full}`
        : '',
    ]
      .filter((part) => part !== '')
      .join(', ');
    // At its limit with the CPUs full as well: dnsperf took the other CPU, so both were bound.
    const sharedFull = (system: System): string => {
      const n = of(system).filter((r) => limitOf(r.result) === 'server, CPUs full').length;
      return n === 0
        ? ''
        : ` In ${n} of ${of(system).length} runs the machine's CPUs were full as well (dnsperf ` +
            `beside it): CPU-bound for ${system} and dnsperf alike.`;
    };
    const dnsmasqCaveat =
      notAtLimit('dnsmasq').length === 0
        ? `dnsmasq's thread was at a full core in every run: that is its limit here.${sharedFull('dnsmasq')}`
        : `dnsmasq was not at its limit (its thread below ${pct(SERVER_AT_LIMIT)} of a core) in ` +
          `${notAtLimit('dnsmasq').length} of ${of('dnsmasq').length} runs (${why}), so its figure understates ` +
          `dnsmasq and the percentage flatters clusterd: the figure is client-bound. Per core of their busiest ` +
          `thread, the figure this disturbs least: clusterd ${Math.round(perCore('clusterd'))} queries/s, dnsmasq ` +
          `${Math.round(perCore('dnsmasq'))} (${Math.round((100 * perCore('clusterd')) / perCore('dnsmasq'))}%).`;
    const clusterdNote =
      (notAtLimit('clusterd').length === 0
        ? ` clusterd's busiest thread was at a full core in every run.`
        : ` clusterd's busiest thread was below ${pct(SERVER_AT_LIMIT)} of a core in ${notAtLimit('clusterd').length} of ${of('clusterd').length} runs.`) +
      sharedFull('clusterd');
    out.push(
      '',
      `${workload}: clusterd answered ${Math.round(c)} queries/s, ${Math.round((100 * c) / d)}% of dnsmasq's ` +
        `${Math.round(d)} (target: at least 50%). ${dnsmasqCaveat}${clusterdNote}`,
    );
  }
  return out;
}

function renderRuns(runs: Run[]): string {
  return markdownTable(
    [
      'round',
      'server',
      'query',
      'queries/s',
      'lost',
      'server CPU',
      'busiest server thread',
      'dnsperf CPU',
      'machine CPU busy',
      'limit',
      'load avg',
    ],
    runs.map((run) => {
      const r = run.result;
      const busiest = r.serverThreads[0];
      return [
        String(run.round + 1),
        run.system,
        run.workload,
        String(Math.round(r.qps)),
        String(r.lost),
        pct(r.serverCores),
        busiest ? `${pct(busiest.cores)} ${busiest.name}` : '-',
        pct(r.generatorCores),
        pct(r.machineBusy),
        limitOf(r),
        fixed(r.loadAverage, 1),
      ];
    }),
    [true, false, false, true, true, true, true, true, true, false, true],
  );
}

function renderLatency(latency: Run[], latencyQps: number): string {
  return markdownTable(
    [
      'server',
      'query',
      'offered q/s',
      'answered q/s',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'p99.9 ms',
      'max ms',
      'lost',
      'server CPU',
      'dnsperf CPU',
    ],
    latency.map((run) => {
      const r = run.result;
      const l = r.latenciesMs ?? new Float64Array();
      return [
        run.system,
        run.workload,
        String(latencyQps),
        String(Math.round(r.qps)),
        fixed(percentile(l, 0.5), 3),
        fixed(percentile(l, 0.9), 3),
        fixed(percentile(l, 0.99), 3),
        fixed(percentile(l, 0.999), 3),
        fixed(r.maxMs, 3),
        String(r.lost),
        pct(r.serverCores),
        pct(r.generatorCores),
      ];
    }),
    [false, false, true, true, true, true, true, true, true, true, true, true],
  );
}

function renderPropagation(p: Propagation): string[] {
  const stats = (values: number[]): string => {
    const sorted = Float64Array.from(values).sort();
    return `${fixed(median(values))} / ${fixed(percentile(sorted, 0.9))} / ${fixed(Math.max(...values))}`;
  };
  const rows = p.members.map((name, i) => [
    `${name}${name === p.leader ? ' (leader)' : ''}`,
    String(p.trials.filter((t) => t.writer === i).length),
    stats(p.trials.map((t) => t.answeredMs[i]!)),
  ]);
  const slowest = p.trials.map((t) => Math.max(...t.answeredMs));
  rows.push(['every member (the last to answer)', String(p.trials.length), stats(slowest)]);
  rows.push([
    'every member, counted from the write’s acknowledgement',
    String(p.trials.length),
    stats(p.trials.map((t) => Math.max(...t.answeredMs) - t.ackMs)),
  ]);
  rows.push([
    'the write acknowledged',
    String(p.trials.length),
    stats(p.trials.map((t) => t.ackMs)),
  ]);
  const worst = Math.max(...slowest);
  return [
    markdownTable(
      ['member', 'writes through it', 'new answer after: median / p90 / max ms'],
      rows,
      [false, true, true],
    ),
    '',
    `Every member answered each new record within ${fixed(worst)} ms of its write (target: 100 ms, ${worst < 100 ? 'met' : 'not met'}); ` +
      `each member was asked with one query in flight, at least every millisecond, so a time is late by about one query's round trip at most.`,
  ];
}

function renderMemory(rows: MemoryRow[]): string[] {
  const per = (delta: number, records: number): number => (delta * 10_000) / records;
  const table = markdownTable(
    [
      'server',
      'records',
      'RSS before → after',
      'RSS per 10,000 records',
      'V8 heap used after a full GC: before → after',
      'heap per 10,000 records',
    ],
    rows.map((r) => [
      r.server,
      String(r.records),
      `${mib(r.rssBeforeKiB)} → ${mib(r.rssAfterKiB)}`,
      mib(per(r.rssAfterKiB - r.rssBeforeKiB, r.records)),
      r.heapBefore && r.heapAfter
        ? `${mib(r.heapBefore.heapUsed / 1024)} → ${mib(r.heapAfter.heapUsed / 1024)}`
        : '-',
      r.heapBefore && r.heapAfter
        ? mib(per((r.heapAfter.heapUsed - r.heapBefore.heapUsed) / 1024, r.records))
        : '-',
    ]),
    [false, true, true, true, true, true],
  );
  const on = rows.find((r) => r.server.startsWith('clusterd, DNS on'));
  const off = rows.find((r) => r.server.startsWith('clusterd, DNS off'));
  const out = [table];
  if (on?.heapAfter && on.heapBefore && off?.heapAfter && off.heapBefore) {
    const dnsHeap =
      on.heapAfter.heapUsed -
      on.heapBefore.heapUsed -
      (off.heapAfter.heapUsed - off.heapBefore.heapUsed);
    out.push(
      '',
      `DNS's own share (heap growth with DNS on less the store's alone): ${mib(per(dnsHeap / 1024, on.records))} per 10,000 records, ` +
        `about ${Math.round(dnsHeap / on.records)} bytes a record.`,
    );
  }
  return out;
}

function dnsperfVersion(): string {
  const help = spawnSync('dnsperf', ['-h'], { encoding: 'utf8', timeout: 10_000 });
  return /Version (\S+)/.exec(help.stdout + help.stderr)?.[1] ?? 'unknown';
}

function render(
  options: Options,
  throughput: Awaited<ReturnType<typeof measureThroughput>> | undefined,
  propagation: Propagation | undefined,
  memory: MemoryRow[],
  loadAtStart: number,
): string {
  const facts = machineFacts();
  const dnsmasq = programVersion(DNSMASQ).replace(/\s+Copyright.*$/, '');
  const out = [
    `Measured with \`${commandLine()}\` on ${facts.nproc} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB, ${facts.kernel}, Node ${facts.node}; ${dnsmasq}, dnsperf ${dnsperfVersion()}. ` +
      `The 1-minute load average was ${fixed(loadAtStart)} when the run began; dnsperf, the servers and anything else on the machine share its CPUs.`,
  ];
  if (throughput) {
    out.push(
      '',
      `Throughput: ${options.names} names (A; SRV with the target's A as glue), dnsperf \`-c ${options.clients} -T ${options.threads} -q ${options.outstanding} -l ${options.duration}\` over UDP, ` +
        `${options.rounds} run(s) per server and query type, the servers alternating; the row is the run with the median queries/s. ` +
        `CPU is a share of one core over the run (100% = a full core), the machine's of all its CPUs. A run's limit is the server when its busiest thread used at least ${pct(SERVER_AT_LIMIT)} of a core ` +
        `("server, CPUs full" when the machine's CPUs were also at least ${pct(MACHINE_FULL)} busy: dnsperf and the server filled them together, CPU-bound for both); ` +
        `else "CPUs full" when the machine's CPUs were at least ${pct(MACHINE_FULL)} busy (dnsperf, the servers and anything else running); else dnsperf (client-bound).`,
      '',
      ...renderThroughput(throughput.runs, options),
      '',
      'Every run:',
      '',
      renderRuns(throughput.runs),
      '',
      `Latency at a fixed ${throughput.latencyQps} queries/s (dnsperf -Q, ${options.latencyDuration} s, every query's latency from dnsperf -v):`,
      '',
      renderLatency(throughput.latency, throughput.latencyQps),
    );
  }
  if (propagation) {
    out.push(
      '',
      `From a write to the new answer: ${propagation.members.length} clusterd members on loopback, each serving DNS; ${propagation.trials.length} new records, each written through one member's client port in turn and timed on every member until its DNS answers the new address.`,
      '',
      ...renderPropagation(propagation),
    );
  }
  if (memory.length > 0) {
    out.push(
      '',
      `Memory: one single-node clusterd with DNS on and one with DNS off, before and after ${options.records} records (\`{"host","port"}\`) are written; dnsmasq with an empty hosts file and with the same ${options.records} names. RSS is VmRSS 3 s after the writes; the heap is V8's used heap after a forced full collection.`,
      '',
      ...renderMemory(memory),
    );
  }
  return out.join('\n');
}

// --- Main -------------------------------------------------------------------------------------

await runWithCleanup(async (store) => {
  const options = parse();
  if (!existsSync(clusterdCommand[1]!))
    throw new Error(`no ${clusterdCommand[1]!}: run make build`);
  const loadAtStart = loadavg()[0]!;
  let throughput: Awaited<ReturnType<typeof measureThroughput>> | undefined;
  if (options.phases.includes('qps')) {
    const dir = ownedTempDir(store, 'clusterd-dns-bench-');
    const last = nameOf(options.names - 1);
    const dnsmasq = await startDnsmasq(
      store,
      dir,
      'qps',
      writeDnsmasqData(dir, options.names, 'qps'),
      last,
    );
    const nodeArgs = options.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfDir] : [];
    const clusterd = await startClusterd(store, join(dir, 'clusterd'), true, nodeArgs);
    await writeRecords(clusterd.client, options.names);
    await waitUntilAnswering(clusterd.port, last, {
      server: clusterd.process,
      log: clusterd.log,
      address: addressOf(options.names - 1),
    });
    await checkSameAnswers([dnsmasq, clusterd], options.names);
    const queryFiles = {
      A: writeQueryFile(dir, options.names, 'A'),
      SRV: writeQueryFile(dir, options.names, 'SRV'),
    };
    throughput = await measureThroughput(store, options, dir, { dnsmasq, clusterd }, queryFiles);
  }
  const propagation = options.phases.includes('propagation')
    ? await measurePropagation(store, options)
    : undefined;
  const memory: MemoryRow[] = [];
  if (options.phases.includes('memory')) {
    const dir = ownedTempDir(store, 'clusterd-dns-memory-');
    memory.push(await measureClusterdMemory(store, join(dir, 'on'), options.records, true));
    memory.push(await measureClusterdMemory(store, join(dir, 'off'), options.records, false));
    memory.push(await measureDnsmasqMemory(store, dir, options.records));
  }
  const section = render(options, throughput, propagation, memory, loadAtStart);
  process.stdout.write(section + '\n');
  if (options.updateDocs) replaceMarkedSection(DOCS_FILE, 'dns', section);
});
