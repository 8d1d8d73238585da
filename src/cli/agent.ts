// `clusterd agent`: runs one member. Flags keep etcd's names and meanings (every etcd 3.4 server
// flag is taken, etcd-flags.ts); each is also read from the environment (CLUSTERD_NAME,
// CLUSTERD_DATA_DIR, …, and etcd's ETCD_NAME, …), from etcd's YAML configuration file (or JSON)
// given with --config-file and from a CoreOS cloud-config given with --cloud-config. With no
// flags it is a working single-member cluster on 127.0.0.1:2379.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { Agent, type AgentConfig } from '../agent.js';
import {
  CloudConfigError,
  cloudConfigToFlags,
  type AgentFlags,
  type MachineAddresses,
} from '../cloud-config.js';
import { EtcdClient } from '../client/index.js';
import { ClusterRecords } from '../dns/cluster-records.js';
import { DnsNode, type DnsNodeOptions } from '../dns/dns-node.js';
import { defaultPublicIp, FleetNode, loadMachineId, parseMetadata } from '../fleet/fleet-node.js';
import { defaultKeyPrefix } from '../fleet/registry-keys.js';
import type { UnitNetwork } from '../fleet/runner/unit-network.js';
import { canProgramNetwork, IpRoute } from '../net/iproute.js';
import { type AuthTokenConfig, parseAuthToken } from '../server/jwt-token.js';
import { NetNode, type NetNodeOptions } from '../net/net-node.js';
import { defaultNetPrefix } from '../net/subnet-lease.js';
import { limitHeapGrowth } from '../util/heap.js';
import {
  createLogger,
  openLogOutputs,
  routeGrpcLogs,
  type LogLevel,
  type LogOutputs,
  type Logger,
} from '../util/log.js';
import { emptyTlsInfo, type TlsInfo } from '../util/tls.js';
import type { ClientTransportTls } from '../client/index.js';
import {
  checkEtcdEnvironment,
  clusterdEnvName,
  goBoolOption,
  etcdServerOptions,
  flagFromEnvironment,
  givenFlags,
  noEffectLines,
} from './etcd-flags.js';
import { configFileToFlags, type AgentFlagTypes } from './etcd-config-file.js';
import { commandLineValue, parseDuration, UsageError } from './global.js';

const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Every agent flag may also come from the environment as CLUSTERD_<FLAG> (e.g. CLUSTERD_DATA_DIR),
 * and etcd's flags also as etcd's ETCD_<FLAG> (etcd-flags.ts). Read explicitly rather than with
 * yargs' env(): other CLUSTERD_* variables (the CLI's CLUSTERD_ENDPOINTS, the binary's
 * CLUSTERD_NATIVE_DIR) are not agent flags and must not fail it.
 */
function env(flag: string): string | undefined {
  return flagFromEnvironment(flag);
}

function envNumber(flag: string, fallback: number): number {
  const value = env(flag);
  return value === undefined ? fallback : Number(value);
}

function envChoice<T extends string>(flag: string, choices: readonly T[], fallback: T): T {
  const value = env(flag);
  if (value === undefined) return fallback;
  const choice = choices.find((c) => c === value);
  if (choice === undefined) {
    throw new Error(`${clusterdEnvName(flag)}: "${value}" is not one of ${choices.join(', ')}`);
  }
  return choice;
}

/**
 * What reading --cloud-config found: warnings, logged once the agent has its logger, or why the
 * file cannot be used, thrown by the handler (yargs would turn an error thrown while it parses
 * into a plain one, and a bad file is a usage error: exit code 2).
 */
let cloudConfigOutcome: { warnings: string[]; failure?: UsageError } = { warnings: [] };

/**
 * --cloud-config: the flags a CoreOS cloud-config stands for, as a yargs config object, so flags
 * given on the command line (and in --config-file) win over the file's.
 */
function readCloudConfig(path: string): AgentFlags {
  try {
    const { flags, warnings } = cloudConfigToFlags(readFileSync(path, 'utf8'), machineAddresses());
    cloudConfigOutcome = { warnings: warnings.map((warning) => `${path}: ${warning}`) };
    return flags;
  } catch (err) {
    const message =
      err instanceof CloudConfigError
        ? `--cloud-config ${path}:${err.line}:${err.column}: ${err.reason}`
        : `--cloud-config: ${err instanceof Error ? err.message : String(err)}`;
    cloudConfigOutcome = { warnings: [], failure: new UsageError(message) };
    return {};
  }
}

/**
 * What reading --config-file found: its keys (flags given, for the no-effect lines), warnings
 * about keys not used, and why the file cannot be used (thrown by the handler, as for
 * --cloud-config).
 */
let configFileOutcome: { path?: string; keys: string[]; warnings: string[]; failure?: UsageError } =
  { keys: [], warnings: [] };

/** The agent's flags as the builder declares them, for reading --config-file. */
let agentFlagTypes: AgentFlagTypes | undefined;

/**
 * --config-file: etcd's YAML configuration file or JSON (etcd-config-file.ts), as a yargs config
 * object: flags given on the command line win over the file's, the file's over the environment.
 */
