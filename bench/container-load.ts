// container-load: [Container] units started by clusterd, beside the same containers started with
// `docker run`, all on one private Docker engine (test/helpers/docker-sandbox.ts: Debian's dockerd
// in its own network namespace; the test image is pulled once before anything is timed). For each
// machine count M, U containers of that image are started, timed from the first request until
// every container runs, and all removed again before the next measurement:
//   - `docker run -d` U times in a shell loop, one at a time;
//   - the same U `docker run -d` through `xargs -P 16M` (16 per machine at once: the workers of
//     each agent's work queue) and through `xargs -P U` (all at once: what clusterd really asks
//     of dockerd, since a unit's start runs on after its worker returns);
//   - one clusterd store (--no-fleet, so its cost is apart) and M clusterd machines on the engine:
//     U instances of one [Container] template submitted at once (straight into the store, 100 to a
//     transaction), until every machine reports every unit it got active.
// dockerd's events, followed live, say when the first container was created, when the last one
// started and how many were between create and start at once; the sampled CPU time of the
// clusterd processes, the store, dockerd and containerd (and the docker CLIs', from bash's
// `times`) says where the time went. Then the clusterd machine with the most units is SIGKILLed and
// started again on its data directory, and the time from that start until all its units are
// reported active on its new lease is taken; its containers must be the same ones (adopted, not
// created again). --agent-ttl is 30 s, so the killed machine's lease outlives the restart and
// nothing moves. Each measurement is repeated --rounds times, every other round in reverse order,
// and the median round is shown. Every process it started is stopped by pid and every directory
// removed, also on an error or Ctrl-C. It needs root (the sandbox does).
//
//   make build && node --import tsx bench/container-load.ts --units 100 --machines 1,3 --update-docs
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Docker from 'dockerode';
import { decodeUnitState } from '../src/fleet/records.js';
import { UnitFile } from '../src/fleet/unit-file.js';
import { DisposableStore } from '../src/util/lifecycle.js';
import { onLines } from '../src/util/lines.js';
import {
  type DockerSandbox,
  dockerUnavailableReason,
  startDockerSandbox,
} from '../test/helpers/docker-sandbox.js';
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
/** Debian's client, as the sandbox runs it. */
const DOCKER = '/usr/bin/docker';
const IMAGE = 'clusterd-test/busybox:latest';
/** Units a machine's work queue starts at once (MachineAgent's WorkQueue concurrency). */
const AGENT_CONCURRENCY = 16;
/** How long a clusterd may take to stop its units and remove their containers on SIGTERM. */
const GRACEFUL_STOP_MS = 60_000;

const USAGE = `usage: node --import tsx bench/container-load.ts [flags]
  --units N            containers started per measurement (default 100)
  --machines LIST      clusterd machines on the one engine, one measurement each (default 1,3)
  --rounds N           rounds of every measurement, in alternating order; the median is shown
                       with the fastest and slowest (default 3)
  --agent-ttl SECONDS  the machines' --agent-ttl; it must outlast a restart (default 30)
  --timeout SECONDS    give up on a phase after this long (default 300)
  --update-docs        write the section into docs/benchmarks.md (bench:containers)`;

interface Options {
  units: number;
  machines: number[];
  rounds: number;
  ttl: number;
  timeoutMs: number;
  updateDocs: boolean;
}

/** CPU seconds during a start phase; undefined where the process does not take part. */
interface StartCpu {
  /** The docker CLIs (and their shell), or the clusterd machines. */
  starter: number;
  store?: number;
  dockerd: number;
  containerd: number;
}

/** What dockerd's events say about a start phase, in seconds after it began. */
interface EngineTimeline {
  firstCreated: number;
  lastStarted: number;
  /** Mean, over the containers, of the time from a container's create event to its start event. */
  meanCreateToStartMs: number;
  started: number;
  /** The most containers created and not yet started at any one time: dockerd's concurrency. */
  peakCreatedNotStarted: number;
}

