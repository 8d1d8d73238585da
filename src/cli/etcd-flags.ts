// etcd 3.4's server flags as `clusterd agent` takes them: every one `etcd --help` lists (and the
// few its flag set takes without listing them), with etcd's value syntax (Go's booleans and
// durations) and defaults, and each also from etcd's environment variable (ETCD_NAME, ...), so
// that an etcd unit file or a harness written for etcd starts clusterd unchanged. The flags that
// mean nothing here are accepted too; each one given says so once when the agent starts.
//
// The flags clusterd had before are declared in agent.ts beside the scheduler's, DNS's and the
// network's; the ones below are the rest. Their logic is elsewhere (src/agent.ts and below): this
// file only parses.
import type { Options } from 'yargs';

/**
 * Every flag of etcd 3.4's server: the 80 `etcd --help` lists, then those its flag set also takes
 * without listing them (etcdmain/config.go).
 */
export const etcdServerFlags: ReadonlySet<string> = new Set([
  'name',
  'data-dir',
  'wal-dir',
  'snapshot-count',
  'heartbeat-interval',
  'election-timeout',
  'initial-election-tick-advance',
  'listen-peer-urls',
  'listen-client-urls',
  'max-snapshots',
  'max-wals',
  'quota-backend-bytes',
  'backend-batch-interval',
  'backend-batch-limit',
  'max-txn-ops',
  'max-request-bytes',
  'max-concurrent-streams',
  'grpc-keepalive-min-time',
  'grpc-keepalive-interval',
  'grpc-keepalive-timeout',
  'initial-advertise-peer-urls',
  'initial-cluster',
  'initial-cluster-state',
  'initial-cluster-token',
  'advertise-client-urls',
  'discovery',
  'discovery-fallback',
  'discovery-proxy',
  'discovery-srv',
  'discovery-srv-name',
  'strict-reconfig-check',
  'pre-vote',
  'auto-compaction-retention',
  'auto-compaction-mode',
  'enable-v2',
  'cert-file',
  'key-file',
  'client-cert-auth',
  'client-crl-file',
  'client-cert-allowed-hostname',
  'trusted-ca-file',
  'auto-tls',
  'peer-cert-file',
  'peer-key-file',
  'peer-client-cert-auth',
  'peer-trusted-ca-file',
  'peer-cert-allowed-cn',
  'peer-cert-allowed-hostname',
  'peer-auto-tls',
  'peer-crl-file',
  'cipher-suites',
  'cors',
  'host-whitelist',
  'auth-token',
  'bcrypt-cost',
  'auth-token-ttl',
  'enable-pprof',
  'metrics',
  'listen-metrics-urls',
  'logger',
  'log-outputs',
  'log-level',
  'proxy',
  'proxy-failure-wait',
  'proxy-refresh-interval',
  'proxy-dial-timeout',
  'proxy-write-timeout',
  'proxy-read-timeout',
  'experimental-initial-corrupt-check',
  'experimental-corrupt-check-time',
  'experimental-enable-v2v3',
  'experimental-backend-bbolt-freelist-type',
  'experimental-enable-lease-checkpoint',
  'experimental-compaction-batch-limit',
  'experimental-peer-skip-client-san-verification',
  'experimental-watch-progress-notify-interval',
  'experimental-warning-apply-duration',
  'force-new-cluster',
  'debug',
  'log-package-levels',
  // Taken by etcd 3.4's flag set, not listed by its --help:
  'config-file',
  'enable-grpc-gateway',
  'experimental-enable-lease-checkpoint-persist',
  'unsafe-no-fsync',
  'log-output',
  // etcd 3.5's, which clusterd took earlier:
  'experimental-snapshot-catchup-entries',
]);

