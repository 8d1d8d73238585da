// Runs a clusterd member as a real child process (`clusterd agent` from the source tree) on free
// loopback ports in its own temporary directory. `kill()` is SIGKILL and keeps the data for
// `start()` to restart on the same ports; `stop()` kills it and removes the directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import { testClient } from './client.js';
import { freePorts } from './ports.js';
import type { Target, TargetOptions } from './target.js';

export interface ClusterdProcess {
  readonly clientPort: number;
  readonly peerPort: number;
  readonly dataDir: string;
  readonly endpoint: string;
  readonly pid: number | undefined;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

export interface ClusterdOptions {
  args?: string[];
  readyTimeoutMs?: number;
  /** Reuse a directory (e.g. to reopen data written by an earlier process). */
  dataDir?: string;
  /** Ports chosen by the caller, when other members must know them before this one starts. */
  ports?: { client: number; peer: number };
  /** Run the scheduler too (the store tests run the store alone: --no-fleet). */
  fleet?: boolean;
  /** Variables added to the process's environment (e.g. a power-loss layer's LD_PRELOAD). */
  env?: Record<string, string>;
}

/**
 * `clusterd agent` flags for a one-member cluster named `default` on the given client and peer URLs,
 * the store alone (--no-fleet) unless `fleet`, then `extra`.
 */
export function memberArgs(
  dataDir: string,
  client: string,
  peer: string,
  extra: string[] = [],
  options: { logLevel?: string; fleet?: boolean } = {},
): string[] {
  return [
    'agent',
    '--data-dir',
    dataDir,
    '--listen-client-urls',
    client,
    '--advertise-client-urls',
    client,
    '--listen-peer-urls',
    peer,
    '--initial-advertise-peer-urls',
    peer,
    '--initial-cluster',
    `default=${peer}`,
    '--log-level',
    options.logLevel ?? 'warn',
    ...(options.fleet === true ? [] : ['--no-fleet']),
    ...extra,
  ];
}

export async function startClusterd(options: ClusterdOptions = {}): Promise<ClusterdProcess> {
  // Ports the helper chose are tried again on new ones if another program took one first.
  const attempts = options.ports ? 1 : 3;
  for (let attempt = 1; ; attempt++) {
    const [clientPort, peerPort] = options.ports
      ? [options.ports.client, options.ports.peer]
      : ((await freePorts(2)) as [number, number]);
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'clusterd-test-')));
    const member = new ClusterdMember(clientPort, peerPort, dataDir, options);
    try {
      await member.start();
      return member;
    } catch (err) {
      if (options.dataDir) await member.kill();
      else await member.stop();
      if (attempt >= attempts || !/EADDRINUSE/.test(member.output())) throw err;
    }
  }
}

class ClusterdMember implements ClusterdProcess {
  private child: ChildProcess | undefined;
  private log: string[] = [];

  constructor(
    readonly clientPort: number,
    readonly peerPort: number,
    readonly dataDir: string,
    private readonly options: ClusterdOptions,
  ) {}

  get endpoint(): string {
    return `127.0.0.1:${this.clientPort}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    ensureBundle();
    const client = `http://127.0.0.1:${this.clientPort}`;
    const peer = `http://127.0.0.1:${this.peerPort}`;
    const child = spawn(
      clusterdCommand[0]!,
      [
        ...clusterdCommand.slice(1),
        ...memberArgs(this.dataDir, client, peer, this.options.args ?? [], {
          fleet: this.options.fleet === true,
        }),
      ],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(this.options.env && { env: { ...process.env, ...this.options.env } }),
      },
    );
    this.child = child;
    const keep = (chunk: Buffer): void => {
      this.log.push(chunk.toString());
      if (this.log.length > 200) this.log = this.log.slice(-100);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    await this.waitReady(child);
  }

  private async waitReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + (this.options.readyTimeoutMs ?? 20000);
    const probe = testClient([this.endpoint], { dialTimeoutMs: 300, commandTimeoutMs: 1000 });
    try {
      for (;;) {
        if (child.exitCode !== null) {
          throw new Error(`clusterd exited with ${child.exitCode}:\n${this.output()}`);
        }
        try {
          await probe.maintenance.status();
          return;
        } catch {
          if (Date.now() > deadline) throw new Error(`clusterd not ready:\n${this.output()}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    } finally {
      await probe.close();
    }
  }

  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  output(): string {
    return this.log.join('').slice(-4000);
  }
}

export async function startClusterdTarget(options: TargetOptions = {}): Promise<Target> {
  const args = options.maxTxnOps !== undefined ? ['--max-txn-ops', String(options.maxTxnOps)] : [];
  const member = await startClusterd({ args });
  return {
    endpoints: [member.endpoint],
    kill: () => member.kill(),
    restart: () => member.start(),
    stop: () => member.stop(),
  };
}