interface StartResult {
  machines: number;
  starter: 'docker run, shell loop' | 'docker run, xargs' | 'clusterd';
  inFlight: number;
  seconds: number;
  /** clusterd: when the engine had placed every unit. */
  scheduledSeconds?: number;
  timeline: EngineTimeline;
  cpu: StartCpu;
  /** Over the rounds (filled in once they are summarized): the fastest and slowest. */
  range?: { min: number; max: number; rounds: number };
}

interface AdoptionResult {
  machines: number;
  units: number;
  seconds: number;
  /** Units whose journal on the restarted machine says it adopted their container. */
  adoptedInJournal: number;
  range?: { min: number; max: number; rounds: number };
}

interface Measurement {
  /** `docker run` one at a time, 16 per machine at once, and all U at once. */
  baselines: { loop: StartResult; perMachine: StartResult; allAtOnce: StartResult };
  clusterd: StartResult;
  adoption: AdoptionResult;
}

function parse(): Options {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: '100' },
      machines: { type: 'string', default: '1,3' },
      rounds: { type: 'string', default: '3' },
      'agent-ttl': { type: 'string', default: '30' },
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
    units: positiveInt('units', values.units),
    machines: positiveIntList('machines', values.machines),
    rounds: positiveInt('rounds', values.rounds),
    ttl: positiveInt('agent-ttl', values['agent-ttl']),
    timeoutMs: positiveInt('timeout', values.timeout) * 1000,
    updateDocs: values['update-docs'],
  };
}

async function mustDocker(sandbox: DockerSandbox, args: string[]): Promise<string> {
  const result = await sandbox.docker(args, { timeoutMs: 120_000 });
  if (result.code !== 0)
    throw new Error(`docker ${args.join(' ')} exited with ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** Full IDs of the containers `docker ps` lists with these arguments, sorted. */
async function containerIds(sandbox: DockerSandbox, args: string[]): Promise<string[]> {
  const out = await mustDocker(sandbox, ['ps', '-q', '--no-trunc', ...args]);
  return out
    .split('\n')
    .filter((id) => id !== '')
    .sort();
}

/**
 * `docker rm -f` of every container on the engine, running or not, until none is left: a clusterd
 * stopped with SIGTERM may exit with its own removals still under way in dockerd, which refuses
 * a second removal of those ("already in progress") and finishes them by itself.
 */
async function removeAllContainers(sandbox: DockerSandbox): Promise<void> {
  const deadline = performance.now() + 120_000;
  for (;;) {
    const ids = await containerIds(sandbox, ['-a']);
    if (ids.length === 0) return;
    if (performance.now() > deadline)
      throw new Error(`containers left after docker rm -f: ${ids.join(' ')}`);
    for (let i = 0; i < ids.length; i += 50)
      await sandbox.docker(['rm', '-f', ...ids.slice(i, i + 50)], { timeoutMs: 120_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The sandbox's containerd (the sandbox names only dockerd's pid): found by its config's path. */
function containerdPid(sandbox: DockerSandbox): number | undefined {
  const config = join(sandbox.dir, 'containerd', 'config.toml');
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv[0]?.endsWith('containerd') && argv.includes(config)) return Number(entry);
    } catch {
      // exited meanwhile
    }
  }
  return undefined;
}

/** dockerd's and containerd's pids, the engine's share of a start phase's CPU. */
function enginePids(sandbox: DockerSandbox): [number, number] {
  const dockerd = sandbox.dockerdPid;
  const containerd = containerdPid(sandbox);
  if (dockerd === undefined || containerd === undefined)
    throw new Error('cannot find the sandbox’s dockerd or containerd');
  return [dockerd, containerd];
}

/**
 * dockerd's create and start events, followed live from `sinceMs` on: `docker events --since`
 * after the fact would miss some, since dockerd keeps only its last 256 events (three a container:
 * create, network connect, start).
 */
class EngineEvents {
  private readonly created = new Map<string, number>();
  private readonly started = new Map<string, number>();

  private constructor(private readonly stream: NodeJS.ReadableStream) {
    onLines(stream, (line) => {
      this.take(line);
    });
    stream.on('error', () => undefined); // ended by close(); the counts say whether it was whole
  }

  static async follow(
    store: DisposableStore,
    sandbox: DockerSandbox,
    sinceMs: number,
  ): Promise<EngineEvents> {
    const stream = await new Docker({ socketPath: sandbox.socketPath }).getEvents({
      since: Math.floor(sinceMs / 1000),
      filters: { type: ['container'], event: ['create', 'start'] },
    });
    const events = new EngineEvents(stream);
    store.defer(() => {
      events.close();
    });
    return events;
  }

  private take(line: string): void {
    let event: { Action?: string; id?: string; timeNano?: number };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      return;
    }
    if (event.id === undefined || event.timeNano === undefined) return;
    const ms = event.timeNano / 1e6;
    if (event.Action === 'create') this.created.set(event.id, ms);
    else if (event.Action === 'start') this.started.set(event.id, ms);
  }

  close(): void {
    (this.stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }

  /** The timeline of the containers created from `beganMs` on, once `expected` have started. */
  async timeline(beganMs: number, expected: number): Promise<EngineTimeline> {
    const created = new Map<string, number>();
    const startedOf = (): [string, number][] => [...this.started].filter(([id]) => created.has(id));
    await waitFor(
      `dockerd's start events of ${expected} containers`,
      () => {
        for (const [id, at] of this.created) if (at >= beganMs) created.set(id, at);
        return startedOf().length >= expected;
      },
      10_000,
    );
    this.close();
    const started = startedOf();
    const gaps = started.map(([id, at]) => at - created.get(id)!);
    return {
      firstCreated: (Math.min(...created.values()) - beganMs) / 1000,
      lastStarted: (Math.max(...started.map(([, at]) => at)) - beganMs) / 1000,
      meanCreateToStartMs: gaps.reduce((a, b) => a + b, 0) / gaps.length,
      started: started.length,
      peakCreatedNotStarted: peakOverlap(started.map(([id, at]) => [created.get(id)!, at])),
    };
  }
}

