// A private Docker engine (Debian's dockerd, containerd and runc; `make debs`) started inside a
// network namespace the caller names, offline, and touching neither a system Docker nor the
// host's network. It is the part of the Docker sandbox (docker-sandbox.ts: a namespace of its own
// with a loopback registry) that an end-to-end scenario reuses to give each of its machines (a
// namespace of test/helpers/netns.ts) its own engine, started with the options the machine's
// network prints (`clusterd net docker-opts`). Each engine owns one directory:
//
//   <dir>/docker.sock             dockerd's API (DOCKER_HOST=unix://...), reachable from the host
//   <dir>/data, <dir>/exec        dockerd's --data-root and --exec-root
//   <dir>/containerd/             containerd's config, root, state and socket
//   <dir>/*.log                   each daemon's output
//
// dockerd and containerd run in the namespace, so docker0, dockerd's iptables rules,
// docker-proxy and every published port exist only there (`execInNetns` reaches them). Its
// images come from a registry mirror (docker-registry.ts) named by host:port.
//
// What worked here (Debian 12: dockerd 20.10.24, containerd 1.6.20, runc 1.1.5; cgroup v1 with a
// cgroup2 hierarchy at /sys/fs/cgroup/unified; iptables-nft), with no flag turning a feature off:
// - `nsenter --net=/run/netns/<ns>`, not `ip netns exec`: the latter also enters a new mount
//   namespace and remounts /sys for the network namespace, which hides /sys/fs/cgroup, and
//   dockerd and runc then find no cgroup hierarchy at all.
// - Our own containerd (`--containerd <socket>`): dockerd 20.10 uses /run/containerd/containerd.sock
//   whenever that socket exists, i.e. a system containerd and its containers, and no flag stops it.
// - `--exec-opt native.cgroupdriver=cgroupfs` (there is no systemd) and `--cgroup-parent
//   /<ns>`, so the containers' cgroups are this engine's alone and `stop()` can find and remove
//   them.
// - iptables and docker-proxy as dockerd's defaults: both act on the namespace only.
// - daemon.json's `deprecated-key-path` (a config key with no flag): dockerd otherwise writes
//   /etc/docker/key.json.
// What an engine leaves on the host is two empty directories that no flag moves, and that a
// system Docker would share: /run/docker/plugins (dockerd's plugin exec root) and
// /run/containerd/s (where shims put sockets named by a hash of our containerd socket's path;
// stop() removes those of shims it had to kill).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  rmdirSync,
  statSync,
} from 'node:fs';
import { mkdir, mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import * as http from 'node:http';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The daemons' PATH, Debian's directories only: dockerd finds runc, docker-proxy, docker-init and
 * iptables on it, containerd the runc shim. The rest of the environment is left out too, so that
 * no DOCKER_* or *_PROXY variable of the test's own reaches them.
 */
export const daemonPath = '/usr/sbin:/usr/bin:/sbin:/bin';
const requiredCommands = [
  'dockerd',
  'docker',
  'docker-proxy',
  'containerd',
  'containerd-shim-runc-v2',
  'runc',
  'docker-registry',
  'busybox',
  'iptables',
  'ip',
  'nsenter',
  'umount',
];

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the command's stdin. */
  input?: string | Buffer;
  /** Kills the command (SIGKILL) and rejects after this long; 60 s unless given. */
  timeoutMs?: number;
}

