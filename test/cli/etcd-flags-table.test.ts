// Every flag Debian's `etcd --help` (etcd 3.4) lists is taken by `clusterd agent`: the flag names
// are parsed from etcd's own help, so the table below must keep up with it. The flags are given a
// sensible value each, batched into four starts (those that cannot go together apart): each start
// reaches etcd's "ready to serve client requests", prints the no-effect line of each flag given
// that means nothing here, and exits cleanly on SIGTERM. A few go through ETCD_* variables.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { etcdEnvName, noEffectFlags } from '../../src/cli/etcd-flags.js';
import { AgentProcess } from '../helpers/agent-process.js';
import { ProxiedDiscovery } from '../helpers/discovery.js';
import { etcdBinary } from '../helpers/etcd.js';
import { FakeNameserver } from '../helpers/dns.js';
import { freePorts } from '../helpers/ports.js';
import { TestCa } from '../helpers/pki.js';

/** The flag names `etcd --help` lists (`  --name 'default'` lines). */
async function etcdHelpFlags(): Promise<string[]> {
  // etcd prints its help on stdout and exits 0 (older versions: stderr, exit 2).
  const { stdout, stderr } = await promisify(execFile)(etcdBinary, ['--help']).catch(
    (err: unknown) => err as { stdout: string; stderr: string },
  );
  const flags = new Set<string>();
  for (const line of `${stdout}\n${stderr}`.split('\n')) {
    const m = /^ {2}--([a-z0-9-]+)/.exec(line);
    if (m) flags.add(m[1]!);
  }
  return [...flags];
}

/** A flag given on the command line (`--flag=value`) or as its ETCD_ variable. */
interface Given {
  flag: string;
  value: string;
  via?: 'env';
}

interface Batch {
  name: string;
  given: Given[];
  /** clusterd's own flags the batch needs. */
  extra: string[];
}