/** The most of the [from, to] intervals that overlap at one time. */
function peakOverlap(intervals: [number, number][]): number {
  const edges = intervals
    .flatMap(([from, to]): [number, number][] => [
      [from, 1],
      [to, -1],
    ])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, step] of edges) peak = Math.max(peak, (now += step));
  return peak;
}

/** The user + system seconds of a shell's children, from the second line of bash's `times`. */
function childrenCpuSeconds(times: string): number {
  const line = times.trim().split('\n').at(-1) ?? '';
  const seconds = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  );
  if (seconds.length !== 2) throw new Error(`cannot read bash's times: '${times}'`);
  return seconds[0]! + seconds[1]!;
}

/**
 * Runs `script` in bash with the sandbox's DOCKER_HOST, in a process group of its own that is
 * killed (by its id) if the benchmark stops first; resolves with its output once it exited 0.
 */
async function shell(
  store: DisposableStore,
  sandbox: DockerSandbox,
  script: string,
): Promise<string> {
  const child = spawn('bash', ['-c', script], {
    env: sandbox.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | string>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  store.defer(() => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL'); // the group it leads: bash, xargs, the docker CLIs
      } catch {
        // gone already
      }
    }
  });
  const code = await exited;
  if (code !== 0)
    throw new Error(`bash -c '${script}' exited with ${code}: ${stderr.slice(-2000)}`);
  return stdout;
}

/** U `docker run -d` from a shell: one at a time, or `inFlight` at once through xargs -P. */
async function dockerRun(
  store: DisposableStore,
  sandbox: DockerSandbox,
  machines: number,
  units: number,
  inFlight: number,
): Promise<StartResult> {
  const run = `${DOCKER} run -d --name base`;
  const script =
    inFlight === 1
      ? `for i in $(seq 0 ${units - 1}); do ${run}$i ${IMAGE} >/dev/null || exit 1; done; times`
      : `seq 0 ${units - 1} | xargs -P ${inFlight} -I{} ${run}{} ${IMAGE} >/dev/null || exit 1; times`;
  const [dockerd, containerd] = enginePids(sandbox);
  const sampler = new ServerUsageSampler([dockerd, containerd]);
  const events = await EngineEvents.follow(store, sandbox, Date.now());
  const beganMs = Date.now();
  const began = performance.now();
  const times = await shell(store, sandbox, script);
  const seconds = (performance.now() - began) / 1000;
  const usage = sampler.finish();
  const timeline = await events.timeline(beganMs, units);
  const running = await containerIds(sandbox, ['--filter', 'name=^base']);
  if (running.length !== units)
    throw new Error(`docker run: ${running.length} of ${units} containers running`);
  await removeAllContainers(sandbox);
  const result: StartResult = {
    machines,
    starter: inFlight === 1 ? 'docker run, shell loop' : 'docker run, xargs',
    inFlight,
    seconds,
    timeline,
    cpu: {
      starter: childrenCpuSeconds(times),
      dockerd: usage[0]!.cpuSeconds,
      containerd: usage[1]!.cpuSeconds,
    },
  };
  process.stderr.write(
    `docker run, ${inFlight} in flight: ${units} containers running after ${seconds.toFixed(1)} s\n`,
  );
  return result;
}

