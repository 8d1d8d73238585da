// Transport security with etcd 3.4's flags and meanings: a client port with TLS and client
// certificates (etcdctl 3.4, the npm etcd3 client, clusterd's own CLI), refusals (no certificate,
// another CA, expired, revoked), --auto-tls, https:// metrics, certificates replaced on disk, a
// 3-member cluster over https:// peer URLs that a member with a foreign certificate cannot join,
// and one requiring certificates on both ports, whose followers forward lease renewals.
// Refusals are compared with Debian's etcd 3.4 given the same certificates. The PKI is made with
// `openssl` in the test's own directory (test/helpers/pki.ts).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { Etcd3, EtcdAuthenticationFailedError } from 'etcd3';
import { EtcdClient, type ClientTransportTls } from '../../src/client/index.js';
import { runEtcdctl, type RunResult } from '../compat/etcdctl.js';
import { sleep } from '../helpers/client.js';
import { etcdBinary } from '../helpers/etcd.js';
import { runClusterd } from '../helpers/cli.js';
import { memberArgs } from '../helpers/clusterd.js';
import { fleetTestArgs } from '../helpers/fleet.js';
import { type KeyPair, TestCa } from '../helpers/pki.js';
import { freePorts } from '../helpers/ports.js';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';

/** A server process (clusterd or etcd) the test started; stop() kills it by pid. */
class Server {
  private log: string[] = [];
  readonly exited: Promise<number | null>;

  constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer): void => {
      this.log.push(chunk.toString());
      if (this.log.length > 2000) this.log = this.log.slice(-1000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        resolve(code);
      });
    });
  }

  output(maxChars = 6000): string {
    return this.log.join('').slice(-maxChars);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async waitReady(probe: () => Promise<unknown>, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child.exitCode !== null) {
        throw new Error(`exited with ${this.child.exitCode}:\n${this.output()}`);
      }
      try {
        await probe();
        return;
      } catch (err) {
        if (Date.now() > deadline) {
          throw new Error(`not ready (${String(err)}):\n${this.output()}`, { cause: err });
        }
        await sleep(100);
      }
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

function clusterd(args: string[]): Server {
  ensureBundle();
  return new Server(
    spawn(clusterdCommand[0]!, [...clusterdCommand.slice(1), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

function etcd(args: string[]): Server {
  return new Server(spawn(etcdBinary, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** Runs clusterd's CLI to completion. */
function cli(args: string[]): Promise<RunResult> {
  return runClusterd(args);
}

function tlsClient(endpoint: string, tlsOptions: ClientTransportTls): EtcdClient {
  return new EtcdClient({
    endpoints: [endpoint],
    tls: tlsOptions,
    dialTimeoutMs: 500,
    commandTimeoutMs: 1500,
  });
}

async function statusThrough(endpoint: string, tlsOptions: ClientTransportTls): Promise<void> {
  const c = tlsClient(endpoint, tlsOptions);
  try {
    await c.maintenance.status();
  } finally {
    await c.close();
  }
}

/** etcdctl's flags for a certificate pair. */
const certFlags = (ca: string, pair?: KeyPair): string[] => [
  `--cacert=${ca}`,
  ...(pair ? [`--cert=${pair.cert}`, `--key=${pair.key}`] : []),
];

/** The last line etcdctl wrote on stderr (its "Error: ..." line). */
function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

/** GET over HTTPS with a client certificate; resolves with the status and body. */
function httpsGet(
  url: string,
  ca: string,
  pair: KeyPair,
): Promise<{ status: number | undefined; body: string }> {
  return Promise.all([readFile(ca), readFile(pair.cert), readFile(pair.key)]).then(
    ([caPem, cert, key]) =>
      new Promise((resolve, reject) => {
        const req = https.get(url, { ca: caPem, cert, key, agent: false }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode, body });
          });
        });
        req.on('error', reject);
      }),
  );
}

/** The CN of the certificate a TLS server presents now (no client certificate sent). */
function servedCn(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const cn = socket.getPeerCertificate().subject.CN;
      socket.destroy();
      resolve(typeof cn === 'string' ? cn : String(cn));
    });
    socket.on('error', reject);
  });
}

