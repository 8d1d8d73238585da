// A `.service` unit's [Unit] and [Service] options, read as systemd reads them, into the typed spec
// the runner executes. Unlike systemd, which logs and ignores a value it cannot parse, a bad value
// of an option the runner honours is an error here, so that a unit fails to load (fleet shows
// LOAD=error) instead of running with a setting silently dropped. Options the runner does not
// implement are listed in `warnings`.
import { expandSpecifiers, type SpecifierContext } from '../specifiers.js';
import type { UnitOption } from '../unit-option.js';
import { containerSpecOf, type ContainerSpec } from './container-spec.js';
import {
  emptyExitStatusSet,
  joinContinuationLines,
  parseBoolean,
  parseCommandLine,
  parseEnvironment,
  parseExitStatusList,
  parseSignal,
  parseTimeSpan,
  splitWords,
  type CommandLine,
  type ExitStatusSet,
} from './systemd-syntax.js';

export type ServiceType = 'simple' | 'exec' | 'oneshot' | 'forking';
export type RestartPolicy =
  'no' | 'on-success' | 'on-failure' | 'on-abnormal' | 'on-watchdog' | 'on-abort' | 'always';
export type KillMode = 'control-group' | 'mixed' | 'process' | 'none';

/** A path given with systemd's `-` prefix (ignore it if missing) or without. */
export interface OptionalPath {
  readonly path: string;
  readonly optional: boolean;
}

export interface ServiceSpec {
  readonly name: string;
  readonly description: string;
  readonly type: ServiceType;
  readonly remainAfterExit: boolean;
  readonly execStartPre: readonly CommandLine[];
  readonly execStart: readonly CommandLine[];
  readonly execStartPost: readonly CommandLine[];
  readonly execStop: readonly CommandLine[];
  readonly execStopPost: readonly CommandLine[];
  readonly restart: RestartPolicy;
  readonly restartMs: number;
  readonly restartPreventExitStatus: ExitStatusSet;
  readonly restartForceExitStatus: ExitStatusSet;
  readonly successExitStatus: ExitStatusSet;
  /** 0 disables the start rate limit. */
  readonly startLimitIntervalMs: number;
  readonly startLimitBurst: number;
  /** Infinity: no timeout. */
  readonly timeoutStartMs: number;
  readonly timeoutStopMs: number;
  readonly killMode: KillMode;
  readonly killSignal: NodeJS.Signals;
  /** Environment= in order, a later assignment of a name replacing an earlier one. */
  readonly environment: ReadonlyMap<string, string>;
  /** Read in order just before each exec; later files override earlier ones and Environment=. */
  readonly environmentFiles: readonly OptionalPath[];
  readonly user: string | undefined;
  readonly group: string | undefined;
  /** `~` is the user's home directory. Undefined: `/`, as for a system service. */
  readonly workingDirectory: OptionalPath | undefined;
  readonly requires: readonly string[];
  readonly bindsTo: readonly string[];
  readonly wants: readonly string[];
  readonly after: readonly string[];
  readonly before: readonly string[];
  /** [Container]: the main process is this container, run through the Docker engine. */
  readonly container: ContainerSpec | undefined;
  /** Options that were ignored, and why; for the unit's log. */
  readonly warnings: readonly string[];
}

const defaultTimeoutMs = 90_000;
const serviceTypes: readonly ServiceType[] = ['simple', 'exec', 'oneshot', 'forking'];
const restartPolicies: readonly RestartPolicy[] = [
  'no',
  'on-success',
  'on-failure',
  'on-abnormal',
  'on-watchdog',
  'on-abort',
  'always',
];
const killModes: readonly KillMode[] = ['control-group', 'mixed', 'process', 'none'];

/**
 * Reads a unit's options into a spec; throws an Error naming the option on a value the runner
 * cannot honour. `%` specifiers are expanded in every value.
 */