/** Stops clusterd processes with SIGTERM, giving them time to stop their units; SIGKILL after. */
async function stopGracefully(processes: readonly OwnedProcess[]): Promise<void> {
  await Promise.all(
    processes.map(async (p) => {
      if (p.hasExited) return;
      try {
        process.kill(p.pid, 'SIGTERM');
      } catch {
        // exited and reaped meanwhile
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        p.exited,
        new Promise((resolve) => (timer = setTimeout(resolve, GRACEFUL_STOP_MS))),
      ]);
      clearTimeout(timer);
      await p.stop(); // SIGKILL after its grace, if SIGTERM was not enough
    }),
  );
}

async function measureClusterd(
  store: DisposableStore,
  sandbox: DockerSandbox,
  machineCount: number,
  options: Options,
): Promise<{ start: StartResult; adoption: AdoptionResult }> {
  const { units, timeoutMs } = options;
  const dir = ownedTempDir(store, 'clusterd-container-bench-');
  // Disposed in reverse: the machines stop (and remove their containers), then the store, then
  // whatever containers are left go.
  store.defer(() => removeAllContainers(sandbox));
  const { url: storeUrl, process: storeProcess } = await startStore(store, dir);
  const machines: OwnedProcess[] = [];
  store.defer(async () => {
    const stopping = performance.now();
    await stopGracefully(machines);
    const how = await Promise.all(machines.map((m) => m.exited));
    process.stderr.write(
      `clusterd machines stopped (${how.join(', ')}) in ` +
        `${((performance.now() - stopping) / 1000).toFixed(1)} s\n`,
    );
  });
  const startMachineOn = (i: number): OwnedProcess =>
    startMachine(storeUrl, dir, i, options.ttl, ['--docker-host', sandbox.dockerHost]);
  for (let i = 0; i < machineCount; i++) machines.push(startMachineOn(i));

  const registry = await RegistryWatch.start(store, storeUrl);
  const { client, keys, informer } = registry;
  const machineIds = (): string[] => registry.machineIds();
  const running = (): Map<string, string> => registry.running();
  await waitFor(
    `${machineCount} machines registered`,
    () => machineIds().length === machineCount,
    timeoutMs,
  );

  // Start: the template's contents once, one job per instance, desired state launched.
  const unit = UnitFile.parse(
    `[Service]\nRestart=on-failure\n\n[Container]\nImage=${IMAGE}\nContainerName=bench%i\n`,
  );
  const names = Array.from({ length: units }, (_, i) => `bench@${i}.service`);
  const [dockerd, containerd] = enginePids(sandbox);
  const sampler = new ServerUsageSampler([
    ...machines.map((m) => m.pid),
    storeProcess.pid,
    dockerd,
    containerd,
  ]);
  const events = await EngineEvents.follow(store, sandbox, Date.now());
  const beganMs = Date.now();
  const began = performance.now();
  let scheduledSeconds: number | undefined;
  await submitLaunched([client], keys, unit, names);
  await waitFor(
    'every unit running',
    () => {
      if (scheduledSeconds === undefined && [...informer.entries(keys.schedules)].length >= units)
        scheduledSeconds = (performance.now() - began) / 1000;
      return running().size === units;
    },
    timeoutMs,
  );
  const seconds = (performance.now() - began) / 1000;
  const usage = sampler.finish();
  const timeline = await events.timeline(beganMs, units);
  const containers = await containerIds(sandbox, ['--filter', 'label=clusterd.unit']);
  if (containers.length !== units)
    throw new Error(`clusterd: ${containers.length} containers running for ${units} units`);
  const cpuOf = (from: number, to: number): number =>
    usage.slice(from, to).reduce((sum, u) => sum + u.cpuSeconds, 0);
  const start: StartResult = {
    machines: machineCount,
    starter: 'clusterd',
    inFlight: AGENT_CONCURRENCY * machineCount,
    seconds,
    ...(scheduledSeconds !== undefined && { scheduledSeconds }),
    timeline,
    cpu: {
      starter: cpuOf(0, machineCount),
      store: cpuOf(machineCount, machineCount + 1),
      dockerd: cpuOf(machineCount + 1, machineCount + 2),
      containerd: cpuOf(machineCount + 2, machineCount + 3),
    },
  };
  process.stderr.write(
    `clusterd, ${machineCount} machine(s): ${units} containers running after ${seconds.toFixed(1)} s\n`,
  );

  // Adoption: the machine with the most units is SIGKILLed and started again on its data dir.
  const byMachine = new Map<string, string[]>();
  for (const [name, machine] of running())
    byMachine.set(machine, [...(byMachine.get(machine) ?? []), name]);
  const [victimId, victimUnits] = [...byMachine].sort((a, b) => b[1].length - a[1].length)[0]!;
  const victim = await machineIndex(machineCount, dir, victimId);
  const before = await containerIds(sandbox, ['--filter', `label=clusterd.machine=${victimId}`]);
  // Its states hang on its lease; the restarted machine writes them again on a new one.
  const oldLeases = new Set(
    victimUnits.flatMap((n) => informer.get(keys.state(victimId, n))?.lease ?? []),
  );
  machines[victim]!.killNow();
  await machines[victim]!.exited;
  const restartedAt = performance.now();
  machines[victim] = startMachineOn(victim);
  await waitFor(
    'the restarted machine’s units active again',
    () =>
      victimUnits.every((n) => {
        const entry = informer.get(keys.state(victimId, n));
        if (!entry || oldLeases.has(entry.lease)) return false;
        const s = decodeUnitState(entry.value);
        return s?.active === 'active' && s.applied === 'launched';
      }),
    timeoutMs,
  );
  const adoptionSeconds = (performance.now() - restartedAt) / 1000;
  const after = await containerIds(sandbox, ['--filter', `label=clusterd.machine=${victimId}`]);
  const recreated = after.filter((id) => !before.includes(id));
  if (
    before.length !== victimUnits.length ||
    recreated.length > 0 ||
    after.length !== before.length
  )
    throw new Error(
      `after the restart the machine’s containers are not the ones it had: ${before.length} ` +
        `before, ${after.length} after, ${recreated.length} new (units: ${victimUnits.length})`,
    );
  const adoptedInJournal = await countAdopted(join(dir, `m${victim}`), victimUnits);
  process.stderr.write(
    `clusterd, ${machineCount} machine(s): ${victimUnits.length} containers adopted ` +
      `${adoptionSeconds.toFixed(1)} s after the restart\n`,
  );
  return {
    start,
    adoption: {
      machines: machineCount,
      units: victimUnits.length,
      seconds: adoptionSeconds,
      adoptedInJournal,
    },
  };
}

