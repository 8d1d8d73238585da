// fleet-load: the scheduler under load, on loopback. One clusterd store (run with --no-fleet, so
// its cost is apart) and N clusterd machines scheduling on it with --etcd-endpoints. For each N it
// submits U instances of one template at once (straight into the store, 100 per transaction, so
// the submitting is not what is measured), and times until every unit runs (its machine reports
// it active); then lets the machines rest and reads their RSS and CPU; then SIGKILLs the machine
// with the most units and times until all of them run elsewhere. Every process it started is
// stopped by pid and every directory removed, also on an error or Ctrl-C.
//
//   node --import tsx bench/fleet-load.ts --agents 3,10 --units 1000,5000 --update-docs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UnitFile } from '../src/fleet/unit-file.js';
import { DisposableStore } from '../src/util/lifecycle.js';
import { ownedTempDir, runWithCleanup } from './lib/cleanup.js';
import { replaceMarkedSection } from './lib/docs-section.js';
import {
  RegistryWatch,
  startMachine,
  startStore,
  submitLaunched,
  waitFor,
} from './lib/fleet-bench.js';
import { commandLine, positiveInt, positiveIntList } from './lib/flags.js';
import { machineFacts } from './lib/machine.js';
import { OwnedProcess } from './lib/owned-process.js';
import { ServerUsageSampler } from './lib/server-usage.js';
import { markdownTable } from './lib/table.js';

const DOCS_FILE = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

const USAGE = `usage: node --import tsx bench/fleet-load.ts [flags]
  --agents LIST        machines scheduling, one measurement each (default 3,10)
  --units LIST         template instances submitted at once, one measurement each (default 1000)
  --agent-ttl SECONDS  the machines' --agent-ttl (default 5)
  --rest SECONDS       how long the machines rest before RSS and CPU are read (default 10)
  --timeout SECONDS    give up on a phase after this long (default 300)
  --update-docs        write the section into docs/benchmarks.md (bench:fleet)`;

interface Result {
  agents: number;
  units: number;
  placedSeconds: number;
  /** CPU seconds during placement: the machines and the store, and this load generator. */
  placingCpu: { servers: number; generator: number };
  restRssMiB: { mean: number; max: number };
  restCpuPercent: { mean: number; max: number };
  storeRssMiB: number;
  failoverUnits: number;
  failoverSeconds: number;
}