export interface DockerEngine {
  /** The engine's own directory; every file of it is under here. */
  readonly dir: string;
  /** dockerd's API socket. */
  readonly socketPath: string;
  /** 'unix://' + socketPath. */
  readonly dockerHost: string;
  /** The network namespace dockerd and containerd run in (`ip netns list`). */
  readonly netns: string;
  /** The storage driver dockerd runs with: overlay2 where the directory's filesystem allows. */
  readonly storageDriver: 'overlay2' | 'vfs';
  /**
   * process.env with DOCKER_HOST set to the engine and DOCKER_CONFIG to an empty directory (no
   * context or credential helper of the user's), for spawning `docker` or clusterd.
   */
  readonly env: NodeJS.ProcessEnv;
  /** dockerd's pid while it runs. */
  readonly dockerdPid: number | undefined;
  /** Runs a command inside the engine's network namespace (e.g. wget to a published port). */
  execInNetns(argv: string[], options?: RunOptions): Promise<CommandResult>;
  /** Runs Debian's /usr/bin/docker against the engine's dockerd. */
  docker(args: string[], options?: RunOptions): Promise<CommandResult>;
  /**
   * SIGTERM to dockerd, SIGKILL after 15 s; containerd keeps running. As on a host without
   * live-restore, dockerd stops the running containers as it goes.
   */
  stopDaemon(): Promise<void>;
  /** Starts dockerd again on the same socket and directories; resolves when it answers. */
  startDaemon(): Promise<void>;
  /**
   * Removes the containers, ends every process of the engine (its daemons, shims, the containers'
   * processes; with `ownsNetns` every process in the namespace), unmounts what is left under its
   * directory and deletes the directory (and the namespace, with `ownsNetns`). Safe to call twice.
   */
  stop(): Promise<void>;
  /** The end of dockerd's log, for failure messages. */
  output(): string;
}

export interface DockerEngineOptions {
  /** The network namespace to run in (`ip netns add`); it must exist. */
  netns: string;
  /** The engine's directory, created if absent and removed by stop() (default: a new temp dir). */
  dir?: string;
  /** The registry mirror (host:port, plain HTTP) Docker Hub names are pulled through. */
  registryMirror: string;
  /** More dockerd options, e.g. `--bip=10.66.3.129/25 --mtu=1450 --ip-masq=true`. */
  daemonArgs?: readonly string[];
  /**
   * Whether the namespace is the engine's alone: stop() then kills every process in it and
   * deletes it (the sandbox's case). Otherwise only the engine's own processes are ended.
   */
  ownsNetns?: boolean;
  /** How long dockerd may take to answer its API, per start (default 60 s). */
  readyTimeoutMs?: number;
}

export function findCommand(name: string): string | undefined {
  for (const dir of daemonPath.split(':')) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Why a Docker engine cannot run on this machine, or undefined when it can: a test skips with
 * this reason (or fails with it, where it must run).
 */
export function dockerUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return 'the Docker sandbox needs Linux';
  if (process.getuid?.() !== 0) {
    return 'the Docker sandbox needs root (network namespaces, mounts, cgroups)';
  }
  const missing = requiredCommands.filter((name) => findCommand(name) === undefined);
  if (missing.length > 0) {
    return `the Docker sandbox needs ${missing.join(', ')} (\`make debs\` installs them)`;
  }
  // The test image is busybox alone, with no C library: Debian's busybox package (dynamic, the
  // same /bin/busybox, so \`make debs\` takes it for busybox-static) cannot run in it.
  const busybox = findCommand('busybox')!;
  if (!isStaticElf(busybox)) {
    return `${busybox} is dynamically linked; the test image needs busybox-static's`;
  }
  return undefined;
}

/** Whether an ELF executable has no program interpreter (PT_INTERP), i.e. is statically linked. */
function isStaticElf(path: string): boolean {
  const elf = readFileSync(path);
  if (elf.readUInt32BE(0) !== 0x7f454c46) return false;
  const is64 = elf[4] === 2;
  const phoff = is64 ? Number(elf.readBigUInt64LE(32)) : elf.readUInt32LE(28);
  const phentsize = elf.readUInt16LE(is64 ? 54 : 42);
  const phnum = elf.readUInt16LE(is64 ? 56 : 44);
  for (let i = 0; i < phnum; i++) {
    const ptInterp = 3;
    if (elf.readUInt32LE(phoff + i * phentsize) === ptInterp) return false;
  }
  return true;
}