/** The round with the median time (the lower of the middle two), with the range of all. */
function median<T extends { seconds: number }>(rounds: readonly T[]): T {
  const sorted = [...rounds].sort((a, b) => a.seconds - b.seconds);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)]!,
    range: { min: sorted[0]!.seconds, max: sorted.at(-1)!.seconds, rounds: sorted.length },
  };
}

/** Which of the machines has `machineId` (each keeps it in its data directory). */
async function machineIndex(count: number, dir: string, machineId: string): Promise<number> {
  for (let i = 0; i < count; i++) {
    const id = (await readFile(join(dir, `m${i}`, 'machine-id'), 'utf8')).trim();
    if (id === machineId) return i;
  }
  throw new Error(`no machine has ID ${machineId}`);
}

/** How many of the units' journals on the machine say their container was adopted. */
async function countAdopted(dataDir: string, units: readonly string[]): Promise<number> {
  let adopted = 0;
  for (const name of units) {
    const journal = await readFile(join(dataDir, 'fleet', 'journal', `${name}.log`), 'utf8').catch(
      () => '',
    );
    if (journal.includes('Adopted running container')) adopted++;
  }
  return adopted;
}

function render(
  measurements: Measurement[],
  options: Options,
  engine: { version: string; storageDriver: string },
  loadAvgBefore: number,
): string {
  const facts = machineFacts();
  const { units } = options;
  const s = (n: number, digits = 1): string => `${n.toFixed(digits)} s`;
  /** The median round's seconds, and the fastest and slowest round's when there were more. */
  const spread = (r: { seconds: number; range?: { min: number; max: number; rounds: number } }) =>
    r.range && r.range.rounds > 1
      ? `${s(r.seconds)} (${r.range.min.toFixed(1)}–${r.range.max.toFixed(1)})`
      : s(r.seconds);
  const ms = (seconds: number): string => `${((seconds / units) * 1000).toFixed(1)} ms`;
  const percent = (ours: number, theirs: number): string =>
    `${(((ours - theirs) / theirs) * 100).toFixed(0)} %`;
  const startRow = (r: StartResult): string[] => [
    String(r.machines),
    r.starter,
    r.starter === 'clusterd' ? 'all' : String(r.inFlight),
    spread(r),
    ms(r.seconds),
    (units / r.seconds).toFixed(1),
    r.scheduledSeconds === undefined ? '-' : s(r.scheduledSeconds, 2),
    `${s(r.timeline.firstCreated, 2)} / ${s(r.timeline.lastStarted)}`,
    `${r.timeline.meanCreateToStartMs.toFixed(0)} ms / ${r.timeline.peakCreatedNotStarted}`,
    [r.cpu.starter, r.cpu.store, r.cpu.dockerd, r.cpu.containerd]
      .map((c) => (c === undefined ? '-' : c.toFixed(1)))
      .join(' / '),
  ];
  const starts = markdownTable(
    [
      'machines',
      'started by',
      'in flight',
      `all ${units} running after`,
      'per container',
      'containers/s',
      'all scheduled after',
      'first created / last started',
      'create → start: mean / most at once',
      'CPU s: starter / store / dockerd / containerd',
    ],
    measurements.flatMap((m) => {
      const { loop, perMachine, allAtOnce } = m.baselines;
      return [...new Set([loop, perMachine, allAtOnce, m.clusterd])].map(startRow);
    }),
    [true, false, true, true, true, true, true, true, true, true],
  );
  const overheads = markdownTable(
    [
      'machines',
      'clusterd per container',
      '`docker run` all at once',
      'clusterd’s overhead',
      `\`docker run\` ${AGENT_CONCURRENCY} per machine at once`,
      'clusterd’s overhead',
      '`docker run` one at a time',
      'clusterd’s overhead',
      'target < 20 % (against all at once)',
    ],
    measurements.map((m) => {
      const { loop, perMachine, allAtOnce } = m.baselines;
      const overhead = (m.clusterd.seconds - allAtOnce.seconds) / allAtOnce.seconds;
      return [
        String(m.clusterd.machines),
        ms(m.clusterd.seconds),
        ...[allAtOnce, perMachine, loop].flatMap((b) => [
          `${ms(b.seconds)} (${b.inFlight})`,
          percent(m.clusterd.seconds, b.seconds),
        ]),
        overhead < 0.2 ? 'met' : 'not met',
      ];
    }),
    [true, true, true, true, true, true, true, true, false],
  );
  const adoptions = markdownTable(
    [
      'machines',
      'units on the killed machine',
      'restart → all active again',
      'containers unchanged',
      'journals saying “Adopted running container”',
    ],
    measurements.map(({ adoption: a }) => [
      String(a.machines),
      String(a.units),
      spread(a),
      'yes',
      String(a.adoptedInJournal),
    ]),
    [true, true, true, false, true],
  );
  return [
    `Measured with \`${commandLine()}\` on ${facts.nproc} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB, ${facts.kernel}, Node ${facts.node}; dockerd ${engine.version} (${engine.storageDriver}), image \`${IMAGE}\` present; --agent-ttl ${options.ttl}s. Everything (the docker CLIs, clusterd, the store, dockerd, containerd and the containers) shares these CPUs; the 1-minute load average was ${loadAvgBefore.toFixed(1)} before the run (during it, the benchmark's own ${options.units} docker CLIs at once drive it far higher). ${options.rounds > 1 ? `Every row is the round with the median time of ${options.rounds} (the fastest and slowest in parentheses), and its other columns are that round's.` : 'One round each.'}`,
    '',
    starts,
    '',
    overheads,
    '',
    adoptions,
  ].join('\n');
}

