// fleet-scale: the scheduler past the size of this machine. A 3-member clusterd cluster runs the
// store and the engine (each member is also a fleet machine, whose metadata keeps the benchmark's
// units off it). In this process, A simulated machines run the real MachineAgent, each with its
// own lease, its own watches and its own unit catalog, on C shared client connections spread over
// the members; only their runner is simulated (bench/lib/simulated-runner.ts: no processes).
// It submits U instances of one template at once, straight into the store, and times until every
// unit is reported running; it counts the watch events each simulated machine received meanwhile
// (they should follow its own units, not the cluster's size); then the cluster rests with A leases
// kept alive, and its CPU is read.
//
//   node --import tsx bench/fleet-scale.ts --agents 1000 --units 10000 --update-docs
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EtcdClient, type WatchBatch } from '../src/client/index.js';
import { Informer } from '../src/client/informer.js';
import { MachineAgent } from '../src/fleet/machine-agent.js';
import { decodeMachine, decodeSchedule, decodeUnitState } from '../src/fleet/records.js';
import { RegistryKeys } from '../src/fleet/registry-keys.js';
import { UnitCatalog } from '../src/fleet/unit-catalog.js';
import { UnitFile } from '../src/fleet/unit-file.js';
import { DisposableStore } from '../src/util/lifecycle.js';
import { silentLogger } from '../src/util/log.js';
import { clusterdVersion } from '../src/version.js';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import { clusterdCommand, submitLaunched, waitFor } from './lib/fleet-bench.js';
import { commandLine, positiveInt } from './lib/flags.js';
import { machineFacts } from './lib/machine.js';
import { ServerUsageSampler } from './lib/server-usage.js';
import { SimulatedRunner } from './lib/simulated-runner.js';
import { markdownTable } from './lib/table.js';
import { LocalCluster } from './lib/targets.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
/** Simulated machines registering at once. */
const registerBatch = 50;

const USAGE = `usage: node --import tsx bench/fleet-scale.ts [flags]
  --members N          store members, each also running the engine (default 3)
  --agents N           simulated machines in this process (default 1000)
  --units N            template instances submitted at once (default 10000)
  --clients N          client connections the simulated machines share (default 30)
  --agent-ttl SECONDS  every machine's --agent-ttl (default 30, fleet's)
  --rest SECONDS       how long the cluster rests before its CPU is read (default 10)
  --timeout SECONDS    give up on a phase after this long (default 300)
  --update-docs        write the section into docs/benchmarks.md (bench:fleet-scale)`;

interface Options {
  members: number;
  agents: number;
  units: number;
  clients: number;
  ttl: number;
  restSeconds: number;
  timeoutMs: number;
  updateDocs: boolean;
}

interface Result {
  registeredSeconds: number;
  scheduledSeconds: number;
  runningSeconds: number;
  placingCpu: { members: number; simulation: number };
  /** Watch events each simulated machine received while the units were placed. */
  eventsPerAgent: { mean: number; max: number };
  unitsPerAgent: { mean: number; max: number };
  /** Events per own unit, at the worst machine. */
  worstEventsPerUnit: number;
  /** Changes to the registry while placing: what every machine would have seen in fleet. */
  registryEvents: number;
  memberRssMiB: number[];
  restCpuPercent: { members: number[]; simulation: number };
  simulationRssMiB: number;
}

function parse(): Options {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '3' },
      agents: { type: 'string', default: '1000' },
      units: { type: 'string', default: '10000' },
      clients: { type: 'string', default: '30' },
      'agent-ttl': { type: 'string', default: '30' },
      rest: { type: 'string', default: '10' },
      timeout: { type: 'string', default: '300' },
      'update-docs': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  return {
    members: positiveInt('members', values.members),
    agents: positiveInt('agents', values.agents),
    units: positiveInt('units', values.units),
    clients: positiveInt('clients', values.clients),
    ttl: positiveInt('agent-ttl', values['agent-ttl']),
    restSeconds: positiveInt('rest', values.rest),
    timeoutMs: positiveInt('timeout', values.timeout) * 1000,
    updateDocs: values['update-docs'],
  };
}

/**
 * The same client, but the watch events its watchers deliver are counted: what one simulated
 * machine receives, though several share a connection.
 */
