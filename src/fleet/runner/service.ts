// One service unit's life, as systemd's service.c runs it: the same states (systemctl's SUB
// column), the same transitions on process exits and timeouts, Restart= and the start rate limit.
// A unit's processes are the process groups of its commands (each command leads a group of its
// own) rather than a cgroup; KillMode= signals main process, control process and groups as
// systemd.kill(5) describes. A process that leaves its group (setsid) escapes the unit.
import { constants } from 'node:os';
import type { Logger } from '../../util/log.js';
import type { ContainerEngine, ContainerRun } from './container-engine.js';
import type { UnitAddress } from './unit-network.js';
import {
  deliverSignal,
  groupMembers,
  readProcess,
  signalGroup,
  type ProcessInfo,
} from './processes.js';
import type { ServiceSpec } from './service-spec.js';
import type { CommandLine, ExitStatusSet } from './systemd-syntax.js';
import { UnitProcess, type Completion, type ExitStatus } from './unit-process.js';
import type { UnitLog } from './unit-log.js';

export type ServiceState =
  | 'dead'
  | 'start-pre'
  | 'start'
  | 'start-post'
  | 'running'
  | 'exited'
  | 'stop'
  | 'stop-sigterm'
  | 'stop-sigkill'
  | 'stop-post'
  | 'final-sigterm'
  | 'final-sigkill'
  | 'failed'
  | 'auto-restart';

export type ActiveState =
  'active' | 'reloading' | 'inactive' | 'failed' | 'activating' | 'deactivating';

/** Why the last run ended, as $SERVICE_RESULT and "Failed with result '…'" name it. */
export type ServiceResult =
  'success' | 'resources' | 'timeout' | 'exit-code' | 'signal' | 'watchdog' | 'start-limit-hit';

/** systemd's state_translation_table: SUB state to ACTIVE state. */
const activeStateOf: Record<ServiceState, ActiveState> = {
  dead: 'inactive',
  'start-pre': 'activating',
  start: 'activating',
  'start-post': 'activating',
  running: 'active',
  exited: 'active',
  stop: 'deactivating',
  'stop-sigterm': 'deactivating',
  'stop-sigkill': 'deactivating',
  'stop-post': 'deactivating',
  'final-sigterm': 'deactivating',
  'final-sigkill': 'deactivating',
  failed: 'failed',
  'auto-restart': 'activating',
};

type KillPhase = 'stop-sigterm' | 'stop-sigkill' | 'final-sigterm' | 'final-sigkill';
type ControlKind = 'start-pre' | 'start' | 'start-post' | 'stop' | 'stop-post';

function isKillPhase(state: ServiceState): state is KillPhase {
  return (
    state === 'stop-sigterm' ||
    state === 'stop-sigkill' ||
    state === 'final-sigterm' ||
    state === 'final-sigkill'
  );
}

/** Signals that do not make a daemon's death unclean (systemd's is_clean_exit). */
const cleanDaemonSignals: readonly NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGPIPE'];

/**
 * The main process: our child, or (Type=forking) the daemon the start command left behind, which
 * is not our child and is watched through /proc, or ([Container]) a container of the Docker
 * engine, watched through its events.
 */
type MainProcess =
  | { readonly kind: 'child'; readonly process: UnitProcess }
  | { readonly kind: 'container'; readonly run: ContainerRun }
  | {
      readonly kind: 'forked';
      readonly pid: number;
      readonly startTime: string;
      /** The group it was found in (the start command's, unless it made its own). */
      readonly pgid: number;
    };

/** How often /proc is read while waiting for killed processes to go. */
const killPollMs = 50;
/** How often /proc is read to notice that a forked daemon (not our child) has gone. */
const watchPollMs = 200;

export interface ServiceOptions {
  readonly spec: ServiceSpec;
  /** The unit's hash, which its container is labelled with. */
  readonly unitHash: string;
  /** The machine's Docker engine, for a [Container] unit; undefined when none is configured. */
  readonly containers?: ContainerEngine | undefined;
  /** The machine's variables for every command, as systemd's DefaultEnvironment=. */
  readonly defaultEnvironment?: Readonly<Record<string, string>> | undefined;
  readonly log: UnitLog;
  readonly logger: Logger;
  /** Called after every change of state or failure count. */
  onChange(): void;
  /** A group of the unit began or ended; a container's is `adoptable` after a clusterd restart. */
  onProcessGroup?: ((pgid: number, alive: boolean, adoptable?: boolean) => void) | undefined;
}

