// A child process this benchmark started and therefore must end: it is only ever signalled by its
// own pid, and `stop` escalates from SIGTERM to SIGKILL so a hung server cannot outlive the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

const STOP_GRACE_MS = 5_000;

export class OwnedProcess {
  readonly pid: number;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  readonly exited: Promise<number | string>;
  private exitedAlready = false;

  constructor(child: ChildProcess) {
    if (child.pid === undefined) throw new Error(`could not start ${child.spawnfile}`);
    this.pid = child.pid;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitedAlready = true;
        resolve(code ?? signal ?? 'unknown');
      });
    });
  }

  /**
   * Starts `command` with stdout and stderr appended to `logFile`. The process gets its own
   * process group, so a Ctrl-C in the terminal reaches only the benchmark, which then stops its
   * children in order instead of having them die mid-measurement.
   */
  static spawn(command: string, args: string[], logFile: string): OwnedProcess {
    const log = openSync(logFile, 'a');
    try {
      const child = spawn(command, args, { stdio: ['ignore', log, log], detached: true });
      child.once('error', () => undefined); // surfaces as a missing pid or an early exit instead
      return new OwnedProcess(child);
    } finally {
      closeSync(log);
    }
  }

  get hasExited(): boolean {
    return this.exitedAlready;
  }

  /** SIGKILL without waiting for exit: the crash that a failover measurement needs. */
  killNow(): void {
    this.signal('SIGKILL');
  }

  /** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
  async stop(): Promise<void> {
    if (this.exitedAlready) return;
    this.signal('SIGTERM');
    const timer = setTimeout(() => {
      this.signal('SIGKILL');
    }, STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.exitedAlready) return;
    try {
      process.kill(this.pid, signal);
    } catch (err) {
      // ESRCH: it died and was reaped before its exit event ran; nothing is left to stop.
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  }
}