/** Why each flag that clusterd accepts for etcd's sake does nothing here. */
export const noEffectFlags: ReadonlyMap<string, string> = new Map([
  ['max-snapshots', 'there are no snapshot files: the Raft log is compacted in place in LevelDB'],
  ['max-wals', 'the Raft journal is one preallocated file, written again from its start'],
  ['backend-batch-interval', 'LevelDB batches are written every 20 ms or 2 MiB (no bbolt)'],
  ['backend-batch-limit', 'LevelDB batches are written every 20 ms or 2 MiB (no bbolt)'],
  ['experimental-backend-bbolt-freelist-type', 'the backend is LevelDB, not bbolt'],
  ['enable-v2', 'clusterd serves the v3 API only'],
  ['experimental-enable-v2v3', 'clusterd serves the v3 API only'],
  ['proxy', 'clusterd has no v2 proxy mode; it always runs a member'],
  ['proxy-failure-wait', 'clusterd has no v2 proxy'],
  ['proxy-refresh-interval', 'clusterd has no v2 proxy'],
  ['proxy-dial-timeout', 'clusterd has no v2 proxy'],
  ['proxy-write-timeout', 'clusterd has no v2 proxy'],
  ['proxy-read-timeout', 'clusterd has no v2 proxy'],
  [
    'experimental-enable-lease-checkpoint',
    'remaining TTLs are not checkpointed: a new leader gives every lease its full TTL again',
  ],
  [
    'experimental-enable-lease-checkpoint-persist',
    'remaining TTLs are not checkpointed: a new leader gives every lease its full TTL again',
  ],
  [
    'enable-grpc-gateway',
    'there is no JSON gateway (/v3/...); the client port serves gRPC, /health, /version and /metrics',
  ],
  ['log-package-levels', 'one level (--log-level) applies to every component'],
]);

/**
 * Flags that mean something for most values but not for the one given: the reason, or undefined
 * when the value has its effect.
 */
export function noEffectValue(flag: string, value: unknown): string | undefined {
  if (flag === 'logger' && value === 'capnslog')
    return 'the log is JSON lines either way, as etcd writes with --logger=zap';
  if (flag === 'discovery-fallback' && value === 'proxy')
    return 'there is no v2 proxy: a member that finds the discovery cluster full exits';
  return undefined;
}

/** The environment variable etcd reads a flag from (flags.FlagToEnv): ETCD_DATA_DIR. */
export function etcdEnvName(flag: string): string {
  return 'ETCD_' + flag.toUpperCase().replace(/-/g, '_');
}

/** clusterd's own variable for any agent flag: CLUSTERD_DATA_DIR. */
export function clusterdEnvName(flag: string): string {
  return 'CLUSTERD_' + flag.toUpperCase().replace(/-/g, '_');
}

/**
 * An agent flag's value from the environment: CLUSTERD_<FLAG>, else for etcd's flags etcd's
 * ETCD_<FLAG> (which etcd ignores when empty).
 */
export function flagFromEnvironment(
  flag: string,
  environ: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const own = environ[clusterdEnvName(flag)];
  if (own !== undefined) return own;
  if (!etcdServerFlags.has(flag)) return undefined;
  const etcd = environ[etcdEnvName(flag)];
  return etcd === '' ? undefined : etcd;
}

/**
 * etcd's checks of its environment (pkg/flags verifyEnv): an ETCD_ variable whose flag is also on
 * the command line is an error (etcd exits), one that names no flag is warned about, the others
 * are said to be used.
 */
export function checkEtcdEnvironment(
  commandLine: readonly string[],
  environ: NodeJS.ProcessEnv = process.env,
): { used: string[]; warnings: string[]; conflict?: string } {
  const given = flagsOnCommandLine(commandLine);
  const used: string[] = [];
  const warnings: string[] = [];
  let conflict: string | undefined;
  for (const [name, value] of Object.entries(environ)) {
    if (!name.startsWith('ETCD_') || value === undefined) continue;
    const flag = name.slice('ETCD_'.length).toLowerCase().replace(/_/g, '-');
    if (!etcdServerFlags.has(flag)) {
      warnings.push(`unrecognized environment variable ${name}=${value}`);
    } else if (given.has(flag) && value !== '') {
      conflict ??= `conflicting environment variable "${name}" is shadowed by corresponding command-line flag (either unset environment variable or disable flag)`;
    } else if (value !== '' && environ[clusterdEnvName(flag)] === undefined) {
      used.push(`recognized and used environment variable ${name}=${value}`);
    }
  }
  return { used, warnings, ...(conflict !== undefined && { conflict }) };
}

