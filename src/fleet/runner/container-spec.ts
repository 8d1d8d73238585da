// A unit's [Container] section, in the manner of Podman's Quadlet: the unit declares its container
// and the runner runs it through the machine's Docker engine, instead of a `docker run` command
// line whose container the runner cannot see. Read into a typed spec here; a key the runner does
// not know, or a value it cannot honour, is an error naming the key (refused at submit).
import type { UnitOption } from '../unit-option.js';
import {
  joinContinuationLines,
  parseEnvironment,
  parseTimeSpan,
  splitWords,
} from './systemd-syntax.js';

export type PullPolicy = 'always' | 'missing' | 'never';

export interface PublishedPort {
  /** Empty: every address. */
  readonly hostIp: string;
  /** Empty: a port the engine picks. */
  readonly hostPort: string;
  readonly containerPort: string;
  readonly protocol: 'tcp' | 'udp';
}

export interface ContainerSpec {
  readonly image: string;
  /** Undefined: `clusterd-<unit name without .service>`, with `@` as `-`. */
  readonly name: string | undefined;
  /** Exec=: the command given to the image's entrypoint; undefined keeps the image's CMD. */
  readonly exec: readonly string[] | undefined;
  readonly publish: readonly PublishedPort[];
  readonly environment: ReadonlyMap<string, string>;
  readonly environmentFiles: readonly { path: string; optional: boolean }[];
  /** Volume=: `[host-path or volume name:]container-path[:options]`, as `docker run -v`. */
  readonly volumes: readonly string[];
  /** Network=: a network mode (`host`, `none`, `bridge`) or the name of a network. */
  readonly network: string | undefined;
  readonly labels: ReadonlyMap<string, string>;
  readonly pull: PullPolicy;
  readonly user: string | undefined;
  readonly workingDir: string | undefined;
  readonly memoryBytes: number | undefined;
  readonly nanoCpus: number | undefined;
  readonly health:
    | {
        readonly command: string;
        readonly intervalMs: number;
        readonly timeoutMs: number;
        readonly retries: number;
        readonly startPeriodMs: number;
      }
    | undefined;
}

const pullPolicies: readonly PullPolicy[] = ['always', 'missing', 'never'];
/** The keys a [Container] section may hold; Pull= is Quadlet's spelling of PullPolicy=. */
export const containerKeys: readonly string[] = [
  'Image',
  'ContainerName',
  'Exec',
  'PublishPort',
  'Environment',
  'EnvironmentFile',
  'Volume',
  'Network',
  'Label',
  'PullPolicy',
  'Pull',
  'User',
  'WorkingDir',
  'Memory',
  'CPUs',
  'HealthCmd',
  'HealthInterval',
  'HealthTimeout',
  'HealthRetries',
  'HealthStartPeriod',
];

/**
 * The [Container] section of `options`, or undefined when there is none. `expand` applies the
 * unit's `%` specifiers. Throws `Container <Key>=<value>: why` on the first bad key or value.
 */
export function containerSpecOf(
  options: readonly UnitOption[],
  expand: (text: string) => string = (text) => text,
): ContainerSpec | undefined {
  const section = options
    .filter((o) => o.section === 'Container')
    .map((o) => ({ ...o, value: joinContinuationLines(o.value) }));
  if (section.length === 0) return undefined;
  let image: string | undefined;
  let name: string | undefined;
  let exec: string[] | undefined;
  let publish: PublishedPort[] = [];
  const environment = new Map<string, string>();
  let environmentFiles: { path: string; optional: boolean }[] = [];
  let volumes: string[] = [];
  let network: string | undefined;
  const labels = new Map<string, string>();
  let pull: PullPolicy = 'missing';
  let user: string | undefined;
  let workingDir: string | undefined;
  let memoryBytes: number | undefined;
  let nanoCpus: number | undefined;
  let healthCommand: string | undefined;
  let healthIntervalMs = 30_000;
  let healthTimeoutMs = 30_000;
  let healthRetries = 3;
  let healthStartPeriodMs = 0;

  for (const { name: key, value } of section) {
    const v = expand(value).trim();
    try {
      switch (key) {
        case 'Image':
          if (v === '') throw new Error('an image is required');
          image = v;
          break;
        case 'ContainerName':
          if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v)) throw new Error('not a container name');
          name = v;
          break;
        case 'Exec':
          exec = v === '' ? undefined : [...(exec ?? []), ...splitWords(v)];
          break;
        case 'PublishPort':
          publish = v === '' ? [] : [...publish, parsePublishPort(v)];
          break;
        case 'Environment': {
          const parsed = parseEnvironment(value, expand);
          if (parsed.invalid.length > 0)
            throw new Error(`invalid assignment ${parsed.invalid[0]!}`);
          for (const [k, val] of parsed.assignments) environment.set(k, val);
          break;
        }
        case 'EnvironmentFile': {
          const optional = v.startsWith('-');
          const path = optional ? v.slice(1) : v;
          if (!path.startsWith('/')) throw new Error('not an absolute path');
          environmentFiles = [...environmentFiles, { path, optional }];
          break;
        }
        case 'Volume':
          if (v !== '' && !/^([^:]+:)?\/[^:]*(:[a-zA-Z,]+)?$/.test(v))
            throw new Error('expected [SOURCE:]/CONTAINER-PATH[:OPTIONS]');
          volumes = v === '' ? [] : [...volumes, v];
          break;
        case 'Network':
          network = v === '' ? undefined : v;
          break;
        case 'Label':
          for (const [k, val] of parseEnvironmentLike(value, expand)) labels.set(k, val);
          break;
        case 'PullPolicy':
        case 'Pull':
          if (!(pullPolicies as readonly string[]).includes(v))
            throw new Error(`expected one of ${pullPolicies.join(', ')}`);
          pull = v as PullPolicy;
          break;
        case 'User':
          user = v === '' ? undefined : v;
          break;
        case 'WorkingDir':
          if (v !== '' && !v.startsWith('/')) throw new Error('not an absolute path');
          workingDir = v === '' ? undefined : v;
          break;
        case 'Memory':
          memoryBytes = v === '' ? undefined : parseBytes(v);
          break;
        case 'CPUs':
          nanoCpus = v === '' ? undefined : parseCpus(v);
          break;
        case 'HealthCmd':
          healthCommand = v === '' || v === 'none' ? undefined : v;
          break;
        case 'HealthInterval':
          healthIntervalMs = positiveSpan(v);
          break;
        case 'HealthTimeout':
          healthTimeoutMs = positiveSpan(v);
          break;
        case 'HealthRetries':
          if (!/^[1-9]\d*$/.test(v)) throw new Error('not a positive integer');
          healthRetries = Number(v);
          break;
        case 'HealthStartPeriod':
          healthStartPeriodMs = parseTimeSpan(v);
          break;
        default:
          throw new Error(`unsupported key (supported: ${containerKeys.join(', ')})`);
      }
    } catch (err) {
      throw new Error(`Container ${key}=${value}: ${(err as Error).message}`, { cause: err });
    }
  }
  if (image === undefined) throw new Error('Container: Image= is required');
  return {
    image,
    name,
    exec,
    publish,
    environment,
    environmentFiles,
    volumes,
    network,
    labels,
    pull,
    user,
    workingDir,
    memoryBytes,
    nanoCpus,
    health:
      healthCommand === undefined
        ? undefined
        : {
            command: healthCommand,
            intervalMs: healthIntervalMs,
            timeoutMs: healthTimeoutMs,
            retries: healthRetries,
            startPeriodMs: healthStartPeriodMs,
          },
  };
}

