// --config-file with etcd's YAML configuration file: the mapping of etcd's keys to agent flags (a
// pure function), then `clusterd agent --config-file` running the member a file in the shape of
// etcd 3.4's etcd.conf.yml.sample describes, with client TLS from client-transport-security.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EtcdClient } from '../../src/client/index.js';
import { ConfigFileError, configFileToFlags } from '../../src/cli/etcd-config-file.js';
import { AgentProcess } from '../helpers/agent-process.js';
import { freePorts } from '../helpers/ports.js';
import { TestCa } from '../helpers/pki.js';

const types = {
  known: new Set([
    'name',
    'data-dir',
    'snapshot-count',
    'heartbeat-interval',
    'listen-client-urls',
    'cert-file',
    'key-file',
    'client-cert-auth',
    'trusted-ca-file',
    'auto-tls',
    'peer-cert-file',
    'peer-auto-tls',
    'log-outputs',
    'grpc-keepalive-interval',
    'auto-compaction-retention',
    'enable-v2',
    'cipher-suites',
    'fleet',
  ]),
  booleans: new Set(['client-cert-auth', 'auto-tls', 'peer-auto-tls', 'enable-v2', 'fleet']),
  numbers: new Set(['snapshot-count', 'heartbeat-interval']),
};

describe('agent: --config-file, the mapping of etcd keys', () => {
  it("reads etcd's keys: nested TLS, durations in nanoseconds, lists, empty keys as unset", () => {
    const { flags, warnings } = configFileToFlags(
      `# etcd's sample
name: 'infra0'
data-dir:
snapshot-count: 10000
heartbeat-interval: 100
listen-client-urls: https://127.0.0.1:2379
enable-v2: true
auto-compaction-retention: 1
grpc-keepalive-interval: 7200000000000
log-outputs: [stderr, /var/log/etcd.log]
cipher-suites: [
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
]
client-transport-security:
  cert-file: /etc/etcd/server.pem
  key-file: /etc/etcd/server-key.pem
  client-cert-auth: true
  trusted-ca-file: /etc/etcd/ca.pem
  auto-tls: false
peer-transport-security:
  cert-file: /etc/etcd/peer.pem
  auto-tls: true
  client-cert-file: /etc/etcd/x.pem
tls-min-version: 'TLS1.2'
fleet: false
`,
      types,
    );
    assert.deepEqual(flags, {
      name: 'infra0',
      'snapshot-count': 10000,
      'heartbeat-interval': 100,
      'listen-client-urls': 'https://127.0.0.1:2379',
      'enable-v2': true,
      'auto-compaction-retention': '1',
      'grpc-keepalive-interval': '7200000000000ns',
      'log-outputs': 'stderr,/var/log/etcd.log',
      'cipher-suites':
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
      'cert-file': '/etc/etcd/server.pem',
      'key-file': '/etc/etcd/server-key.pem',
      'client-cert-auth': true,
      'trusted-ca-file': '/etc/etcd/ca.pem',
      'auto-tls': false,
      'peer-cert-file': '/etc/etcd/peer.pem',
      'peer-auto-tls': true,
      fleet: false,
    });
    assert.deepEqual(warnings, [
      'peer-transport-security.client-cert-file: not an etcd 3.4 key clusterd knows, ignored',
      'tls-min-version: not an etcd 3.4 or clusterd key, ignored',
    ]);
  });

  it('reads JSON as well, and an empty file as no flags', () => {
    assert.deepEqual(configFileToFlags('{"name": "n1", "fleet": false}', types).flags, {
      name: 'n1',
      fleet: false,
    });
    assert.deepEqual(configFileToFlags('# nothing\n', types).flags, {});
  });

  it('refuses what is not a configuration, with the line and column', () => {
    assert.throws(() => configFileToFlags('name: [unclosed\n', types), ConfigFileError);
    assert.throws(() => configFileToFlags('- a\n- b\n', types), /want a mapping/);
    assert.throws(() => configFileToFlags('enable-v2: maybe\n', types), /want true or false/);
    assert.throws(() => configFileToFlags('name: a\nname: b\n', types), {
      message: '2:1: Map keys must be unique',
    });
  });
});

