// Runs a real etcd (Debian's /usr/bin/etcd 3.4) on free loopback ports in its own temporary
// directory. `kill()` and `start()` restart it on the same ports and data dir (for resumption
// tests); `stop()` kills it and removes the directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from './ports.js';

export const etcdBinary = process.env.ETCD_BIN ?? '/usr/bin/etcd';

export interface EtcdProcess {
  readonly clientPort: number;
  readonly peerPort: number;
  readonly dataDir: string;
  readonly endpoint: string;
  /** Starts (again) on the same ports and data dir; resolves when /health says true. */
  start(): Promise<void>;
  /** SIGKILL, keeping the data dir. */
  kill(): Promise<void>;
  /** Kills the process and removes the directory. */
  stop(): Promise<void>;
  /** The last lines etcd wrote, for failure messages. */
  output(): string;
}

export interface EtcdOptions {
  /** Extra flags, e.g. ['--max-txn-ops', '16']. */
  args?: string[];
  readyTimeoutMs?: number;
}

export async function startEtcd(options: EtcdOptions = {}): Promise<EtcdProcess> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
    const dataDir = await mkdtemp(join(tmpdir(), 'clusterd-etcd-'));
    const etcd = new EtcdInstance(clientPort, peerPort, dataDir, options);
    try {
      await etcd.start();
      return etcd;
    } catch (err) {
      lastError = err;
      await etcd.stop();
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

class EtcdInstance implements EtcdProcess {
  readonly endpoint: string;
  private child: ChildProcess | undefined;
  private log: string[] = [];

  constructor(
    readonly clientPort: number,
    readonly peerPort: number,
    readonly dataDir: string,
    private readonly options: EtcdOptions,
  ) {
    this.endpoint = `127.0.0.1:${clientPort}`;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('etcd already running');
    const clientUrl = `http://127.0.0.1:${this.clientPort}`;
    const peerUrl = `http://127.0.0.1:${this.peerPort}`;
    const args = [
      '--name',
      'default',
      '--data-dir',
      join(this.dataDir, 'data'),
      '--listen-client-urls',
      clientUrl,
      '--advertise-client-urls',
      clientUrl,
      '--listen-peer-urls',
      peerUrl,
      '--initial-advertise-peer-urls',
      peerUrl,
      '--initial-cluster',
      `default=${peerUrl}`,
      '--initial-cluster-state',
      'new',
      '--heartbeat-interval',
      '50',
      '--election-timeout',
      '500',
      '--logger',
      'zap',
      '--log-level',
      'warn',
      ...(this.options.args ?? []),
    ];
    const child = spawn(etcdBinary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    child.stderr.on('data', (chunk: Buffer) => {
      this.log.push(chunk.toString());
      if (this.log.length > 50) this.log.shift();
    });
    const exited = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => {
        if (this.child === child) this.child = undefined;
        reject(new Error(`etcd exited (${code ?? signal}) during start: ${this.output()}`));
      });
    });
    exited.catch(() => undefined);
    await Promise.race([this.waitHealthy(this.options.readyTimeoutMs ?? 15000), exited]);
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  output(): string {
    return this.log.join('').slice(-4000);
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.healthy()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`etcd not healthy after ${timeoutMs} ms: ${this.output()}`);
  }

  private healthy(): Promise<boolean> {
    return new Promise((resolve) => {
      const req = http.get(
        { host: '127.0.0.1', port: this.clientPort, path: '/health', timeout: 1000 },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => {
            resolve(res.statusCode === 200 && body.includes('"true"'));
          });
        },
      );
      req.on('error', () => {
        resolve(false);
      });
      req.on('timeout', () => {
        req.destroy();
        resolve(false);
      });
    });
  }
}