function countingClient(client: EtcdClient, counter: { events: number }): EtcdClient {
  const countBatches = (batches: AsyncIterable<WatchBatch>): AsyncIterable<WatchBatch> => ({
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches) {
        counter.events += batch.events.length;
        yield batch;
      }
    },
  });
  const watch = {
    watch: async (...args: Parameters<EtcdClient['watch']['watch']>) => {
      const watcher = await client.watch.watch(...args);
      return Object.assign(countBatches(watcher), { cancel: () => watcher.cancel() });
    },
  };
  return new Proxy(client, {
    get: (target, property) =>
      property === 'watch' ? watch : (Reflect.get(target, property, target) as unknown),
  });
}

interface SimulatedMachine {
  agent: MachineAgent;
  runner: SimulatedRunner;
  watched: { events: number };
}

async function measure(store: DisposableStore, options: Options): Promise<Result> {
  const dir = ownedTempDir(store, 'clusterd-fleet-scale-');
  const cluster = await LocalCluster.start(
    'clusterd',
    clusterdCommand,
    options.members,
    dir,
    30_000,
    [
      ...['--fleet-listen-url', 'http://127.0.0.1:0', '--metadata', 'role=store'],
      ...['--agent-ttl', `${options.ttl}s`, '--log-level', 'warn'],
    ],
  );
  store.add(cluster);
  const endpoints = cluster.endpoints;
  const keys = new RegistryKeys();

  // Each connection prefers another member, as machines spread over a cluster do.
  const clients = Array.from({ length: options.clients }, (_, i) => {
    const rotated = [
      ...endpoints.slice(i % endpoints.length),
      ...endpoints.slice(0, i % endpoints.length),
    ];
    const client = new EtcdClient({ endpoints: rotated, commandTimeoutMs: 30_000 });
    store.defer(() => client.close());
    return client;
  });
  const observer = new Informer(clients[0]!, keys.prefix, silentLogger);
  store.add(observer);
  await observer.start();

  const machines: SimulatedMachine[] = [];
  const registering = performance.now();
  for (let i = 0; i < options.agents; i += registerBatch) {
    const batch = Array.from({ length: Math.min(registerBatch, options.agents - i) }, (_, j) => {
      const watched = { events: 0 };
      const client = countingClient(clients[(i + j) % clients.length]!, watched);
      const runner = new SimulatedRunner();
      const agent = new MachineAgent({
        client,
        keys,
        catalog: new UnitCatalog(client, keys),
        manager: runner,
        machine: {
          id: randomBytes(16).toString('hex'),
          publicIp: `10.${(i + j) >> 8}.${(i + j) & 255}.1`,
          metadata: { role: 'simulated' },
          version: clusterdVersion,
        },
        agentTtlSeconds: options.ttl,
        fence: { arm: () => undefined, beat: () => undefined }, // no processes to fence
        logger: silentLogger,
      });
      store.add(agent);
      machines.push({ agent, runner, watched });
      return agent.start();
    });
    await Promise.all(batch);
  }
  const simulatedRegistered = (): number =>
    [...observer.entries(keys.machines)].filter(
      ([, e]) => decodeMachine(e.value)?.metadata['role'] === 'simulated',
    ).length;
  await waitFor(
    'every simulated machine registered',
    () => simulatedRegistered() === options.agents,
    options.timeoutMs,
  );
  const registeredSeconds = (performance.now() - registering) / 1000;
  process.stderr.write(
    `${options.agents} machines registered after ${registeredSeconds.toFixed(1)} s\n`,
  );

  // Submit: the template once, one job per instance, desired state launched.
  const unit = UnitFile.parse(
    '[Service]\nExecStart=/bin/sleep 1000000\n\n[X-Fleet]\nMachineMetadata=role=simulated\n',
  );
  const names = Array.from({ length: options.units }, (_, i) => `scale@${i}.service`);
  for (const m of machines) m.watched.events = 0;
  let registryEvents = 0;
  const counting = observer.onChange(() => {
    registryEvents++;
  });
  const placing = new ServerUsageSampler(cluster.pids);
  const simulationCpu = process.cpuUsage();
  const started = performance.now();
  await submitLaunched(clients, keys, unit, names);
  const count = (prefix: string, test: (value: string) => boolean): number => {
    let n = 0;
    for (const [, e] of observer.entries(prefix)) if (test(e.value)) n++;
    return n;
  };
  await waitFor(
    'every unit scheduled',
    () => count(keys.schedules, (v) => decodeSchedule(v) !== undefined) >= options.units,
    options.timeoutMs,
  );
  const scheduledSeconds = (performance.now() - started) / 1000;
  const running = (): number =>
    count(keys.states, (v) => {
      const s = decodeUnitState(v);
      return s?.active === 'active' && s.applied === 'launched';
    });
  await waitFor('every unit running', () => running() === options.units, options.timeoutMs);
  const runningSeconds = (performance.now() - started) / 1000;
  const simulationUsage = process.cpuUsage(simulationCpu);
  const placingUsage = placing.finish();
  await counting.dispose();
  process.stderr.write(`${options.units} units running after ${runningSeconds.toFixed(1)} s\n`);

  const events = machines.map((m) => m.watched.events);
  const owned = machines.map((m) => m.runner.active);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const worstEventsPerUnit = Math.max(
    ...machines.map((_, i) => events[i]! / Math.max(1, owned[i]!)),
  );

  // At rest: A leases kept alive, nothing changing.
  const resting = new ServerUsageSampler(cluster.pids);
  const restSimulation = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, options.restSeconds * 1000));
  const restUsage = resting.finish();
  const restSimulationUsage = process.cpuUsage(restSimulation);
  return {
    registeredSeconds,
    scheduledSeconds,
    runningSeconds,
    placingCpu: {
      members: placingUsage.reduce((sum, u) => sum + u.cpuSeconds, 0),
      simulation: (simulationUsage.user + simulationUsage.system) / 1e6,
    },
    eventsPerAgent: { mean: mean(events), max: Math.max(...events) },
    unitsPerAgent: { mean: mean(owned), max: Math.max(...owned) },
    worstEventsPerUnit,
    registryEvents,
    memberRssMiB: restUsage.map((u) => u.endRssKiB / 1024),
    restCpuPercent: {
      members: restUsage.map((u) => (u.cpuSeconds / options.restSeconds) * 100),
      simulation:
        ((restSimulationUsage.user + restSimulationUsage.system) / 1e6 / options.restSeconds) * 100,
    },
    simulationRssMiB: process.memoryUsage().rss / 2 ** 20,
  };
}

