// The seed talk's cluster, end to end ("Criando um cluster CoreOS com Docker", 2015): three
// machines run the one executable with one command line and form a cluster; the network gives
// each a subnet and each machine's Docker engine is started on it, CoreOS's order (flannel, then
// docker); the talk's nginx@.service runs one instance per machine, each with a sidekick that
// announces it in SkyDNS; every machine's DNS finds the instances, the machines and the running
// units; containers reach each other across machines over the overlay; a machine is killed and
// comes back. `make e2e` runs it (not `make test`: it takes minutes and needs root).
//
// It runs twice, the same steps and assertions each time: in plain text ('plain', the talk's
// cluster as docs/walkthrough.md shows it), then secure ('tls+auth'): every store port https://
// with certificates of a CA made for the run (a server and peer certificate per machine, a client
// certificate for the tools), client certificates required on both ports, `--bootstrap-expect`
// over https:// peer URLs; once the cluster has formed, the admin adds users and roles with
// Debian's etcdctl (README.md "Users and roles": the machines', the deployers', the sidekicks')
// and enables auth; the agents authenticate as `machine` from the start, fleetctl submits the
// units as `deployer`, the sidekicks' etcdctl as `sidekick` (its settings from an
// EnvironmentFile=, the one line by which its unit differs). The secure run also checks what must
// be refused: a user without the deployers' role, a client without a certificate or a user, plain
// http:// on the store's ports.
//
// The machines are network namespaces on one LAN (test/helpers/netns.ts), each with its own
// address, its own port 53 and 80, and its own dockerd inside (test/helpers/docker-engine.ts);
// the images come from one registry on the switch (test/helpers/docker-registry.ts), every
// engine's registry mirror. What runs is dist/clusterd, the single executable `make binary`
// builds, copied as one copies it to a machine; fleetctl is the same file under that name.
//
// Not root: skipped, saying why. Root but no namespaces or no Docker here: failed, saying why
// (CI is root, and there the scenario must run). Everything it starts is stopped, and its
// namespaces, mounts and directories removed, also on a failure; a failure keeps the machines'
// logs and the transcript in build/e2e/.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import {
  appendFile,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../helpers/client.js';
import { parseDig, type DigResult } from '../helpers/dns.js';
import { type KeyPair, TestCa } from '../helpers/pki.js';
import {
  type DockerEngine,
  dockerUnavailableReason,
  startDockerEngine,
} from '../helpers/docker-engine.js';
import { startTestRegistry, testPage, type TestRegistry } from '../helpers/docker-registry.js';
import {
  createNetnsLab,
  type Machine,
  type NetnsLab,
  netnsUnavailableReason,
} from '../helpers/netns.js';
import { talkNginxUnit } from '../fleet/seed-unit.js';

const repoRoot = join(import.meta.dirname, '..', '..');
/** The overlay: a range no test host, Docker default or other test uses. */
const network = '10.66.0.0/16';
/**
 * A dead machine's units move after this (fleet's default is 30 s; short to keep the run short).
 * Not shorter: the living machines must renew their leases across the election that follows the
 * store's leader's death, within the 60% of it after which each would stop its units (the fence).
 */
const agentTtl = '10s';
/** The sidekick's records live this long unless renewed (it renews them every 3 s). */
const sidekickTtl = 10;
const instances = ['80', '81', '82'];
/** Where the transcript of the last run, and a failed run's logs, are kept. */
const keepDir = join(repoRoot, 'build', 'e2e');

/**
 * The sidekick, in the manner of CoreOS's (fleet's example `apache-discovery@.service`): while the
 * instance answers on this machine's port 80 it writes the SkyDNS record
 * /skydns/local/skydns/nginx/<instance> = {"host": <this machine's address>, "port": 80} with
 * Debian's etcdctl v3 against the local member (its default endpoint, 127.0.0.1:2379), on a lease
 * of 10 s taken anew every 3 s (etcdctl v2's `set --ttl`), so the record goes when the machine
 * dies. The machine's address is the one fleet knows it by (its record under
 * /_coreos.com/fleet/machines/%m, read on every round: the store may be electing a leader when
 * the sidekick starts; CoreOS units read ${COREOS_PRIVATE_IPV4} from /etc/environment).
 *
 * No BindsTo=nginx@%i.service: the talk's unit runs `docker run -d`, which returns at once, so the
 * unit is inactive (dead) a moment after it started and a sidekick bound to it would be stopped
 * with it (test/fleet/containers.test.ts shows that). This one follows the container instead, by
 * its port; MachineOf= keeps it beside the instance, and the instance's Requires= starts it.
 *
 * With TLS and auth (the secure run) the unit has one line more, an EnvironmentFile= that gives its
 * etcdctl the endpoint, the CA, a client certificate and a user (ETCDCTL_ENDPOINTS, ETCDCTL_CACERT,
 * ETCDCTL_CERT, ETCDCTL_KEY, ETCDCTL_USER: etcdctl 3.4 reads each flag from ETCDCTL_<FLAG>).
 */
const sidekickUnit = (environmentFile?: string): string => `[Unit]
Description=Announce nginx@%i in SkyDNS
After=nginx@%i.service

[Service]
Environment=ETCDCTL_API=3
${environmentFile === undefined ? '' : `EnvironmentFile=${environmentFile}\n`}ExecStart=/bin/sh -c 'while :; do \\
    ip=$$(etcdctl get --print-value-only /_coreos.com/fleet/machines/%m \\
      | sed -n "s/.*publicIp.:.\\\\([0-9.]*\\\\).*/\\\\1/p"); \\
    if [ -n "$$ip" ] && busybox wget -q -O /dev/null http://$$ip/; then \\
      etcdctl put --lease=$$(etcdctl lease grant ${sidekickTtl} | cut -d" " -f2) \\
        /skydns/local/skydns/nginx/%i "{\\\\"host\\\\":\\\\"$$ip\\\\",\\\\"port\\\\":80}" >/dev/null; \\
    fi; \\
    sleep 3; \\
  done'
Restart=always

[X-Fleet]
MachineOf=nginx@%i.service
`;