/** Starts containerd and dockerd in `options.netns`; on a failure it removes what it had made. */
export async function startDockerEngine(options: DockerEngineOptions): Promise<DockerEngine> {
  const reason = dockerUnavailableReason();
  if (reason !== undefined) throw new Error(reason);
  let dir = options.dir;
  if (dir === undefined) dir = await mkdtemp(join(tmpdir(), 'clusterd-docker-'));
  else await mkdir(dir, { recursive: true });
  const engine = new Engine(dir, options);
  try {
    await engine.start();
    return engine;
  } catch (err) {
    // stop() removes the log, and a failed start says little without it.
    const log = engine.output();
    await engine.stop();
    if (err instanceof Error && log !== '' && !err.message.includes(log.slice(-200))) {
      err.message += `\ndockerd's log:\n${log}`;
    }
    throw err;
  }
}

class Engine implements DockerEngine {
  readonly socketPath: string;
  readonly dockerHost: string;
  readonly netns: string;
  readonly env: NodeJS.ProcessEnv;
  storageDriver: 'overlay2' | 'vfs' = 'vfs';
  private dockerd: ChildProcess | undefined;
  private containerd: ChildProcess | undefined;
  /** /proc/<pid>/ns/net of a process in the namespace reads this ('net:[inode]'). */
  private readonly netnsLink: string;
  /** The containers' cgroups: the namespace's name, unique per engine. */
  private readonly cgroupParent: string;
  private stopping: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    private readonly options: DockerEngineOptions,
  ) {
    this.netns = options.netns;
    this.netnsLink = `net:[${statSync(`/run/netns/${this.netns}`).ino}]`;
    this.cgroupParent = `/${this.netns}`;
    this.socketPath = join(dir, 'docker.sock');
    this.dockerHost = `unix://${this.socketPath}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DOCKER_HOST: this.dockerHost,
      DOCKER_CONFIG: join(dir, 'cli'),
    };
    delete env.DOCKER_CONTEXT;
    delete env.DOCKER_TLS_VERIFY;
    delete env.DOCKER_CERT_PATH;
    this.env = env;
  }

  get dockerdPid(): number | undefined {
    return this.dockerd?.pid;
  }

  private get containerdSocket(): string {
    return join(this.dir, 'containerd', 'containerd.sock');
  }

  async start(): Promise<void> {
    // Unix socket paths end at 107 bytes; containerd adds '.ttrpc' to its own.
    if (Buffer.byteLength(`${this.containerdSocket}.ttrpc`) > 107) {
      throw new Error(`the engine directory's path is too long for a socket: ${this.dir}`);
    }
    await mkdir(join(this.dir, 'cli'), { recursive: true });
    await mkdir(join(this.dir, 'containerd'), { recursive: true });
    this.storageDriver = await storageDriverFor(this.dir);
    await this.startContainerd();
    await writeFile(
      join(this.dir, 'daemon.json'),
      JSON.stringify({ 'deprecated-key-path': join(this.dir, 'key.json') }, null, 2) + '\n',
    );
    await this.startDaemon();
  }

  private async startContainerd(): Promise<void> {
    const root = join(this.dir, 'containerd');
    const config = join(root, 'config.toml');
    await writeFile(
      config,
      [
        'version = 2',
        `root = ${JSON.stringify(join(root, 'root'))}`,
        `state = ${JSON.stringify(join(root, 'state'))}`,
        // dockerd needs the tasks and content services only; the CRI plugin is Kubernetes'.
        'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
        '[grpc]',
        `  address = ${JSON.stringify(this.containerdSocket)}`,
        // Its default is /opt/containerd, created on the host.
        '[plugins."io.containerd.internal.v1.opt"]',
        `  path = ${JSON.stringify(join(root, 'opt'))}`,
        '',
      ].join('\n'),
    );
    this.containerd = spawnInNetns(
      this.netns,
      ['containerd', '--config', config],
      join(this.dir, 'containerd.log'),
      this.dir,
    );
    await waitFor('containerd', this.containerd, join(this.dir, 'containerd.log'), 15_000, () =>
      Promise.resolve(existsSync(this.containerdSocket)),
    );
  }

  async startDaemon(): Promise<void> {
    if (this.dockerd) throw new Error('dockerd already running');
    const mirror = this.options.registryMirror;
    const args = [
      '--host',
      this.dockerHost,
      '--data-root',
      join(this.dir, 'data'),
      '--exec-root',
      join(this.dir, 'exec'),
      '--pidfile',
      join(this.dir, 'docker.pid'),
      // Instead of /etc/docker/daemon.json.
      '--config-file',
      join(this.dir, 'daemon.json'),
      '--containerd',
      this.containerdSocket,
      '--storage-driver',
      this.storageDriver,
      '--exec-opt',
      'native.cgroupdriver=cgroupfs',
      '--cgroup-parent',
      this.cgroupParent,
      '--registry-mirror',
      `http://${mirror}`,
      // 127.0.0.0/8 is insecure (plain HTTP) by default already; said here for `docker push` and
      // for a registry elsewhere on the LAN.
      '--insecure-registry',
      mirror,
      ...(this.options.daemonArgs ?? []),
    ];
    const log = join(this.dir, 'dockerd.log');
    const child = spawnInNetns(this.netns, [findCommand('dockerd')!, ...args], log, this.dir);
    this.dockerd = child;
    child.once('exit', () => {
      if (this.dockerd === child) this.dockerd = undefined;
    });
    await waitFor('dockerd', child, log, this.options.readyTimeoutMs ?? 60_000, () =>
      ping(this.socketPath),
    );
  }

  async stopDaemon(): Promise<void> {
    const child = this.dockerd;
    this.dockerd = undefined;
    await terminate(child, 15_000);
  }

  docker(args: string[], options: RunOptions = {}): Promise<CommandResult> {
    // Debian's client, matching dockerd: never /usr/local/bin/docker, which may be another one.
    return run(findCommand('docker')!, args, { ...options, env: this.env });
  }

  execInNetns(argv: string[], options: RunOptions = {}): Promise<CommandResult> {
    return execInNetns(this.netns, argv, options);
  }

  stop(): Promise<void> {
    this.stopping ??= this.teardown();
    return this.stopping;
  }

  private async teardown(): Promise<void> {
    if (this.dockerd) {
      // Teardown needs no graceful container stops: a container whose PID 1 ignores SIGTERM
      // (`sleep`) would hold dockerd's shutdown for its 10 s stop timeout.
      const ids = await this.docker(['ps', '-aq'], { timeoutMs: 15_000 }).catch(() => undefined);
      const list = ids?.stdout.split('\n').filter((id) => id !== '') ?? [];
      if (list.length > 0) {
        await this.docker(['rm', '-f', ...list], { timeoutMs: 15_000 }).catch(() => undefined);
      }
    }
    await this.stopDaemon();
    await terminate(this.containerd, 10_000);
    this.containerd = undefined;
    const survivors = await killUntilGone(() => this.enginePids());
    this.removeShimSockets();
    removeCgroups(this.cgroupParent);
    await unmountUnder(this.dir);
    if (this.options.ownsNetns && existsSync(`/run/netns/${this.netns}`)) {
      await run('ip', ['netns', 'del', this.netns]).catch(() => undefined);
    }
    await rm(this.dir, { recursive: true, force: true });
    if (survivors.length > 0) {
      throw new Error(`processes of ${this.dir} survive SIGKILL: ${survivors.join(', ')}`);
    }
  }

  /**
   * A shim listens on /run/containerd/s/<sha256 of "<containerd socket>/<namespace>/<task id>">
   * and removes the socket when it exits; a shim killed by killUntilGone() leaves it. The tasks
   * are the directories in containerd's state.
   */
  private removeShimSockets(): void {
    const tasks = join(this.dir, 'containerd', 'state', 'io.containerd.runtime.v2.task');
    for (const namespace of readdirOrEmpty(tasks)) {
      for (const id of readdirOrEmpty(join(tasks, namespace))) {
        const hash = createHash('sha256')
          .update(join(this.containerdSocket, namespace, id))
          .digest('hex');
        rmSync(join('/run/containerd/s', hash), { force: true });
      }
    }
  }

  /**
   * The live pids that belong to this engine, this process excluded: what a daemon killed early
   * may have left (shims, the containers' processes in the engine's cgroups), its daemons, and
   * with `ownsNetns` anything in the namespace or naming its directory. Found through /proc only.
   */
  private enginePids(): number[] {
    const inCgroups = new Set(cgroupPids(this.cgroupParent));
    return livePids().filter((pid) => inCgroups.has(pid) || this.ownsProcess(pid));
  }

  private ownsProcess(pid: number): boolean {
    try {
      if (this.options.ownsNetns && readlinkSync(`/proc/${pid}/ns/net`) === this.netnsLink) {
        return true;
      }
      // Zombies and kernel threads have an empty command line. In a namespace it shares, only
      // the daemons and shims are the engine's (they name containerd's directory): a client
      // naming its socket (clusterd's --docker-host) is not.
      const named = this.options.ownsNetns ? this.dir : join(this.dir, 'containerd');
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(named);
    } catch {
      return false;
    }
  }

  output(): string {
    try {
      return readFileSync(join(this.dir, 'dockerd.log'), 'utf8').slice(-4000);
    } catch {
      return '';
    }
  }
}

