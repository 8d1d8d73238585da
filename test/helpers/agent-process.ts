// `clusterd agent` as a child process with the arguments and environment a test chooses, its
// output kept: it is ready when it logs etcd's "ready to serve client requests", and stop() is
// SIGTERM by pid, resolving with how it exited.
import { type ChildProcess, spawn } from 'node:child_process';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import { sleep } from './client.js';

export class AgentProcess {
  private text = '';
  private exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer): void => {
      this.text += chunk.toString();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        resolve({ code, signal });
      });
    });
  }

  /** Starts `clusterd agent <args>`; `env` replaces the environment's variables it names. */
  static start(args: readonly string[], env: NodeJS.ProcessEnv = {}): AgentProcess {
    ensureBundle();
    const child = spawn(clusterdCommand[0]!, [...clusterdCommand.slice(1), 'agent', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AgentProcess(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything it wrote, stdout and stderr. */
  output(): string {
    return this.text;
  }

  /** The JSON log lines it wrote (other lines left out). */
  records(): Record<string, unknown>[] {
    return this.text.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** Waits until the output matches `pattern`; fails if the process exits first. */
  async waitFor(pattern: RegExp | string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const matches = (): boolean =>
      typeof pattern === 'string' ? this.text.includes(pattern) : pattern.test(this.text);
    while (!matches()) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(
          `clusterd exited (${this.child.exitCode ?? this.child.signalCode}):\n${this.text}`,
        );
      }
      if (Date.now() > deadline)
        throw new Error(`no ${String(pattern)} within ${timeoutMs} ms:\n${this.text}`);
      await sleep(50);
    }
  }

  /** Waits for etcd's line that the member serves clients. */
  ready(timeoutMs?: number): Promise<void> {
    return this.waitFor('ready to serve client requests', timeoutMs);
  }

  /** Resolves with how it exited, on its own or after stop(). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exit;
  }

  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`, for the cleanup). */
  async stop(graceMs = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      try {
        return await this.exit;
      } finally {
        clearTimeout(timer);
      }
    }
    return this.exit;
  }
}