function readConfigFile(path: string): AgentFlags {
  try {
    const { flags, warnings } = configFileToFlags(readFileSync(path, 'utf8'), agentFlagTypes!);
    configFileOutcome = {
      path,
      keys: Object.keys(flags),
      warnings: warnings.map((warning) => `${path}: ${warning}`),
    };
    return flags as AgentFlags;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    configFileOutcome = {
      keys: [],
      warnings: [],
      failure: new UsageError(`--config-file ${path}: ${reason}`),
    };
    return {};
  }
}

/**
 * What the cloud-config's $private_ipv4 and $public_ipv4 stand for: --private-ipv4 and
 * --public-ipv4 (or CLUSTERD_PRIVATE_IPV4, CLUSTERD_PUBLIC_IPV4), else the address --public-ip
 * defaults to. yargs reads a config file before it has the other flags' values, so these two are
 * looked up in the command line itself.
 */
function machineAddresses(): MachineAddresses {
  const args = hideBin(process.argv);
  const firstAddress = defaultPublicIp();
  let machineId: string | undefined;
  try {
    machineId = readFileSync('/etc/machine-id', 'utf8').trim() || undefined;
  } catch {
    // No machine ID: a cloud-config without an etcd name leaves --name at its default.
  }
  return {
    privateIpv4: commandLineValue(args, 'private-ipv4') ?? env('private-ipv4') ?? firstAddress,
    publicIpv4: commandLineValue(args, 'public-ipv4') ?? env('public-ipv4') ?? firstAddress,
    ...(machineId !== undefined && { machineId }),
  };
}