export class Service {
  private stateValue: ServiceState = 'dead';
  private result: ServiceResult = 'success';
  /** Bumped on every state change; asynchronous steps started in an older state give up. */
  private epoch = 0;
  private main: MainProcess | undefined;
  /** Type=forking and no single daemon process found: the groups stand for the service. */
  private mainUnknown = false;
  private mainCommand: CommandLine | undefined;
  private mainQueue: CommandLine[] = [];
  /** The main process's exit status, for $EXIT_CODE/$EXIT_STATUS and Restart*ExitStatus=. */
  private mainExit: ExitStatus | undefined;
  /** This run's container, from its start until it is removed (or left running). */
  private container: ContainerRun | undefined;
  /** Removals of ended runs' containers still under way. */
  private readonly removals = new Set<Promise<void>>();
  private control: UnitProcess | undefined;
  private controlCommand: CommandLine | undefined;
  private controlKind: ControlKind | undefined;
  private controlQueue: CommandLine[] = [];
  /** Process groups of this run's commands that may still have members. */
  private readonly groups = new Set<number>();
  /** The unit's address on the machine's subnet, set by the manager before a start. */
  address: UnitAddress | undefined;
  /** Every process whose pipes are still open, running or not. */
  private readonly processes = new Set<UnitProcess>();
  private timer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private startWaiters: (() => void)[] = [];
  private stopWaiters: (() => void)[] = [];
  /** A start requested while stopping: it begins once the unit is down. */
  private pendingStart = false;
  private forbidRestart = false;
  private restarts = 0;
  private failuresValue = 0;
  private rateLimitBegin: number | undefined;
  private rateLimitCount = 0;
  private disposed = false;

  constructor(private readonly options: ServiceOptions) {}

  get spec(): ServiceSpec {
    return this.options.spec;
  }

  get state(): ServiceState {
    return this.stateValue;
  }

  get active(): ActiveState {
    return activeStateOf[this.stateValue];
  }

  get mainPid(): number | undefined {
    if (this.main?.kind === 'forked') return this.main.pid;
    if (this.main?.kind === 'container') return this.main.run.pid;
    return this.main?.process.pid;
  }

  /** The host ports its container published; none for a process. */
  get hostPorts(): readonly number[] {
    return this.main?.kind === 'container' ? this.main.run.hostPorts : [];
  }

  /** Consecutive runs that ended in failure; reset by a stop and by a run ending cleanly. */
  get failures(): number {
    return this.failuresValue;
  }

  /** Starts the service; resolves once the start job is over (active, or down again). */
  start(): Promise<void> {
    return new Promise((resolve) => {
      if (this.disposed) {
        resolve();
        return;
      }
      this.startWaiters.push(resolve);
      switch (this.stateValue) {
        case 'dead':
        case 'failed':
          this.beginRun(false);
          break;
        case 'auto-restart':
          // A start request hurries a scheduled restart along.
          this.beginRun(true);
          break;
        case 'running':
        case 'exited':
          this.resolve('start');
          break;
        case 'start-pre':
        case 'start':
        case 'start-post':
          break;
        case 'stop':
        case 'stop-sigterm':
        case 'stop-sigkill':
        case 'stop-post':
        case 'final-sigterm':
        case 'final-sigkill':
          this.pendingStart = true;
          break;
      }
    });
  }