function parse(): {
  agents: number[];
  units: number[];
  ttl: number;
  restSeconds: number;
  timeoutMs: number;
  updateDocs: boolean;
} {
  const { values } = parseArgs({
    options: {
      agents: { type: 'string', default: '3,10' },
      units: { type: 'string', default: '1000' },
      'agent-ttl': { type: 'string', default: '5' },
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
    agents: positiveIntList('agents', values.agents),
    units: positiveIntList('units', values.units),
    ttl: positiveInt('agent-ttl', values['agent-ttl']),
    restSeconds: positiveInt('rest', values.rest),
    timeoutMs: positiveInt('timeout', values.timeout) * 1000,
    updateDocs: values['update-docs'],
  };
}

async function measure(
  store: DisposableStore,
  agents: number,
  units: number,
  options: ReturnType<typeof parse>,
): Promise<Result> {
  const dir = ownedTempDir(store, 'clusterd-fleet-bench-');
  const { url: storeUrl, process: storeProcess } = await startStore(store, dir);
  const machines: OwnedProcess[] = [];
  for (let i = 0; i < agents; i++) {
    const machine = startMachine(storeUrl, dir, i, options.ttl);
    machines.push(machine);
    store.defer(() => machine.stop());
  }

  const registry = await RegistryWatch.start(store, storeUrl);
  const { client, keys } = registry;
  const machineIds = (): string[] => registry.machineIds();
  const running = (): Map<string, string> => registry.running();
  await waitFor(
    `${agents} machines registered`,
    () => machineIds().length === agents,
    options.timeoutMs,
  );

  // Submit: the template's contents once, one job per instance, desired state launched.
  const unit = UnitFile.parse('[Service]\nExecStart=/bin/sleep 1000000\n');
  const names = Array.from({ length: units }, (_, i) => `bench@${i}.service`);
  // Whose CPU the placement took: the servers', or this generator's (it must not be the limit).
  const placing = new ServerUsageSampler([...machines.map((m) => m.pid), storeProcess.pid]);
  const generatorCpu = process.cpuUsage();
  const started = performance.now();
  await submitLaunched([client], keys, unit, names);
  await waitFor('every unit running', () => running().size === units, options.timeoutMs);
  const placedSeconds = (performance.now() - started) / 1000;
  const generatorUsage = process.cpuUsage(generatorCpu);
  const placingCpu = {
    servers: placing.finish().reduce((sum, u) => sum + u.cpuSeconds, 0),
    generator: (generatorUsage.user + generatorUsage.system) / 1e6,
  };
  process.stderr.write(
    `${agents} machines: ${units} units running after ${placedSeconds.toFixed(1)} s\n`,
  );

  // At rest.
  const sampler = new ServerUsageSampler([...machines.map((m) => m.pid), storeProcess.pid]);
  await new Promise((resolve) => setTimeout(resolve, options.restSeconds * 1000));
  const usage = sampler.finish();
  const agentUsage = usage.slice(0, agents);
  const rss = agentUsage.map((u) => u.endRssKiB / 1024);
  const cpu = agentUsage.map((u) => (u.cpuSeconds / options.restSeconds) * 100);

  // Failover: the machine with the most units dies.
  const byMachine = new Map<string, string[]>();
  for (const [name, machine] of running())
    byMachine.set(machine, [...(byMachine.get(machine) ?? []), name]);
  const [victimId, victimUnits] = [...byMachine].sort((a, b) => b[1].length - a[1].length)[0]!;
  const victimIndex = await machineIndex(machines, dir, victimId);
  const killedAt = performance.now();
  machines[victimIndex]!.killNow();
  await waitFor(
    'the killed machine’s units running elsewhere',
    () => {
      const now = running();
      return victimUnits.every((n) => now.has(n) && now.get(n) !== victimId);
    },
    options.timeoutMs,
  );
  const failoverSeconds = (performance.now() - killedAt) / 1000;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    agents,
    units,
    placedSeconds,
    placingCpu,
    restRssMiB: { mean: mean(rss), max: Math.max(...rss) },
    restCpuPercent: { mean: mean(cpu), max: Math.max(...cpu) },
    storeRssMiB: (usage[agents]?.endRssKiB ?? 0) / 1024,
    failoverUnits: victimUnits.length,
    failoverSeconds,
  };
}

/** Which of the machines has `machineId` (each keeps it in its data directory). */
async function machineIndex(
  machines: OwnedProcess[],
  dir: string,
  machineId: string,
): Promise<number> {
  for (let i = 0; i < machines.length; i++) {
    const id = (await readFile(join(dir, `m${i}`, 'machine-id'), 'utf8')).trim();
    if (id === machineId) return i;
  }
  throw new Error(`no machine has ID ${machineId}`);
}

function render(results: Result[], ttl: number): string {
  const facts = machineFacts();
  const fixed = (n: number, digits = 1): string => n.toFixed(digits);
  const table = markdownTable(
    [
      'machines',
      'units',
      'all running after',
      'units/s',
      'CPU while placing: servers / generator',
      'machine RSS at rest (mean / max)',
      'machine CPU at rest (mean / max)',
      'store RSS',
      'SIGKILL: units moved',
      'all running elsewhere after',
    ],
    results.map((r) => [
      String(r.agents),
      String(r.units),
      `${fixed(r.placedSeconds)} s`,
      fixed(r.units / r.placedSeconds, 0),
      `${fixed(r.placingCpu.servers)} / ${fixed(r.placingCpu.generator)} s`,
      `${fixed(r.restRssMiB.mean)} / ${fixed(r.restRssMiB.max)} MiB`,
      `${fixed(r.restCpuPercent.mean)} / ${fixed(r.restCpuPercent.max)} %`,
      `${fixed(r.storeRssMiB)} MiB`,
      String(r.failoverUnits),
      `${fixed(r.failoverSeconds)} s`,
    ]),
    [true, true, true, true, true, true, true, true, true, true],
  );
  return [
    `Measured with \`${commandLine()}\` on ${facts.nproc} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB, ${facts.kernel}, Node ${facts.node}; --agent-ttl ${ttl}s.`,
    '',
    table,
  ].join('\n');
}

await runWithCleanup(async (store) => {
  const options = parse();
  const results: Result[] = [];
  for (const units of options.units) {
    for (const agents of options.agents) {
      // Each measurement with its own processes, stopped before the next starts.
      const run = new DisposableStore();
      store.add(run);
      try {
        results.push(await measure(run, agents, units, options));
      } finally {
        await run.dispose();
      }
    }
  }
  const section = render(results, options.ttl);
  process.stdout.write(section + '\n');
  if (options.updateDocs) replaceMarkedSection(DOCS_FILE, 'fleet', section);
});