export function serviceSpecOf(
  unitName: string,
  unitOptions: readonly UnitOption[],
  ctx: Omit<SpecifierContext, 'unitName'>,
): ServiceSpec {
  const options = unitOptions.map((o) => ({ ...o, value: joinContinuationLines(o.value) }));
  if (!unitName.endsWith('.service')) {
    throw new Error(`${unitName}: only .service units can be run`);
  }
  const specifiers: SpecifierContext = { ...ctx, unitName };
  const expand = (text: string): string => expandSpecifiers(text, specifiers);
  const warnings: string[] = [];

  let description = unitName;
  let type: ServiceType | undefined;
  let remainAfterExit = false;
  const exec: Record<ExecKey, CommandLine[]> = {
    ExecStartPre: [],
    ExecStart: [],
    ExecStartPost: [],
    ExecStop: [],
    ExecStopPost: [],
  };
  let restart: RestartPolicy = 'no';
  let restartMs = 100;
  let restartPreventExitStatus = emptyExitStatusSet;
  let restartForceExitStatus = emptyExitStatusSet;
  let successExitStatus = emptyExitStatusSet;
  let startLimitIntervalMs = 10_000;
  let startLimitBurst = 5;
  let timeoutStartMs: number | undefined;
  let timeoutStopMs = defaultTimeoutMs;
  let killMode: KillMode = 'control-group';
  let killSignal: NodeJS.Signals = 'SIGTERM';
  const environment = new Map<string, string>();
  let environmentFiles: OptionalPath[] = [];
  let user: string | undefined;
  let group: string | undefined;
  let workingDirectory: OptionalPath | undefined;
  const deps: Record<DependencyKey, string[]> = {
    Requires: [],
    BindsTo: [],
    Wants: [],
    After: [],
    Before: [],
  };

  for (const { section, name, value } of options) {
    try {
      if (section === 'Unit') {
        if (name === 'Description') description = expand(value);
        else if (isDependencyKey(name)) {
          const names = splitWords(value).map(expand);
          deps[name] = names.length === 0 ? [] : [...deps[name], ...names];
        } else if (name === 'StartLimitIntervalSec') {
          startLimitIntervalMs = parseTimeSpan(expand(value));
        } else if (name === 'StartLimitBurst') startLimitBurst = parseCount(expand(value));
        else warnings.push(`[Unit] ${name}= is not supported by the runner; ignored`);
      } else if (section === 'Service') {
        const v = expand(value);
        if (isExecKey(name)) {
          const command = parseCommandLine(value, expand);
          exec[name] = command ? [...exec[name], command] : [];
        } else if (name === 'Type') type = oneOf(v, serviceTypes, 'type');
        else if (name === 'RemainAfterExit') remainAfterExit = parseBoolean(v);
        else if (name === 'Restart') restart = oneOf(v, restartPolicies, 'restart policy');
        else if (name === 'RestartSec') restartMs = parseTimeSpan(v);
        else if (name === 'RestartPreventExitStatus')
          restartPreventExitStatus = parseExitStatusList(v, restartPreventExitStatus);
        else if (name === 'RestartForceExitStatus')
          restartForceExitStatus = parseExitStatusList(v, restartForceExitStatus);
        else if (name === 'SuccessExitStatus')
          successExitStatus = parseExitStatusList(v, successExitStatus);
        // The [Service] spellings are the older home of the start rate limit.
        else if (name === 'StartLimitInterval' || name === 'StartLimitIntervalSec')
          startLimitIntervalMs = parseTimeSpan(v);
        else if (name === 'StartLimitBurst') startLimitBurst = parseCount(v);
        else if (name === 'TimeoutStartSec') timeoutStartMs = parseTimeout(v);
        else if (name === 'TimeoutStopSec') timeoutStopMs = parseTimeout(v);
        else if (name === 'TimeoutSec') {
          timeoutStartMs = parseTimeout(v);
          timeoutStopMs = timeoutStartMs;
        } else if (name === 'KillMode') killMode = oneOf(v, killModes, 'kill mode');
        else if (name === 'KillSignal') killSignal = parseSignal(v);
        else if (name === 'Environment') {
          const parsed = parseEnvironment(value, expand);
          if (parsed.assignments.length === 0 && parsed.invalid.length === 0) environment.clear();
          for (const [k, val] of parsed.assignments) environment.set(k, val);
          for (const bad of parsed.invalid) warnings.push(`Environment=: ignoring ${bad}`);
        } else if (name === 'EnvironmentFile') {
          environmentFiles = v.trim() === '' ? [] : [...environmentFiles, absolutePath(v, false)];
        } else if (name === 'User') user = v.trim() || undefined;
        else if (name === 'Group') group = v.trim() || undefined;
        else if (name === 'WorkingDirectory') {
          workingDirectory = v.trim() === '' ? undefined : absolutePath(v, true);
        } else warnings.push(`[Service] ${name}= is not supported by the runner; ignored`);
      } else if (section !== 'X-Fleet' && section !== 'Install' && section !== 'Container') {
        warnings.push(`[${section}] is not used by the runner; ${name}= ignored`);
      }
    } catch (err) {
      throw new Error(`${unitName}: ${name}=${value}: ${(err as Error).message}`, { cause: err });
    }
  }

  const container = containerSpecOf(options, expand);
  if (container) {
    // Quadlet writes the ExecStart= of such a unit itself; here the runner runs the container.
    if (exec.ExecStart.length > 0)
      throw new Error(`${unitName}: ExecStart= cannot be used with a [Container] section`);
    if (type !== undefined && type !== 'simple' && type !== 'exec')
      throw new Error(`${unitName}: Type=${type} cannot be used with a [Container] section`);
  }
  // systemd: without ExecStart= the default type is oneshot.
  const effectiveType = container
    ? 'simple'
    : (type ?? (exec.ExecStart.length === 0 ? 'oneshot' : 'simple'));
  // A [Container] unit's main process is its container; the rest need their commands.
  if (!container && effectiveType === 'oneshot') {
    if (exec.ExecStart.length === 0 && exec.ExecStop.length === 0) {
      throw new Error(`${unitName}: service has no ExecStart= and no ExecStop=`);
    }
    if (restart === 'always' || restart === 'on-success') {
      throw new Error(`${unitName}: Restart=${restart} is not allowed for Type=oneshot services`);
    }
  } else if (!container && exec.ExecStart.length !== 1) {
    throw new Error(
      exec.ExecStart.length === 0
        ? `${unitName}: service has no ExecStart=`
        : `${unitName}: more than one ExecStart= is only allowed for Type=oneshot services`,
    );
  }

  return {
    name: unitName,
    description,
    type: effectiveType,
    remainAfterExit,
    execStartPre: exec.ExecStartPre,
    execStart: exec.ExecStart,
    execStartPost: exec.ExecStartPost,
    execStop: exec.ExecStop,
    execStopPost: exec.ExecStopPost,
    restart,
    restartMs,
    restartPreventExitStatus,
    restartForceExitStatus,
    successExitStatus,
    startLimitIntervalMs,
    startLimitBurst,
    // A oneshot service has no start timeout unless one is set.
    timeoutStartMs: timeoutStartMs ?? (effectiveType === 'oneshot' ? Infinity : defaultTimeoutMs),
    timeoutStopMs,
    killMode,
    killSignal,
    environment,
    environmentFiles,
    user,
    group,
    workingDirectory,
    requires: deps.Requires,
    bindsTo: deps.BindsTo,
    wants: deps.Wants,
    after: deps.After,
    before: deps.Before,
    container,
    warnings,
  };
}

