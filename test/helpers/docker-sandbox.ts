// A real, private Docker engine for tests and benchmarks: a Docker engine (docker-engine.ts) and
// its registry mirror (docker-registry.ts) in a new network namespace of their own, offline, and
// touching neither a system Docker nor the host's network. Each sandbox owns a fresh temporary
// directory and the namespace:
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
// Docker Hub name (`docker pull infoslack/docker-nginx`) resolves through it with no internet; it
// serves one small image built from Debian's static busybox under every name in `images`, which
// dockerd does not hold before a test's pull, so that the pull really goes through the registry.
// The end-to-end scenario (test/e2e) composes the same two parts differently: one registry on its
// LAN's switch, and an engine inside each machine's namespace.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CommandResult,
  type DockerEngine,
  dockerUnavailableReason,
  run,
  type RunOptions,
  startDockerEngine,
} from './docker-engine.js';
import { defaultImages, startTestRegistry, type TestRegistry } from './docker-registry.js';

export { type CommandResult, dockerUnavailableReason, type RunOptions } from './docker-engine.js';
export { defaultImages, testPage } from './docker-registry.js';

/** Where the registry listens inside the namespace: a new namespace has every port free. */
const registryAddress = '127.0.0.1:5000';

export interface DockerSandbox extends DockerEngine {
  /** The sandbox's own directory; every file of it is under here. */
  readonly dir: string;
  /** The network namespace dockerd, containerd and the registry run in (`ip netns list`). */
  readonly netns: string;
  /** The loopback registry, host:port as dockerd (and execInNetns) reach it. */
  readonly registry: string;
  /** The Docker Hub names the registry serves (`docker pull <name>` works for each). */
  readonly images: readonly string[];
  /**
   * Ends every process of the sandbox, unmounts what is left under its directory, deletes the
   * namespace and the directory. Safe to call twice.
   */
  stop(): Promise<void>;
}

export interface DockerSandboxOptions {
  /** Docker Hub names to serve the test image under (default: defaultImages). */
  images?: string[];
  /** How long dockerd may take to answer its API, per start (default 60 s). */
  readyTimeoutMs?: number;
}

export async function startDockerSandbox(
  options: DockerSandboxOptions = {},
): Promise<DockerSandbox> {
  const reason = dockerUnavailableReason();
  if (reason !== undefined) throw new Error(reason);
  const dir = await mkdtemp(join(tmpdir(), 'clusterd-docker-'));
  const netns = `clusterd-dk-${randomBytes(4).toString('hex')}`;
  let registry: TestRegistry | undefined;
  let engine: DockerEngine | undefined;
  const added = await run('ip', ['netns', 'add', netns]);
  try {
    if (added.code !== 0) throw new Error(`ip netns add ${netns}: ${added.stderr.trim()}`);
    await run('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);
    registry = await startTestRegistry({
      netns,
      address: registryAddress,
      dir: join(dir, 'registry'),
      images: options.images ?? defaultImages,
    });
    engine = await startDockerEngine({
      netns,
      dir,
      registryMirror: registryAddress,
      ownsNetns: true,
      ...(options.readyTimeoutMs !== undefined && { readyTimeoutMs: options.readyTimeoutMs }),
    });
    return new Sandbox(engine, registry);
  } catch (err) {
    // startDockerEngine() removed what it had made (the namespace and the directory with it).
    await registry?.stop();
    if (!engine) {
      await run('ip', ['netns', 'del', netns]).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
    throw err;
  }
}

class Sandbox implements DockerSandbox {
  readonly registry: string;
  readonly images: readonly string[];
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly engine: DockerEngine,
    private readonly registryServer: TestRegistry,
  ) {
    this.registry = registryServer.address;
    this.images = registryServer.images;
  }

  get dir(): string {
    return this.engine.dir;
  }
  get netns(): string {
    return this.engine.netns;
  }
  get socketPath(): string {
    return this.engine.socketPath;
  }
  get dockerHost(): string {
    return this.engine.dockerHost;
  }
  get storageDriver(): 'overlay2' | 'vfs' {
    return this.engine.storageDriver;
  }
  get env(): NodeJS.ProcessEnv {
    return this.engine.env;
  }
  get dockerdPid(): number | undefined {
    return this.engine.dockerdPid;
  }

  execInNetns(argv: string[], options?: RunOptions): Promise<CommandResult> {
    return this.engine.execInNetns(argv, options);
  }
  docker(args: string[], options?: RunOptions): Promise<CommandResult> {
    return this.engine.docker(args, options);
  }
  stopDaemon(): Promise<void> {
    return this.engine.stopDaemon();
  }
  startDaemon(): Promise<void> {
    return this.engine.startDaemon();
  }
  output(): string {
    return this.engine.output();
  }

  stop(): Promise<void> {
    // The registry first (its files are in the engine's directory); the engine owns the
    // namespace, so it also ends whatever else is left in it and deletes it.
    this.stopping ??= this.registryServer.stop().then(() => this.engine.stop());
    return this.stopping;
  }
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