function render(r: Result, options: Options): string {
  const facts = machineFacts();
  const fixed = (n: number, digits = 1): string => n.toFixed(digits);
  const table = markdownTable(
    ['', 'value'],
    [
      [`${options.agents} simulated machines registered`, `${fixed(r.registeredSeconds)} s`],
      [`${options.units} units scheduled by the engine`, `${fixed(r.scheduledSeconds)} s`],
      [
        `${options.units} units running (reported in the store)`,
        `${fixed(r.runningSeconds)} s, ${fixed(options.units / r.runningSeconds, 0)} units/s`,
      ],
      [
        'CPU while placing: members / simulation',
        `${fixed(r.placingCpu.members)} / ${fixed(r.placingCpu.simulation)} s`,
      ],
      ['units per machine (mean / max)', `${fixed(r.unitsPerAgent.mean)} / ${r.unitsPerAgent.max}`],
      [
        'watch events per machine while placing (mean / max)',
        `${fixed(r.eventsPerAgent.mean)} / ${r.eventsPerAgent.max}`,
      ],
      ['watch events per own unit, worst machine', fixed(r.worstEventsPerUnit, 2)],
      [
        'registry changes while placing (each fleet machine saw them all)',
        String(r.registryEvents),
      ],
      ['member RSS after placing', r.memberRssMiB.map((m) => fixed(m)).join(' / ') + ' MiB'],
      [
        `member CPU at rest, ${options.agents} leases kept alive`,
        r.restCpuPercent.members.map((c) => fixed(c)).join(' / ') + ' %',
      ],
      [
        'simulation process: CPU at rest / RSS',
        `${fixed(r.restCpuPercent.simulation)} % / ${fixed(r.simulationRssMiB)} MiB`,
      ],
    ],
    [false, true],
  );
  return [
    `Measured with \`${commandLine()}\` on ${facts.nproc} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB, ${facts.kernel}, Node ${facts.node}; ${options.members} members, --agent-ttl ${options.ttl}s, ${options.clients} client connections shared by the simulated machines.`,
    '',
    table,
  ].join('\n');
}

await runWithCleanup(async (store) => {
  const options = parse();
  const result = await measure(store, options);
  const section = render(result, options);
  process.stdout.write(section + '\n');
  if (options.updateDocs) replaceMarkedSection(DOCS_FILE, 'fleet-scale', section);
});