interface Node {
  readonly machine: Machine;
  /** m1, m2, m3. */
  readonly name: string;
  readonly dir: string;
  readonly dataDir: string;
  readonly subnetFile: string;
  readonly logFile: string;
  agent: ChildProcess | undefined;
  engine: DockerEngine | undefined;
  /** The secure run's certificate of its store, both ports (SANs: its address and 127.0.0.1). */
  tls: KeyPair | undefined;
}

/** The two runs of the scenario: the same steps, in plain text, then with TLS and auth. */
interface Mode {
  /** In the run's title and its kept logs' directory. */
  readonly name: 'plain' | 'tls+auth';
  /** TLS on every port of the store; auth on once the cluster has formed. */
  readonly secure: boolean;
  /** The transcript's file in build/e2e (the plain one is what docs/walkthrough.md shows). */
  readonly transcript: string;
}

const modes: readonly Mode[] = [
  { name: 'plain', secure: false, transcript: 'seed-cluster.transcript.txt' },
  { name: 'tls+auth', secure: true, transcript: 'seed-cluster.tls-auth.transcript.txt' },
];

/** The secure run's users (README.md "Users and roles") and their passwords. */
const passwords = {
  root: 'root-pw',
  machine: 'machine-pw',
  deployer: 'deployer-pw',
  sidekick: 'sidekick-pw',
} as const;