/**
 * The flags named on a command line (`--flag`, `--flag=value`, `--no-flag`, Go's `-flag`), up
 * to a `--`.
 */
export function flagsOnCommandLine(args: readonly string[]): Set<string> {
  const flags = new Set<string>();
  for (const arg of args) {
    if (arg === '--') break;
    const m = /^--?([a-z0-9][a-z0-9-]*)(=|$)/.exec(arg);
    if (!m) continue;
    flags.add(m[1]!);
    if (m[1]!.startsWith('no-')) flags.add(m[1]!.slice(3));
  }
  return flags;
}

/** A flag's value as the text it was given as (yargs hands over strings, numbers or booleans). */
function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** etcd's boolean flags, whose values normalizeGoFlags() spells as yargs expects. */
export const etcdBooleanFlags: ReadonlySet<string> = new Set([
  'initial-election-tick-advance',
  'strict-reconfig-check',
  'pre-vote',
  'enable-v2',
  'client-cert-auth',
  'auto-tls',
  'peer-client-cert-auth',
  'peer-auto-tls',
  'enable-pprof',
  'experimental-initial-corrupt-check',
  'experimental-enable-lease-checkpoint',
  'experimental-enable-lease-checkpoint-persist',
  'experimental-peer-skip-client-san-verification',
  'force-new-cluster',
  'debug',
  'enable-grpc-gateway',
  'unsafe-no-fsync',
]);

/**
 * The agent's command line with Go's flag syntax, as etcd takes it, rewritten into what yargs
 * takes: `-name` (one dash) is `--name` for etcd's flags, and a boolean's `=1`, `=t`, `=TRUE`...
 * are `=true` (yargs would read them as false). An invalid boolean value throws.
 */
export function normalizeGoFlags(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const m = /^--?([a-z0-9][a-z0-9-]*)(=(.*))?$/s.exec(arg);
    if (!m || !etcdServerFlags.has(m[1]!)) {
      out.push(arg);
      continue;
    }
    const [, flag, assignment, value] = m as unknown as [string, string, string?, string?];
    if (assignment !== undefined && etcdBooleanFlags.has(flag)) {
      if (value === '') throw new Error(`invalid boolean value "" for --${flag}`);
      out.push(`--${flag}=${String(parseGoBool(flag, value))}`);
    } else {
      out.push(`--${flag}${assignment ?? ''}`);
    }
  }
  return out;
}

/** Go's strconv.ParseBool of a text: undefined when it is none of Go's spellings. */
export function goBoolText(text: string): boolean | undefined {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(text)) return false;
  return undefined;
}

/** Go's strconv.ParseBool, as etcd's boolean flags take it; a bare `--flag` is true. */
export function parseGoBool(flag: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === '' || value === undefined) return true;
  const text = valueText(value);
  const parsed = goBoolText(text);
  if (parsed === undefined) throw new Error(`invalid boolean value "${text}" for --${flag}`);
  return parsed;
}

const goDurationUnitsMs: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration ("5s", "1h30m", "100ms", "0"), in milliseconds. */
export function parseGoDuration(flag: string, value: unknown): number {
  if (typeof value === 'number') return value;
  const text = valueText(value).trim();
  const bad = new Error(`invalid duration "${text}" for --${flag} (want e.g. 5s, 100ms, 2h)`);
  const m = /^([-+]?)(.*)$/.exec(text)!;
  let rest = m[2]!;
  if (rest === '0') return 0;
  if (rest === '') throw bad;
  let total = 0;
  while (rest.length > 0) {
    const part = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!part) throw bad;
    total += Number(part[1]) * goDurationUnitsMs[part[2]!]!;
    rest = rest.slice(part[0].length);
  }
  return m[1] === '-' ? -total : total;
}

