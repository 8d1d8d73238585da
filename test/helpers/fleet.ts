// Machines running the scheduler for the fleet tests, as real processes: either a TestCluster of
// clusterd members with their embedded store, or clusterd agents with no store of their own on
// one external etcd (`--etcd-endpoints`, Debian's etcd). Both are driven through one interface,
// and fleetctl is the real command line (`clusterd fleet ...`).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import { sleep } from './client.js';
import { TestCluster } from './cluster.js';
import { type CliResult, runClusterd } from './cli.js';
import { type EtcdProcess, startEtcd } from './etcd.js';

export interface FleetMachine {
  readonly name: string;
  /** An etcd v3 endpoint fleetctl may use. */
  readonly endpoint: string;
  readonly pid: number | undefined;
  kill(): Promise<void>;
  start(): Promise<void>;
  /** SIGTERM, and waits for the exit. */
  terminate(): Promise<void>;
  pause(): void;
  resume(): void;
  output(): string;
}

export interface FleetCluster {
  readonly machines: FleetMachine[];
  /** An endpoint of a live machine's store (or the external etcd). */
  endpoint(): string;
  /** Whether the machine's embedded store member leads the store (never, on an external etcd). */
  leadsStore(machine: FleetMachine): Promise<boolean>;
  stop(): Promise<void>;
}

export const fleetTestArgs = (agentTtl: string): string[] => [
  '--agent-ttl',
  agentTtl,
  '--engine-reconcile-interval',
  '500ms',
  '--public-ip',
  '127.0.0.1',
  '--fleet-listen-url',
  'http://127.0.0.1:0',
];

/** `size` clusterd members, each with its store and its scheduler. */
export async function startEmbeddedFleet(
  size: number,
  agentTtl: string,
  extraArgs: string[] = [],
): Promise<FleetCluster> {
  // At info level: a failure prints each machine's shutdown steps and decisions.
  const cluster = await TestCluster.start({
    size,
    fleet: true,
    args: [...fleetTestArgs(agentTtl), ...extraArgs],
    logLevel: 'info',
  });
  const machines: FleetMachine[] = cluster.members.map((m) => ({
    name: m.name,
    endpoint: m.endpoint,
    get pid() {
      return m.pid;
    },
    kill: () => m.kill(),
    start: () => m.start(),
    terminate: () => m.terminate(),
    pause: () => {
      m.pause();
    },
    resume: () => {
      m.resume();
    },
    output: () => m.output(60_000),
  }));
  return {
    machines,
    endpoint: () => cluster.members.find((m) => m.running && !m.paused)!.endpoint,
    leadsStore: async (machine) => (await cluster.leader())?.name === machine.name,
    stop: () => cluster.stop(),
  };
}

/** One Debian etcd and `size` clusterd agents using it, with no store of their own. */
export async function startExternalFleet(
  size: number,
  agentTtl: string,
  extraArgs: string[] = [],
): Promise<FleetCluster> {
  const etcd = await startEtcd();
  const machines: ExternalMachine[] = [];
  try {
    for (let i = 0; i < size; i++) {
      const m = new ExternalMachine(
        `m${i + 1}`,
        etcd,
        await mkdtemp(join(tmpdir(), 'clusterd-fleet-')),
        agentTtl,
        extraArgs,
      );
      machines.push(m);
      await m.start();
    }
  } catch (err) {
    for (const m of machines) await m.stop();
    await etcd.stop();
    throw err;
  }
  return {
    machines,
    endpoint: () => etcd.endpoint,
    leadsStore: () => Promise.resolve(false),
    stop: async () => {
      for (const m of machines) await m.stop();
      await etcd.stop();
    },
  };
}

class ExternalMachine implements FleetMachine {
  private child: ChildProcess | undefined;
  private log: string[] = [];

  constructor(
    readonly name: string,
    private readonly etcd: EtcdProcess,
    private readonly dataDir: string,
    private readonly agentTtl: string,
    private readonly extraArgs: string[],
  ) {}

  get endpoint(): string {
    return this.etcd.endpoint;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    ensureBundle();
    const child = spawn(
      clusterdCommand[0]!,
      [
        ...clusterdCommand.slice(1),
        'agent',
        '--name',
        this.name,
        '--data-dir',
        this.dataDir,
        '--etcd-endpoints',
        `http://${this.etcd.endpoint}`,
        '--log-level',
        'warn',
        ...fleetTestArgs(this.agentTtl),
        ...this.extraArgs,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    const keep = (chunk: Buffer): void => {
      this.log.push(chunk.toString());
      if (this.log.length > 400) this.log = this.log.slice(-200);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // Nothing to probe but the process itself: it registers within the test's own waits.
    await sleep(200);
    if (child.exitCode !== null) throw new Error(`${this.name} exited:\n${this.output()}`);
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  terminate(): Promise<void> {
    return this.signal('SIGTERM');
  }

  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    this.resume();
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  output(): string {
    return this.log.join('').slice(-6000);
  }
}

export type FleetctlResult = CliResult;

/** Runs `clusterd fleet <args>` against `endpoint`. */
export function fleetctl(
  endpoint: string,
  args: string[],
  cwd = repoRoot,
): Promise<FleetctlResult> {
  return runClusterd(['fleet', '--endpoint', endpoint, ...args], { cwd });
}