function builder(y: Argv) {
  return y
    .config(
      'config-file',
      "etcd's configuration file (YAML with etcd's keys, as etcd.conf.yml.sample; or JSON with flag names); flags given here win",
      readConfigFile,
    )
    .default('config-file', env('config-file'))
    .config(
      'cloud-config',
      'a CoreOS cloud-config (#cloud-config YAML): coreos.etcd, etcd2, fleet, flannel and units as flags; flags given here win',
      readCloudConfig,
    )
    .option('private-ipv4', {
      // Read by machineAddresses() from the command line; declared for --help and strictness.
      type: 'string',
      describe: "what $private_ipv4 stands for in --cloud-config (default: --public-ip's default)",
    })
    .option('public-ipv4', {
      type: 'string',
      describe: "what $public_ipv4 stands for in --cloud-config (default: --public-ip's default)",
    })
    .option('name', {
      type: 'string',
      default: env('name'),
      describe:
        "human-readable name of this member (default: etcd's `default`; with --join, --bootstrap-expect or --discovery, the machine's hostname, so that one command line serves every machine)",
    })
    .option('data-dir', {
      type: 'string',
      default: env('data-dir'),
      describe: 'path to the data directory (default: ./<name>.clusterd)',
    })
    .option('listen-client-urls', {
      type: 'string',
      default: env('listen-client-urls') ?? 'http://127.0.0.1:2379',
      describe: 'URLs to listen on for client traffic (gRPC and /health, /version, /metrics)',
    })
    .option('advertise-client-urls', {
      type: 'string',
      default: env('advertise-client-urls'),
      describe: "this member's client URLs to advertise to the cluster (default: the listen URLs)",
    })
    .option('listen-peer-urls', {
      type: 'string',
      default: env('listen-peer-urls') ?? 'http://127.0.0.1:2380',
      describe: 'URLs to listen on for peer traffic',
    })
    .option('initial-advertise-peer-urls', {
      type: 'string',
      default: env('initial-advertise-peer-urls'),
      describe:
        "this member's peer URLs to advertise to the cluster (default: the listen peer URLs)",
    })
    .option('initial-cluster', {
      type: 'string',
      default: env('initial-cluster'),
      describe:
        'initial cluster configuration for bootstrapping, name=peerURL,... (default: <name>=<peer URL>)',
    })
    .option('initial-cluster-state', {
      choices: ['new', 'existing'] as const,
      default: envChoice('initial-cluster-state', ['new', 'existing'] as const, 'new'),
      describe: 'initial cluster state',
    })
    .option('initial-cluster-token', {
      type: 'string',
      default: env('initial-cluster-token') ?? 'etcd-cluster',
      describe: 'initial cluster token, mixed into member and cluster IDs',
    })
    .option('discovery', {
      type: 'string',
      default: env('discovery') ?? '',
      describe:
        'bootstrap through this etcd v2 discovery URL (e.g. https://discovery.etcd.io/<token>) instead of --initial-cluster',
    })
    .option('discovery-fallback', {
      // etcd's default is proxy: a member finding the cluster full becomes a v2 proxy. clusterd
      // has no v2 proxy: it exits either way (proxy, when given, says so at start).
      choices: ['exit', 'proxy'] as const,
      default: envChoice('discovery-fallback', ['exit', 'proxy'] as const, 'exit'),
      describe: 'what a member does when discovery fails (cluster full): exit (proxy: the same)',
    })
    .option('auto-compaction-mode', {
      choices: ['periodic', 'revision'] as const,
      default: envChoice('auto-compaction-mode', ['periodic', 'revision'] as const, 'periodic'),
      describe: 'interpret the retention as a duration or a revision count',
    })
    .option('auto-compaction-retention', {
      type: 'string',
      default: env('auto-compaction-retention') ?? '0',
      describe: 'history to keep: hours or 30s/5m/1h (periodic), revisions (revision); 0 disables',
    })
    .option('quota-backend-bytes', {
      type: 'number',
      default: envNumber('quota-backend-bytes', 0),
      describe: 'raise the NOSPACE alarm when the backend exceeds this (0: 2 GiB)',
    })
    .option('max-request-bytes', {
      type: 'number',
      default: envNumber('max-request-bytes', 1.5 * 1024 * 1024),
      describe: 'largest client request accepted, in bytes',
    })
    .option('max-txn-ops', {
      type: 'number',
      default: envNumber('max-txn-ops', 128),
      describe: 'most operations in one transaction',
    })
    .option('auth-token', {
      type: 'string',
      default: env('auth-token') ?? 'simple',
      describe:
        "the tokens Authenticate gives: 'simple', or 'jwt,pub-key=PATH,priv-key=PATH,sign-method=RS256|RS384|RS512|PS256|PS384|PS512|ES256|ES384|ES512[,ttl=5m]'",
    })
    .option('auth-token-ttl', {
      type: 'number',
      default: envNumber('auth-token-ttl', 300),
      describe: 'seconds a simple auth token lives without being used',
    })
    .option('bcrypt-cost', {
      type: 'number',
      default: envNumber('bcrypt-cost', 10),
      describe: 'bcrypt cost of the password hashes of new users and changed passwords',
    })
    .option('heartbeat-interval', {
      type: 'number',
      default: envNumber('heartbeat-interval', 100),
      describe: 'time (in milliseconds) of a heartbeat interval',
    })
    .option('election-timeout', {
      type: 'number',
      default: envNumber('election-timeout', 1000),
      describe: 'time (in milliseconds) for an election to timeout',
    })
    .option('listen-metrics-urls', {
      type: 'string',
      default: env('listen-metrics-urls') ?? '',
      describe: 'extra URLs serving /metrics, /health and /version',
    })
    .option('join', {
      type: 'string',
      default: env('join') ?? '',
      describe: 'join a running cluster through any member (client or peer URLs, comma separated)',
    })
    .option('bootstrap-expect', {
      type: 'number',
      default: envNumber('bootstrap-expect', 0),
      describe:
        'with --join naming the other machines: wait for this many and bootstrap them together',
    })
    .option('auto-promote-learners', {
      type: 'boolean',
      default: env('auto-promote-learners') === 'true',
      describe: 'as leader, promote in-sync learners while there are fewer than 3, then 5 voters',
    })
    .option('snapshot-count', {
      type: 'number',
      default: envNumber('snapshot-count', 10_000),
      describe: 'applied Raft entries between compactions of the Raft log',
    })
    .option('experimental-snapshot-catchup-entries', {
      type: 'number',
      default: envNumber('experimental-snapshot-catchup-entries', 5000),
      describe: 'Raft entries kept after a compaction for slow followers',
    })
    .option('cert-file', {
      type: 'string',
      default: env('cert-file') ?? '',
      describe: 'path to the client server TLS cert file (for https:// client and metrics URLs)',
    })
    .option('key-file', {
      type: 'string',
      default: env('key-file') ?? '',
      describe: 'path to the client server TLS key file',
    })
    .option('trusted-ca-file', {
      type: 'string',
      default: env('trusted-ca-file') ?? '',
      describe:
        'path to the client server TLS trusted CA cert file (clients then need a certificate it signed)',
    })
    .option(
      'client-cert-auth',
      goBoolOption(env, 'client-cert-auth', false, 'enable client cert authentication'),
    )
    .option('client-crl-file', {
      type: 'string',
      default: env('client-crl-file') ?? '',
      describe: 'path to the client certificate revocation list file',
    })
    .option('client-cert-allowed-hostname', {
      type: 'string',
      default: env('client-cert-allowed-hostname') ?? '',
      describe: 'allowed TLS hostname for client cert authentication',
    })
    .option(
      'auto-tls',
      goBoolOption(
        env,
        'auto-tls',
        false,
        'client TLS using generated certificates (when --cert-file and --key-file are not given)',
      ),
    )
    .option('peer-cert-file', {
      type: 'string',
      default: env('peer-cert-file') ?? '',
      describe: 'path to the peer server TLS cert file (also presented when dialing peers)',
    })
    .option('peer-key-file', {
      type: 'string',
      default: env('peer-key-file') ?? '',
      describe: 'path to the peer server TLS key file',
    })
    .option('peer-trusted-ca-file', {
      type: 'string',
      default: env('peer-trusted-ca-file') ?? '',
      describe: 'path to the peer server TLS trusted CA file',
    })
    .option(
      'peer-client-cert-auth',
      goBoolOption(env, 'peer-client-cert-auth', false, 'enable peer client cert authentication'),
    )
    .option('peer-cert-allowed-cn', {
      type: 'string',
      default: env('peer-cert-allowed-cn') ?? '',
      describe: 'required CN for client certs connecting to the peer endpoint',
    })
    .option('peer-cert-allowed-hostname', {
      type: 'string',
      default: env('peer-cert-allowed-hostname') ?? '',
      describe: 'allowed TLS hostname for inter peer authentication',
    })
    .option(
      'peer-auto-tls',
      goBoolOption(
        env,
        'peer-auto-tls',
        false,
        'peer TLS using self-generated certificates if --peer-key-file and --peer-cert-file are not provided',
      ),
    )
    .option('peer-crl-file', {
      type: 'string',
      default: env('peer-crl-file') ?? '',
      describe: 'path to the peer certificate revocation list file',
    })
    .option(
      'experimental-peer-skip-client-san-verification',
      goBoolOption(
        env,
        'experimental-peer-skip-client-san-verification',
        false,
        'skip verification of SAN field in client certificate for peer connections',
      ),
    )
    .option('cipher-suites', {
      type: 'string',
      default: env('cipher-suites') ?? '',
      describe:
        "comma-separated list of supported TLS cipher suites between client/server and peers, etcd's names (empty: OpenSSL's defaults)",
    })
    .option('limit-heap-growth', {
      type: 'boolean',
      default: env('limit-heap-growth') !== 'false',
      describe:
        "keep V8's heap near what is live (less memory); --no-limit-heap-growth keeps V8's defaults (more throughput)",
    })
    .option('etcd-endpoints', {
      type: 'string',
      default: env('etcd-endpoints') ?? '',
      describe:
        'run no store: the scheduler uses this etcd cluster (client URLs, comma separated) instead',
    })
    .option('etcd-cafile', {
      type: 'string',
      default: env('etcd-cafile') ?? '',
      describe:
        "CA the store's certificate must chain to, for the agent's own client (scheduler, DNS, network); flannel's and fleet's name",
    })
    .option('etcd-certfile', {
      type: 'string',
      default: env('etcd-certfile') ?? '',
      describe:
        "client certificate of the agent's own client (default with an https:// store of its own: --cert-file)",
    })
    .option('etcd-keyfile', {
      type: 'string',
      default: env('etcd-keyfile') ?? '',
      describe: 'key of --etcd-certfile (default with an https:// store of its own: --key-file)',
    })
    .option('etcd-username', {
      type: 'string',
      default: env('etcd-username') ?? '',
      describe:
        "user the agent's own client (scheduler, DNS, network) authenticates as when the store has auth enabled; flannel's name",
    })
    .option('etcd-password', {
      type: 'string',
      default: env('etcd-password') ?? '',
      describe:
        'password of --etcd-username (better given in the environment than on the command line)',
    })
    .option('fleet', {
      type: 'boolean',
      default: env('fleet') !== 'false',
      describe: 'run the scheduler (engine and agent); --no-fleet runs the store alone',
    })
    .option('etcd-key-prefix', {
      type: 'string',
      default: env('etcd-key-prefix') ?? defaultKeyPrefix,
      describe: "keyspace of the scheduler's data in the store",
    })
    .option('metadata', {
      type: 'string',
      default: env('metadata') ?? '',
      describe: 'machine metadata for MachineMetadata=, k=v,k2=v2',
    })
    .option('public-ip', {
      type: 'string',
      default: env('public-ip'),
      describe:
        "the machine's address, shown by list-machines (default: its first non-loopback IPv4)",
    })
    .option('agent-ttl', {
      type: 'string',
      default: env('agent-ttl') ?? '30s',
      describe: 'how long the cluster waits for a silent machine before moving its units (e.g. 5s)',
    })
    .option('engine-reconcile-interval', {
      type: 'string',
      default: env('engine-reconcile-interval') ?? '2s',
      describe: 'the engine looks at every unit at least this often (seconds, or e.g. 500ms)',
    })
    .option('unit-failures-before-move', {
      type: 'number',
      default: envNumber('unit-failures-before-move', 5),
      describe: 'a unit that failed this many runs in a row on a machine is moved to another one',
    })
    .option('fleet-listen-url', {
      type: 'string',
      default: env('fleet-listen-url') ?? 'http://127.0.0.1:2390',
      describe:
        "where to serve the scheduler's gRPC API (journal and status of this machine's units); 0.0.0.0 to let other machines reach it",
    })
    .option('docker-host', {
      type: 'string',
      default: env('docker-host') ?? process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
      describe:
        "the machine's Docker engine (unix://path), for [Container] units; also DOCKER_HOST of every unit's commands",
    })
    .option('use-host-machine-id', {
      type: 'boolean',
      default: env('use-host-machine-id') === 'true',
      describe:
        'take the machine ID from /etc/machine-id (default: one kept in the data directory)',
    })
    .option('dns-addr', {
      type: 'string',
      default: env('dns-addr') ?? '127.0.0.1:53',
      describe:
        'serve DNS (UDP and TCP) on this host:port; empty turns DNS off; a port it cannot bind is logged and the rest runs on',
    })
    .option('dns-domain', {
      type: 'string',
      default: env('dns-domain') ?? 'skydns.local.',
      describe: 'the domain answered from the records under /skydns (/skydns/config may override)',
    })
    .option('dns-nameservers', {
      type: 'string',
      default: env('dns-nameservers') ?? '',
      describe:
        'ip[:port],... where names outside the domain are forwarded, in turn (none: SERVFAIL)',
    })
    .option('dns-recursion-from', {
      type: 'string',
      default: env('dns-recursion-from') ?? '',
      describe:
        "networks (CIDR,...) whose clients may have other names forwarded (default: loopback and this machine's networks)",
    })
    .option('net', {
      type: 'boolean',
      default: env('net') !== 'false',
      describe:
        "run the overlay network (idle until <etcd-prefix>/config exists); --no-net leaves the machine's network alone",
    })
    .option('etcd-prefix', {
      type: 'string',
      default: env('etcd-prefix') ?? defaultNetPrefix,
      describe: "keyspace of the network's configuration and subnet leases (flannel's)",
    })
    .option('subnet-file', {
      type: 'string',
      default: env('subnet-file') ?? '/run/flannel/subnet.env',
      describe: "where to write this machine's subnet (FLANNEL_NETWORK, FLANNEL_SUBNET, ...)",
    })
    .option('iface', {
      type: 'string',
      default: env('iface') ?? '',
      describe: 'interface for traffic between machines (default: the one holding --public-ip)',
    })
    .option('ip-masq', {
      type: 'boolean',
      default: env('ip-masq') === 'true',
      describe: 'masquerade traffic from the network to destinations outside it',
    })
    .option('subnet-lease-renew-margin', {
      type: 'number',
      default: envNumber('subnet-lease-renew-margin', 60),
      describe: 'renew the subnet lease this many minutes before it expires (1 to 1439)',
    })
    .option('subnet-lease-ttl', {
      type: 'string',
      default: env('subnet-lease-ttl') ?? '24h',
      describe: "how long a machine's subnet lease lasts unless renewed (flannel: 24h)",
    })
    .option('log-level', {
      choices: logLevels,
      default: envChoice('log-level', logLevels, 'info'),
      describe: 'least important log level written (panic and fatal: error)',
    })
    .options(etcdServerOptions(env));
}