describe('cluster: TLS on the client and peer ports (etcd 3.4 flags)', function () {
  this.timeout(120_000);
  let dir: string;
  let ca: TestCa;
  let otherCa: TestCa;
  let server: KeyPair;
  let client: KeyPair;
  let expired: KeyPair;
  let revoked: KeyPair;
  let foreign: KeyPair;
  let crl: string;
  const started: Server[] = [];

  const start = (s: Server): Server => {
    started.push(s);
    return s;
  };

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-tls-'));
    ca = await TestCa.create(dir, 'ca');
    otherCa = await TestCa.create(dir, 'other-ca');
    server = await ca.issue('server', { sans: ['IP:127.0.0.1', 'DNS:localhost'] });
    client = await ca.issue('client', { usage: 'client' });
    expired = await ca.issue('expired', { usage: 'client', expired: true });
    revoked = await ca.issue('revoked', { usage: 'client' });
    foreign = await otherCa.issue('client', { usage: 'client' });
    await ca.revoke(revoked.cert);
    crl = await ca.crl();
  });

  after(async function () {
    await Promise.all(started.map((s) => s.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  describe('client port: --cert-file, --trusted-ca-file, --client-cert-auth, --client-crl-file', function () {
    let member: Server;
    let endpoint: string;
    let metricsPort: number;
    let reference: Server;
    let etcdEndpoint: string;

    before(async function () {
      const [clientPort, peerPort, mPort, eClient, ePeer] = (await freePorts(5)) as [
        number,
        number,
        number,
        number,
        number,
      ];
      metricsPort = mPort;
      endpoint = `https://127.0.0.1:${clientPort}`;
      const tlsFlags = [
        `--cert-file=${server.cert}`,
        `--key-file=${server.key}`,
        `--trusted-ca-file=${ca.cert}`,
        '--client-cert-auth',
        `--client-crl-file=${crl}`,
      ];
      member = start(
        clusterd([
          ...memberArgs(
            join(dir, 'member'),
            endpoint,
            `http://127.0.0.1:${peerPort}`,
            [...tlsFlags, `--listen-metrics-urls=https://127.0.0.1:${metricsPort}`],
            { logLevel: 'info', fleet: true },
          ),
          // The scheduler's own client of the store goes through the TLS port too.
          ...fleetTestArgs('5s'),
        ]),
      );
      etcdEndpoint = `https://127.0.0.1:${eClient}`;
      reference = start(
        etcd([
          '--data-dir',
          join(dir, 'etcd'),
          '--listen-client-urls',
          etcdEndpoint,
          '--advertise-client-urls',
          etcdEndpoint,
          '--listen-peer-urls',
          `http://127.0.0.1:${ePeer}`,
          '--initial-advertise-peer-urls',
          `http://127.0.0.1:${ePeer}`,
          '--initial-cluster',
          `default=http://127.0.0.1:${ePeer}`,
          ...tlsFlags,
        ]),
      );
      const files = { caFile: ca.cert, certFile: client.cert, keyFile: client.key };
      await Promise.all([
        member.waitReady(() => statusThrough(endpoint, files)),
        reference.waitReady(() => statusThrough(etcdEndpoint, files)),
      ]);
    });

    afterEach(function () {
      if (this.currentTest?.state === 'failed') console.log(member.output());
    });

    it('etcdctl 3.4 with --cacert/--cert/--key: put, get, endpoint health, member list', async function () {
      const flags = [`--endpoints=${endpoint}`, ...certFlags(ca.cert, client)];
      const put = await runEtcdctl([...flags, 'put', '/tls/a', 'one']);
      assert.equal(put.code, 0, put.stderr);
      assert.equal(put.stdout.trim(), 'OK');
      const get = await runEtcdctl([...flags, 'get', '/tls/a']);
      assert.equal(get.stdout, '/tls/a\none\n', get.stderr);
      const health = await runEtcdctl([...flags, 'endpoint', 'health']);
      assert.equal(health.code, 0, health.stderr);
      assert.match(health.stdout + health.stderr, /is healthy/);
      const members = await runEtcdctl([...flags, 'member', 'list']);
      assert.equal(members.code, 0, members.stderr);
      assert.match(members.stdout, new RegExp(`, started, default, .*, ${endpoint}, false`));
      // endpoint status --cluster sends a scheme-prefixed :authority, served under TLS too.
      const status = await runEtcdctl([...flags, 'endpoint', 'status', '--cluster']);
      assert.equal(status.code, 0, status.stderr);
      assert.match(status.stdout, new RegExp(`^${endpoint}, `));
    });

    it('refuses what etcd refuses, with etcdctl printing what it prints against etcd', async function () {
      const cases: [string, string[]][] = [
        ['no certificate', certFlags(ca.cert)],
        ['a certificate of another CA', certFlags(ca.cert, foreign)],
        ['an expired certificate', certFlags(ca.cert, expired)],
        ['a revoked certificate (--client-crl-file)', certFlags(ca.cert, revoked)],
      ];
      const quick = ['--dial-timeout=1s', '--command-timeout=1s'];
      const results = await Promise.all(
        cases.flatMap(([, flags]) =>
          [endpoint, etcdEndpoint].map((e) =>
            runEtcdctl([`--endpoints=${e}`, ...quick, ...flags, 'put', '/tls/refused', 'x']),
          ),
        ),
      );
      cases.forEach(([what], i) => {
        const ours = results[2 * i]!;
        const theirs = results[2 * i + 1]!;
        assert.notEqual(theirs.code, 0, `etcd accepted ${what}`);
        assert.notEqual(ours.code, 0, `clusterd accepted ${what}`);
        assert.equal(lastLine(ours.stderr), lastLine(theirs.stderr), what);
      });
      assert.equal(lastLine(results[0]!.stderr), 'Error: context deadline exceeded');
      // The member says why, as etcd's "rejected connection" lines do.
      const log = member.output(100_000);
      assert.match(log, /"rejected connection".*peer did not return a certificate/);
      assert.match(log, /"rejected connection".*UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
      assert.match(log, /"rejected connection".*CERT_HAS_EXPIRED/);
      assert.match(log, /"rejected connection".*certificate serial [0-9a-f]+ revoked/);
      const serial = (await TestCa.serial(revoked.cert)).replace(/^0+/, '').toLowerCase();
      assert.match(log, new RegExp(`certificate serial ${serial} revoked`));
    });

    it('a plaintext client gets nothing from the TLS port', async function () {
      const r = await runEtcdctl([
        `--endpoints=${endpoint.replace('https://', 'http://')}`,
        '--dial-timeout=1s',
        '--command-timeout=1s',
        'get',
        '/tls/a',
      ]);
      assert.notEqual(r.code, 0);
      assert.equal(lastLine(r.stderr), 'Error: context deadline exceeded');
    });

    it('the npm etcd3 client with TLS credentials', async function () {
      const [rootCertificate, certChain, privateKey] = await Promise.all([
        readFile(ca.cert),
        readFile(client.cert),
        readFile(client.key),
      ]);
      const etcd3 = new Etcd3({
        hosts: endpoint,
        credentials: { rootCertificate, certChain, privateKey },
      });
      try {
        await etcd3.put('/tls/npm').value('yes');
        assert.equal(await etcd3.get('/tls/npm').string(), 'yes');
      } finally {
        etcd3.close();
      }
    });

    it("clusterd's CLI with --cacert, --cert, --key", async function () {
      const quick = ['--dial-timeout=1s', '--command-timeout=1s'];
      const flags = ['--endpoints', endpoint, '--cacert', ca.cert, '--cert', client.cert];
      const put = await cli(['kv', 'put', '/tls/cli', 'v', ...flags, '--key', client.key]);
      assert.equal(put.code, 0, put.stderr);
      // A bare host:port uses TLS once a certificate flag is given, as with etcdctl.
      const bare = endpoint.replace('https://', '');
      const get = await cli(
        ['kv', 'get', '/tls/cli', '--endpoints', bare, ...flags.slice(2)].concat([
          '--key=' + client.key,
        ]),
      );
      assert.equal(get.code, 0, get.stderr);
      assert.equal(get.stdout, '/tls/cli\nv\n');
      const health = await cli(['endpoint', 'health', ...flags, '--key', client.key]);
      assert.equal(health.code, 0, health.stderr);
      const refused = await cli(['kv', 'get', '/tls/cli', ...flags.slice(0, 4), ...quick]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /No connection established to .*: .*certificate required/);
      const untrusted = await cli([
        'kv',
        'get',
        '/tls/cli',
        '--endpoints',
        endpoint,
        '--cacert',
        otherCa.cert,
        ...quick,
      ]);
      assert.equal(untrusted.code, 1);
      assert.match(untrusted.stderr, /x509: certificate signed by unknown authority/);
      const missing = await cli([
        'kv',
        'get',
        'k',
        '--endpoints',
        endpoint,
        '--cacert',
        '/nonexistent',
      ]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /Error: open \/nonexistent: no such file or directory/);
    });

    it('/health on the client port and /metrics on an https:// metrics URL', async function () {
      const health = await httpsGet(`${endpoint}/health`, ca.cert, client);
      assert.equal(health.status, 200);
      assert.match(health.body, /"health":"true"/);
      const metrics = await httpsGet(`https://127.0.0.1:${metricsPort}/metrics`, ca.cert, client);
      assert.equal(metrics.status, 200);
      assert.match(metrics.body, /etcd_server_has_leader/);
    });

    it("the agent's scheduler reaches its store through the TLS port", async function () {
      const c = tlsClient(endpoint, {
        caFile: ca.cert,
        certFile: client.cert,
        keyFile: client.key,
      });
      try {
        for (let i = 0; ; i++) {
          const r = await c.kv.get('/_coreos.com/fleet/machines/', {
            prefix: true,
            keysOnly: true,
          });
          if (r.kvs.length > 0) break;
          if (i > 100) assert.fail(`no machine registered:\n${member.output()}`);
          await sleep(100);
        }
      } finally {
        await c.close();
      }
    });
  });

  describe('--auto-tls and https:// URLs without certificates', function () {
    it('serves a self-signed certificate that --insecure-skip-tls-verify accepts', async function () {
      const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
      const endpoint = `https://127.0.0.1:${clientPort}`;
      const dataDir = join(dir, 'auto');
      const member = start(
        clusterd(
          memberArgs(dataDir, endpoint, `http://127.0.0.1:${peerPort}`, ['--auto-tls'], {
            logLevel: 'info',
          }),
        ),
      );
      await member.waitReady(() => statusThrough(endpoint, { insecureSkipVerify: true }));
      const cert = await readFile(join(dataDir, 'fixtures', 'client', 'cert.pem'), 'utf8');
      assert.match(cert, /^-----BEGIN CERTIFICATE-----/);
      assert.equal(
        ((await stat(join(dataDir, 'fixtures', 'client', 'key.pem'))).mode & 0o777).toString(8),
        '600',
      );
      // etcdctl applies --insecure-skip-tls-verify once TLS is on (--insecure-transport=false).
      const ok = await runEtcdctl([
        `--endpoints=${endpoint}`,
        '--insecure-skip-tls-verify',
        '--insecure-transport=false',
        'put',
        '/auto',
        'tls',
      ]);
      assert.equal(ok.code, 0, ok.stderr);
      const verified = await runEtcdctl([
        `--endpoints=${endpoint}`,
        '--dial-timeout=1s',
        '--command-timeout=1s',
        '--insecure-transport=false',
        'get',
        '/auto',
      ]);
      assert.notEqual(verified.code, 0);
      const ours = await cli([
        'kv',
        'get',
        '/auto',
        '--endpoints',
        endpoint,
        '--insecure-skip-tls-verify',
      ]);
      assert.equal(ours.code, 0, ours.stderr);
      assert.equal(ours.stdout, '/auto\ntls\n');
      const unverified = await cli([
        'kv',
        'get',
        '/auto',
        '--endpoints',
        endpoint,
        '--dial-timeout=1s',
        '--command-timeout=1s',
      ]);
      assert.equal(unverified.code, 1);
      assert.match(unverified.stderr, /x509: certificate signed by unknown authority/);
    });

    it("refuses https:// URLs without certificates with etcd's words", async function () {
      const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
      const httpsClient = `https://127.0.0.1:${clientPort}`;
      const httpsPeer = `https://127.0.0.1:${peerPort}`;
      const cases: [string, string, string[]][] = [
        [
          'client',
          `TLS key/cert (--cert-file, --key-file) must be provided for client url ${httpsClient} with HTTPS scheme`,
          [httpsClient, `http://127.0.0.1:${peerPort}`],
        ],
        [
          'peer',
          `cannot listen on TLS for 127.0.0.1:${peerPort}: KeyFile and CertFile are not presented`,
          [`http://127.0.0.1:${clientPort}`, httpsPeer],
        ],
      ];
      for (const [what, message, [c, p]] of cases) {
        const ours = start(
          clusterd(memberArgs(join(dir, `no-cert-${what}`), c!, p!, [], { logLevel: 'info' })),
        );
        const theirs = start(
          etcd([
            '--data-dir',
            join(dir, `etcd-no-cert-${what}`),
            '--listen-client-urls',
            c!,
            '--advertise-client-urls',
            c!,
            '--listen-peer-urls',
            p!,
            '--initial-advertise-peer-urls',
            p!,
            '--initial-cluster',
            `default=${p!}`,
          ]),
        );
        assert.notEqual(await ours.exited, 0);
        assert.notEqual(await theirs.exited, 0);
        assert.ok(theirs.output().includes(message), theirs.output());
        assert.ok(ours.output().includes(message), ours.output());
      }
      const badSuite = start(
        clusterd(
          memberArgs(
            join(dir, 'bad-suite'),
            httpsClient,
            `http://127.0.0.1:${peerPort}`,
            [
              `--cert-file=${server.cert}`,
              `--key-file=${server.key}`,
              '--cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_NO_SUCH_SUITE',
            ],
            { logLevel: 'info' },
          ),
        ),
      );
      assert.notEqual(await badSuite.exited, 0);
      assert.match(badSuite.output(), /unexpected TLS cipher suite "TLS_NO_SUCH_SUITE"/);
    });
  });

  describe('certificates replaced on disk', function () {
    it('serves the new certificate and CRL to the next connection, without a restart', async function () {
      const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
      const endpoint = `https://127.0.0.1:${clientPort}`;
      const live = { cert: join(dir, 'live-cert.pem'), key: join(dir, 'live-key.pem') };
      await copyFile(server.cert, live.cert);
      await copyFile(server.key, live.key);
      const liveCrl = join(dir, 'live-crl.pem');
      await copyFile(crl, liveCrl);
      const late = await ca.issue('late', { usage: 'client' });
      const member = start(
        clusterd(
          memberArgs(
            join(dir, 'reload'),
            endpoint,
            `http://127.0.0.1:${peerPort}`,
            [
              `--cert-file=${live.cert}`,
              `--key-file=${live.key}`,
              `--trusted-ca-file=${ca.cert}`,
              '--client-cert-auth',
              `--client-crl-file=${liveCrl}`,
            ],
            { logLevel: 'info' },
          ),
        ),
      );
      const files = { caFile: ca.cert, certFile: late.cert, keyFile: late.key };
      await member.waitReady(() => statusThrough(endpoint, files));
      assert.equal(await servedCn(clientPort), 'server');

      const renewed = await ca.issue('renewed', { cn: 'renewed', sans: ['IP:127.0.0.1'] });
      await writeFile(live.key, await readFile(renewed.key));
      await writeFile(live.cert, await readFile(renewed.cert));
      assert.equal(await servedCn(clientPort), 'renewed');
      await statusThrough(endpoint, files);

      // Revoked after the start: the next connection with it is refused.
      await ca.revoke(late.cert);
      await ca.crl(liveCrl);
      await assert.rejects(statusThrough(endpoint, files));
      await statusThrough(endpoint, {
        caFile: ca.cert,
        certFile: client.cert,
        keyFile: client.key,
      });
      assert.match(member.output(), /TLS files reloaded/);
    });
  });

  describe('a client certificate as the user (--client-cert-auth with auth on)', function () {
    it('gives the common name the permissions of the user of that name, as etcd 3.4 does', async function () {
      const [cPort, pPort, eClient, ePeer] = (await freePorts(4)) as [
        number,
        number,
        number,
        number,
      ];
      const tlsFlags = [
        `--cert-file=${server.cert}`,
        `--key-file=${server.key}`,
        `--trusted-ca-file=${ca.cert}`,
        '--client-cert-auth',
      ];
      const endpoint = `https://127.0.0.1:${cPort}`;
      const etcdEndpoint = `https://127.0.0.1:${eClient}`;
      const member = start(
        clusterd(
          memberArgs(join(dir, 'cn-member'), endpoint, `http://127.0.0.1:${pPort}`, tlsFlags, {
            logLevel: 'info',
          }),
        ),
      );
      const reference = start(
        etcd([
          ...['--data-dir', join(dir, 'cn-etcd')],
          ...['--listen-client-urls', etcdEndpoint, '--advertise-client-urls', etcdEndpoint],
          ...['--listen-peer-urls', `http://127.0.0.1:${ePeer}`],
          ...['--initial-advertise-peer-urls', `http://127.0.0.1:${ePeer}`],
          ...['--initial-cluster', `default=http://127.0.0.1:${ePeer}`],
          ...tlsFlags,
        ]),
      );
      const [root, alice, mallory] = await Promise.all(
        ['root', 'alice', 'mallory'].map((cn) => ca.issue(`cn-${cn}`, { cn, usage: 'client' })),
      );
      const files = { caFile: ca.cert, certFile: root!.cert, keyFile: root!.key };
      await Promise.all([
        member.waitReady(() => statusThrough(endpoint, files)),
        reference.waitReady(() => statusThrough(etcdEndpoint, files)),
      ]);
      const outputs: string[][] = [];
      for (const at of [etcdEndpoint, endpoint]) {
        // clusterd's own client with a user, made while auth is off and sending no token: once
        // auth is on, its certificate (mallory, no such user) is refused, and it must log in.
        const ours = new EtcdClient({
          endpoints: [at],
          tls: { caFile: ca.cert, certFile: mallory!.cert, keyFile: mallory!.key },
          credentials: { username: 'root', password: 'rootpw' },
        });
        await ours.kv.put('/ours/x', 'before');
        const as = (pair: KeyPair, ...args: string[]) =>
          runEtcdctl([`--endpoints=${at}`, ...certFlags(ca.cert, pair), ...args]);
        const seen: string[] = [];
        const step = async (pair: KeyPair, ...args: string[]): Promise<void> => {
          const r = await as(pair, ...args);
          seen.push(`${args.join(' ')} -> ${r.code} ${r.stdout.trim()} ${lastLine(r.stderr)}`);
        };
        // The root user has a password; alice is a certificate-only user.
        await step(root!, 'user', 'add', 'root:rootpw');
        await step(root!, 'user', 'grant-role', 'root', 'root');
        await step(root!, 'user', 'add', 'alice', '--no-password');
        await step(root!, 'role', 'add', 'a-rw');
        await step(root!, 'role', 'grant-permission', 'a-rw', '--prefix', 'readwrite', '/a/');
        await step(root!, 'user', 'grant-role', 'alice', 'a-rw');
        await step(root!, 'auth', 'enable');
        await step(alice!, 'put', '/a/x', '1');
        await step(alice!, 'get', '/a/x', '--print-value-only');
        await step(alice!, 'put', '/b/x', '1');
        await step(mallory!, 'get', '/a/x');
        await step(root!, 'user', 'list');
        // A token wins over the certificate: alice's certificate with root's password is root.
        await step(alice!, '--user', 'root:rootpw', 'put', '/b/x', 'root');
        outputs.push(seen);
        try {
          assert.equal(await ours.kv.getString('/ours/x'), 'before');
          assert.equal(ours.authenticatedUser, 'root');
        } finally {
          await ours.close();
        }
      }
      assert.deepEqual(outputs[1], outputs[0]);
      // The npm etcd3 client over TLS with a user: a token wins over its certificate (mallory's).
      const [rootCertificate, certChain, privateKey] = await Promise.all([
        readFile(ca.cert),
        readFile(mallory!.cert),
        readFile(mallory!.key),
      ]);
      for (const at of [etcdEndpoint, endpoint]) {
        const npm = (password: string): Etcd3 =>
          new Etcd3({
            hosts: at,
            credentials: { rootCertificate, certChain, privateKey },
            auth: { username: 'root', password },
          });
        const root = npm('rootpw');
        const wrong = npm('nope');
        try {
          await root.put('/npm/x').value('tls+auth');
          assert.equal(await root.get('/npm/x').string(), 'tls+auth');
          await assert.rejects(wrong.get('/npm/x').string(), EtcdAuthenticationFailedError);
        } finally {
          root.close();
          wrong.close();
        }
      }
      // Not vacuous: the certificate's name was given its permissions, and refused others.
      assert.ok(outputs[0]!.includes('put /a/x 1 -> 0 OK '), outputs[0]!.join('\n'));
      assert.ok(
        outputs[0]!.some((l) => l.startsWith('put /b/x 1 -> 1') && /permission denied/.test(l)),
        outputs[0]!.join('\n'),
      );
    });
  });

  describe('--bootstrap-expect and --join over https:// peer URLs', function () {
    it('3 machines with certificates of the CA form one cluster; one with a foreign certificate is never counted', async function () {
      const ports = await freePorts(8);
      const peerUrl = (i: number): string => `https://127.0.0.1:${ports[2 * i + 1]!}`;
      const clientUrl = (i: number): string => `http://127.0.0.1:${ports[2 * i]!}`;
      const join3 = [0, 1, 2].map(peerUrl).join(',');
      const machine = (i: number, pair: KeyPair, expect: string): Server =>
        start(
          clusterd([
            'agent',
            ...['--name', `b${i}`, '--data-dir', join(dir, `bootstrap-${i}`)],
            ...['--listen-client-urls', clientUrl(i), '--advertise-client-urls', clientUrl(i)],
            ...['--listen-peer-urls', peerUrl(i), '--initial-advertise-peer-urls', peerUrl(i)],
            ...['--bootstrap-expect', expect, '--join', join3],
            ...['--log-level', 'info', '--no-fleet'],
            `--peer-cert-file=${pair.cert}`,
            `--peer-key-file=${pair.key}`,
            `--peer-trusted-ca-file=${ca.cert}`,
            '--peer-client-cert-auth',
          ]),
        );
      // The rogue (another CA's certificate, trusting ours) starts first and expects 2: had it
      // been counted by anyone, or could it count one of them, it would found a cluster of two.
      const rogueCert = await otherCa.issue('rogue-b', { sans: ['IP:127.0.0.1'] });
      const rogue = machine(3, rogueCert, '2');
      const pairs = await Promise.all(
        [0, 1, 2].map((i) => ca.issue(`boot-${i}`, { cn: `b${i}`, sans: ['IP:127.0.0.1'] })),
      );
      const machines = [0, 1, 2].map((i) => machine(i, pairs[i]!, '3'));
      const all = new EtcdClient({
        endpoints: [0, 1, 2].map(clientUrl),
        dialTimeoutMs: 500,
        commandTimeoutMs: 3000,
      });
      try {
        await Promise.all(
          machines.map((m, i) =>
            m.waitReady(async () => {
              const c = new EtcdClient({ endpoints: [clientUrl(i)], dialTimeoutMs: 300 });
              try {
                if ((await c.maintenance.status()).leader === 0n) throw new Error('no leader');
              } finally {
                await c.close();
              }
            }),
          ),
        );
        const list = await all.cluster.memberList();
        assert.deepEqual(list.members.map((m) => m.name).sort(), ['b0', 'b1', 'b2']);
        await all.kv.put('/bootstrap-tls', 'formed');
        assert.match(machines[0]!.output(100_000), /bootstrapping a new cluster/);
        assert.equal(rogue.running, true, 'the rogue waits, alone');
        assert.doesNotMatch(rogue.output(100_000), /bootstrapping a new cluster/);
      } finally {
        await all.close();
      }
    });
  });

  describe('peer port: https:// peer URLs with --peer-client-cert-auth', function () {
    it('3 members form and replicate, a 4th joins through a snapshot; a member with a foreign certificate cannot join', async function () {
      const ports = await freePorts(10);
      const names = ['n1', 'n2', 'n3'];
      const peerUrl = (i: number): string => `https://127.0.0.1:${ports[2 * i + 1]!}`;
      const clientUrl = (i: number): string => `http://127.0.0.1:${ports[2 * i]!}`;
      const initialCluster = names.map((n, i) => `${n}=${peerUrl(i)}`).join(',');
      const pairs = await Promise.all(
        names.map((n) => ca.issue(`peer-${n}`, { cn: n, sans: ['IP:127.0.0.1'] })),
      );
      const members = names.map((n, i) =>
        start(
          clusterd([
            'agent',
            '--name',
            n,
            '--data-dir',
            join(dir, `peer-${n}`),
            '--listen-client-urls',
            clientUrl(i),
            '--advertise-client-urls',
            clientUrl(i),
            '--listen-peer-urls',
            peerUrl(i),
            '--initial-advertise-peer-urls',
            peerUrl(i),
            '--initial-cluster',
            initialCluster,
            '--heartbeat-interval',
            '50',
            '--election-timeout',
            '500',
            '--log-level',
            'info',
            '--no-fleet',
            `--peer-cert-file=${pairs[i]!.cert}`,
            `--peer-key-file=${pairs[i]!.key}`,
            `--peer-trusted-ca-file=${ca.cert}`,
            '--peer-client-cert-auth',
            // Compacted often, so that a member joining later needs a snapshot.
            '--snapshot-count',
            '10',
            '--experimental-snapshot-catchup-entries',
            '2',
            // Members are added right after the others start, sooner than etcd's strict check
            // (peers connected for 5 s) allows; that check has its own test.
            '--strict-reconfig-check=false',
          ]),
        ),
      );
      const all = new EtcdClient({
        endpoints: names.map((_, i) => clientUrl(i)),
        dialTimeoutMs: 500,
        commandTimeoutMs: 3000,
      });
      try {
        await Promise.all(
          members.map((m, i) =>
            m.waitReady(async () => {
              const c = new EtcdClient({ endpoints: [clientUrl(i)], dialTimeoutMs: 300 });
              try {
                const s = await c.maintenance.status();
                if (s.leader === 0n) throw new Error('no leader yet');
              } finally {
                await c.close();
              }
            }),
          ),
        );
        await all.kv.put('/peer-tls', 'replicated');
        for (let i = 0; i < 3; i++) {
          const c = new EtcdClient({ endpoints: [clientUrl(i)], dialTimeoutMs: 500 });
          try {
            // Linearizable: the member confirms with the leader over the TLS peer streams.
            assert.equal((await c.kv.get('/peer-tls')).kvs[0]?.value.toString(), 'replicated');
          } finally {
            await c.close();
          }
        }
        const list = await all.cluster.memberList();
        assert.deepEqual(
          list.members.flatMap((m) => m.peerUrls).sort(),
          names.map((_, i) => peerUrl(i)).sort(),
        );

        // A 4th member with a certificate of the same CA joins; the log it needs is compacted, so
        // it gets the leader's state as a snapshot over the TLS peer port.
        for (let i = 0; i < 30; i++) await all.kv.put(`/peer-tls/${i}`, String(i));
        const n4Url = `https://127.0.0.1:${ports[9]!}`;
        await all.cluster.memberAdd([n4Url]);
        const n4Cert = await ca.issue('peer-n4', { cn: 'n4', sans: ['IP:127.0.0.1'] });
        const n4Client = `http://127.0.0.1:${ports[8]!}`;
        const n4 = start(
          clusterd([
            'agent',
            '--name',
            'n4',
            '--data-dir',
            join(dir, 'peer-n4'),
            '--listen-client-urls',
            n4Client,
            '--advertise-client-urls',
            n4Client,
            '--listen-peer-urls',
            n4Url,
            '--initial-cluster',
            `n1=${peerUrl(0)},n4=${n4Url}`,
            '--initial-cluster-state',
            'existing',
            '--log-level',
            'info',
            '--no-fleet',
            `--peer-cert-file=${n4Cert.cert}`,
            `--peer-key-file=${n4Cert.key}`,
            `--peer-trusted-ca-file=${ca.cert}`,
            '--peer-client-cert-auth',
          ]),
        );
        await n4.waitReady(async () => {
          const c = new EtcdClient({ endpoints: [n4Client], dialTimeoutMs: 300 });
          try {
            const r = await c.kv.get('/peer-tls/29', { serializable: true });
            if (r.kvs[0]?.value.toString() !== '29') throw new Error('not caught up yet');
          } finally {
            await c.close();
          }
        });
        assert.match(members.map((m) => m.output(100_000)).join(''), /raft snapshot sent/);

        // A member of the cluster's list, whose certificate another CA signed (it trusts ours).
        const rogueUrl = `https://127.0.0.1:${ports[7]!}`;
        await all.cluster.memberAdd([rogueUrl]);
        const rogueCert = await otherCa.issue('rogue', { sans: ['IP:127.0.0.1'] });
        const rogue = start(
          clusterd([
            'agent',
            '--name',
            'rogue',
            '--data-dir',
            join(dir, 'peer-rogue'),
            '--listen-client-urls',
            `http://127.0.0.1:${ports[6]!}`,
            '--listen-peer-urls',
            rogueUrl,
            '--initial-cluster',
            `n1=${peerUrl(0)},rogue=${rogueUrl}`,
            '--initial-cluster-state',
            'existing',
            '--no-fleet',
            `--peer-cert-file=${rogueCert.cert}`,
            `--peer-key-file=${rogueCert.key}`,
            `--peer-trusted-ca-file=${ca.cert}`,
            '--peer-client-cert-auth',
          ]),
        );
        assert.notEqual(await rogue.exited, 0);
        assert.match(rogue.output(), /cannot join the existing cluster/);
        assert.match(
          members[0]!.output(100_000),
          /"rejected connection".*UNABLE_TO_VERIFY_LEAF_SIGNATURE/,
        );
        // The cluster runs on without it.
        await all.kv.put('/peer-tls', 'still');
        const unstarted = (await all.cluster.memberList()).members.filter((m) => m.name === '');
        assert.equal(unstarted.length, 1);
      } finally {
        await all.close();
      }
    });
  });

  describe('client certificates on both ports of 3 members', function () {
    it('a follower forwards lease renewals and time-to-live questions to the leader', async function () {
      const ports = await freePorts(6);
      const names = ['f1', 'f2', 'f3'];
      const peerUrl = (i: number): string => `https://127.0.0.1:${ports[2 * i + 1]!}`;
      const clientUrl = (i: number): string => `https://127.0.0.1:${ports[2 * i]!}`;
      const initialCluster = names.map((n, i) => `${n}=${peerUrl(i)}`).join(',');
      const pairs = await Promise.all(
        names.map((n) => ca.issue(`both-${n}`, { cn: n, sans: ['IP:127.0.0.1'] })),
      );
      const members = names.map((n, i) =>
        start(
          clusterd([
            'agent',
            ...['--name', n, '--data-dir', join(dir, `both-${n}`)],
            ...['--listen-client-urls', clientUrl(i), '--advertise-client-urls', clientUrl(i)],
            ...['--listen-peer-urls', peerUrl(i), '--initial-advertise-peer-urls', peerUrl(i)],
            ...['--initial-cluster', initialCluster],
            ...['--heartbeat-interval', '50', '--election-timeout', '500'],
            ...['--log-level', 'info', '--no-fleet'],
            `--cert-file=${pairs[i]!.cert}`,
            `--key-file=${pairs[i]!.key}`,
            `--trusted-ca-file=${ca.cert}`,
            '--client-cert-auth',
            `--peer-cert-file=${pairs[i]!.cert}`,
            `--peer-key-file=${pairs[i]!.key}`,
            `--peer-trusted-ca-file=${ca.cert}`,
            '--peer-client-cert-auth',
          ]),
        ),
      );
      const withCert: ClientTransportTls = {
        caFile: ca.cert,
        certFile: client.cert,
        keyFile: client.key,
      };
      const statuses = await Promise.all(
        members.map(async (m, i) => {
          let status: Awaited<ReturnType<EtcdClient['maintenance']['status']>> | undefined;
          await m.waitReady(async () => {
            const c = tlsClient(clientUrl(i), withCert);
            try {
              status = await c.maintenance.status();
              if (status.leader === 0n) throw new Error('no leader yet');
            } finally {
              await c.close();
            }
          });
          return status!;
        }),
      );
      const follower = statuses.findIndex((s) => s.header.memberId !== s.leader);
      assert.ok(follower >= 0, 'a follower');
      const c = tlsClient(clientUrl(follower), withCert);
      try {
        const lease = await c.lease.grant(30);
        // Only the leader renews: the follower asks it, with its peer certificate.
        const renewed = await c.lease.keepAliveOnce(lease.id, { timeoutMs: 5000 });
        assert.equal(renewed.ttl, 30);
        const ttl = await c.lease.timeToLive(lease.id, {}, { timeoutMs: 5000 });
        assert.equal(ttl.grantedTtl, 30);
        assert.ok(ttl.ttl > 25 && ttl.ttl <= 30, String(ttl.ttl));
      } finally {
        await c.close();
      }
      for (const m of members) assert.doesNotMatch(m.output(100_000), /x509|rejected connection/);
    });
  });
});