/** A Go unsigned integer flag (strconv.ParseUint with base 0: 10, 0x10, 0o10, 0b10). */
export function parseGoUint(flag: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number {
  const text = valueText(value).trim();
  const n = /^(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|\d+)$/.test(text)
    ? Number(/^0[0-7]+$/.test(text) ? '0o' + text.slice(1) : text)
    : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || n > max)
    throw new Error(`invalid value "${text}" for --${flag}: want an integer from 0 to ${max}`);
  return n;
}

type EnvLookup = (flag: string) => string | undefined;

/**
 * A boolean flag (agent.ts declares some itself). Go's other spellings on the command line
 * (`--flag=1`, `--flag=t`, `--flag=False`) are made yargs' by normalizeGoFlags() before parsing;
 * the environment's are read here.
 */
export function goBoolOption(env: EnvLookup, flag: string, fallback: boolean, describe: string) {
  const fromEnv = env(flag);
  return {
    type: 'boolean',
    default: fromEnv === undefined ? fallback : parseGoBool(flag, fromEnv),
    describe,
  } as const satisfies Options;
}

/** A duration flag with Go's syntax, in milliseconds. */
function goDurationOption(env: EnvLookup, flag: string, fallback: string, describe: string) {
  return {
    type: 'string',
    default: env(flag) ?? fallback,
    describe: `${describe} (a duration: 5s, 100ms, 2h)`,
    coerce: (value: unknown): number => parseGoDuration(flag, value),
  } as const satisfies Options;
}

/** An unsigned integer flag. */
function goUintOption(
  env: EnvLookup,
  flag: string,
  fallback: number,
  describe: string,
  max = Number.MAX_SAFE_INTEGER,
) {
  return {
    type: 'string',
    default: env(flag) ?? String(fallback),
    describe,
    coerce: (value: unknown): number => parseGoUint(flag, value, max),
  } as const satisfies Options;
}

function stringOption(env: EnvLookup, flag: string, fallback: string, describe: string) {
  return { type: 'string', default: env(flag) ?? fallback, describe } as const satisfies Options;
}

const noEffect = (flag: string): string => `no effect in clusterd: ${noEffectFlags.get(flag)!}`;

/**
 * The etcd flags agent.ts does not declare itself, as yargs options: those with an effect, then
 * those without.
 */