/**
 * SIGKILLs the pids `find` names until it names none (20 rounds at most); returns those left.
 * Zombies are not counted: killed processes whose parent died too wait for init to reap them.
 */
export async function killUntilGone(find: () => number[]): Promise<number[]> {
  for (let round = 0; round < 20; round++) {
    const pids = find();
    if (pids.length === 0) return [];
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    await sleep(100);
  }
  return find();
}

/** The live pids of this machine, this process excluded. */
export function livePids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid !== process.pid && alive(pid)) pids.push(pid);
  }
  return pids;
}

/** Runs a command in the named network namespace (nsenter: see the header for why not ip). */
export function execInNetns(
  netns: string,
  argv: string[],
  options: RunOptions = {},
): Promise<CommandResult> {
  return run('nsenter', [`--net=/run/netns/${netns}`, '--', ...argv], {
    ...options,
    env: { ...process.env, PATH: `${daemonPath}:${process.env.PATH ?? ''}` },
  });
}

/**
 * A daemon in the namespace, its output appended to `log`. nsenter enters the namespace and
 * execs the command, so the child's pid is the daemon's.
 */
export function spawnInNetns(
  netns: string,
  argv: string[],
  log: string,
  cwd: string,
): ChildProcess {
  const fd = openSync(log, 'a');
  try {
    const child = spawn('nsenter', [`--net=/run/netns/${netns}`, '--', ...argv], {
      cwd,
      env: { PATH: daemonPath },
      stdio: ['ignore', fd, fd],
    });
    // Where the start-up wait reads it (an 'error' event with no listener would throw).
    child.on('error', (err) => {
      appendFileSync(log, `${argv[0] ?? ''}: ${err.message}\n`);
    });
    return child;
  } finally {
    closeSync(fd);
  }
}

