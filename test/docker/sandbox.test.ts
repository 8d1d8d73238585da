// The Docker sandbox (test/helpers/docker-sandbox.ts) that the Docker tests, benchmarks and the
// end-to-end scenario run on: a private dockerd in its own network namespace whose registry mirror
// is a loopback registry, so Docker Hub names pull offline, published ports exist only in the
// namespace, and stop() leaves no process, mount, namespace or directory behind.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import {
  type DockerSandbox,
  dockerUnavailableReason,
  startDockerSandbox,
  testPage,
} from '../helpers/docker-sandbox.js';

/** Whether something on the host (this process's namespace) accepts connections on the port. */
function hostAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** Pids of processes whose command line names `dir`. */
function processesMentioning(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // Exited meanwhile.
    }
  }
  return pids;
}

/** Pids of processes in the named network namespace (same /proc/<pid>/ns/net). */
function processesInNetns(netns: string): number[] {
  const link = `net:[${statSync(`/run/netns/${netns}`).ino}]`;
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      return readlinkSync(`/proc/${entry}/ns/net`) === link ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Whether the process exists and is not a zombie: killed processes whose parent died wait for
 * this machine's init to reap them, which may take seconds.
 */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/** /proc/<pid>/cmdline with spaces between the arguments ('' once the process is gone). */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .filter((line) => line.split(' ')[1]?.startsWith(dir) === true);
}

/** The page a container publishes on port 80, fetched inside the namespace (headers on stderr). */
async function fetchPage(sandbox: DockerSandbox): Promise<{ code: number; headers: string }> {
  const wget = ['busybox', 'wget', '-S', '-q', '-O-', 'http://127.0.0.1:80/'];
  const r = await sandbox.execInNetns(wget, { timeoutMs: 10_000 });
  if (r.code === 0) assert.equal(r.stdout, testPage);
  return { code: r.code, headers: r.stderr };
}

async function waitForPage(sandbox: DockerSandbox): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const page = await fetchPage(sandbox);
    if (page.code === 0) return page.headers;
    if (Date.now() > deadline) throw new Error(`no page on port 80: ${page.headers}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function skipUnlessDocker(context: Mocha.Context): void {
  const reason = dockerUnavailableReason();
  if (reason === undefined) return;
  console.log(`      skipped: ${reason}`);
  context.skip();
}

describe('docker sandbox: a private dockerd with a loopback registry', function () {
  this.timeout(120_000);
  let sandbox: DockerSandbox | undefined;
  let hostPort80Before: boolean;

  before(async function () {
    skipUnlessDocker(this);
    hostPort80Before = await hostAccepts(80);
    sandbox = await startDockerSandbox();
  });

  after(async function () {
    await sandbox?.stop();
  });

  it('answers `docker version` and `docker info` on its own socket, with its own data root', async function () {
    const sb = sandbox!;
    assert.equal(sb.dockerHost, `unix://${sb.socketPath}`);
    assert.ok(sb.socketPath.startsWith(`${sb.dir}/`));
    const version = await sb.docker(['version', '--format', '{{.Server.Version}}']);
    assert.equal(version.code, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    const info = await sb.docker([
      'info',
      '--format',
      '{{.DockerRootDir}} {{.Driver}} {{.CgroupDriver}} {{json .RegistryConfig.Mirrors}}',
    ]);
    assert.equal(info.code, 0, info.stderr);
    assert.equal(
      info.stdout.trim(),
      `${sb.dir}/data ${sb.storageDriver} cgroupfs ["http://${sb.registry}/"]`,
    );
    assert.ok(
      (await sb.execInNetns(['ip', 'netns', 'identify'])).stdout.includes(sb.netns),
      'execInNetns runs in the namespace',
    );
  });

  it('pulls Docker Hub names through the loopback registry mirror', async function () {
    const sb = sandbox!;
    const catalog = await sb.execInNetns([
      'busybox',
      'wget',
      '-q',
      '-O-',
      `http://${sb.registry}/v2/_catalog`,
    ]);
    assert.equal(catalog.code, 0, catalog.stderr);
    assert.deepEqual(JSON.parse(catalog.stdout), {
      repositories: ['clusterd-test/busybox', 'infoslack/docker-nginx', 'library/nginx'],
    });
    // The images the sandbox pushed are not in dockerd any more: this pull is a real one.
    assert.equal((await sb.docker(['images', '-q'])).stdout, '');
    const pulled = await sb.docker(['pull', 'infoslack/docker-nginx']);
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.match(pulled.stdout, /Downloaded newer image for infoslack\/docker-nginx:latest/);
    const nginx = await sb.docker(['pull', 'nginx']);
    assert.equal(nginx.code, 0, nginx.stderr);
    const echo = await sb.docker(['run', '--rm', 'clusterd-test/busybox', 'echo', 'hello']);
    assert.equal(echo.code, 0, echo.stderr);
    assert.equal(echo.stdout, 'hello\n');
  });

  it('publishes port 80 inside its namespace only', async function () {
    const sb = sandbox!;
    const run = await sb.docker([
      'run',
      '-d',
      '--name',
      'web',
      '-p',
      '80:80',
      'infoslack/docker-nginx',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(await waitForPage(sb), /HTTP\/1\.[01] 200 OK/);
    // dockerd's DNAT rule is in the namespace's netfilter, and the host's port 80 is as it was.
    const rules = await sb.execInNetns(['iptables', '-t', 'nat', '-S', 'DOCKER']);
    assert.equal(rules.code, 0, rules.stderr);
    assert.match(rules.stdout, /--dport 80 -j DNAT --to-destination 172\.17\.\d+\.\d+:80/);
    assert.equal(await hostAccepts(80), hostPort80Before);
  });

  it('stops and starts dockerd on the same socket, keeping images and containers', async function () {
    const sb = sandbox!;
    const pid = sb.dockerdPid;
    await sb.stopDaemon();
    assert.equal(sb.dockerdPid, undefined);
    assert.notEqual((await sb.docker(['version'], { timeoutMs: 10_000 })).code, 0);
    // Without live-restore dockerd stopped the container on its way out.
    assert.notEqual((await fetchPage(sb)).code, 0);

    await sb.startDaemon();
    assert.notEqual(sb.dockerdPid, pid);
    const ps = await sb.docker(['ps', '-a', '--format', '{{.Names}} {{.State}}']);
    assert.equal(ps.code, 0, ps.stderr);
    assert.equal(ps.stdout, 'web exited\n');
    const started = await sb.docker(['start', 'web']);
    assert.equal(started.code, 0, started.stderr);
    await waitForPage(sb);
  });

  it('leaves no process, mount, cgroup, namespace or directory after stop(), twice', async function () {
    const sb = sandbox!;
    const started = Date.now();
    await sb.stop();
    const took = Date.now() - started;
    assert.deepEqual(processesMentioning(sb.dir), []);
    assert.deepEqual(mountsUnder(sb.dir), []);
    assert.equal(existsSync(sb.dir), false);
    assert.equal(existsSync(`/run/netns/${sb.netns}`), false);
    assert.equal(existsSync(`/sys/fs/cgroup/pids/${sb.netns}`), false);
    await sb.stop();
    assert.ok(took < 20_000, `stop() took ${took} ms`);
  });
});