type ExecKey = 'ExecStartPre' | 'ExecStart' | 'ExecStartPost' | 'ExecStop' | 'ExecStopPost';
type DependencyKey = 'Requires' | 'BindsTo' | 'Wants' | 'After' | 'Before';

function isExecKey(name: string): name is ExecKey {
  return ['ExecStartPre', 'ExecStart', 'ExecStartPost', 'ExecStop', 'ExecStopPost'].includes(name);
}

function isDependencyKey(name: string): name is DependencyKey {
  return ['Requires', 'BindsTo', 'Wants', 'After', 'Before'].includes(name);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const v = value.trim();
  if (!(allowed as readonly string[]).includes(v)) {
    throw new Error(`unsupported ${what} ${JSON.stringify(v)} (supported: ${allowed.join(', ')})`);
  }
  return v as T;
}

/** TimeoutStartSec=, TimeoutStopSec=, TimeoutSec=: `0` has always meant "no timeout". */
function parseTimeout(value: string): number {
  const ms = parseTimeSpan(value);
  return ms === 0 ? Infinity : ms;
}

function parseCount(value: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new Error('not a non-negative integer');
  return Number(value);
}

/** `-/path` or `/path` (and `~` where `homeAllowed`). */
function absolutePath(value: string, homeAllowed: boolean): OptionalPath {
  const v = value.trim();
  const optional = v.startsWith('-');
  const path = optional ? v.slice(1) : v;
  if (!path.startsWith('/') && !(homeAllowed && path === '~')) {
    throw new Error(`not an absolute path${homeAllowed ? ' or ~' : ''}`);
  }
  return { path, optional };
}