/**
 * overlay2 needs the directory's filesystem to take an overlay mount with its upper and work
 * directories on it (ext4, xfs with d_type, btrfs, tmpfs do), and dockerd refuses overlayfs itself
 * (a container's root). So a real overlay mount is tried in the engine's directory; vfs, the
 * fallback, copies every layer whole, which the 2 MB test image makes cheap. Here /tmp is ext4
 * and overlay2 is used.
 */
async function storageDriverFor(dir: string): Promise<'overlay2' | 'vfs'> {
  const overlayfsMagic = 0x794c7630;
  if ((await statfs(dir)).type === overlayfsMagic) return 'vfs';
  const probe = join(dir, 'overlay-probe');
  const [lower, upper, work, merged] = ['lower', 'upper', 'work', 'merged'].map((d) =>
    join(probe, d),
  ) as [string, string, string, string];
  for (const d of [lower, upper, work, merged]) await mkdir(d, { recursive: true });
  try {
    const mounted = await run('mount', [
      '-t',
      'overlay',
      'overlay',
      '-o',
      `lowerdir=${lower},upperdir=${upper},workdir=${work}`,
      merged,
    ]);
    if (mounted.code !== 0) return 'vfs';
    await run('umount', [merged]);
    return 'overlay2';
  } finally {
    await rm(probe, { recursive: true, force: true });
  }
}