await runWithCleanup(async (store) => {
  const options = parse();
  const loadAvgBefore = loadavg()[0]!;
  const unavailable = dockerUnavailableReason();
  if (unavailable !== undefined) throw new Error(unavailable);
  process.stderr.write('starting a Docker sandbox\n');
  const sandbox = await startDockerSandbox({ images: [IMAGE] });
  store.defer(() => sandbox.stop());
  await mustDocker(sandbox, ['pull', IMAGE]);
  // One container first, so no measurement pays for the engine's first start (its bridge, the
  // image's layers read from disk).
  await mustDocker(sandbox, ['run', '-d', '--name', 'warm-up', IMAGE]);
  await removeAllContainers(sandbox);
  const engine = {
    version: (await mustDocker(sandbox, ['version', '--format', '{{.Server.Version}}'])).trim(),
    storageDriver: sandbox.storageDriver,
  };

  const measurements: Measurement[] = [];
  for (const machines of options.machines) {
    const perMachineInFlight = Math.min(AGENT_CONCURRENCY * machines, options.units);
    // The like-for-like baseline is all U at once: an agent's work queue has 16 workers, but a
    // unit's start runs on after its worker returns, so clusterd asks dockerd for every
    // container at once (the "most at once" column shows it). 16 per machine and one at a time
    // are measured too.
    const inFlights = [...new Set([1, perMachineInFlight, options.units])];
    const dockerRuns = new Map<number, StartResult[]>(inFlights.map((n) => [n, []]));
    const clusterdRuns: StartResult[] = [];
    const adoptions: AdoptionResult[] = [];
    for (let round = 0; round < options.rounds; round++) {
      // Every other round in reverse, so a drift in the machine's load hits all alike.
      const steps: (number | 'clusterd')[] = [...inFlights, 'clusterd'];
      if (round % 2 === 1) steps.reverse();
      for (const step of steps) {
        // Each measurement with its own processes, every container removed before the next.
        const run = new DisposableStore();
        store.add(run);
        try {
          if (step === 'clusterd') {
            const { start, adoption } = await measureClusterd(run, sandbox, machines, options);
            clusterdRuns.push(start);
            adoptions.push(adoption);
          } else {
            dockerRuns
              .get(step)!
              .push(await dockerRun(run, sandbox, machines, options.units, step));
          }
        } finally {
          await run.dispose().catch((err: unknown) => {
            // Which cleanup failed, not only that one did.
            for (const e of err instanceof AggregateError ? err.errors : [])
              process.stderr.write(`cleanup: ${e instanceof Error ? e.message : String(e)}\n`);
            throw err;
          });
        }
      }
    }
    const medians = new Map([...dockerRuns].map(([n, runs]) => [n, median(runs)]));
    const docker = (inFlight: number): StartResult => medians.get(inFlight)!;
    measurements.push({
      baselines: {
        loop: docker(1),
        perMachine: docker(perMachineInFlight),
        allAtOnce: docker(options.units),
      },
      clusterd: median(clusterdRuns),
      adoption: median(adoptions),
    });
  }
  const section = render(measurements, options, engine, loadAvgBefore);
  process.stdout.write(section + '\n');
  if (options.updateDocs) replaceMarkedSection(DOCS_FILE, 'containers', section);
});
