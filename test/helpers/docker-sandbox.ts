// A real, private Docker engine for tests, benchmarks and end-to-end scenarios: Debian's dockerd,
// containerd and runc (`make debs`), offline, and touching neither a system Docker nor the host's
// network. Each sandbox owns a fresh temporary directory and a new network namespace:
//
//   <dir>/docker.sock             dockerd's API (DOCKER_HOST=unix://...), reachable from the host
//   <dir>/data, <dir>/exec        dockerd's --data-root and --exec-root
//   <dir>/containerd/             containerd's config, root, state and socket
//   <dir>/registry/               the loopback registry's config and storage
//   <dir>/*.log                   each daemon's output
//
// dockerd, containerd and the registry run in the namespace, so docker0, dockerd's iptables rules,
// docker-proxy and every published port exist only there (`execInNetns` reaches them). The
// registry listens on 127.0.0.1:5000 in the namespace and is dockerd's --registry-mirror, so a
// Docker Hub name (`docker pull infoslack/docker-nginx`) resolves through it with no internet; the
// sandbox fills it with one small image built from Debian's static busybox, under every name in
// `images`, and removes the local copies so that a test's pull really goes through the registry.
//
// What worked here (Debian 12: dockerd 20.10.24, containerd 1.6.20, runc 1.1.5; cgroup v1 with a
// cgroup2 hierarchy at /sys/fs/cgroup/unified; iptables-nft), with no flag turning a feature off:
// - `nsenter --net=/run/netns/<ns>`, not `ip netns exec`: the latter also enters a new mount
//   namespace and remounts /sys for the network namespace, which hides /sys/fs/cgroup, and
//   dockerd and runc then find no cgroup hierarchy at all.
// - Our own containerd (`--containerd <socket>`): dockerd 20.10 uses /run/containerd/containerd.sock
//   whenever that socket exists, i.e. a system containerd and its containers, and no flag stops it.
// - `--exec-opt native.cgroupdriver=cgroupfs` (there is no systemd) and `--cgroup-parent
//   /<ns>`, so the containers' cgroups are this sandbox's alone and `stop()` can find and remove
//   them.
// - iptables and docker-proxy as dockerd's defaults: both act on the namespace only.
// - daemon.json's `deprecated-key-path` (a config key with no flag): dockerd otherwise writes
//   /etc/docker/key.json.
// What a sandbox leaves on the host is two empty directories that no flag moves, and that a
// system Docker would share: /run/docker/plugins (dockerd's plugin exec root) and
// /run/containerd/s (where shims put sockets named by a hash of our containerd socket's path;
// stop() removes those of shims it had to kill).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
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

/** The test image's page, served by busybox httpd at / on port 80. */
export const testPage = '<!DOCTYPE html>\n<title>clusterd test image</title>\n<h1>It works</h1>\n';

/**
 * The names the sandbox's registry serves by default: the seed unit's `nginx`, the nginx image of
 * the fleet examples and a neutral name. All are the same busybox image: by default it runs
 * `httpd -f -p 80 -h /www` and exits on SIGTERM (busybox httpd as PID 1 would ignore it, and
 * `docker stop` would wait its 10 s); any busybox applet may be given as the command instead
 * (`docker run clusterd-test/busybox sleep 5`; add `--init` when PID 1 must honour SIGTERM).
 */
export const defaultImages = [
  'infoslack/docker-nginx:latest',
  'nginx:latest',
  'clusterd-test/busybox:latest',
];

/** Where the registry listens inside the namespace: a new namespace has every port free. */
const registryAddress = '127.0.0.1:5000';

/**
 * The daemons' PATH, Debian's directories only: dockerd finds runc, docker-proxy, docker-init and
 * iptables on it, containerd the runc shim. The rest of the environment is left out too, so that
 * no DOCKER_* or *_PROXY variable of the test's own reaches them.
 */
const daemonPath = '/usr/sbin:/usr/bin:/sbin:/bin';
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