describe('agent: every etcd 3.4 flag', function () {
  this.timeout(180_000);
  let dir: string;
  let helpFlags: string[];
  const cleanups: (() => Promise<unknown>)[] = [];

  before(async function () {
    // Debian's etcd is required, as by every other test against etcd: no etcd is a failure.
    helpFlags = await etcdHelpFlags();
    dir = await mkdtemp(join(tmpdir(), 'clusterd-etcd-flags-'));
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts with each of them and stops cleanly, saying which have no effect', async () => {
    assert.ok(helpFlags.length >= 80, `only ${helpFlags.length} flags parsed from etcd --help`);
    const ports = await freePorts(12);
    const port = (i: number): number => ports[i]!;
    const http = (i: number): string => `http://127.0.0.1:${port(i)}`;
    const https = (i: number): string => `https://127.0.0.1:${port(i)}`;

    const ca = await TestCa.create(dir, 'ca');
    const server = await ca.issue('server', { sans: ['IP:127.0.0.1'] });
    const peer = await ca.issue('peer', { cn: 'peer', sans: ['IP:127.0.0.1'] });
    const crl = await ca.crl();

    const discovery = await ProxiedDiscovery.start('token', 1);
    cleanups.push(() => discovery.close());
    const dns = await FakeNameserver.start('127.0.0.1');
    cleanups.push(() => dns.close());
    dns.srv.set('_etcd-server-blue._tcp.example.test', [
      { priority: 0, weight: 0, port: port(10), target: '127.0.0.1' },
    ]);
    const logFile = join(dir, 'member.log');

    const batches: Batch[] = [
      {
        name: 'member, clustering, logging and the flags without effect',
        extra: [],
        given: [
          { flag: 'name', value: 'm1' },
          { flag: 'data-dir', value: join(dir, 'm1') },
          { flag: 'wal-dir', value: join(dir, 'm1-wal') },
          { flag: 'snapshot-count', value: '5000' },
          { flag: 'heartbeat-interval', value: '50' },
          { flag: 'election-timeout', value: '500' },
          { flag: 'initial-election-tick-advance', value: 'false' },
          { flag: 'listen-peer-urls', value: http(0) },
          { flag: 'listen-client-urls', value: http(1) },
          { flag: 'max-snapshots', value: '3' },
          { flag: 'max-wals', value: '3' },
          { flag: 'quota-backend-bytes', value: String(1 << 30) },
          { flag: 'backend-batch-interval', value: '10ms' },
          { flag: 'backend-batch-limit', value: '100' },
          { flag: 'max-txn-ops', value: '64' },
          { flag: 'max-request-bytes', value: String(1 << 20) },
          { flag: 'max-concurrent-streams', value: '100' },
          { flag: 'grpc-keepalive-min-time', value: '10s' },
          { flag: 'grpc-keepalive-interval', value: '1h' },
          { flag: 'grpc-keepalive-timeout', value: '10s' },
          { flag: 'initial-advertise-peer-urls', value: http(0) },
          { flag: 'initial-cluster', value: `m1=${http(0)}` },
          { flag: 'initial-cluster-state', value: 'new' },
          { flag: 'initial-cluster-token', value: 'flags-test' },
          { flag: 'advertise-client-urls', value: http(1) },
          { flag: 'strict-reconfig-check', value: 'false' },
          { flag: 'pre-vote', value: 't' },
          { flag: 'auto-compaction-retention', value: '1h' },
          { flag: 'auto-compaction-mode', value: 'periodic' },
          { flag: 'enable-v2', value: 'true', via: 'env' },
          { flag: 'peer-cert-allowed-hostname', value: 'localhost' },
          { flag: 'cors', value: 'http://app.example' },
          { flag: 'host-whitelist', value: '127.0.0.1,localhost' },
          { flag: 'auth-token', value: 'simple' },
          { flag: 'bcrypt-cost', value: '4' },
          { flag: 'auth-token-ttl', value: '60' },
          { flag: 'enable-pprof', value: 'true' },
          { flag: 'metrics', value: 'extensive' },
          { flag: 'listen-metrics-urls', value: http(2) },
          { flag: 'logger', value: 'zap' },
          { flag: 'log-outputs', value: `stderr,${logFile}` },
          { flag: 'log-level', value: 'info' },
          { flag: 'proxy', value: 'off' },
          { flag: 'proxy-failure-wait', value: '4000' },
          { flag: 'proxy-refresh-interval', value: '20000' },
          { flag: 'proxy-dial-timeout', value: '2000' },
          { flag: 'proxy-write-timeout', value: '4000' },
          { flag: 'proxy-read-timeout', value: '1000' },
          { flag: 'experimental-initial-corrupt-check', value: 'true' },
          { flag: 'experimental-corrupt-check-time', value: '1m' },
          { flag: 'experimental-enable-v2v3', value: '/v2/', via: 'env' },
          { flag: 'experimental-backend-bbolt-freelist-type', value: 'map' },
          { flag: 'experimental-enable-lease-checkpoint', value: 'true' },
          { flag: 'experimental-compaction-batch-limit', value: '500' },
          { flag: 'experimental-watch-progress-notify-interval', value: '5m' },
          { flag: 'experimental-warning-apply-duration', value: '200ms' },
          // A first start: etcd ignores it, as clusterd does.
          { flag: 'force-new-cluster', value: 'true' },
          { flag: 'log-package-levels', value: 'etcdserver=DEBUG' },
        ],
      },
      {
        name: 'security: https client and peer URLs with certificates',
        extra: [],
        given: [
          { flag: 'data-dir', value: join(dir, 'm2') },
          { flag: 'listen-peer-urls', value: https(3) },
          { flag: 'initial-advertise-peer-urls', value: https(3) },
          { flag: 'initial-cluster', value: `default=${https(3)}` },
          { flag: 'listen-client-urls', value: https(4) },
          { flag: 'advertise-client-urls', value: https(4) },
          { flag: 'cert-file', value: server.cert },
          { flag: 'key-file', value: server.key },
          { flag: 'client-cert-auth', value: 'true' },
          { flag: 'client-crl-file', value: crl },
          { flag: 'client-cert-allowed-hostname', value: 'localhost' },
          { flag: 'trusted-ca-file', value: ca.cert },
          // Given certificates, etcd (and clusterd) ignore it and say so.
          { flag: 'auto-tls', value: 'true' },
          { flag: 'peer-cert-file', value: peer.cert },
          { flag: 'peer-key-file', value: peer.key },
          { flag: 'peer-client-cert-auth', value: 'true' },
          { flag: 'peer-trusted-ca-file', value: ca.cert },
          { flag: 'peer-cert-allowed-cn', value: 'peer' },
          { flag: 'peer-auto-tls', value: 'false' },
          { flag: 'peer-crl-file', value: crl },
          { flag: 'cipher-suites', value: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256' },
          { flag: 'experimental-peer-skip-client-san-verification', value: 'true' },
          { flag: 'debug', value: 'true' },
        ],
      },
      {
        name: 'v2 discovery through a proxy',
        extra: [],
        given: [
          { flag: 'data-dir', value: join(dir, 'm3') },
          { flag: 'listen-peer-urls', value: http(5) },
          { flag: 'initial-advertise-peer-urls', value: http(5) },
          { flag: 'listen-client-urls', value: http(6) },
          { flag: 'discovery', value: 'http://discovery.invalid/token' },
          { flag: 'discovery-proxy', value: `127.0.0.1:${discovery.port}` },
          { flag: 'discovery-fallback', value: 'exit' },
        ],
      },
      {
        name: 'DNS SRV discovery',
        extra: ['--discovery-srv-resolver', dns.endpoint],
        given: [
          { flag: 'name', value: 'srv' },
          { flag: 'data-dir', value: join(dir, 'm4') },
          { flag: 'listen-peer-urls', value: http(10) },
          { flag: 'initial-advertise-peer-urls', value: http(10) },
          { flag: 'listen-client-urls', value: http(11) },
          { flag: 'discovery-srv', value: 'example.test' },
          { flag: 'discovery-srv-name', value: 'blue' },
        ],
      },
    ];

    const covered = new Set(batches.flatMap((b) => b.given.map((g) => g.flag)));
    const missing = helpFlags.filter((f) => !covered.has(f));
    assert.deepEqual(missing, [], 'flags of etcd --help no batch gives');

    for (const batch of batches) {
      const args = [
        ...batch.given.filter((g) => g.via !== 'env').map((g) => `--${g.flag}=${g.value}`),
        ...batch.extra,
        '--no-fleet',
      ];
      const env = Object.fromEntries(
        batch.given.filter((g) => g.via === 'env').map((g) => [etcdEnvName(g.flag), g.value]),
      );
      const agent = AgentProcess.start(args, env);
      cleanups.push(() => agent.stop());
      await agent.ready(30_000).catch((err: unknown) => {
        throw new Error(`${batch.name}: ${(err as Error).message}`);
      });
      const output = agent.output();
      for (const { flag } of batch.given) {
        const line = `"--${flag} has no effect in clusterd: `;
        assert.equal(
          output.includes(line),
          noEffectFlags.has(flag),
          `${batch.name}: --${flag}'s no-effect line ${noEffectFlags.has(flag) ? 'missing' : 'printed'}`,
        );
      }
      for (const { flag } of batch.given.filter((g) => g.via === 'env')) {
        assert.match(
          output,
          new RegExp(`recognized and used environment variable ${etcdEnvName(flag)}=`),
        );
      }
      assert.doesNotMatch(output, /"level":"error"/, `${batch.name}: an error was logged`);
      assert.deepEqual(await agent.stop(), { code: 0, signal: null }, `${batch.name}: exit`);
    }
    // --log-outputs wrote the file too.
    assert.match(await readFile(logFile, 'utf8'), /ready to serve client requests/);
    // The discovery service was reached through the proxy only.
    assert.ok(discovery.requests.some((r) => r.startsWith('PUT http://discovery.invalid/token/')));
    assert.ok(dns.questions.includes('_etcd-server-blue._tcp.example.test SRV udp'));
  });
});