/** The first [Container] error of a unit, for the check at submit; undefined when it is fine. */
export function containerSectionError(options: readonly UnitOption[]): string | undefined {
  try {
    // Specifiers are expanded on the machine (%H, %m); a placeholder stands for each here.
    containerSpecOf(options, (text) =>
      text.replace(/%[a-zA-Z%]/g, (s) => (s === '%%' ? '%' : 'x')),
    );
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** The container's name: ContainerName=, else one made from the unit's name. */
export function containerNameOf(unitName: string, spec: ContainerSpec): string {
  return spec.name ?? `clusterd-${unitName.replace(/\.service$/, '').replace(/[^\w.-]/g, '-')}`;
}

/** `[[ip:][hostPort]:]containerPort[/protocol]`, as `docker run -p` takes it. */
function parsePublishPort(text: string): PublishedPort {
  const match =
    /^(?:(?:(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?(\d{0,5}):)?(\d{1,5})(?:\/(tcp|udp))?$/.exec(
      text,
    );
  if (!match) throw new Error('expected [[IP:][HOST-PORT]:]CONTAINER-PORT[/PROTOCOL]');
  const [, hostIp = '', hostPort = '', containerPort = '', protocol = 'tcp'] = match;
  for (const port of [hostPort, containerPort]) {
    if (port !== '' && (Number(port) < 1 || Number(port) > 65535))
      throw new Error(`port ${port} out of range`);
  }
  return {
    hostIp: hostIp.replace(/^\[|\]$/g, ''),
    hostPort,
    containerPort,
    protocol: protocol as 'tcp' | 'udp',
  };
}

/** Label=: assignments in Environment='s syntax, where any key is allowed. */
function parseEnvironmentLike(value: string, expand: (text: string) => string): [string, string][] {
  const out: [string, string][] = [];
  for (const word of splitWords(expand(value))) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new Error(`expected KEY=VALUE, got ${JSON.stringify(word)}`);
    out.push([word.slice(0, eq), word.slice(eq + 1)]);
  }
  return out;
}

/** `512m`, `1g`, `1048576`: bytes, with Docker's binary suffixes. */
function parseBytes(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)i?b?$/i.exec(text);
  if (!match) throw new Error('expected a size such as 512m or 1g');
  const power = 'bkmgt'.indexOf((match[2] || 'b').toLowerCase());
  const bytes = Math.floor(Number(match[1]) * 1024 ** power);
  // Docker's own lower bound for --memory.
  if (bytes < 6 * 1024 * 1024) throw new Error('below the 6 MiB that Docker accepts');
  return bytes;
}

/** `0.5`, `2`: CPUs, as Docker's NanoCpus. */
function parseCpus(text: string): number {
  const cpus = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || cpus <= 0) throw new Error('expected a positive number');
  return Math.round(cpus * 1e9);
}

function positiveSpan(text: string): number {
  const ms = parseTimeSpan(text);
  if (ms <= 0) throw new Error('must be longer than 0');
  return ms;
}
