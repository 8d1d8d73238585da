// One command of a unit as a child process. It is prepared as systemd's exec prepares it
// (environment files read, user looked up, working directory and program checked, variables
// expanded), then spawned as the leader of a process group of its own, so that the unit's
// processes can be signalled as groups; its stdout and stderr go to the unit's log line by line.
// A failure before the program runs ends the command with systemd's exit status for that step.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { deliverSignal, lookupGroup, lookupUser, type UserEntry } from './processes.js';
import type { ServiceSpec } from './service-spec.js';
import { EnvironmentFileError, readEnvironmentFiles } from './environment-files.js';
import { expandArguments, type CommandLine } from './systemd-syntax.js';

export type ExitStatus =
  | { readonly code: 'exited'; readonly status: number }
  | { readonly code: 'killed'; readonly signal: NodeJS.Signals };

/** How a command ended: its exit status, or why it could not be spawned at all. */
export type Completion = { readonly status: ExitStatus } | { readonly spawnError: string };

/** systemd's exit statuses for a failed step before the program runs (systemd.exec(5)). */
const exitChdir = 200;
const exitExec = 203;
const exitGroup = 216;
const exitUser = 217;

/** systemd's fixed search path for a program given without a directory. */
const searchPath = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const defaultPath = searchPath.join(':');

export interface UnitProcessOptions {
  readonly command: CommandLine;
  readonly spec: ServiceSpec;
  /** Variables the runner sets for this command ($MAINPID, $SERVICE_RESULT, ...). */
  readonly runtimeEnv: Readonly<Record<string, string>>;
  /** A line for the unit's log. */
  readonly log: (line: string) => void;
  /** A sink for the process's output, which logs it line by line. */
  readonly outputSink: (pid: number) => { write(chunk: string): void; end(): void };
  readonly onSpawn: (pid: number) => void;
  readonly onExit: (completion: Completion) => void;
  /** The process and its output pipes are all gone: nothing of it is left to dispose. */
  readonly onClosed: () => void;
}

interface Prepared {
  file: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  uid: number | undefined;
  gid: number | undefined;
}

export class UnitProcess {
  private child: ChildProcess | undefined;
  private phase: 'preparing' | 'running' | 'ended' = 'preparing';
  /** Abandoned: its end is no longer reported (it may run on, as KillMode=none wants). */
  private abandoned = false;
  private pidValue: number | undefined;

  constructor(private readonly options: UnitProcessOptions) {
    void this.launch();
  }

  get pid(): number | undefined {
    return this.pidValue;
  }

  /** Spawned or about to be, and not known to have ended. */
  get running(): boolean {
    return this.phase !== 'ended';
  }

  /**
   * Sends `signal`, followed by SIGCONT so that a stopped process gets it; a command still being
   * prepared ends as if killed by it. False when there was nothing to signal.
   */
  terminate(signal: NodeJS.Signals): boolean {
    if (this.phase === 'preparing') {
      this.phase = 'ended';
      queueMicrotask(() => {
        this.report({ status: { code: 'killed', signal } });
        this.options.onClosed();
      });
      return true;
    }
    if (this.phase !== 'running' || this.pidValue === undefined) return false;
    return deliverSignal(this.pidValue, signal);
  }

  /** Stops reporting its end; one still being prepared is never spawned. */
  abandon(): void {
    this.abandoned = true;
    if (this.phase === 'preparing') {
      this.phase = 'ended';
      this.options.onClosed();
    }
  }

  /** Abandons it and lets go of its pipes; a process still running runs on, unwatched. */
  dispose(): void {
    this.abandon();
    this.child?.stdout?.destroy();
    this.child?.stderr?.destroy();
    this.child?.unref();
  }

  private report(completion: Completion): void {
    if (!this.abandoned) this.options.onExit(completion);
  }

  private async launch(): Promise<void> {
    let prepared: Prepared | Completion;
    try {
      prepared = await this.prepare();
    } catch (err) {
      prepared = { spawnError: (err as Error).message };
    }
    if (this.phase !== 'preparing') return; // killed or abandoned meanwhile
    if (!('file' in prepared)) {
      this.phase = 'ended';
      this.report(prepared);
      this.options.onClosed();
      return;
    }
    this.spawn(prepared);
  }