describe('agent: --config-file, a member from etcd.conf.yml', function () {
  this.timeout(60_000);
  let dir: string;
  let agent: AgentProcess | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-config-file-'));
  });

  after(async () => {
    await agent?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the member the file describes, client TLS included; command-line flags win', async () => {
    const ca = await TestCa.create(dir, 'ca');
    const server = await ca.issue('server', { sans: ['IP:127.0.0.1'] });
    const client = await ca.issue('client', { usage: 'client' });
    const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
    const clientUrl = `https://127.0.0.1:${clientPort}`;
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    const file = join(dir, 'etcd.conf.yml');
    // etcd 3.4's etcd.conf.yml.sample, with this test's values.
    await writeFile(
      file,
      `# This is the configuration file for the etcd server.

# Human-readable name for this member.
name: 'infra0'

# Path to the data directory.
data-dir: ${join(dir, 'data')}

# Path to the dedicated wal directory.
wal-dir:

# Number of committed transactions to trigger a snapshot to disk.
snapshot-count: 10000

# Time (in milliseconds) of a heartbeat interval.
heartbeat-interval: 100

# Time (in milliseconds) for an election to timeout.
election-timeout: 1000

# Raise alarms when backend size exceeds the given quota. 0 means use the
# default quota.
quota-backend-bytes: 0

# List of comma separated URLs to listen on for peer traffic.
listen-peer-urls: ${peerUrl}

# List of comma separated URLs to listen on for client traffic.
listen-client-urls: ${clientUrl}

# Maximum number of snapshot files to retain (0 is unlimited).
max-snapshots: 5

# Maximum number of wal files to retain (0 is unlimited).
max-wals: 5

# Comma-separated white list of origins for CORS (cross-origin resource sharing).
cors:

# List of this member's peer URLs to advertise to the rest of the cluster.
# The URLs needed to be a comma-separated list.
initial-advertise-peer-urls: ${peerUrl}

# List of this member's client URLs to advertise to the public.
# The URLs needed to be a comma-separated list.
advertise-client-urls: ${clientUrl}

# Discovery URL used to bootstrap the cluster.
discovery:

# Valid values include 'exit', 'proxy'
discovery-fallback: 'proxy'

# HTTP proxy to use for traffic to discovery service.
discovery-proxy:

# DNS domain used to bootstrap initial cluster.
discovery-srv:

# Initial cluster configuration for bootstrapping.
initial-cluster: infra0=${peerUrl}

# Initial cluster token for the etcd cluster during bootstrap.
initial-cluster-token: 'etcd-cluster'

# Initial cluster state ('new' or 'existing').
initial-cluster-state: 'new'

# Reject reconfiguration requests that would cause quorum loss.
strict-reconfig-check: false

# Accept etcd V2 client requests
enable-v2: true

# Enable runtime profiling data via HTTP server
enable-pprof: true

# Valid values include 'on', 'readonly', 'off'
proxy: 'off'

# Time (in milliseconds) an endpoint will be held in a failed state.
proxy-failure-wait: 5000

# Time (in milliseconds) of the endpoints refresh interval.
proxy-refresh-interval: 30000

# Time (in milliseconds) for a dial to timeout.
proxy-dial-timeout: 1000

# Time (in milliseconds) for a write to timeout.
proxy-write-timeout: 5000

# Time (in milliseconds) for a read to timeout.
proxy-read-timeout: 0

client-transport-security:
  # Path to the client server TLS cert file.
  cert-file: ${server.cert}

  # Path to the client server TLS key file.
  key-file: ${server.key}

  # Enable client cert authentication.
  client-cert-auth: true

  # Path to the client server TLS trusted CA cert file.
  trusted-ca-file: ${ca.cert}

  # Client TLS using generated certificates
  auto-tls: false

peer-transport-security:
  # Path to the peer server TLS cert file.
  cert-file:

  # Path to the peer server TLS key file.
  key-file:

  # Enable peer client cert authentication.
  client-cert-auth: false

  # Path to the peer server TLS trusted CA cert file.
  trusted-ca-file:

  # Peer TLS using generated certificates.
  auto-tls: false

# Enable debug-level logging for etcd.
debug: false

logger: zap

# Specify 'stdout' or 'stderr' to skip journald logging even when running under systemd.
log-outputs: [stderr]

# Force to create a new one member cluster.
force-new-cluster: false

auto-compaction-mode: periodic
auto-compaction-retention: "1"
`,
    );
    // The command line wins over the file: the member is named from here.
    agent = AgentProcess.start([
      '--config-file',
      file,
      '--name',
      'from-flag',
      '--initial-cluster',
      `from-flag=${peerUrl}`,
      '--no-fleet',
    ]);
    await agent.ready();
    const c = new EtcdClient({
      endpoints: [clientUrl],
      tls: { caFile: ca.cert, certFile: client.cert, keyFile: client.key },
      dialTimeoutMs: 2000,
    });
    try {
      await c.kv.put('/config-file', 'yes');
      assert.equal((await c.kv.get('/config-file')).kvs[0]?.value.toString(), 'yes');
      const members = await c.cluster.memberList();
      assert.deepEqual(
        members.members.map((m) => [m.name, m.clientUrls]),
        [['from-flag', [clientUrl]]],
      );
    } finally {
      await c.close();
    }
    // Without a client certificate the TLS handshake fails (client-cert-auth: true).
    const anonymous = new EtcdClient({
      endpoints: [clientUrl],
      tls: { caFile: ca.cert },
      dialTimeoutMs: 1000,
      commandTimeoutMs: 2000,
    });
    try {
      await assert.rejects(anonymous.kv.get('/config-file'));
    } finally {
      await anonymous.close();
    }
    const output = agent.output();
    assert.match(output, /loaded server configuration/);
    for (const flag of ['max-snapshots', 'max-wals', 'enable-v2', 'proxy', 'proxy-read-timeout']) {
      assert.match(output, new RegExp(`"--${flag} has no effect in clusterd: `), flag);
    }
    assert.match(output, /"--discovery-fallback=proxy has no effect in clusterd: /);
    assert.match(output, /"pprof is enabled"/);
    assert.doesNotMatch(output, /--wal-dir has no effect/, 'an empty key is not a given flag');
    assert.deepEqual(await agent.stop(), { code: 0, signal: null });
  });
});