  /** Stops the service (no restart follows); resolves once it is inactive or failed. */
  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.forbidRestart = true;
      this.pendingStart = false;
      const failuresReset = this.failuresValue !== 0;
      this.failuresValue = 0;
      if (this.disposed) {
        resolve();
        return;
      }
      this.stopWaiters.push(resolve);
      switch (this.stateValue) {
        case 'dead':
        case 'failed':
          // Nothing to stop; a failed unit stays failed, as in systemd.
          if (failuresReset) this.options.onChange();
          this.resolve('stop');
          break;
        case 'auto-restart':
          this.setState('dead');
          break;
        case 'start-pre':
        case 'start':
        case 'start-post':
          this.enterSignal('stop-sigterm', 'success');
          break;
        case 'running':
        case 'exited':
          this.enterStop('success');
          break;
        case 'stop':
        case 'stop-sigterm':
        case 'stop-sigkill':
        case 'stop-post':
        case 'final-sigterm':
        case 'final-sigkill':
          if (failuresReset) this.options.onChange();
          break;
      }
    });
  }

  /**
   * Lets go of everything: timers, pipes, and any process still running (which runs on). The
   * manager stops a service before disposing of it.
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearTimer();
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    for (const process of this.processes) process.dispose();
    this.processes.clear();
    this.container?.release();
    this.container = undefined;
    this.releaseGroups();
    for (const waiter of [...this.startWaiters, ...this.stopWaiters]) waiter();
    this.startWaiters = [];
    this.stopWaiters = [];
  }

  // ---- starting -------------------------------------------------------------------------------

  private beginRun(autoRestart: boolean): void {
    const { spec } = this.options;
    // A start asked for while stopping is answered by this run, whatever began it.
    this.pendingStart = false;
    this.clearTimer();
    if (!this.startLimitAllows()) {
      this.note('Start request repeated too quickly.');
      if (this.result === 'success') this.result = 'start-limit-hit';
      this.note(`Failed with result '${this.result}'.`);
      this.setState('failed');
      return;
    }
    if (autoRestart) {
      this.restarts++;
      this.note(`Scheduled restart job, restart counter is at ${this.restarts}.`);
    } else {
      this.restarts = 0;
    }
    this.result = 'success';
    this.mainExit = undefined;
    this.mainUnknown = false;
    this.forbidRestart = false;
    this.note(`Starting ${spec.description}...`);
    this.enterStartPre();
  }

  /** systemd's start rate limit: at most StartLimitBurst starts per StartLimitIntervalSec. */
  private startLimitAllows(): boolean {
    const { startLimitIntervalMs: interval, startLimitBurst: burst } = this.options.spec;
    if (interval === 0 || burst === 0) return true;
    const now = performance.now();
    if (this.rateLimitBegin === undefined || now - this.rateLimitBegin > interval) {
      this.rateLimitBegin = now;
      this.rateLimitCount = 0;
    }
    if (this.rateLimitCount >= burst) return false;
    this.rateLimitCount++;
    return true;
  }

  private enterStartPre(): void {
    const commands = this.options.spec.execStartPre;
    if (commands.length === 0) {
      this.enterStart();
      return;
    }
    this.setState('start-pre');
    this.runControl('start-pre', commands);
  }

  private enterStart(): void {
    const { spec } = this.options;
    if (spec.container) {
      this.setState('start');
      this.armTimer(spec.timeoutStartMs);
      this.startContainer();
      return;
    }
    const [first, ...rest] = spec.execStart;
    if (!first) {
      // Type=oneshot without ExecStart=: still through "start", as systemd does.
      this.setState('start');
      this.enterStartPost();
      return;
    }
    switch (spec.type) {
      case 'forking':
        this.setState('start');
        this.runControl('start', [first]);
        break;
      case 'simple':
      case 'exec':
      case 'oneshot':
        // systemd forks synchronously; here the environment files and the user are read first,
        // so even a simple service is briefly in "start", until its main PID is known.
        this.setState('start');
        this.mainQueue = rest;
        this.startMain(first);
        // systemd has no start timeout for a simple service's main process.
        if (spec.type !== 'simple') this.armTimer(spec.timeoutStartMs);
        break;
    }
  }

  private startMain(command: CommandLine): void {
    this.mainCommand = command;
    const process = this.launch(command, undefined, {
      onExit: (completion) => {
        if (this.main?.kind === 'child' && this.main.process === process) {
          this.onMainExit(completion);
        }
      },
      onSpawn: () => {
        // Type=simple and Type=exec are started once the program runs.
        if (this.options.spec.type !== 'oneshot' && this.stateValue === 'start') {
          this.enterStartPost();
        }
      },
    });
    this.main = { kind: 'child', process };
  }

  /** [Container]: pulled, created and started (or adopted) through the engine, then running. */
  private startContainer(): void {
    const { spec, containers, unitHash, log, onProcessGroup } = this.options;
    if (!containers) {
      this.note('No Docker engine is configured on this machine (clusterd agent --docker-host).');
      this.enterSignal('stop-sigterm', 'resources');
      return;
    }
    const epoch = this.epoch;
    const starting = containers.start({
      unit: spec.name,
      hash: unitHash,
      spec: spec.container!,
      address: this.address,
      events: {
        note: (line) => {
          this.note(line);
        },
        output: (shortId) => log.lineSink(`${spec.name}[${shortId}]: `),
        onExit: (status) => {
          if (run && this.main?.kind === 'container' && this.main.run === run) {
            onProcessGroup?.(run.pid, false);
            this.onMainExit({ status });
          }
        },
        onUnhealthy: () => {
          if (
            run &&
            this.main?.kind === 'container' &&
            this.main.run === run &&
            this.active === 'active'
          ) {
            this.note('Container health check failed: unhealthy.');
            this.enterSignal('stop-sigterm', 'watchdog');
          }
        },
      },
    });
    let run: ContainerRun | undefined;
    starting.then(
      (started) => {
        run = started;
        if (this.epoch !== epoch || this.disposed) {
          // Stopped or timed out meanwhile: the container is not wanted.
          void started.remove().catch(() => undefined);
          return;
        }
        this.container = started;
        this.main = { kind: 'container', run: started };
        if (started.exitStatus) {
          this.onMainExit({ status: started.exitStatus }); // it ended before it was started here
          return;
        }
        // The container's main process leads its own group: the fence can kill it.
        onProcessGroup?.(started.pid, true, true);
        this.enterStartPost();
      },
      (err: unknown) => {
        if (this.epoch !== epoch || this.disposed) return;
        this.note(`Failed to start the container: ${(err as Error).message}`);
        this.enterSignal('stop-sigterm', 'resources');
      },
    );
  }

  private enterStartPost(): void {
    const commands = this.options.spec.execStartPost;
    if (commands.length === 0) {
      this.enterRunning('success');
      return;
    }
    this.setState('start-post');
    this.runControl('start-post', commands);
  }

  private enterRunning(f: ServiceResult): void {
    this.fold(f);
    this.abandonControl();
    const { spec } = this.options;
    if (this.result !== 'success') {
      this.enterSignal('stop-sigterm', f);
    } else if (this.good()) {
      this.note(`Started ${spec.description}.`);
      this.setState('running');
    } else if (spec.remainAfterExit) {
      this.note(`Started ${spec.description}.`);
      this.setState('exited');
    } else {
      this.enterStop('success');
    }
  }

  /** Whether the service still runs: its main process, or (main unknown) any of its groups. */
  private good(): boolean {
    if (this.main?.kind === 'child') return this.main.process.running;
    if (this.main?.kind === 'forked' || this.main?.kind === 'container') return true;
    return this.mainUnknown && this.groups.size > 0;
  }

  /** Type=forking: the daemon is the one process of the start command's group left running. */
  private findForkedMain(pgid: number | undefined): void {
    const epoch = this.epoch;
    const found =
      pgid === undefined ? Promise.resolve<ProcessInfo[]>([]) : groupMembers(new Set([pgid]));
    found.then(
      (members) => {
        if (this.epoch !== epoch || this.disposed) return;
        const pids = new Set(members.map((m) => m.pid));
        const roots = members.filter((m) => !pids.has(m.ppid));
        const daemon = roots.length === 1 ? roots[0] : undefined;
        if (daemon) {
          this.main = {
            kind: 'forked',
            pid: daemon.pid,
            startTime: daemon.startTime,
            pgid: daemon.pgid,
          };
        } else {
          this.mainUnknown = true;
          this.note(
            'Supervising process group without a main PID: no single daemon process found.',
          );
        }
        this.enterStartPost();
      },
      (err: unknown) => {
        if (this.epoch === epoch && !this.disposed) {
          this.options.logger.warn('runner: reading /proc failed', { err });
          this.enterSignal('stop-sigterm', 'resources');
        }
      },
    );
  }

  // ---- stopping -------------------------------------------------------------------------------

  private enterStop(f: ServiceResult): void {
    this.enterCommands('stop', this.options.spec.execStop, 'stop-sigterm', f);
  }

  /** Runs a stop phase's commands, or goes on to its signals when it has none. */
  private enterCommands(
    state: 'stop' | 'stop-post',
    commands: ServiceSpec['execStop'],
    signals: KillPhase,
    f: ServiceResult,
  ): void {
    this.fold(f);
    this.abandonControl();
    if (commands.length === 0) {
      this.enterSignal(signals, 'success');
      return;
    }
    this.setState(state);
    this.runControl(state, commands);
  }

  private enterSignal(phase: KillPhase, f: ServiceResult): void {
    this.fold(f);
    if (this.sendSignals(phase)) {
      this.setState(phase);
      this.armTimer(this.options.spec.timeoutStopMs);
      this.checkKillDone();
    } else if (phase === 'stop-sigterm') {
      this.enterSignal('stop-sigkill', 'success');
    } else if (phase === 'stop-sigkill') {
      this.enterStopPost('success');
    } else if (phase === 'final-sigterm') {
      this.enterSignal('final-sigkill', 'success');
    } else {
      this.enterDead('success', true);
    }
  }

  /** Signals what KillMode= says for this phase; true if anything was signalled. */
  private sendSignals(phase: KillPhase): boolean {
    const { killMode, killSignal } = this.options.spec;
    if (killMode === 'none') {
      // Nothing is killed, and nothing waited for: what runs is left behind.
      this.abandonMain();
      this.abandonControl();
      return false;
    }
    const signal = phase === 'stop-sigkill' || phase === 'final-sigkill' ? 'SIGKILL' : killSignal;
    let sent = false;
    const viaGroups = this.killsGroups(phase);
    if (viaGroups) {
      for (const pgid of this.groups) {
        if (signalGroup(pgid, signal)) sent = true;
        else this.groupGone(pgid);
      }
    }
    // Each process gets the signal once, as systemd spares main and control in the cgroup kill:
    // directly only when its group was not just signalled.
    const signalled = (pgid: number | undefined): boolean =>
      viaGroups && pgid !== undefined && this.groups.has(pgid);
    const main = this.main;
    if (main?.kind === 'child' && !signalled(main.process.pid))
      sent = main.process.terminate(signal) || sent;
    else if (main?.kind === 'forked' && !signalled(main.pgid))
      sent = deliverSignal(main.pid, signal) || sent;
    else if (main?.kind === 'container') sent = main.run.kill(signal) || sent;
    if (this.control && !signalled(this.control.pid)) sent = this.control.terminate(signal) || sent;
    return sent;
  }

  /** control-group kills every group; mixed only with SIGKILL, after SIGTERM went to main. */
  private killsGroups(phase: KillPhase): boolean {
    const { killMode } = this.options.spec;
    return (
      killMode === 'control-group' ||
      (killMode === 'mixed' && (phase === 'stop-sigkill' || phase === 'final-sigkill'))
    );
  }

  /** In a kill phase: moves on once what was signalled is gone. */
  private checkKillDone(): void {
    const phase = this.stateValue;
    if (!isKillPhase(phase)) return;
    if (this.main || this.control) return;
    if (this.killsGroups(phase)) {
      // A group whose members are all gone is known at once; zombies only through /proc.
      for (const pgid of this.groups) if (!signalGroup(pgid, 0)) this.groupGone(pgid);
      if (this.groups.size > 0) {
        this.updatePolling();
        return;
      }
    }
    if (phase === 'stop-sigterm' || phase === 'stop-sigkill') this.enterStopPost('success');
    else this.enterDead('success', true);
  }

  private enterStopPost(f: ServiceResult): void {
    this.enterCommands('stop-post', this.options.spec.execStopPost, 'final-sigterm', f);
  }

  private enterDead(f: ServiceResult, allowRestart: boolean): void {
    this.fold(f);
    this.abandonMain();
    this.abandonControl();
    this.releaseGroups();
    this.removeContainer();
    this.mainUnknown = false;
    const restart = allowRestart && this.shallRestart();
    if (this.result === 'success') {
      this.failuresValue = 0;
      this.note('Deactivated successfully.');
    } else {
      this.failuresValue++;
      this.note(`Failed with result '${this.result}'.`);
    }
    // The next run may end on its own again: only an explicit stop forbids its restart.
    this.forbidRestart = false;
    if (restart) {
      this.setState('auto-restart');
      this.armTimer(this.options.spec.restartMs);
    } else {
      this.setState(this.result === 'success' ? 'dead' : 'failed');
    }
  }

  /** systemd's service_shall_restart(). */
  private shallRestart(): boolean {
    const { spec } = this.options;
    if (this.forbidRestart) return false;
    const status = this.mainExit;
    if (status && inSet(spec.restartPreventExitStatus, status)) return false;
    if (status && inSet(spec.restartForceExitStatus, status)) {
      return !(spec.type === 'oneshot' && this.result === 'success');
    }
    switch (spec.restart) {
      case 'no':
        return false;
      case 'always':
        return true;
      case 'on-success':
        return this.result === 'success';
      case 'on-failure':
        return this.result !== 'success';
      case 'on-abnormal':
        return this.result !== 'success' && this.result !== 'exit-code';
      case 'on-watchdog':
        return this.result === 'watchdog'; // a [Container] health check that failed
      case 'on-abort':
        return this.result === 'signal';
    }
  }

  // ---- process events -------------------------------------------------------------------------

  private onMainExit(completion: Completion | undefined): void {
    const { spec } = this.options;
    const command = this.mainCommand ?? spec.execStart[0];
    // A forked daemon is not our child: its end is seen, its exit status is not.
    const f =
      completion === undefined
        ? 'success'
        : resultOf(completion, spec.type !== 'oneshot', command, spec.successExitStatus);
    if (completion && 'status' in completion) this.mainExit = completion.status;
    this.main = undefined;
    if (f !== 'success' && completion) this.note(`Main process exited, ${describe(completion)}`);
    this.fold(f);

    if (
      spec.type === 'oneshot' &&
      this.stateValue === 'start' &&
      f === 'success' &&
      this.mainQueue.length > 0
    ) {
      this.startMain(this.mainQueue.shift()!);
      this.armTimer(spec.timeoutStartMs);
      return;
    }
    switch (this.stateValue) {
      case 'start-post':
        if (!this.control) this.enterStop(f);
        break;
      case 'start':
        if (spec.type === 'oneshot') {
          if (f === 'success') this.enterStartPost();
          else this.enterSignal('stop-sigterm', f);
        } else {
          this.enterRunning(f);
        }
        break;
      case 'running':
        this.enterRunning(f);
        break;
      case 'stop-sigterm':
      case 'stop-sigkill':
      case 'final-sigterm':
      case 'final-sigkill':
        this.checkKillDone();
        break;
      case 'stop':
      case 'stop-post':
        // The control process decides what comes next.
        break;
      case 'dead':
      case 'start-pre':
      case 'exited':
      case 'failed':
      case 'auto-restart':
        // No main process in these states.
        break;
    }
  }

  private onControlExit(process: UnitProcess, completion: Completion): void {
    if (this.control !== process) return;
    const { spec } = this.options;
    const kind = this.controlKind;
    const command = this.controlCommand!;
    this.control = undefined;
    const daemon = kind === 'start' && spec.type !== 'oneshot';
    const f = resultOf(completion, daemon, command, spec.successExitStatus);
    if (f !== 'success') this.note(`Control process exited, ${describe(completion)}`);
    this.fold(f);
    // systemd.service(5): processes forked by ExecStartPre= are killed before the next command.
    if (kind === 'start-pre' && process.pid !== undefined) signalGroup(process.pid, 'SIGKILL');

    if (f === 'success' && this.controlQueue.length > 0) {
      this.spawnControl(this.controlQueue.shift()!);
      return;
    }
    switch (this.stateValue) {
      case 'start-pre':
        if (f === 'success') this.enterStart();
        else this.enterSignal('stop-sigterm', f);
        break;
      case 'start':
        if (f === 'success') this.findForkedMain(process.pid);
        else this.enterSignal('stop-sigterm', f);
        break;
      case 'start-post':
        if (f === 'success') this.enterRunning('success');
        else this.enterSignal('stop-sigterm', f);
        break;
      case 'stop':
        this.enterSignal('stop-sigterm', f);
        break;
      case 'stop-post':
        this.enterSignal('final-sigterm', f);
        break;
      case 'stop-sigterm':
      case 'stop-sigkill':
      case 'final-sigterm':
      case 'final-sigkill':
        this.checkKillDone();
        break;
      case 'dead':
      case 'running':
      case 'exited':
      case 'failed':
      case 'auto-restart':
        // No control process in these states.
        break;
    }
  }

  private onTimeout(): void {
    const { logger, spec } = this.options;
    const state = this.stateValue;
    const warn = (message: string): void => {
      this.note(message);
      logger.warn(`runner: ${spec.name}: ${message}`);
    };
    switch (state) {
      case 'start-pre':
      case 'start':
      case 'start-post':
        warn(`${state} operation timed out. Terminating.`);
        this.enterSignal('stop-sigterm', 'timeout');
        break;
      case 'stop':
        warn('Stopping timed out. Terminating.');
        this.enterSignal('stop-sigterm', 'timeout');
        break;
      case 'stop-sigterm':
        warn("State 'stop-sigterm' timed out. Killing.");
        this.enterSignal('stop-sigkill', 'timeout');
        break;
      case 'stop-sigkill':
        warn('Processes still around after SIGKILL. Ignoring.');
        this.abandonMain();
        this.enterStopPost('timeout');
        break;
      case 'stop-post':
        warn("State 'stop-post' timed out. Terminating.");
        this.enterSignal('final-sigterm', 'timeout');
        break;
      case 'final-sigterm':
        warn("State 'final-sigterm' timed out. Killing.");
        this.enterSignal('final-sigkill', 'timeout');
        break;
      case 'final-sigkill':
        warn('Processes still around after final SIGKILL. Entering failed mode.');
        this.enterDead('timeout', true);
        break;
      case 'auto-restart':
        this.beginRun(true);
        break;
      case 'dead':
      case 'running':
      case 'exited':
      case 'failed':
        // No timer runs in these states.
        break;
    }
  }

  // ---- commands -------------------------------------------------------------------------------

  private runControl(kind: ControlKind, commands: readonly CommandLine[]): void {
    this.abandonControl();
    const [first, ...rest] = commands;
    this.controlKind = kind;
    this.controlQueue = rest;
    this.spawnControl(first!);
  }

  private spawnControl(command: CommandLine): void {
    const { spec } = this.options;
    const kind = this.controlKind;
    this.controlCommand = command;
    const process: UnitProcess = this.launch(command, kind, {
      onExit: (completion) => {
        this.onControlExit(process, completion);
      },
    });
    this.control = process;
    this.armTimer(
      kind === 'stop' || kind === 'stop-post' ? spec.timeoutStopMs : spec.timeoutStartMs,
    );
  }

  private launch(
    command: CommandLine,
    kind: ControlKind | undefined,
    events: { onExit(completion: Completion): void; onSpawn?(): void },
  ): UnitProcess {
    const { spec, log, onProcessGroup } = this.options;
    const process: UnitProcess = new UnitProcess({
      command,
      spec,
      runtimeEnv: this.runtimeEnv(kind),
      log: (line) => {
        log.append(line);
      },
      outputSink: (pid) => log.lineSink(`${spec.name}[${pid}]: `),
      onSpawn: (pid) => {
        this.groups.add(pid);
        onProcessGroup?.(pid, true);
        events.onSpawn?.();
      },
      onExit: (completion) => {
        events.onExit(completion);
      },
      onClosed: () => {
        this.processes.delete(process);
      },
    });
    this.processes.add(process);
    return process;
  }

  /** What the runner tells a command: $MAINPID, and to ExecStop*= how the service ended. */
  private runtimeEnv(kind: ControlKind | undefined): Record<string, string> {
    const env: Record<string, string> = { ...this.options.defaultEnvironment };
    if (this.address) env.CLUSTERD_IP = this.address.ip;
    const mainPid = this.mainPid;
    if (kind !== undefined && mainPid !== undefined) env.MAINPID = String(mainPid);
    if (kind === 'stop' || kind === 'stop-post') {
      env.SERVICE_RESULT = this.result;
      const status = this.mainExit;
      if (status) {
        env.EXIT_CODE = status.code;
        env.EXIT_STATUS =
          status.code === 'exited' ? String(status.status) : status.signal.replace(/^SIG/, '');
      }
    }
    return env;
  }

  private abandonMain(): void {
    if (this.main?.kind === 'child') this.main.process.abandon();
    if (this.main?.kind === 'container') {
      // KillMode=none, or a stop that timed out: the container runs on, no longer the unit's.
      this.main.run.release();
      this.container = undefined;
    }
    this.main = undefined;
    this.mainQueue = [];
  }

  /** The run is over: its container goes, as podman run --rm's does. */
  private removeContainer(): void {
    const container = this.container;
    this.container = undefined;
    if (!container) return;
    const removal = container.remove().catch((err: unknown) => {
      this.options.logger.warn('runner: removing a container failed', {
        unit: this.options.spec.name,
        err,
      });
    });
    this.removals.add(removal);
    void removal.finally(() => this.removals.delete(removal));
  }

  /** Resolves once the containers of ended runs are removed (a shutdown waits for them). */
  async removed(): Promise<void> {
    await Promise.all(this.removals);
  }

  private abandonControl(): void {
    this.control?.abandon();
    this.control = undefined;
    this.controlQueue = [];
  }

  private groupGone(pgid: number): void {
    if (this.groups.delete(pgid)) this.options.onProcessGroup?.(pgid, false);
  }

  /** The run is over: groups still populated (KillMode=process, none) are no longer the unit's. */
  private releaseGroups(): void {
    for (const pgid of [...this.groups]) this.groupGone(pgid);
  }

  // ---- state, timers, polling -----------------------------------------------------------------

  private setState(state: ServiceState): void {
    const previous = this.stateValue;
    this.stateValue = state;
    this.epoch++;
    this.clearTimer();
    if (previous !== state) this.options.onChange();
    const active = activeStateOf[state];
    if (active === 'active') {
      this.resolve('start');
    } else if (active === 'inactive' || active === 'failed') {
      this.resolve('stop');
      if (this.pendingStart) {
        this.pendingStart = false;
        this.beginRun(false);
      } else {
        this.resolve('start');
      }
    }
    this.updatePolling();
  }

  private resolve(job: 'start' | 'stop'): void {
    const waiters = job === 'start' ? this.startWaiters : this.stopWaiters;
    if (job === 'start') this.startWaiters = [];
    else this.stopWaiters = [];
    for (const waiter of waiters) waiter();
  }

  private fold(f: ServiceResult): void {
    if (this.result === 'success') this.result = f;
  }

  private armTimer(ms: number): void {
    this.clearTimer();
    if (ms === Infinity) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onTimeout();
    }, ms);
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** /proc is read while killed processes are awaited, a forked daemon is watched, or neither. */
  private updatePolling(): void {
    if (this.disposed || this.pollTimer || this.polling) return;
    const state = this.stateValue;
    const forked = this.main?.kind === 'forked';
    const killing = isKillPhase(state) && (this.groups.size > 0 || forked);
    const watching = forked || (this.mainUnknown && state === 'running');
    if (!killing && !watching) return;
    this.pollTimer = setTimeout(
      () => {
        this.pollTimer = undefined;
        void this.poll();
      },
      killing ? killPollMs : watchPollMs,
    );
  }

  private async poll(): Promise<void> {
    this.polling = true;
    // Which groups still have live members takes a walk through /proc: needed while killing and
    // while the main process is unknown, not to watch a known daemon (one read of its own entry).
    const scanned =
      isKillPhase(this.stateValue) || this.mainUnknown ? new Set(this.groups) : new Set<number>();
    const main = this.main?.kind === 'forked' ? this.main : undefined;
    try {
      const members = await groupMembers(scanned);
      const mainInfo = main && (await readProcess(main.pid));
      if (this.disposed) return;
      const populated = new Set(members.map((m) => m.pgid));
      for (const pgid of scanned) if (!populated.has(pgid)) this.groupGone(pgid);
      if (main && this.main === main && mainInfo?.startTime !== main.startTime) {
        this.onMainExit(undefined);
      } else if (this.mainUnknown && this.stateValue === 'running' && this.groups.size === 0) {
        this.enterRunning('success');
      } else {
        this.checkKillDone();
      }
    } catch (err) {
      this.options.logger.warn('runner: reading /proc failed', { err });
    } finally {
      this.polling = false;
    }
    this.updatePolling();
  }

  /** A line in the unit's log from the runner itself, as systemd's own lines in the journal. */
  private note(message: string): void {
    this.options.log.append(`clusterd: ${this.options.spec.name}: ${message}`);
  }
}