  private spawn(prepared: Prepared): void {
    const { log, outputSink, onSpawn, onClosed } = this.options;
    const [argv0, ...args] = prepared.args;
    let child: ChildProcess;
    try {
      child = spawn(prepared.file, args, {
        argv0: argv0 ?? prepared.file,
        cwd: prepared.cwd,
        env: prepared.env,
        ...(prepared.uid === undefined ? {} : { uid: prepared.uid }),
        ...(prepared.gid === undefined ? {} : { gid: prepared.gid }),
        // Its own process group: the unit's processes are signalled group by group.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      this.failExec(prepared.file, err);
      return;
    }
    this.child = child;
    this.phase = 'running';
    const pid = child.pid;
    if (pid === undefined) {
      // The spawn failed; Node reports why with an 'error' event.
      child.once('error', (err) => {
        this.failExec(prepared.file, err);
      });
      return;
    }
    this.pidValue = pid;
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      const sink = outputSink(pid);
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        sink.write(chunk);
      });
      stream.on('end', () => {
        sink.end();
      });
      stream.on('error', () => undefined); // destroyed on dispose: nothing more to read
    }
    child.on('error', (err) => {
      log(`clusterd: process ${pid}: ${err.message}`);
    });
    child.once('exit', (code, signal) => {
      this.phase = 'ended';
      this.report({
        status:
          code !== null
            ? { code: 'exited', status: code }
            : { code: 'killed', signal: signal ?? 'SIGKILL' },
      });
    });
    child.once('close', onClosed);
    onSpawn(pid);
  }

  private failExec(file: string, err: unknown): void {
    this.phase = 'ended';
    this.options.log(`clusterd: Failed at step EXEC spawning ${file}: ${(err as Error).message}`);
    this.report({ status: { code: 'exited', status: exitExec } });
    this.options.onClosed();
  }

  private async prepare(): Promise<Prepared | Completion> {
    const { command, spec, runtimeEnv, log } = this.options;

    let fromFiles: Record<string, string>;
    try {
      fromFiles = await readEnvironmentFiles(spec.environmentFiles, (line) => {
        log(`clusterd: ${line}`);
      });
    } catch (err) {
      if (!(err instanceof EnvironmentFileError)) throw err;
      return { spawnError: err.message };
    }

    let user: UserEntry | undefined;
    if (spec.user !== undefined) {
      user = await lookupUser(spec.user);
      if (!user) {
        log(`clusterd: Failed to determine user credentials: no user ${spec.user}`);
        return { status: { code: 'exited', status: exitUser } };
      }
    }
    let gid = user?.gid;
    if (spec.group !== undefined) {
      gid = await lookupGroup(spec.group);
      if (gid === undefined) {
        log(`clusterd: Failed to determine group credentials: no group ${spec.group}`);
        return { status: { code: 'exited', status: exitGroup } };
      }
    }

    // As systemd merges them: its own variables, then Environment=, then the files.
    const env: Record<string, string> = {
      PATH: defaultPath,
      ...(user && { USER: user.name, LOGNAME: user.name, HOME: user.home, SHELL: user.shell }),
      ...runtimeEnv,
      ...Object.fromEntries(spec.environment),
      ...fromFiles,
    };

    let cwd = '/';
    if (spec.workingDirectory) {
      const { path, optional } = spec.workingDirectory;
      const dir = path === '~' ? (user ?? (await lookupUser('0')))?.home : path;
      if (dir !== undefined && (await isDirectory(dir))) cwd = dir;
      else if (!optional) {
        log(`clusterd: Changing to the requested working directory failed: ${dir ?? path}`);
        return { status: { code: 'exited', status: exitChdir } };
      }
    }

    const file = await findProgram(command.path);
    if (file === undefined) {
      log(`clusterd: Failed to locate executable ${command.path}`);
      return { status: { code: 'exited', status: exitExec } };
    }
    return {
      file,
      args: command.noSubstitution ? [...command.args] : expandArguments(command.args, env),
      env,
      cwd,
      uid: command.privileged ? undefined : user?.uid,
      gid: command.privileged ? undefined : gid,
    };
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function findProgram(path: string): Promise<string | undefined> {
  const candidates = path.startsWith('/') ? [path] : searchPath.map((dir) => `${dir}/${path}`);
  for (const candidate of candidates) {
    try {
      await access(candidate, fsConstants.X_OK);
      if (!(await isDirectory(candidate))) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