async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  intervalMs = 500,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeoutMs / 1000} s (last: ${String(last)})`);
    await sleep(intervalMs);
  }
}

for (const mode of modes)
  describe(`e2e: the seed talk’s cluster on three machines (${mode.name})`, function () {
    seedScenario(this, mode);
  });

/** The scenario's steps in `suite`, run as `mode` says. */
function seedScenario(suite: Mocha.Suite, mode: Mode): void {
  suite.timeout(120_000);
  // Each step stands on the one before: after a failure the rest would only fail again.
  suite.bail(true);

  let lab: NetnsLab | undefined;
  let registry: TestRegistry | undefined;
  let dir = '';
  let bin = '';
  let unitsDir = '';
  let transcript = '';
  let env: NodeJS.ProcessEnv = {};
  const nodes: Node[] = [];
  /** Not root: nothing was made, nothing to keep. */
  let skipped = false;
  /** The secure run's CA: every certificate of the run, the machines' and the tools'. */
  let ca: TestCa | undefined;
  const secure = mode.secure;
  /** The store's URLs: https:// on every port in the secure run. */
  const scheme = secure ? 'https' : 'http';

  const node = (name: string): Node => nodes.find((n) => n.name === name)!;
  const addressOf = (name: string): string => node(name).machine.address;

  // The secure run's tools: the CA and a client certificate in the directory commands run in (as
  // an operator keeps them), and a user. clusterd's commands take etcdctl's flags (TLS to the
  // default 127.0.0.1:2379 once a file is given) and act as root; fleetctl takes its own and acts
  // as a deployer; Debian's etcdctl, the admin's tool, asks m1.
  const toolTls = { ca: 'ca.pem', cert: 'client.pem', key: 'client-key.pem' };
  const clusterdFlags = secure
    ? [
        ...['--cacert', toolTls.ca, '--cert', toolTls.cert, '--key', toolTls.key],
        ...['--user', `root:${passwords.root}`],
      ]
    : [];
  const fleetctlFlags = (user: keyof typeof passwords = 'deployer'): string[] =>
    secure
      ? [
          ...['--endpoint', 'https://127.0.0.1:2379'],
          ...['--ca-file', toolTls.ca, '--cert-file', toolTls.cert, '--key-file', toolTls.key],
          ...['--user', `${user}:${passwords[user]}`],
        ]
      : [];
  /** Debian etcdctl's TLS flags in the secure run: the CA, and the tools' certificate. */
  const etcdctlTls = (options: { cert?: boolean } = {}): string[] => [
    ...['--cacert', toolTls.ca],
    ...(options.cert === false ? [] : ['--cert', toolTls.cert, '--key', toolTls.key]),
  ];
  const etcdctlFlags = (options: { cert?: boolean } = {}): string[] => [
    ...['--endpoints', `https://${addressOf('m1')}:2379`],
    ...etcdctlTls(options),
  ];

  /** A command as the user would type it, and its output, for build/e2e and the walkthrough. */
  const record = async (where: string, command: string, output: string): Promise<void> => {
    await appendFile(
      transcript,
      `${where}$ ${command}\n${output}${output.endsWith('\n') || output === '' ? '' : '\n'}\n`,
    );
  };

  /**
   * Runs a command on a machine (or the switch) with the machines' environment; `shown` is how the
   * transcript shows it. Resolves with its output whatever the exit code.
   */
  const sh = async (
    where: string,
    command: string,
    args: string[],
    options: { shown?: string; timeoutMs?: number; quiet?: boolean } = {},
  ) => {
    const netns = where === 'switch' ? lab!.switchNetns : node(where).machine.netns;
    const r = await lab!.exec(netns, command, args, {
      env,
      cwd: unitsDir,
      timeoutMs: options.timeoutMs ?? 30_000,
    });
    if (!options.quiet) {
      const shown = options.shown ?? [command.replace(/^.*\//, ''), ...args].join(' ');
      await record(where, shown, r.stdout + r.stderr + (r.code === 0 ? '' : `(exit ${r.code})\n`));
    }
    return r;
  };

  /**
   * `clusterd <args>` (or `fleetctl <args>`) on a machine, as root (or a deployer) in the secure
   * run; the exit code must be 0.
   */
  const clusterd = async (where: string, args: string[], options: { quiet?: boolean } = {}) => {
    const r = await sh(where, join(bin, 'clusterd'), [...clusterdFlags, ...args], options);
    assert.equal(r.code, 0, `clusterd ${args.join(' ')} on ${where}: ${r.stderr}`);
    return r.stdout;
  };
  const fleetctl = async (
    where: string,
    args: string[],
    options: { quiet?: boolean; timeoutMs?: number } = {},
  ) => {
    const r = await sh(where, join(bin, 'fleetctl'), [...fleetctlFlags(), ...args], options);
    assert.equal(r.code, 0, `fleetctl ${args.join(' ')} on ${where}: ${r.stderr}`);
    return r.stdout;
  };

  /** dig on machine `where`, asking its own DNS server (its address, port 53). */
  const dig = async (where: string, name: string, type = 'A'): Promise<DigResult> => {
    const server = `@${addressOf(where)}`;
    const r = await sh(
      where,
      'dig',
      [server, name, type, '+noall', '+comments', '+answer', '+nocookie', '+tries=1', '+time=2'],
      { quiet: true },
    );
    return parseDig(r.stdout);
  };
  /** The addresses an A question gets from machine `where`'s DNS, sorted. */
  const addressesOf = async (where: string, name: string): Promise<string[]> => {
    const r = await dig(where, name);
    return r.answer.map((line) => line.split(' ')[4]!).sort();
  };

  /** The first three octets of the machine's subnet (FLANNEL_SUBNET is their .1/24). */
  const subnetOf = async (name: string): Promise<string> => {
    const env = await readFile(node(name).subnetFile, 'utf8');
    const subnet = /^FLANNEL_SUBNET=(10\.66\.\d+)\.1\/24$/m.exec(env)?.[1];
    assert.ok(subnet, env);
    return subnet;
  };

  /**
   * The options the machine's network gives its Docker engine (flannel's mk-docker-opts.sh). From
   * the subnet file alone: no client flags (its own --key is another's).
   */
  const dockerOpts = async (n: Node): Promise<string> => {
    const args = ['net', 'docker-opts', '--subnet-file', n.subnetFile];
    const r = await sh(n.name, join(bin, 'clusterd'), args);
    assert.equal(r.code, 0, `clusterd ${args.join(' ')} on ${n.name}: ${r.stderr}`);
    return r.stdout.trim();
  };

  /**
   * GET / on the machine's port 80 from the switch: the status line. (No `-T`: Debian's busybox
   * 1.35 wget dies of SIGSEGV with it when the connection is refused; the exec's timeout bounds it.)
   */
  const httpStatus = async (name: string): Promise<string> => {
    const r = await sh(
      'switch',
      'busybox',
      ['wget', '-S', '-O', '/dev/null', `http://${addressOf(name)}/`],
      { quiet: true, timeoutMs: 10_000 },
    );
    return (
      /HTTP\/1\.[01] (\d{3}[^\r\n]*)/.exec(r.stderr)?.[1]?.trim() ?? `none (${r.stderr.trim()})`
    );
  };

  /** `fleetctl list-units` as unit → machine address (the IP of the MACHINE column). */
  const placement = async (): Promise<Map<string, string>> => {
    const out = await fleetctl('m1', ['list-units', '--no-legend', '--fields', 'unit,machine'], {
      quiet: true,
    });
    return new Map(
      out
        .trim()
        .split('\n')
        .filter((l) => l !== '')
        .map((line) => {
          const [unit = '', machine = ''] = line.split(/\s+/);
          return [unit, machine.replace(/^.*\//, '')];
        }),
    );
  };

  /** The machine (m1..m3) whose address is `address`. */
  const nameAt = (address: string): string =>
    nodes.find((n) => n.machine.address === address)!.name;

  /**
   * The one command line, the same on every machine, and what differs per machine only because
   * three machines share one host here (on three real machines, docs/walkthrough.md, only the
   * addresses differ: the talk's cloud-config put $private_ipv4 in the same places). The secure
   * run's adds TLS on both ports and the machines' user (on real machines its files would be at
   * the same paths on every machine).
   */
  const agentArgs = (n: Node): string[] => {
    const address = n.machine.address;
    const peers = nodes.map((m) => `${scheme}://${m.machine.address}:2380`).join(',');
    return [
      'agent',
      ...['--join', peers, '--bootstrap-expect', '3', '--metadata', 'role=web'],
      // Short, so that the scenario's dead machine is noticed in seconds (the same everywhere).
      ...['--agent-ttl', agentTtl],
      // Member names must differ: with --join the default is the hostname, which three namespaces
      // of one host share (real machines need no --name).
      ...['--name', n.name],
      // One file system for three machines: a data directory and a subnet file each (on a real
      // machine the defaults, ./<name>.clusterd and /run/flannel/subnet.env).
      ...['--data-dir', n.dataDir, '--subnet-file', n.subnetFile],
      // $private_ipv4: the store on the machine's address (and loopback, where the sidekicks'
      // etcdctl and fleetctl find it by default), advertised at the address; peers likewise.
      ...['--listen-client-urls', `${scheme}://${address}:2379,${scheme}://127.0.0.1:2379`],
      ...['--advertise-client-urls', `${scheme}://${address}:2379`],
      ...['--listen-peer-urls', `${scheme}://${address}:2380`],
      // The address list-machines shows and the overlay's traffic uses (the talk's fleet
      // public-ip: $private_ipv4).
      ...['--public-ip', address],
      // Its own Docker engine (on a real machine the default, /var/run/docker.sock).
      ...['--docker-host', `unix://${join(n.dir, 'docker', 'docker.sock')}`],
      // DNS on the machine's address, port 53 (each namespace has its own), and the network: both
      // said explicitly, as the test suite's environment turns them off (test/setup.ts).
      ...['--dns-addr', `${address}:53`, '--net'],
      ...(secure ? secureAgentArgs(n) : []),
    ];
  };

  /**
   * TLS on both ports, client certificates required on both, one certificate per machine for
   * both; the agent's own client presents it (clusterd's default, as etcd's gateway) and
   * authenticates as the machines' user once auth is on (before, it sends no token).
   */
  const secureAgentArgs = (n: Node): string[] => {
    const { cert, key } = n.tls!;
    return [
      ...['--cert-file', cert, '--key-file', key, '--trusted-ca-file', ca!.cert],
      '--client-cert-auth',
      ...['--peer-cert-file', cert, '--peer-key-file', key, '--peer-trusted-ca-file', ca!.cert],
      '--peer-client-cert-auth',
      ...['--etcd-username', 'machine', '--etcd-password', passwords.machine],
    ];
  };

  const startAgent = async (n: Node): Promise<void> => {
    const child = lab!.spawnIn(n.machine.netns, join(bin, 'clusterd'), agentArgs(n), {
      env,
      cwd: n.dir,
    });
    n.agent = child;
    // Both streams into one file, in order; closed when the process has ended.
    const log = createWriteStream(n.logFile, { flags: 'a' });
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    child.once('close', () => log.end());
    await sleep(300);
    if (child.exitCode !== null)
      throw new Error(`clusterd on ${n.name} exited: ${await tail(n.logFile)}`);
  };

  const killAgent = async (n: Node): Promise<void> => {
    if (n.agent) await lab!.stop(n.agent);
    n.agent = undefined;
  };

  before(async function () {
    this.timeout(180_000);
    // Not root: the scenario cannot run here, and says so. Root: it must run, so anything
    // missing is a failure, not a skip.
    if (process.getuid?.() !== 0) {
      console.log(
        '      skipped: the scenario needs root (network namespaces, dockerd, ports 53 and 80)',
      );
      skipped = true;
      this.skip();
    }
    const missing =
      netnsUnavailableReason() ??
      dockerUnavailableReason() ??
      (['etcdctl', 'dig'].find((c) => !commandExists(c)) &&
        'the scenario needs etcdctl (etcd-client) and dig (dnsutils): `make debs`');
    if (missing) throw new Error(`cannot build the lab as root: ${missing}`);
    const binary = join(repoRoot, 'dist', 'clusterd');
    if (!existsSync(binary)) throw new Error(`${binary} is missing: \`make binary\` builds it`);

    dir = await mkdtemp(join(tmpdir(), 'clusterd-e2e-'));
    // What the user would type and see, kept after the run (docs/walkthrough.md is made of it).
    await mkdir(keepDir, { recursive: true });
    transcript = join(keepDir, mode.transcript);
    await writeFile(transcript, '');
    // The one executable, copied as onto a machine; fleetctl is the same file by another name.
    bin = join(dir, 'bin');
    await mkdir(bin);
    await copyFile(binary, join(bin, 'clusterd'));
    await symlink('clusterd', join(bin, 'fleetctl'));
    unitsDir = join(dir, 'units');
    await mkdir(unitsDir);
    await mkdir(join(dir, 'home'));
    // What every machine's processes see: Debian's programs, nothing of this test's environment
    // (no CLUSTERD_* of test/setup.ts or of the shell); the executable's addon cache in here.
    env = {
      PATH: `${bin}:/usr/sbin:/usr/bin:/sbin:/bin`,
      HOME: join(dir, 'home'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      LANG: 'C.UTF-8',
    };

    lab = await createNetnsLab(3);
    lab.machines.forEach((machine, i) => {
      const name = `m${i + 1}`;
      const nodeDir = join(dir, name);
      nodes.push({
        machine,
        name,
        dir: nodeDir,
        dataDir: join(nodeDir, 'data'),
        subnetFile: join(nodeDir, 'subnet.env'),
        logFile: join(nodeDir, 'clusterd.log'),
        agent: undefined,
        engine: undefined,
        tls: undefined,
      });
    });
    for (const n of nodes) await mkdir(n.dir);
    if (secure) await makePki();
    // The registry on the switch, at .254 of the LAN: every machine's Docker Hub mirror.
    const switchAddress = lab.machines[0]!.address.replace(/\.\d+$/, '.254');
    await lab.exec(lab.switchNetns, 'ip', ['addr', 'add', `${switchAddress}/24`, 'dev', 'br0']);
    registry = await startTestRegistry({
      netns: lab.switchNetns,
      address: `${switchAddress}:5000`,
      dir: join(dir, 'registry'),
      images: ['infoslack/docker-nginx:latest'],
    });
    await writeFile(join(unitsDir, 'nginx@.service'), talkNginxUnit);
    await writeFile(
      join(unitsDir, 'nginx-discovery@.service'),
      sidekickUnit(secure ? join(dir, 'etcdctl.env') : undefined),
    );
    // What a user without the deployers' role tries to start in the secure run.
    if (secure)
      await writeFile(
        join(unitsDir, 'intruder.service'),
        '[Unit]\nDescription=Not a deployer’s\n\n[Service]\nExecStart=/bin/sleep 600\n',
      );
  });

  /**
   * The secure run's PKI (made with openssl, in a second): the CA; each machine's certificate of
   * its store, for both ports and the agent's own client (SANs: its address, which members check
   * peers' connections against, and 127.0.0.1, where the local tools and sidekicks reach it); the
   * tools' client certificate, beside the units. The sidekicks' etcdctl settings: one file, as
   * the three machines share one file system (on real machines, the same file on each).
   */
  const makePki = async (): Promise<void> => {
    ca = await TestCa.create(dir, 'pki');
    for (const n of nodes)
      n.tls = await ca.issue(n.name, { sans: [`IP:${n.machine.address}`, 'IP:127.0.0.1'] });
    const client = await ca.issue('client', { usage: 'client' });
    await copyFile(ca.cert, join(unitsDir, toolTls.ca));
    await copyFile(client.cert, join(unitsDir, toolTls.cert));
    await copyFile(client.key, join(unitsDir, toolTls.key));
    await writeFile(
      join(dir, 'etcdctl.env'),
      [
        'ETCDCTL_ENDPOINTS=https://127.0.0.1:2379',
        `ETCDCTL_CACERT=${ca.cert}`,
        `ETCDCTL_CERT=${client.cert}`,
        `ETCDCTL_KEY=${client.key}`,
        `ETCDCTL_USER=sidekick:${passwords.sidekick}`,
        '',
      ].join('\n'),
    );
  };

  after(async function () {
    this.timeout(180_000);
    // A failed `before` leaves the tests without a state: anything but all passed is kept.
    const failed =
      !skipped && !(this.test?.parent?.tests.every((t) => t.state === 'passed') ?? false);
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>): Promise<void> => {
      try {
        await step();
      } catch (err) {
        errors.push(err);
      }
    };
    if (failed && dir) await attempt(() => keepLogs());
    // The schedulers first (their units' processes go with them: the fence kills them), then
    // the engines (containers, shims, mounts, cgroups), the registry, the namespaces, the files.
    for (const n of nodes) await attempt(() => killAgent(n));
    for (const n of nodes) await attempt(async () => n.engine?.stop());
    await attempt(async () => registry?.stop());
    await attempt(async () => lab?.destroy());
    if (dir) await attempt(() => rm(dir, { recursive: true, force: true }));
    if (errors.length > 0) throw new Error(`cleaning up: ${errors.map(String).join('\n')}`);
  });

  /** Copies the logs and the transcript to build/e2e/<time>/, printing where. */
  const keepLogs = async (): Promise<void> => {
    const time = new Date().toISOString().replace(/[:.]/g, '-');
    const to = join(keepDir, `${time}-${mode.name.replace('+', '-')}`);
    await mkdir(to, { recursive: true });
    await copyFile(transcript, join(to, 'transcript.txt')).catch(() => undefined);
    for (const n of nodes) {
      await copyFile(n.logFile, join(to, `${n.name}-clusterd.log`)).catch(() => undefined);
      for (const log of ['dockerd.log', 'containerd.log'])
        await copyFile(join(n.dir, 'docker', log), join(to, `${n.name}-${log}`)).catch(
          () => undefined,
        );
      await cp(join(n.dataDir, 'fleet', 'journal'), join(to, `${n.name}-journal`), {
        recursive: true,
      }).catch(() => undefined);
      // The machine's network and containers as they were at the failure.
      const state: string[] = [];
      for (const [command, ...args] of [
        ['ip', 'addr'],
        ['ip', 'route'],
        ['iptables-save'],
        ['ss', '-ltnu'],
      ] as const) {
        const r = await lab!
          .exec(n.machine.netns, command, args)
          .catch((err: unknown) => ({ stdout: '', stderr: String(err) }));
        state.push(`$ ${command} ${args.join(' ')}\n${r.stdout}${r.stderr}`);
      }
      const ps = await n.engine?.docker(['ps', '-a']).catch(() => undefined);
      state.push(`$ docker ps -a\n${ps?.stdout ?? ''}${ps?.stderr ?? ''}`);
      await writeFile(join(to, `${n.name}-state.txt`), state.join('\n'));
    }
    console.log(`      kept the logs in ${to}`);
  };

  it('three machines started with one command line form one cluster: fleetctl list-machines shows them', async () => {
    await Promise.all(nodes.map((n) => startAgent(n)));
    const listed = await until(
      'three machines in list-machines',
      async () => {
        const out = await fleetctl('m1', ['list-machines', '--no-legend'], { quiet: true });
        return out.trim().split('\n').length === 3 && out;
      },
      60_000,
    );
    assert.ok(listed);
    const out = await fleetctl('m1', ['list-machines']);
    const rows = out.trim().split('\n');
    assert.match(rows[0]!, /^MACHINE\s+IP\s+METADATA$/);
    for (const n of nodes) {
      assert.match(
        out,
        new RegExp(`^[0-9a-f]{8}\\.\\.\\.\\s+${re(n.machine.address)}\\s+role=web$`, 'm'),
      );
    }
    const members = await clusterd('m1', ['member', 'list', '-w', 'table']);
    for (const n of nodes)
      assert.match(members, new RegExp(`\\|\\s*started\\s*\\|\\s*${n.name}\\s*\\|`));
  });

  if (secure)
    it('the admin adds README.md’s users and roles with etcdctl and enables auth; the machines go on as theirs', async () => {
      /** Debian's etcdctl on m1 as the admin, over TLS with the tools' certificate. */
      const admin = async (args: string[], user?: keyof typeof passwords): Promise<string> => {
        const as = user === undefined ? [] : ['--user', `${user}:${passwords[user]}`];
        const r = await sh('m1', 'etcdctl', [...etcdctlFlags(), ...as, ...args]);
        assert.equal(r.code, 0, `etcdctl ${args.join(' ')}: ${r.stdout}${r.stderr}`);
        return r.stdout;
      };
      const grant = (role: string, permission: string, prefix: string): Promise<string> =>
        admin(['role', 'grant-permission', role, permission, prefix, '--prefix']);
      const P = '/_coreos.com/fleet/';
      await admin(['user', 'add', `root:${passwords.root}`]);
      await admin(['role', 'add', 'root']);
      await admin(['user', 'grant-role', 'root', 'root']);
      // The machines: the scheduler's data, their own records in it, DNS records, subnets.
      await admin(['role', 'add', 'fleet-machine']);
      await grant('fleet-machine', 'read', P);
      for (const k of ['schedule/', 'global/', 'machines/', 'state/', 'engine/', 'refused/'])
        await grant('fleet-machine', 'readwrite', `${P}${k}`);
      await grant('fleet-machine', 'readwrite', '/skydns/');
      await grant('fleet-machine', 'readwrite', '/coreos.com/network/');
      await admin(['user', 'add', `machine:${passwords.machine}`]);
      await admin(['user', 'grant-role', 'machine', 'fleet-machine']);
      // The deployers: the scheduler's data, and its units and jobs to write.
      await admin(['role', 'add', 'fleet-deployer']);
      await grant('fleet-deployer', 'read', P);
      await grant('fleet-deployer', 'readwrite', `${P}job/`);
      await grant('fleet-deployer', 'readwrite', `${P}unit/`);
      await admin(['user', 'add', `deployer:${passwords.deployer}`]);
      await admin(['user', 'grant-role', 'deployer', 'fleet-deployer']);
      // The sidekicks' etcdctl: its machine's record, and the instances' DNS records.
      await admin(['role', 'add', 'nginx-sidekick']);
      await grant('nginx-sidekick', 'read', `${P}machines/`);
      await grant('nginx-sidekick', 'readwrite', '/skydns/local/skydns/nginx/');
      await admin(['user', 'add', `sidekick:${passwords.sidekick}`]);
      await admin(['user', 'grant-role', 'sidekick', 'nginx-sidekick']);
      await admin(['auth', 'enable']);

      // Now every request needs a user. Without --user, the client certificate's common name is
      // the user (etcd's rule with --client-cert-auth); the tools' certificate names `client`,
      // which is no user: refused. Root lists the users.
      const anonymous = await sh('m1', 'etcdctl', [...etcdctlFlags(), 'get', 'e2e/anyone']);
      assert.notEqual(anonymous.code, 0);
      assert.match(anonymous.stderr, /Error: etcdserver: permission denied/);
      assert.deepEqual((await admin(['user', 'list'], 'root')).trim().split('\n'), [
        'deployer',
        'machine',
        'root',
        'sidekick',
      ]);
      await admin(['role', 'get', 'fleet-machine'], 'root');
      // The machines' agents, already running, authenticate by themselves: still three (and the
      // next steps have them write under auth: subnets, schedules, unit states, DNS records).
      const machines = await fleetctl('m1', ['list-machines', '--no-legend']);
      assert.equal(machines.trim().split('\n').length, 3, machines);
    });

  it(`the network: each machine takes a subnet of ${network} and starts its Docker engine on it`, async () => {
    const config = JSON.stringify({ Network: network, Backend: { Type: 'vxlan' } });
    await sh('m1', join(bin, 'clusterd'), [...clusterdFlags, 'net', 'config', 'set', config], {
      shown: ['clusterd', ...clusterdFlags, 'net', 'config', 'set', `'${config}'`].join(' '),
    });
    // flannel first: each machine writes its subnet.env ...
    for (const n of nodes)
      await until(
        `${n.name}'s subnet file`,
        () => Promise.resolve(existsSync(n.subnetFile)),
        30_000,
        200,
      );
    await clusterd('m1', ['net', 'leases']);
    const subnets = new Set<string>();
    for (const n of nodes) {
      const env = await readFile(n.subnetFile, 'utf8');
      await record(n.name, `cat ${n.subnetFile}`, env);
      assert.match(env, /^FLANNEL_NETWORK=10\.66\.0\.0\/16$/m);
      subnets.add(await subnetOf(n.name));
    }
    assert.equal(subnets.size, 3);
    // ... then docker, with the options the network prints for it (mk-docker-opts.sh).
    await Promise.all(
      nodes.map(async (n) => {
        const options = await dockerOpts(n);
        const subnet = await subnetOf(n.name);
        assert.equal(options, `--bip=${subnet}.129/25 --mtu=1450 --ip-masq=true`);
        n.engine = await startDockerEngine({
          netns: n.machine.netns,
          dir: join(n.dir, 'docker'),
          registryMirror: registry!.address,
          daemonArgs: options.split(' '),
        });
        const bridge = await n.engine.docker([
          'network',
          'inspect',
          '--format',
          '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}',
          'bridge',
        ]);
        await record(
          n.name,
          "docker network inspect --format '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' bridge",
          bridge.stdout,
        );
        assert.equal(bridge.stdout.trim(), `${subnet}.128/25 ${subnet}.129`);
      }),
    );
  });

  it('runs the talk’s nginx@.service as written, one instance per machine (X-Conflicts), each with its sidekick', async () => {
    await fleetctl('m1', ['submit', 'nginx@.service', 'nginx-discovery@.service']);
    for (const i of instances)
      await fleetctl('m1', ['start', `nginx@${i}.service`, `nginx-discovery@${i}.service`], {
        timeoutMs: 60_000,
      });
    // Each machine serves the page on its own port 80 (the talk's `http -h <address>`).
    for (const n of nodes)
      await until(
        `HTTP 200 from ${n.name}`,
        async () => (await httpStatus(n.name)) === '200 OK',
        60_000,
      );
    const page = await sh(
      'switch',
      'busybox',
      ['wget', '-q', '-O', '-', `http://${addressOf('m1')}/`],
      {
        shown: `wget -q -O - http://${addressOf('m1')}/`,
      },
    );
    assert.equal(page.stdout, testPage);
    const where = await placement();
    const machinesOfInstances = instances.map((i) => where.get(`nginx@${i}.service`));
    assert.deepEqual(
      [...machinesOfInstances].sort(),
      nodes.map((n) => n.machine.address).sort(),
      'one instance per machine',
    );
    for (const i of instances)
      assert.equal(where.get(`nginx-discovery@${i}.service`), where.get(`nginx@${i}.service`));
    await fleetctl('m1', ['list-unit-files']);
    await fleetctl('m1', ['list-units']);
  });

  it('every machine’s DNS finds the instances (sidekick records), the machines, and the active units', async () => {
    const where = await placement();
    const machineIds = new Map(
      (await fleetctl('m1', ['list-machines', '--no-legend', '--full'], { quiet: true }))
        .trim()
        .split('\n')
        .map((line) => {
          const [id = '', ip = ''] = line.split(/\s+/);
          return [ip, id.slice(0, 8)] as const;
        }),
    );
    const all = nodes.map((n) => n.machine.address).sort();
    for (const n of nodes) {
      // The sidekicks' records: every instance under nginx, each at its machine's address.
      await until(
        `nginx.skydns.local from ${n.name}`,
        async () => (await addressesOf(n.name, 'nginx.skydns.local')).join() === all.join(),
        30_000,
      );
      for (const i of instances)
        assert.deepEqual(await addressesOf(n.name, `${i}.nginx.skydns.local`), [
          where.get(`nginx@${i}.service`),
        ]);
      // The machines' records.
      for (const m of nodes)
        assert.deepEqual(
          await addressesOf(n.name, `${machineIds.get(m.machine.address)}.machines.skydns.local`),
          [m.machine.address],
        );
      // SkyDNS answers a name with every address at or below it: the domain's apex with all of
      // them (what the dead machine's address must vanish from, below).
      const everything = await addressesOf(n.name, 'skydns.local');
      for (const m of nodes) assert.ok(everything.includes(m.machine.address), everything.join());
      // The running units' records: the sidekicks run, and a unit that publishes no port is
      // found at its own address on the overlay ($CLUSTERD_IP, the lower half of its machine's
      // subnet); the talk's unit does not run (its `docker run -d` returned at once), so it has
      // none.
      for (const i of instances) {
        const subnet = await subnetOf(nameAt(where.get(`nginx-discovery@${i}.service`)!));
        const found = await addressesOf(n.name, `${i}.nginx-discovery.units.skydns.local`);
        assert.equal(found.length, 1, found.join());
        assert.match(found[0]!, new RegExp(`^${re(subnet)}\\.([2-9]|[1-9]\\d|1[01]\\d|12[0-7])$`));
        assert.equal((await dig(n.name, `${i}.nginx.units.skydns.local`)).status, 'NXDOMAIN');
      }
    }
    const m2 = addressOf('m2');
    // For the transcript: the answers as dig shows them.
    for (const [name, type, ...options] of [
      ['nginx.skydns.local', 'A', '+noall', '+answer'],
      ['nginx.skydns.local', 'SRV', '+noall', '+answer'],
      ['81.nginx.skydns.local', 'A', '+short'],
      [`${machineIds.get(m2)}.machines.skydns.local`, 'A', '+short'],
      ['nginx-discovery.units.skydns.local', 'A', '+noall', '+answer'],
      ['80.nginx.units.skydns.local', 'A', '+noall', '+comments'],
    ] as const)
      await sh('m2', 'dig', [`@${m2}`, name, type, ...options, '+nocookie'], {
        shown: `dig @${m2} ${name} ${type} ${options.join(' ')}`,
      });
  });

  it('each container has an address of its machine’s subnet and reaches the others over the overlay', async () => {
    const where = await placement();
    const containers = new Map<string, { ip: string; node: Node }>();
    for (const i of instances) {
      const n = node(nameAt(where.get(`nginx@${i}.service`)!));
      const ip = (
        await n.engine!.docker([
          'inspect',
          '--format',
          '{{.NetworkSettings.IPAddress}}',
          `nginx${i}`,
        ])
      ).stdout.trim();
      await record(
        n.name,
        `docker inspect --format '{{.NetworkSettings.IPAddress}}' nginx${i}`,
        `${ip}\n`,
      );
      const subnet = await subnetOf(n.name);
      // Docker's half of the machine's subnet: .128/25.
      assert.match(ip, new RegExp(`^${re(subnet)}\\.(1[3-9]\\d|2[0-4]\\d|25[0-4])$`));
      containers.set(i, { ip, node: n });
    }
    for (const [i, from] of containers)
      for (const [j, to] of containers) {
        if (i === j) continue;
        const r = await from.node.engine!.docker(
          ['exec', `nginx${i}`, 'wget', '-q', '-O', '-', `http://${to.ip}/`],
          { timeoutMs: 20_000 },
        );
        await record(
          from.node.name,
          `docker exec nginx${i} wget -q -O - http://${to.ip}/`,
          r.stdout + r.stderr,
        );
        assert.equal(
          r.stdout,
          testPage,
          `nginx${i} on ${from.node.name} to nginx${j}: ${r.stderr}`,
        );
      }
  });

  if (secure)
    it('refuses a user without the deployers’ role, a client without a certificate, plain http:// on the store’s ports', async () => {
      const root = ['--user', `root:${passwords.root}`];
      // The running units were submitted by a permitted user: their jobs name the deployer.
      const job = await sh('m1', 'etcdctl', [
        ...etcdctlFlags(),
        ...root,
        ...['get', '--print-value-only', '/_coreos.com/fleet/job/nginx@80.service'],
      ]);
      assert.match(job.stdout, /"submittedBy":"deployer"/);
      // The sidekicks' user may write DNS records, not units: fleetctl start is refused and
      // nothing is written, so nothing runs.
      const refused = await sh(
        'm1',
        join(bin, 'fleetctl'),
        [...fleetctlFlags('sidekick'), 'start', 'intruder.service'],
        { timeoutMs: 20_000 },
      );
      assert.notEqual(refused.code, 0, refused.stdout);
      assert.match(refused.stderr, /etcdserver: permission denied/);
      const keys = await sh(
        'm1',
        'etcdctl',
        [...etcdctlFlags(), ...root, 'get', '--prefix', '--keys-only', '/_coreos.com/fleet/'],
        { quiet: true },
      );
      assert.equal(keys.code, 0, keys.stderr);
      assert.match(keys.stdout, /\/job\/nginx@80\.service$/m);
      assert.doesNotMatch(keys.stdout, /intruder/);
      assert.doesNotMatch(await fleetctl('m1', ['list-unit-files']), /intruder/);
      assert.doesNotMatch(await fleetctl('m1', ['list-units']), /intruder/);
      // A client with the CA but no certificate of its own: the client port's handshake refuses
      // it (etcdctl gives up at its dial timeout).
      const anonymousTls = await sh('m1', 'etcdctl', [
        ...etcdctlFlags({ cert: false }),
        ...root,
        ...['--dial-timeout', '2s', '--command-timeout', '3s', 'get', 'e2e/anyone'],
      ]);
      assert.notEqual(anonymousTls.code, 0, anonymousTls.stdout);
      // Plain http:// on the client and the peer port, from the LAN: no answer.
      for (const port of [2379, 2380]) {
        const url = `http://${addressOf('m1')}:${port}/version`;
        const r = await sh('switch', 'busybox', ['wget', '-q', '-O', '-', url], {
          shown: `wget -q -O - ${url}`,
          timeoutMs: 10_000,
        });
        assert.notEqual(r.code, 0, `${url}: ${r.stdout}`);
        assert.equal(r.stdout, '');
      }
    });

  let deadInstance = '';

  it('a machine killed: its instance stays unscheduled (X-Conflicts), DNS forgets it, the store serves on two of three', async () => {
    const dead = node('m3');
    const deadAddress = dead.machine.address;
    // The hard case: the machine killed leads the store, so the living ones renew their leases
    // only after an election. Debian's etcdctl moves the leadership there first (as the admin).
    const admin = [
      ...['--endpoints', nodes.map((n) => `${scheme}://${n.machine.address}:2379`).join(',')],
      ...(secure ? [...etcdctlTls(), '--user', `root:${passwords.root}`] : []),
    ];
    const members = await sh('m1', 'etcdctl', [...admin, 'member', 'list'], { quiet: true });
    const deadMember = members.stdout
      .split('\n')
      .find((line) => line.includes(`${scheme}://${deadAddress}:2379`))
      ?.split(',')[0];
    assert.ok(deadMember, members.stdout + members.stderr);
    const moved = await sh('m1', 'etcdctl', [...admin, 'move-leader', deadMember]);
    assert.equal(moved.code, 0, moved.stderr);
    const fenceLines = async (n: Node): Promise<number> =>
      (await readFile(n.logFile, 'utf8')).split('lease not renewed for most of its TTL').length - 1;
    const fencedBefore = await Promise.all([node('m1'), node('m2')].map(fenceLines));
    deadInstance = [...(await placement())].find(
      ([unit, ip]) => unit.startsWith('nginx@') && ip === deadAddress,
    )![0];
    // Its record's name: the first 8 characters of its machine ID.
    const deadId = (
      await fleetctl('m1', ['list-machines', '--no-legend', '--full'], { quiet: true })
    )
      .split('\n')
      .find((line) => line.split(/\s+/)[1] === deadAddress)!
      .slice(0, 8);
    await killAgent(dead);
    await lab!.setLink(dead.machine, false);
    await record('switch', `# clusterd on m3 killed (SIGKILL), then m3's cable cut`, '');
    await until(
      'two machines in list-machines',
      async () =>
        (await fleetctl('m1', ['list-machines', '--no-legend'], { quiet: true })).trim().split('\n')
          .length === 2,
      30_000,
    );
    await fleetctl('m1', ['list-machines']);
    // Two machines, three instances that conflict: the dead machine's has nowhere to go.
    const unscheduled = new RegExp(
      `^${re(deadInstance)}\\s+\\w+\\s+launched\\s+inactive\\s+-$`,
      'm',
    );
    await until(
      `${deadInstance} unscheduled`,
      async () => unscheduled.test(await fleetctl('m1', ['list-unit-files'], { quiet: true })),
      30_000,
    );
    // ... and stays so, reconcile pass after reconcile pass.
    await sleep(5000);
    const files = await fleetctl('m1', ['list-unit-files']);
    assert.match(files, unscheduled);
    const units = await fleetctl('m1', ['list-units']);
    assert.doesNotMatch(units, new RegExp(re(deadInstance)));
    assert.doesNotMatch(units, new RegExp(re(deadAddress)));

    // DNS on the living machines: the sidekick's record and the machine's expired with their
    // leases; nothing in the domain answers with the dead machine's address any more.
    for (const name of ['m1', 'm2']) {
      await until(
        `${name}'s DNS without ${deadAddress}`,
        async () => !(await addressesOf(name, 'skydns.local')).includes(deadAddress),
        30_000,
      );
      assert.deepEqual(
        await addressesOf(name, 'nginx.skydns.local'),
        [addressOf('m1'), addressOf('m2')].sort(),
      );
      const instance = deadInstance.replace(/^nginx@(\d+)\.service$/, '$1');
      assert.equal((await dig(name, `${instance}.nginx.skydns.local`)).status, 'NXDOMAIN');
      assert.equal((await dig(name, `${deadId}.machines.skydns.local`)).status, 'NXDOMAIN');
    }
    await sh('m1', 'dig', [`@${addressOf('m1')}`, 'nginx.skydns.local', '+short'], {
      shown: `dig @${addressOf('m1')} nginx.skydns.local +short`,
    });

    // The living machines renewed their leases across the election: none stopped its units.
    assert.deepEqual(await Promise.all([node('m1'), node('m2')].map(fenceLines)), fencedBefore);

    // The store: a write and a linearizable read on the two members left.
    await clusterd('m1', ['kv', 'put', 'e2e/while-m3-is-away', 'written by m1']);
    assert.equal(
      await clusterd('m2', ['kv', 'get', 'e2e/while-m3-is-away', '--print-value-only']),
      'written by m1\n',
    );
    const endpoints = nodes.map((n) => `${n.machine.address}:2379`).join(',');
    const health = await sh('m1', join(bin, 'clusterd'), [
      ...clusterdFlags,
      'endpoint',
      'health',
      '--endpoints',
      endpoints,
    ]);
    for (const n of [node('m1'), node('m2')])
      assert.match(health.stdout, new RegExp(`^${re(n.machine.address)}:2379 is healthy`, 'm'));
    assert.match(health.stdout + health.stderr, new RegExp(`${re(deadAddress)}:2379 is unhealthy`));
  });

  it('the machine comes back with the same command line, rejoins, and its instance runs there again', async () => {
    const back = node('m3');
    await lab!.setLink(back.machine, true);
    await startAgent(back);
    await record(
      'm3',
      `# the cable back, and the same command line: clusterd ${agentArgs(back).join(' ')}`,
      '',
    );
    await until(
      'three machines in list-machines',
      async () =>
        (await fleetctl('m1', ['list-machines', '--no-legend'], { quiet: true })).trim().split('\n')
          .length === 3,
      60_000,
    );
    // It caught up with what was written while it was away (a linearizable read on itself).
    assert.equal(
      await clusterd('m3', ['kv', 'get', 'e2e/while-m3-is-away', '--print-value-only']),
      'written by m1\n',
    );
    await until(
      `${deadInstance} on m3 again`,
      async () => (await placement()).get(deadInstance) === back.machine.address,
      60_000,
    );
    await until('HTTP 200 from m3', async () => (await httpStatus('m3')) === '200 OK', 60_000);
    const instance = deadInstance.replace(/^nginx@(\d+)\.service$/, '$1');
    for (const n of nodes)
      await until(
        `${instance}.nginx.skydns.local on ${n.name}`,
        async () =>
          (await addressesOf(n.name, `${instance}.nginx.skydns.local`)).join() ===
          back.machine.address,
        30_000,
      );
    await fleetctl('m1', ['list-machines']);
    await fleetctl('m1', ['list-unit-files']);
    await sh('m1', 'dig', [`@${addressOf('m1')}`, `${instance}.nginx.skydns.local`, '+short'], {
      shown: `dig @${addressOf('m1')} ${instance}.nginx.skydns.local +short`,
    });
    await sh(
      'switch',
      'busybox',
      ['wget', '-S', '-O', '/dev/null', `http://${back.machine.address}/`],
      {
        shown: `wget -S -O /dev/null http://${back.machine.address}/`,
      },
    );
  });
}

function re(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function commandExists(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function tail(file: string): Promise<string> {
  return (await readFile(file, 'utf8').catch(() => '')).slice(-3000);
}