function inSet(set: ExitStatusSet, status: ExitStatus): boolean {
  return status.code === 'exited' ? set.codes.has(status.status) : set.signals.has(status.signal);
}

/**
 * A command's outcome as systemd judges it: clean exits (0, SuccessExitStatus=, and for daemons
 * SIGHUP, SIGINT, SIGTERM, SIGPIPE) and anything from a `-` command are success.
 */
function resultOf(
  completion: Completion,
  daemon: boolean,
  command: CommandLine | undefined,
  success: ExitStatusSet,
): ServiceResult {
  if ('spawnError' in completion) return 'resources';
  const status = completion.status;
  const clean =
    status.code === 'exited'
      ? status.status === 0 || success.codes.has(status.status)
      : (daemon && cleanDaemonSignals.includes(status.signal)) ||
        success.signals.has(status.signal);
  if (clean || command?.ignoreFailure) return 'success';
  return status.code === 'exited' ? 'exit-code' : 'signal';
}

const exitStatusNames: Record<number, string> = {
  0: 'SUCCESS',
  1: 'FAILURE',
  2: 'INVALIDARGUMENT',
  3: 'NOTIMPLEMENTED',
  4: 'NOPERMISSION',
  5: 'NOTINSTALLED',
  6: 'NOTCONFIGURED',
  7: 'NOTRUNNING',
  200: 'CHDIR',
  203: 'EXEC',
  216: 'GROUP',
  217: 'USER',
};

/** As systemd words it: `code=exited, status=1/FAILURE`, `code=killed, status=9/KILL`. */
function describe(completion: Completion): string {
  if ('spawnError' in completion) return completion.spawnError;
  const status = completion.status;
  if (status.code === 'exited') {
    const name = exitStatusNames[status.status];
    return `code=exited, status=${status.status}${name ? `/${name}` : ''}`;
  }
  const number = constants.signals[status.signal];
  return `code=killed, status=${number}/${status.signal.replace(/^SIG/, '')}`;
}