export async function waitFor(
  what: string,
  child: ChildProcess,
  log: string,
  timeoutMs: number,
  ready: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}): ${tail(log)}`);
    }
    if (await ready()) return;
    if (Date.now() > deadline)
      throw new Error(`${what} not ready after ${timeoutMs} ms: ${tail(log)}`);
    await sleep(50);
  }
}

function tail(log: string): string {
  try {
    return readFileSync(log, 'utf8').slice(-3000);
  } catch {
    return '(no log)';
  }
}

/** dockerd answers GET /_ping on its socket with OK once its API serves. */
function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        resolve(res.statusCode === 200 && body === 'OK');
      });
    });
    req.on('error', () => {
      resolve(false);
    });
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** SIGTERM, SIGKILL after `graceMs`; resolves once the process has exited. */
export async function terminate(child: ChildProcess | undefined, graceMs: number): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, graceMs);
  });
  const done = await Promise.race([exited.then(() => true), graceOver]);
  clearTimeout(timer);
  if (done) return;
  child.kill('SIGKILL');
  await exited;
}

/** Whether the process exists and is not a zombie (state Z or X in /proc/<pid>/stat). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The mount points of the cgroup hierarchies (v1 controllers and the v2 unified one). */
function cgroupRoots(): string[] {
  return mounts()
    .filter((m) => m.type === 'cgroup' || m.type === 'cgroup2')
    .map((m) => m.point);
}

/** Every pid in the cgroup `parent` or below it, in any hierarchy. */
function cgroupPids(parent: string): number[] {
  const pids: number[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      for (const line of readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n')) {
        if (line !== '') pids.push(Number(line));
      }
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  for (const root of cgroupRoots()) walk(join(root, parent));
  return pids;
}

/** Removes the cgroup `parent` (empty by now) and its children, deepest first, in each hierarchy. */
function removeCgroups(parent: string): void {
  const remove = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) remove(join(dir, entry.name));
    try {
      // rmdir(2) is what removes a cgroup: its files are the kernel's, and rm -r would try them.
      rmdirSync(dir);
    } catch {
      // Still populated or gone; nothing more to do here.
    }
  };
  for (const root of cgroupRoots()) remove(join(root, parent));
}

interface Mount {
  point: string;
  type: string;
}

/** /proc/self/mounts, with the octal escapes of its mount points decoded. */
function mounts(): Mount[] {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [, point = '', type = ''] = line.split(' ');
      return {
        point: point.replace(/\\([0-7]{3})/g, (_, octal: string) =>
          String.fromCharCode(parseInt(octal, 8)),
        ),
        type,
      };
    });
}

/** Lazily unmounts everything under `dir`, deepest first (overlays, netns files, dockerd's binds). */
export async function unmountUnder(dir: string): Promise<void> {
  const points = mounts()
    .map((m) => m.point)
    .filter((p) => p === dir || p.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  for (const point of points) await run('umount', ['-l', point]).catch(() => undefined);
}

interface SpawnOptions extends RunOptions {
  env?: NodeJS.ProcessEnv;
}

/** Runs a command to its end, collecting its output; rejects on a timeout or a spawn error. */
export function run(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<CommandResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? { ...process.env, PATH: `${daemonPath}:${process.env.PATH ?? ''}` },
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const signalCode = signal === null ? 0 : 128 + constants.signals[signal];
      resolve({ code: code ?? signalCode, stdout, stderr });
    });
    // A command that exits without reading its input makes the write fail (EPIPE): its exit code
    // tells what happened.
    child.stdin.on('error', () => undefined);
    if (options.input === undefined) child.stdin.end();
    else child.stdin.end(options.input);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The static busybox the test image is made of (dockerUnavailableReason() checked it). */
export function busyboxPath(): string {
  const busybox = findCommand('busybox');
  if (!busybox) throw new Error('busybox is not installed (`make debs`)');
  return busybox;
}

/** `busybox --list`: the applets the image links in /bin. */
export function busyboxApplets(): string[] {
  return execFileSync(busyboxPath(), ['--list'], { encoding: 'utf8' })
    .split('\n')
    .filter((a) => a !== '' && a !== 'busybox');
}