export function etcdServerOptions(env: EnvLookup) {
  return {
    // Member.
    'initial-election-tick-advance': goBoolOption(
      env,
      'initial-election-tick-advance',
      true,
      'fast-forward the election ticks at start once the peers are connected, for a faster first election',
    ),
    'max-concurrent-streams': goUintOption(
      env,
      'max-concurrent-streams',
      2 ** 32 - 1,
      'most concurrent HTTP/2 streams each client connection may open (SETTINGS_MAX_CONCURRENT_STREAMS)',
      2 ** 32 - 1,
    ),
    'grpc-keepalive-min-time': goDurationOption(
      env,
      'grpc-keepalive-min-time',
      '5s',
      'a client pinging more often than this is sent GOAWAY ENHANCE_YOUR_CALM (too_many_pings)',
    ),
    'grpc-keepalive-interval': goDurationOption(
      env,
      'grpc-keepalive-interval',
      '2h',
      'how often the server pings an idle client connection to see it is alive (0 disables)',
    ),
    'grpc-keepalive-timeout': goDurationOption(
      env,
      'grpc-keepalive-timeout',
      '20s',
      'how long the server waits for the answer to its ping before closing the connection (0 disables)',
    ),
    'experimental-compaction-batch-limit': goUintOption(
      env,
      'experimental-compaction-batch-limit',
      1000,
      'most revisions deleted from the backend in one batch of a compaction',
    ),
    'unsafe-no-fsync': goBoolOption(
      env,
      'unsafe-no-fsync',
      false,
      'never wait for fsync: a power loss can lose acknowledged writes (unsafe)',
    ),
    // Clustering.
    'discovery-proxy': stringOption(
      env,
      'discovery-proxy',
      '',
      'HTTP proxy to use for traffic to the --discovery service',
    ),
    'discovery-srv': stringOption(
      env,
      'discovery-srv',
      '',
      'DNS domain whose SRV records (_etcd-server-ssl._tcp, _etcd-server._tcp) give the initial cluster',
    ),
    'discovery-srv-name': stringOption(
      env,
      'discovery-srv-name',
      '',
      'suffix of the SRV names --discovery-srv queries (_etcd-server-<name>._tcp)',
    ),
    'discovery-srv-resolver': stringOption(
      env,
      'discovery-srv-resolver',
      '',
      "clusterd's: the DNS server (ip[:port]) asked for --discovery-srv's records (default: the system's)",
    ),
    'strict-reconfig-check': goBoolOption(
      env,
      'strict-reconfig-check',
      true,
      'reject member add/remove that would lose quorum given the members connected now',
    ),
    'pre-vote': goBoolOption(
      env,
      'pre-vote',
      true,
      "run Raft's pre-vote phase before an election (default true, as etcd 3.5's; etcd 3.4's is false)",
    ),
    'force-new-cluster': goBoolOption(
      env,
      'force-new-cluster',
      false,
      'restart as the only member of the cluster, keeping the data (recovery from a lost quorum; unsafe)',
    ),
    // Security.
    cors: stringOption(
      env,
      'cors',
      '*',
      'comma-separated origins allowed by CORS on the HTTP endpoints (empty or * allows all)',
    ),
    'host-whitelist': stringOption(
      env,
      'host-whitelist',
      '*',
      'acceptable Host headers of HTTP requests to a non-TLS client URL (empty or * allows all)',
    ),
    // Profiling and monitoring.
    'enable-pprof': goBoolOption(
      env,
      'enable-pprof',
      false,
      "serve /debug/pprof/profile?seconds=N on the client URLs: a CPU profile in V8's .cpuprofile JSON, not pprof's format",
    ),
    metrics: {
      choices: ['basic', 'extensive'] as const,
      default: (env('metrics') ?? 'basic') as 'basic' | 'extensive',
      describe: 'detail of /metrics: extensive adds the gRPC handling-time histograms',
    },
    // Logging.
    logger: {
      choices: ['capnslog', 'zap'] as const,
      default: env('logger') as 'capnslog' | 'zap' | undefined,
      describe:
        "etcd's logger (capnslog is etcd 3.4's default); clusterd writes JSON lines either way",
    },
    'log-outputs': stringOption(
      env,
      'log-outputs',
      'default',
      'where log lines go: default or stderr, stdout, file paths (comma separated)',
    ),
    'log-output': {
      type: 'string',
      default: env('log-output'),
      describe: 'deprecated in etcd 3.4: use --log-outputs',
    },
    debug: goBoolOption(
      env,
      'debug',
      false,
      'log at debug level and serve /debug/pprof (etcd 3.4; --log-level=debug is the newer way)',
    ),
    // Experimental.
    'experimental-initial-corrupt-check': goBoolOption(
      env,
      'experimental-initial-corrupt-check',
      false,
      "compare the store's hash with the peers' before serving; refuse to start on a mismatch",
    ),
    'experimental-corrupt-check-time': goDurationOption(
      env,
      'experimental-corrupt-check-time',
      '0s',
      "as leader, compare the store's hash with the peers' this often and raise a CORRUPT alarm on a mismatch (0 disables)",
    ),
    'experimental-watch-progress-notify-interval': goDurationOption(
      env,
      'experimental-watch-progress-notify-interval',
      '10m',
      'how often watchers that asked for progress notifications get one',
    ),
    'experimental-warning-apply-duration': goDurationOption(
      env,
      'experimental-warning-apply-duration',
      '100ms',
      'warn when applying one request takes longer than this',
    ),
    // No effect here (noEffectFlags says why).
    'wal-dir': stringOption(
      env,
      'wal-dir',
      '',
      'a dedicated directory for the Raft journal (raft.wal), e.g. on its own disk (default: the data directory)',
    ),
    'max-snapshots': goUintOption(env, 'max-snapshots', 5, noEffect('max-snapshots')),
    'max-wals': goUintOption(env, 'max-wals', 5, noEffect('max-wals')),
    'backend-batch-interval': goDurationOption(
      env,
      'backend-batch-interval',
      '0',
      noEffect('backend-batch-interval'),
    ),
    'backend-batch-limit': goUintOption(
      env,
      'backend-batch-limit',
      0,
      noEffect('backend-batch-limit'),
    ),
    'enable-v2': goBoolOption(env, 'enable-v2', false, noEffect('enable-v2')),
    'experimental-enable-v2v3': stringOption(
      env,
      'experimental-enable-v2v3',
      '',
      noEffect('experimental-enable-v2v3'),
    ),
    proxy: {
      choices: ['off', 'readonly', 'on'] as const,
      default: (env('proxy') ?? 'off') as 'off' | 'readonly' | 'on',
      describe: noEffect('proxy'),
    },
    'proxy-failure-wait': goUintOption(
      env,
      'proxy-failure-wait',
      5000,
      noEffect('proxy-failure-wait'),
    ),
    'proxy-refresh-interval': goUintOption(
      env,
      'proxy-refresh-interval',
      30000,
      noEffect('proxy-refresh-interval'),
    ),
    'proxy-dial-timeout': goUintOption(
      env,
      'proxy-dial-timeout',
      1000,
      noEffect('proxy-dial-timeout'),
    ),
    'proxy-write-timeout': goUintOption(
      env,
      'proxy-write-timeout',
      5000,
      noEffect('proxy-write-timeout'),
    ),
    'proxy-read-timeout': goUintOption(
      env,
      'proxy-read-timeout',
      0,
      noEffect('proxy-read-timeout'),
    ),
    'experimental-backend-bbolt-freelist-type': {
      choices: ['array', 'map'] as const,
      default: (env('experimental-backend-bbolt-freelist-type') ?? 'array') as 'array' | 'map',
      describe: noEffect('experimental-backend-bbolt-freelist-type'),
    },
    'experimental-enable-lease-checkpoint': goBoolOption(
      env,
      'experimental-enable-lease-checkpoint',
      false,
      noEffect('experimental-enable-lease-checkpoint'),
    ),
    'experimental-enable-lease-checkpoint-persist': goBoolOption(
      env,
      'experimental-enable-lease-checkpoint-persist',
      false,
      noEffect('experimental-enable-lease-checkpoint-persist'),
    ),
    'enable-grpc-gateway': goBoolOption(
      env,
      'enable-grpc-gateway',
      true,
      noEffect('enable-grpc-gateway'),
    ),
    'log-package-levels': stringOption(
      env,
      'log-package-levels',
      '',
      noEffect('log-package-levels'),
    ),
  } as const;
}

/**
 * The flags the user gave: on the command line, in the environment (CLUSTERD_ or ETCD_) or in the
 * configuration file. Only those get their no-effect line.
 */
export function givenFlags(
  commandLine: readonly string[],
  fileKeys: Iterable<string>,
  environ: NodeJS.ProcessEnv = process.env,
): Set<string> {
  const given = flagsOnCommandLine(commandLine);
  for (const key of fileKeys) given.add(key);
  for (const flag of etcdServerFlags) {
    if (flagFromEnvironment(flag, environ) !== undefined) given.add(flag);
  }
  return given;
}

/**
 * One line per given flag that has no effect here: the flag, the value when only that value has
 * none, and why.
 */
export function noEffectLines(args: Record<string, unknown>, given: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const flag of given) {
    const reason = noEffectFlags.get(flag) ?? noEffectValue(flag, args[flag]);
    if (reason === undefined) continue;
    const shown = noEffectFlags.has(flag) ? `--${flag}` : `--${flag}=${String(args[flag])}`;
    lines.push(`${shown} has no effect in clusterd: ${reason}`);
  }
  return lines;
}