describe('docker sandbox: stop() after its daemons were killed under a running container', function () {
  this.timeout(120_000);
  let sandbox: DockerSandbox | undefined;

  before(async function () {
    skipUnlessDocker(this);
    sandbox = await startDockerSandbox({ images: ['clusterd-test/busybox'] });
  });

  after(async function () {
    await sandbox?.stop();
  });

  it('kills the shim and the container, unmounts their files, removes the shim socket', async function () {
    const sb = sandbox!;
    const run = await sb.docker([
      'run',
      '-d',
      '--name',
      'orphan',
      '-p',
      '80:80',
      'clusterd-test/busybox',
    ]);
    assert.equal(run.code, 0, run.stderr);
    await waitForPage(sb);
    const [id = '', pidText = ''] = (
      await sb.docker(['inspect', '--format', '{{.Id}} {{.State.Pid}}', 'orphan'])
    ).stdout
      .trim()
      .split(' ');
    const containerPid = Number(pidText);
    assert.ok(containerPid > 0);
    // Where containerd 1.6's shim for the container listens (it removes the socket on its exit).
    const shimSocket = join(
      '/run/containerd/s',
      createHash('sha256')
        .update(join(sb.dir, 'containerd', 'containerd.sock', 'moby', id))
        .digest('hex'),
    );
    assert.ok(existsSync(shimSocket), shimSocket);
    // SIGKILL leaves dockerd and containerd no chance to stop anything: the shim, the container's
    // processes, its overlay and network namespace mounts all stay (docker-proxy goes: dockerd
    // starts it with a parent-death signal).
    const containerd = processesMentioning(sb.dir).filter((pid) =>
      commandLine(pid).startsWith('containerd '),
    );
    assert.equal(containerd.length, 1);
    process.kill(sb.dockerdPid!, 'SIGKILL');
    process.kill(containerd[0]!, 'SIGKILL');
    const shims = processesMentioning(sb.dir).filter((pid) =>
      commandLine(pid).startsWith('/usr/bin/containerd-shim'),
    );
    assert.equal(shims.length, 1);
    // The shim stays in the namespace, where containerd started it.
    const inNetns = processesInNetns(sb.netns);
    assert.ok(inNetns.includes(shims[0]!));
    assert.ok(mountsUnder(sb.dir).length > 0);

    await sb.stop();
    for (const pid of [containerPid, ...inNetns]) assert.equal(running(pid), false, `${pid}`);
    assert.equal(existsSync(shimSocket), false);
    assert.deepEqual(processesMentioning(sb.dir), []);
    assert.deepEqual(mountsUnder(sb.dir), []);
    assert.equal(existsSync(sb.dir), false);
    assert.equal(existsSync(`/run/netns/${sb.netns}`), false);
    assert.equal(existsSync(`/sys/fs/cgroup/pids/${sb.netns}`), false);
  });
});
