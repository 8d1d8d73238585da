// Runs Debian's real etcdctl 3.4 (/usr/bin/etcdctl) as a child process, and normalises its output
// where two servers legitimately differ. Shared by etcdctl.test.ts and differential.test.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { type CliResult, collectRun } from '../helpers/cli.js';

export const etcdctlBinary = process.env.ETCDCTL_BIN ?? '/usr/bin/etcdctl';

export type RunResult = CliResult;

export interface RunOptions {
  stdin?: string;
  timeoutMs?: number;
}

function etcdctlEnv(): NodeJS.ProcessEnv {
  // Only what etcdctl needs: no ETCDCTL_* from the caller's shell may change its behaviour.
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', ETCDCTL_API: '3', HOME: '/tmp' };
}

/** Runs `etcdctl --endpoints <endpoint> ...args` to completion. */
export function etcdctl(
  endpoint: string,
  args: string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return runEtcdctl([`--endpoints=${endpoint}`, ...args], options);
}

/** Runs `etcdctl ...args` to completion. */
export function runEtcdctl(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const child = spawn(etcdctlBinary, args, { env: etcdctlEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  return collectRun(child, `etcdctl ${args.join(' ')}`, {
    stdin: options.stdin ?? '',
    timeoutMs: options.timeoutMs ?? 20_000,
  });
}

/** A long-running etcdctl (watch, lease keep-alive) whose output is read while it runs. */
export class EtcdctlProcess {
  stdout = '';
  stderr = '';
  private readonly child: ChildProcess;
  private readonly closed: Promise<number | null>;

  constructor(endpoint: string, args: string[], stdin?: string) {
    this.child = spawn(etcdctlBinary, [`--endpoints=${endpoint}`, ...args], {
      env: etcdctlEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (c: Buffer) => (this.stdout += c.toString()));
    this.child.stderr!.on('data', (c: Buffer) => (this.stderr += c.toString()));
    this.closed = new Promise((resolve) => this.child.on('close', resolve));
    this.child.stdin!.on('error', () => undefined);
    if (stdin !== undefined) this.child.stdin!.write(stdin);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  write(input: string): void {
    this.child.stdin!.write(input);
  }

  /** Waits until stdout satisfies `check` (or the process ends, or the time runs out). */
  async waitFor(check: (stdout: string) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this.stdout)) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `etcdctl exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.stdout}\n${this.stderr}`,
        );
      }
      if (Date.now() > deadline) {
        throw new Error(`etcdctl output not as expected in time:\n${this.stdout}\n${this.stderr}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits for the process to exit on its own. */
  async exited(timeoutMs = 10_000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`etcdctl did not exit:\n${this.stdout}\n${this.stderr}`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.closed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILLs the process by its pid (if still running) and waits for it to be gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      process.kill(this.pid, 'SIGKILL');
    }
    await this.closed;
  }
}

/**
 * etcdctl logs a failed unary call as a zap JSON line before its own "Error: ..." line. Returns the
 * gRPC code and message of that line, or undefined.
 */
export function grpcErrorOf(stderr: string): { code: string; desc: string } | undefined {
  const m = /"error":"rpc error: code = (\w+) desc = ([^"]*)"/.exec(stderr);
  return m ? { code: m[1]!, desc: m[2]! } : undefined;
}