export interface DockerSandbox {
  /** The sandbox's own directory; every file of it is under here. */
  readonly dir: string;
  /** dockerd's API socket. */
  readonly socketPath: string;
  /** 'unix://' + socketPath. */
  readonly dockerHost: string;
  /** The network namespace dockerd, containerd and the registry run in (`ip netns list`). */
  readonly netns: string;
  /** The loopback registry, host:port as dockerd (and execInNetns) reach it. */
  readonly registry: string;
  /** The Docker Hub names the registry serves (`docker pull <name>` works for each). */
  readonly images: readonly string[];
  /** The storage driver dockerd runs with: overlay2 where the directory's filesystem allows. */
  readonly storageDriver: 'overlay2' | 'vfs';
  /**
   * process.env with DOCKER_HOST set to the sandbox and DOCKER_CONFIG to an empty directory (no
   * context or credential helper of the user's), for spawning `docker` or clusterd.
   */
  readonly env: NodeJS.ProcessEnv;
  /** dockerd's pid while it runs. */
  readonly dockerdPid: number | undefined;
  /** Runs a command inside the sandbox's network namespace (e.g. wget to a published port). */
  execInNetns(argv: string[], options?: RunOptions): Promise<CommandResult>;
  /** Runs Debian's /usr/bin/docker against the sandbox's dockerd. */
  docker(args: string[], options?: RunOptions): Promise<CommandResult>;
  /**
   * SIGTERM to dockerd, SIGKILL after 15 s; containerd and the registry keep running. As on a
   * host without live-restore, dockerd stops the running containers as it goes.
   */
  stopDaemon(): Promise<void>;
  /** Starts dockerd again on the same socket and directories; resolves when it answers. */
  startDaemon(): Promise<void>;
  /**
   * Ends every process of the sandbox, unmounts what is left under its directory, deletes the
   * namespace and the directory. Safe to call twice.
   */
  stop(): Promise<void>;
  /** The end of dockerd's log, for failure messages. */
  output(): string;
}

export interface DockerSandboxOptions {
  /** Docker Hub names to serve the test image under (default: defaultImages). */
  images?: string[];
  /** How long dockerd may take to answer its API, per start (default 60 s). */
  readyTimeoutMs?: number;
}