/** The builder, which also records the flags' types for readConfigFile(). */
function agentBuilder(y: Argv) {
  const built = builder(y);
  // yargs' getOptions() (not in its type declarations): what each declared flag is.
  const options = (
    built as unknown as {
      getOptions(): {
        key: Record<string, unknown>;
        boolean: string[];
        number: string[];
      };
    }
  ).getOptions();
  agentFlagTypes = {
    known: new Set(Object.keys(options.key)),
    booleans: new Set(options.boolean),
    numbers: new Set(options.number),
  };
  return built;
}

const logLevels = ['debug', 'info', 'warn', 'error', 'panic', 'fatal'] as const;

type AgentArgs = ReturnType<typeof builder> extends Argv<infer T> ? T : never;

/** etcd's error for --discovery together with --initial-cluster (embed.ErrConflictBootstrapFlags). */
const conflictingBootstrapFlags =
  'multiple discovery or bootstrap flags are set. Choose one of "initial-cluster", "discovery" or "discovery-srv"';

export function agentConfigFromArgs(args: AgentArgs): AgentConfig {
  const discovery = args.discovery;
  const discoverySrv = args['discovery-srv'];
  // As etcd: an empty --initial-cluster is no --initial-cluster.
  const bootstraps = [Boolean(args['initial-cluster']), discovery !== '', discoverySrv !== ''];
  if (bootstraps.filter(Boolean).length > 1) throw new UsageError(conflictingBootstrapFlags);
  if (
    (discovery !== '' || discoverySrv !== '') &&
    (args.join !== '' || args['bootstrap-expect'] > 0)
  ) {
    throw new UsageError(
      `--${discovery !== '' ? 'discovery' : 'discovery-srv'} cannot be combined with --join or --bootstrap-expect`,
    );
  }
  // One command line for every machine (Consul's and Nomad's default): each is named after its
  // host; etcd's static bootstrap keeps etcd's `default`.
  const formsItself =
    discovery !== '' || discoverySrv !== '' || args.join !== '' || args['bootstrap-expect'] > 0;
  const name = args.name ?? (formsItself ? hostname() : 'default');
  const listenClientUrls = list(args['listen-client-urls']);
  const listenPeerUrls = list(args['listen-peer-urls']);
  const peerUrls = args['initial-advertise-peer-urls']
    ? list(args['initial-advertise-peer-urls'])
    : listenPeerUrls;
  return {
    name,
    dataDir: args['data-dir'] ?? `${name}.clusterd`,
    ...(args['wal-dir'] ? { walDir: args['wal-dir'] } : {}),
    listenClientUrls,
    advertiseClientUrls: args['advertise-client-urls']
      ? list(args['advertise-client-urls'])
      : listenClientUrls,
    listenPeerUrls,
    initialAdvertisePeerUrls: peerUrls,
    initialCluster: args['initial-cluster'] ?? peerUrls.map((u) => `${name}=${u}`).join(','),
    initialClusterState: args['initial-cluster-state'],
    // etcd takes the discovery URL as the token: members of different tokens never match.
    initialClusterToken: discovery || args['initial-cluster-token'],
    autoCompactionMode: args['auto-compaction-mode'],
    autoCompactionRetention: args['auto-compaction-retention'],
    quotaBackendBytes: args['quota-backend-bytes'],
    maxRequestBytes: args['max-request-bytes'],
    maxTxnOps: args['max-txn-ops'],
    authToken: parseAuthTokenFlag(args['auth-token']),
    authTokenTtlSec: args['auth-token-ttl'],
    bcryptCost: args['bcrypt-cost'],
    heartbeatIntervalMs: args['heartbeat-interval'],
    electionTimeoutMs: args['election-timeout'],
    listenMetricsUrls: list(args['listen-metrics-urls']),
    snapshotCount: args['snapshot-count'],
    join: list(args.join),
    autoPromoteLearners: args['auto-promote-learners'],
    bootstrapExpect: args['bootstrap-expect'],
    snapshotCatchupEntries: args['experimental-snapshot-catchup-entries'],
    preVote: args['pre-vote'],
    initialElectionTickAdvance: args['initial-election-tick-advance'],
    unsafeNoFsync: args['unsafe-no-fsync'],
    compactionBatchLimit: Math.max(1, args['experimental-compaction-batch-limit']),
    progressNotifyIntervalMs: positiveMs(args, 'experimental-watch-progress-notify-interval'),
    warningApplyDurationMs: args['experimental-warning-apply-duration'],
    strictReconfigCheck: args['strict-reconfig-check'],
    forceNewCluster: args['force-new-cluster'],
    initialCorruptCheck: args['experimental-initial-corrupt-check'],
    corruptCheckIntervalMs: args['experimental-corrupt-check-time'],
    maxConcurrentStreams: args['max-concurrent-streams'],
    grpcKeepaliveIntervalMs: args['grpc-keepalive-interval'],
    grpcKeepaliveTimeoutMs: args['grpc-keepalive-timeout'],
    grpcKeepaliveMinTimeMs: args['grpc-keepalive-min-time'],
    metrics: args.metrics,
    cors: corsOrigins(args.cors),
    hostWhitelist: list(args['host-whitelist']),
    // etcd 3.4 serves pprof with --debug too.
    enablePprof: args['enable-pprof'] || args.debug,
    ...(discovery !== '' && { discovery }),
    ...(args['discovery-proxy'] !== '' && { discoveryProxy: args['discovery-proxy'] }),
    ...(discoverySrv !== '' && {
      discoverySrv: {
        domain: discoverySrv,
        serviceName: args['discovery-srv-name'],
        ...(args['discovery-srv-resolver'] !== '' && {
          resolver: args['discovery-srv-resolver'],
        }),
      },
    }),
    ...tlsConfigFromArgs(args),
  };
}

