// The network's programs (ip, bridge, iptables) run one way: argv without a shell, a time limit
// after which the command is killed, and a failure that carries the program's own words.
import { execFile } from 'node:child_process';

/** A command failed; `stderr` is its own explanation (`RTNETLINK answers: ...`). */
export class SystemCommandError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly stderr: string,
    /** The exit status; undefined when it did not exit by itself (not found, timed out). */
    readonly exitCode: number | undefined,
  ) {
    super(`${argv.join(' ')}: ${stderr.trim() || `exit status ${String(exitCode)}`}`);
    this.name = new.target.name;
  }
}

/**
 * Runs `argv` and resolves with what it printed; rejects with `errorClass` when it fails, is not
 * installed (`missing` says what would provide it) or takes longer than `timeoutMs`.
 */
export function runSystemCommand(
  argv: readonly string[],
  options: {
    timeoutMs: number;
    missing: string;
    errorClass: new (
      argv: readonly string[],
      stderr: string,
      exitCode: number | undefined,
    ) => SystemCommandError;
  },
): Promise<string> {
  const command = argv[0]!;
  return new Promise((resolve, reject) => {
    execFile(
      command,
      argv.slice(1),
      { timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) {
          resolve(stdout);
          return;
        }
        const notInstalled = (err as NodeJS.ErrnoException).code === 'ENOENT';
        const exitCode = typeof err.code === 'number' ? err.code : undefined;
        const why = notInstalled
          ? `${command} (${options.missing}) is not installed`
          : err.killed
            ? `no answer after ${options.timeoutMs} ms`
            : stderr;
        reject(new options.errorClass(argv, why, exitCode));
      },
    );
  });
}