function findCommand(name: string): string | undefined {
  for (const dir of daemonPath.split(':')) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Why a Docker sandbox cannot run on this machine, or undefined when it can: a test skips with
 * this reason.
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

export async function startDockerSandbox(
  options: DockerSandboxOptions = {},
): Promise<DockerSandbox> {
  const reason = dockerUnavailableReason();
  if (reason !== undefined) throw new Error(reason);
  const dir = await mkdtemp(join(tmpdir(), 'clusterd-docker-'));
  const sandbox = new Sandbox(dir, `clusterd-dk-${randomBytes(4).toString('hex')}`, options);
  try {
    await sandbox.start();
    return sandbox;
  } catch (err) {
    // stop() removes the log, and a failed push or import says little without it.
    const log = sandbox.output();
    await sandbox.stop();
    if (err instanceof Error && log !== '' && !err.message.includes(log.slice(-200))) {
      err.message += `\ndockerd's log:\n${log}`;
    }
    throw err;
  }
}

class Sandbox implements DockerSandbox {
  readonly socketPath: string;
  readonly dockerHost: string;
  readonly registry = registryAddress;
  readonly images: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  storageDriver: 'overlay2' | 'vfs' = 'vfs';
  private dockerd: ChildProcess | undefined;
  private containerd: ChildProcess | undefined;
  private registryServer: ChildProcess | undefined;
  /** /proc/<pid>/ns/net of a process in the namespace reads this ('net:[inode]'). */
  private netnsLink: string | undefined;
  private stopping: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    readonly netns: string,
    private readonly options: DockerSandboxOptions,
  ) {
    this.socketPath = join(dir, 'docker.sock');
    this.dockerHost = `unix://${this.socketPath}`;
    this.images = options.images ?? defaultImages;
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
      throw new Error(`the temporary directory's path is too long for a socket: ${this.dir}`);
    }
    await mkdir(join(this.dir, 'cli'));
    await mkdir(join(this.dir, 'containerd'));
    await mkdir(join(this.dir, 'registry'));
    this.storageDriver = await storageDriverFor(this.dir);

    await run('ip', ['netns', 'add', this.netns]);
    this.netnsLink = `net:[${statSync(`/run/netns/${this.netns}`).ino}]`;
    await run('ip', ['-n', this.netns, 'link', 'set', 'lo', 'up']);

    await this.startRegistry();
    await this.startContainerd();
    await writeFile(
      join(this.dir, 'daemon.json'),
      JSON.stringify({ 'deprecated-key-path': join(this.dir, 'key.json') }, null, 2) + '\n',
    );
    await this.startDaemon();
    await this.fillRegistry();
  }

  private async startRegistry(): Promise<void> {
    const config = join(this.dir, 'registry', 'config.yml');
    await writeFile(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: info',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${join(this.dir, 'registry', 'data')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${registryAddress}`,
        '  secret: clusterd-test',
        '',
      ].join('\n'),
    );
    this.registryServer = this.spawnInNetns(
      ['docker-registry', 'serve', config],
      join(this.dir, 'registry.log'),
    );
    // Only a process in the namespace reaches it.
    const answers = async (): Promise<boolean> => {
      const url = `http://${registryAddress}/v2/`;
      const r = await this.execInNetns(['busybox', 'wget', '-q', '-O', '/dev/null', url]);
      return r.code === 0;
    };
    await waitFor(
      'the registry',
      this.registryServer,
      join(this.dir, 'registry.log'),
      15_000,
      answers,
    );
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
    this.containerd = this.spawnInNetns(
      ['containerd', '--config', config],
      join(this.dir, 'containerd.log'),
    );
    await waitFor('containerd', this.containerd, join(this.dir, 'containerd.log'), 15_000, () =>
      Promise.resolve(existsSync(this.containerdSocket)),
    );
  }

  async startDaemon(): Promise<void> {
    if (this.dockerd) throw new Error('dockerd already running');
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
      `/${this.netns}`,
      '--registry-mirror',
      `http://${registryAddress}`,
      // 127.0.0.0/8 is insecure (plain HTTP) by default already; said here for `docker push`.
      '--insecure-registry',
      registryAddress,
    ];
    const log = join(this.dir, 'dockerd.log');
    const child = this.spawnInNetns([findCommand('dockerd')!, ...args], log);
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

  /**
   * Imports the busybox root filesystem, pushes it under every name, and removes it from dockerd
   * again, so the first `docker pull` of a name is a real pull from the registry.
   */
  private async fillRegistry(): Promise<void> {
    const local = 'clusterd-sandbox/rootfs:latest';
    await this.mustDocker(
      [
        'import',
        '--change',
        'CMD ["/bin/sh", "-c", "trap \\"exit 0\\" TERM INT; httpd -f -p 80 -h /www & wait"]',
        '--change',
        'EXPOSE 80',
        '-',
        local,
      ],
      { input: rootfsTar() },
    );
    const pushed: string[] = [];
    for (const image of this.images) {
      const remote = `${registryAddress}/${hubRepositoryPath(image)}`;
      await this.mustDocker(['tag', local, remote]);
      await this.mustDocker(['push', remote]);
      pushed.push(remote);
    }
    await this.mustDocker(['rmi', local, ...pushed]);
  }

  private async mustDocker(args: string[], options: RunOptions = {}): Promise<string> {
    const result = await this.docker(args, options);
    if (result.code !== 0) {
      throw new Error(`docker ${args.join(' ')} exited with ${result.code}: ${result.stderr}`);
    }
    return result.stdout;
  }

  docker(args: string[], options: RunOptions = {}): Promise<CommandResult> {
    // Debian's client, matching dockerd: never /usr/local/bin/docker, which may be another one.
    return run(findCommand('docker')!, args, { ...options, env: this.env });
  }

  execInNetns(argv: string[], options: RunOptions = {}): Promise<CommandResult> {
    return run('nsenter', [`--net=/run/netns/${this.netns}`, '--', ...argv], {
      ...options,
      env: { ...process.env, PATH: `${daemonPath}:${process.env.PATH ?? ''}` },
    });
  }

  /**
   * A daemon in the namespace, its output appended to `log`. nsenter enters the namespace and
   * execs the command, so the child's pid is the daemon's.
   */
  private spawnInNetns(argv: string[], log: string): ChildProcess {
    const fd = openSync(log, 'a');
    try {
      const child = spawn('nsenter', [`--net=/run/netns/${this.netns}`, '--', ...argv], {
        cwd: this.dir,
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
    await terminate(this.registryServer, 5000);
    this.registryServer = undefined;
    const survivors = await this.killLeftovers();
    this.removeShimSockets();
    removeCgroups(`/${this.netns}`);
    await unmountUnder(this.dir);
    if (existsSync(`/run/netns/${this.netns}`)) {
      await run('ip', ['netns', 'del', this.netns]).catch(() => undefined);
    }
    await rm(this.dir, { recursive: true, force: true });
    if (survivors.length > 0) {
      throw new Error(`processes of ${this.dir} survive SIGKILL: ${survivors.join(', ')}`);
    }
  }

  /**
   * SIGKILLs what a daemon killed early may have left: shims (containerd's), containers'
   * processes in the sandbox's cgroups, anything else in the namespace or naming the directory.
   * Found by pid through /proc only.
   */
  private async killLeftovers(): Promise<number[]> {
    for (let round = 0; round < 20; round++) {
      const pids = this.sandboxPids();
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
    return this.sandboxPids();
  }

  /**
   * A shim listens on /run/containerd/s/<sha256 of "<containerd socket>/<namespace>/<task id>">
   * and removes the socket when it exits; a shim killed by killLeftovers() leaves it. The tasks
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
   * The live pids that belong to this sandbox, this process excluded. Zombies are dead already:
   * killed processes whose parent died too wait for init to reap them, here for seconds.
   */
  private sandboxPids(): number[] {
    const inCgroups = new Set(cgroupPids(`/${this.netns}`));
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      if (pid === process.pid || !alive(pid)) continue;
      if (inCgroups.has(pid) || this.ownsProcess(pid)) pids.push(pid);
    }
    return pids;
  }

  private ownsProcess(pid: number): boolean {
    try {
      if (this.netnsLink !== undefined && readlinkSync(`/proc/${pid}/ns/net`) === this.netnsLink) {
        return true;
      }
      // Zombies and kernel threads have an empty command line.
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(this.dir);
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
 * overlay2 needs the directory's filesystem to take an overlay mount with its upper and work
 * directories on it (ext4, xfs with d_type, btrfs, tmpfs do), and dockerd refuses overlayfs itself
 * (a container's root). So a real overlay mount is tried in the sandbox directory; vfs, the
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

/** `nginx` is `library/nginx:latest` on Docker Hub, and so in a mirror. */
function hubRepositoryPath(image: string): string {
  let name = image.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  if (!name.includes('/')) name = `library/${name}`;
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  return lastPart.includes(':') || lastPart.includes('@') ? name : `${name}:latest`;
}

async function waitFor(
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
async function terminate(child: ChildProcess | undefined, graceMs: number): Promise<void> {
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
async function unmountUnder(dir: string): Promise<void> {
  const points = mounts()
    .map((m) => m.point)
    .filter((p) => p === dir || p.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  for (const point of points) await run('umount', ['-l', point]).catch(() => undefined);
}

let rootfs: Buffer | undefined;

/**
 * A tar of the test image's root filesystem, built once per process: Debian's static busybox with
 * a symlink per applet in /bin, /etc/passwd and /etc/group for root and nobody, and /www/index.html.
 * Its times are fixed, so the image's digest is the same in every run.
 */
function rootfsTar(): Buffer {
  if (rootfs) return rootfs;
  const busybox = findCommand('busybox')!;
  const applets = execFileSync(busybox, ['--list'], { encoding: 'utf8' })
    .split('\n')
    .filter((a) => a !== '' && a !== 'busybox');
  const entries: Buffer[] = [];
  const dir = (name: string, mode = 0o755): void => {
    entries.push(tarHeader(`${name}/`, '5', mode, 0));
  };
  const file = (name: string, data: Buffer, mode = 0o644): void => {
    entries.push(tarHeader(name, '0', mode, data.length), data);
    const pad = (512 - (data.length % 512)) % 512;
    if (pad > 0) entries.push(Buffer.alloc(pad));
  };
  for (const d of ['bin', 'dev', 'etc', 'proc', 'root', 'sys', 'www']) dir(d);
  dir('tmp', 0o1777);
  file('bin/busybox', readFileSync(busybox), 0o755);
  for (const applet of applets) entries.push(tarHeader(`bin/${applet}`, '2', 0o777, 0, 'busybox'));
  file(
    'etc/passwd',
    Buffer.from('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n'),
  );
  file('etc/group', Buffer.from('root:x:0:\nnogroup:x:65534:\n'));
  file('www/index.html', Buffer.from(testPage));
  entries.push(Buffer.alloc(1024));
  rootfs = Buffer.concat(entries);
  return rootfs;
}

/** A ustar header; names here are all shorter than its 100 bytes. */
function tarHeader(
  name: string,
  type: '0' | '2' | '5',
  mode: number,
  size: number,
  link = '',
): Buffer {
  const header = Buffer.alloc(512);
  const octal = (value: number, offset: number, length: number): void => {
    header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
  };
  header.write(name, 0, 100, 'utf8');
  octal(mode, 100, 8);
  octal(0, 108, 8); // uid
  octal(0, 116, 8); // gid
  octal(size, 124, 12);
  octal(1_700_000_000, 136, 12); // mtime, fixed
  header.write(type, 156, 1, 'ascii');
  header.write(link, 157, 100, 'utf8');
  header.write('ustar\0' + '00', 257, 8, 'ascii');
  header.write('root', 265, 32, 'ascii');
  header.write('root', 297, 32, 'ascii');
  // The checksum is the byte sum with its own field counted as spaces.
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

interface SpawnOptions extends RunOptions {
  env?: NodeJS.ProcessEnv;
}

/** Runs a command to its end, collecting its output; rejects on a timeout or a spawn error. */
function run(command: string, args: string[], options: SpawnOptions = {}): Promise<CommandResult> {
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface SuiteSandbox {
  /** The running sandbox (throws before the suite's `before` ran, or when it skipped). */
  (): DockerSandbox;
  /** Runs `cleanup` after the suite, before the sandbox stops (things that use its dockerd). */
  beforeStop(cleanup: () => Promise<void>): void;
}

/**
 * One sandbox for the mocha suite whose `describe` calls this: started before its tests and
 * stopped after them. Where Docker cannot run, the suite is skipped and says why.
 */
export function dockerSandboxForSuite(): SuiteSandbox {
  let sandbox: DockerSandbox | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  before(async function () {
    const reason = dockerUnavailableReason();
    if (reason !== undefined) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
    this.timeout(120_000);
    sandbox = await startDockerSandbox();
  });
  after(async function () {
    this.timeout(120_000);
    for (const cleanup of cleanups.reverse()) await cleanup();
    await sandbox?.stop();
  });
  const get = (): DockerSandbox => {
    if (!sandbox) throw new Error('the Docker sandbox is not running');
    return sandbox;
  };
  return Object.assign(get, {
    beforeStop: (cleanup: () => Promise<void>) => {
      cleanups.push(cleanup);
    },
  });
}