/**
 * --cors: `*` or origins, each a URL with the http or https scheme and no path (etcd's URL check,
 * but with the port optional, since browsers send origins without their default port).
 */
function corsOrigins(value: string): string[] {
  const origins = list(value);
  for (const origin of origins) {
    if (origin === '*') continue;
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw new UsageError(`--cors: URL scheme must be http or https: ${origin}`);
    if (url.pathname !== '/' || origin.endsWith('/'))
      throw new UsageError(`--cors: URL must not contain a path: ${origin}`);
  }
  return origins;
}

/** A duration flag that must be above zero (etcd refuses the others at start). */
function positiveMs(args: AgentArgs, flag: 'experimental-watch-progress-notify-interval'): number {
  const ms = args[flag];
  if (!(ms > 0)) throw new UsageError(`--${flag} must be greater than 0`);
  return ms;
}

/** --auth-token, its key files read now: a mistake is a usage error before anything starts. */
function parseAuthTokenFlag(text: string): AuthTokenConfig {
  try {
    return parseAuthToken(text, parseDuration);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** etcd's TLS flags as the two sides' TlsInfo (--cipher-suites applies to both). */
function tlsConfigFromArgs(
  args: AgentArgs,
): Pick<AgentConfig, 'clientTls' | 'clientAutoTls' | 'peerTls' | 'peerAutoTls'> {
  const cipherSuites = list(args['cipher-suites']);
  const clientTls: TlsInfo = {
    ...emptyTlsInfo(),
    certFile: args['cert-file'],
    keyFile: args['key-file'],
    trustedCaFile: args['trusted-ca-file'],
    clientCertAuth: args['client-cert-auth'],
    crlFile: args['client-crl-file'],
    allowedHostname: args['client-cert-allowed-hostname'],
    cipherSuites,
  };
  const peerTls: TlsInfo = {
    ...emptyTlsInfo(),
    certFile: args['peer-cert-file'],
    keyFile: args['peer-key-file'],
    trustedCaFile: args['peer-trusted-ca-file'],
    clientCertAuth: args['peer-client-cert-auth'],
    crlFile: args['peer-crl-file'],
    allowedCn: args['peer-cert-allowed-cn'],
    allowedHostname: args['peer-cert-allowed-hostname'],
    skipClientSanVerify: args['experimental-peer-skip-client-san-verification'],
    cipherSuites,
  };
  return {
    clientTls,
    clientAutoTls: args['auto-tls'],
    peerTls,
    peerAutoTls: args['peer-auto-tls'],
  };
}

export const agentCommand: CommandModule<object, AgentArgs> = {
  command: 'agent',
  describe: 'run a clusterd member (etcd v3 API, scheduler, DNS and network on one machine)',
  builder: agentBuilder,
  handler: async (args) => {
    if (configFileOutcome.failure) throw configFileOutcome.failure;
    if (cloudConfigOutcome.failure) throw cloudConfigOutcome.failure;
    const commandLine = hideBin(process.argv);
    const environment = checkEtcdEnvironment(commandLine);
    if (environment.conflict !== undefined) throw new UsageError(environment.conflict);
    const given = givenFlags(commandLine, configFileOutcome.keys);
    const { logger, closeLog } = agentLogger(args, given);
    routeGrpcLogs(logger);
    if (configFileOutcome.path !== undefined) {
      logger.info('loaded server configuration; flags given on the command line win over it', {
        path: configFileOutcome.path,
      });
    }
    for (const warning of configFileOutcome.warnings) logger.warn(warning);
    for (const warning of cloudConfigOutcome.warnings) logger.warn(warning);
    for (const line of environment.used) logger.info(line);
    for (const line of environment.warnings) logger.warn(line);
    for (const line of noEffectLines(args, given)) logger.warn(line);
    if (args['limit-heap-growth']) limitHeapGrowth();
    const config = agentConfigFromArgs(args);
    const external = list(args['etcd-endpoints']);
    // Checked before anything starts: a bad DNS flag is a usage error.
    const dns = args['dns-addr'] === '' ? undefined : new DnsNode(dnsOptionsFromArgs(args, logger));
    const netOptions = args.net ? netOptionsFromArgs(args, config, logger) : undefined;
    const agent = external.length > 0 ? undefined : await Agent.start(config, logger);
    // The scheduler and DNS share one client of the store: the embedded one's port, or `external`.
    const endpoints = agent ? [ownClientEndpoint(config, agent)] : external;
    const tls = agent ? ownClientTls(args, agent) : externalClientTls(args);
    const username = args['etcd-username'];
    const client = new EtcdClient({
      endpoints,
      dialTimeoutMs: 2000,
      commandTimeoutMs: 5000,
      ...(tls !== undefined && { tls }),
      ...(username !== '' && {
        credentials: { username, password: args['etcd-password'] },
      }),
    });
    const stopStore = async (): Promise<void> => {
      await client.close();
      await agent?.close();
    };
    // The network first: the units the scheduler starts get their addresses from it.
    const net = netOptions && new NetNode({ ...netOptions, client });
    await net?.start();
    const stopNet = async (): Promise<void> => {
      await net?.close();
      await stopStore();
    };
    const fleet = args.fleet
      ? await startFleet(args, config, client, logger, net?.units).catch(async (err: unknown) => {
          await stopNet();
          throw err;
        })
      : undefined;
    // DNS is independent of the scheduler: a failure to bind is logged and the rest runs on.
    await dns?.start(client).catch(async (err: unknown) => {
      await fleet?.close();
      await stopNet();
      throw err;
    });
    await new Promise<void>((resolve) => {
      const stop = (signal: string): void => {
        logger.info('shutting down', { signal });
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // A member the cluster removed has stopped its store already (etcd's server stops, and its
      // process exits 0): what runs on the store stops the same way as on SIGTERM.
      void agent?.removed.then(() => {
        logger.info('shutting down', { reason: 'this member was removed from the cluster' });
        resolve();
      });
    });
    await fleet?.close();
    logger.info('scheduler stopped');
    if (net) {
      await net.close();
      logger.info('network stopped');
    }
    if (dns) {
      await dns.close();
      logger.info('dns stopped');
    }
    await stopStore();
    logger.info('store stopped');
    await closeLog();
  },
};

/**
 * The agent's logger from etcd's logging flags: --log-level (--debug: debug), --log-outputs (or
 * etcd 3.4's deprecated --log-output) and --logger, which only chooses among etcd's names: clusterd
 * writes its JSON lines either way.
 */
function agentLogger(
  args: AgentArgs,
  given: ReadonlySet<string>,
): { logger: Logger; closeLog: () => Promise<void> } {
  const deprecatedOutput = given.has('log-output') && !given.has('log-outputs');
  const outputs = list(deprecatedOutput ? (args['log-output'] ?? '') : args['log-outputs']);
  let sink: LogOutputs;
  try {
    sink = openLogOutputs(outputs);
  } catch (err) {
    throw new UsageError(`--log-outputs: ${err instanceof Error ? err.message : String(err)}`);
  }
  const requested = args['log-level'];
  const level: LogLevel = args.debug
    ? 'debug'
    : requested === 'panic' || requested === 'fatal'
      ? 'error'
      : requested;
  const logger = createLogger(level, {}, sink.write);
  if (deprecatedOutput) {
    logger.warn("--log-output is deprecated in etcd 3.4 and removed in 3.5: use '--log-outputs'");
  }
  return { logger, closeLog: () => sink.close() };
}

/** The network's flags, checked before anything starts (a bad one is a usage error). */
function netOptionsFromArgs(
  args: AgentArgs,
  config: AgentConfig,
  logger: Logger,
): Omit<NetNodeOptions, 'client'> {
  const margin = args['subnet-lease-renew-margin'];
  if (!Number.isInteger(margin) || margin < 1 || margin > 1439)
    throw new UsageError('--subnet-lease-renew-margin must be 1 to 1439 minutes');
  const leaseTtlSeconds = Math.round(parseDuration(args['subnet-lease-ttl']) / 1000);
  if (leaseTtlSeconds < 2) throw new UsageError('--subnet-lease-ttl must be at least 2s');
  return {
    prefix: args['etcd-prefix'],
    publicIp: args['public-ip'] ?? defaultPublicIp(),
    iface: args.iface,
    ipMasq: args['ip-masq'],
    subnetFile: args['subnet-file'],
    dataDir: config.dataDir,
    ip: new IpRoute(),
    programKernel: canProgramNetwork(),
    leaseTtlSeconds,
    // A lease shorter than the margin is renewed half-way instead.
    renewMarginSeconds: Math.min(margin * 60, leaseTtlSeconds / 2),
    logger,
  };
}

function dnsOptionsFromArgs(args: AgentArgs, logger: Logger): DnsNodeOptions {
  return {
    listen: args['dns-addr'],
    domain: args['dns-domain'],
    nameservers: list(args['dns-nameservers']),
    recursionFrom: list(args['dns-recursion-from']),
    logger,
  };
}

/** The scheduler on this machine, on the store `client` reaches. */
async function startFleet(
  args: AgentArgs,
  config: AgentConfig,
  client: EtcdClient,
  logger: Logger,
  network: UnitNetwork | undefined,
): Promise<{ close(): Promise<void> }> {
  const node = new FleetNode({
    client,
    keyPrefix: args['etcd-key-prefix'],
    dataDir: config.dataDir,
    machineId: await loadMachineId(config.dataDir, args['use-host-machine-id']),
    publicIp: args['public-ip'] ?? defaultPublicIp(),
    metadata: parseMetadata(args.metadata),
    agentTtlSeconds: Math.max(1, Math.round(parseDuration(args['agent-ttl']) / 1000)),
    engineReconcileIntervalMs: parseDuration(args['engine-reconcile-interval']),
    failuresBeforeMove: args['unit-failures-before-move'],
    listenUrl: args['fleet-listen-url'],
    dockerHost: args['docker-host'],
    // Published whether or not this machine serves DNS: the others' servers answer them.
    discovery: new ClusterRecords(args['dns-domain']),
    ...(network && { network }),
    logger,
  });
  await node.start().catch(async (err: unknown) => {
    await node.close();
    throw err;
  });
  return node;
}

/**
 * Where this member's own first client listener is reached: its host, unless it listens on every
 * address (then loopback), and the port it bound (which may have been 0).
 */
function ownClientEndpoint(config: AgentConfig, agent: Agent): string {
  const url = config.listenClientUrls[0] ?? '';
  const parsed = new URL(url.includes('://') ? url : `http://${url}`);
  const host = parsed.hostname;
  const reachable = host === '' || host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
  return `${parsed.protocol}//${reachable}:${agent.clientPorts[0]!}`;
}

/** --etcd-cafile, --etcd-certfile, --etcd-keyfile as given ('' when not). */
function etcdFiles(args: AgentArgs): { caFile: string; certFile: string; keyFile: string } {
  return {
    caFile: args['etcd-cafile'],
    certFile: args['etcd-certfile'],
    keyFile: args['etcd-keyfile'],
  };
}

/**
 * TLS of the agent's client of its own member (used only if its first client URL is https), as
 * etcd's gRPC gateway dials its own server: the member's client certificate (or --etcd-certfile),
 * and no verification of what is this very process unless --etcd-cafile is given.
 */
function ownClientTls(args: AgentArgs, agent: Agent): ClientTransportTls | undefined {
  const files = etcdFiles(args);
  const own = agent.tls.client;
  const certFile = files.certFile !== '' ? files.certFile : own.certFile;
  const keyFile = files.keyFile !== '' ? files.keyFile : own.keyFile;
  if (certFile === '' && files.caFile === '') return undefined;
  return {
    ...(files.caFile !== '' && { caFile: files.caFile }),
    ...(certFile !== '' && { certFile }),
    ...(keyFile !== '' && { keyFile }),
    insecureSkipVerify: files.caFile === '',
    bareEndpoints: false,
  };
}

/**
 * TLS of the agent's client of --etcd-endpoints (flannel's and fleet's flags): https:// endpoints
 * always use TLS; bare host:port ones too once a file is given, as with etcdctl's flags.
 */
function externalClientTls(args: AgentArgs): ClientTransportTls | undefined {
  const { caFile, certFile, keyFile } = etcdFiles(args);
  if (caFile === '' && certFile === '' && keyFile === '') return undefined;
  return {
    ...(caFile !== '' && { caFile }),
    ...(certFile !== '' && { certFile }),
    ...(keyFile !== '' && { keyFile }),
  };
}
