// Runs an N-member clusterd cluster as real child processes (`clusterd agent` from the bundle), for
// fault-injection tests. Each member has free loopback ports and its own temporary directory.
//
// Peer traffic goes through one TCP proxy per member (the address the member advertises in
// --initial-cluster, so every peer dials it). The proxy finds which member process opened each
// connection (Linux /proc: the socket's inode, then the process holding it), so a partition can cut
// any directed pair: `partition([a], [b, c])` blackholes a→b, a→c, b→a, c→a. A cut connection is
// blackholed, not refused: bytes are swallowed and nothing comes back, as with a lost network.
//
// Per member: kill() is SIGKILL (data kept), start() restarts on the same ports and data, pause() /
// resume() are SIGSTOP / SIGCONT. stop() kills every process by pid and removes the directories.
//
// With `tls`, every port is https with client certificates required (one CA, one certificate for
// 127.0.0.1 that serves and dials), and the tests' clients present it; the proxies forward the
// encrypted bytes as they are.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, readlink, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientTransportTls, EtcdClient, StatusResult } from '../../src/client/index.js';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import { sleep, testClient } from './client.js';
import { TestCa } from './pki.js';
import { freePorts } from './ports.js';

export interface ClusterOptions {
  size: number;
  /** --heartbeat-interval (default 50 ms). */
  heartbeatMs?: number;
  /** --election-timeout (default 500 ms). */
  electionMs?: number;
  /** Extra agent flags for every member. */
  args?: string[];
  /** Extra agent flags for one member (e.g. its own DNS port), by name. */
  memberArgs?: (name: string) => string[];
  /** Run the scheduler too (the store tests run the store alone: --no-fleet). */
  fleet?: boolean;
  readyTimeoutMs?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** TLS on the client and peer ports, client certificates required on both. */
  tls?: boolean;
  /**
   * Runs for each member before its first start, once every member's ports and peer URL are
   * known (e.g. to restore a snapshot into its data directory).
   */
  prepare?: (member: ClusterMember, cluster: TestCluster) => Promise<void>;
  /** Variables added to a member's environment at each start (e.g. a power-loss layer's). */
  memberEnv?: (member: ClusterMember) => Record<string, string>;
}

export class ClusterMember {
  private child: ChildProcess | undefined;
  /** Settles once the current process ended and its output was read to the end. */
  private closed: Promise<void> = Promise.resolve();
  private log: string[] = [];
  private pausedValue = false;
  /** The member id (from its first status answer). */
  id = 0n;

  constructor(
    readonly name: string,
    readonly clientPort: number,
    readonly peerPort: number,
    readonly proxy: PeerProxy,
    readonly dataDir: string,
    private readonly cluster: TestCluster,
  ) {}

  /** `host:port` of the client listener. */
  get endpoint(): string {
    return `127.0.0.1:${this.clientPort}`;
  }

  /** The peer URL the member advertises (its proxy). */
  get peerUrl(): string {
    return `${this.cluster.scheme}://127.0.0.1:${this.proxy.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && !this.child.signalCode;
  }

  get paused(): boolean {
    return this.pausedValue;
  }

  /**
   * Spawns the process; resolves once it answers Status (not once it has a leader), or at once
   * with `{ waitAnswering: false }` (a member expected to stop by itself may never answer).
   */
  async start(options: { waitAnswering?: boolean } = {}): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    const command = memberCommand();
    const o = this.cluster.options;
    const client = `${this.cluster.scheme}://127.0.0.1:${this.clientPort}`;
    const child = spawn(
      command[0]!,
      [
        ...command.slice(1),
        'agent',
        '--name',
        this.name,
        '--data-dir',
        this.dataDir,
        '--listen-client-urls',
        client,
        '--advertise-client-urls',
        client,
        '--listen-peer-urls',
        `${this.cluster.scheme}://127.0.0.1:${this.peerPort}`,
        '--initial-advertise-peer-urls',
        this.peerUrl,
        '--initial-cluster',
        this.cluster.initialCluster,
        '--initial-cluster-state',
        'new',
        '--heartbeat-interval',
        String(o.heartbeatMs ?? 50),
        '--election-timeout',
        String(o.electionMs ?? 500),
        '--log-level',
        o.logLevel ?? 'warn',
        ...(o.fleet === true ? [] : ['--no-fleet']),
        ...this.cluster.tlsFlags,
        ...(o.args ?? []),
        ...(o.memberArgs?.(this.name) ?? []),
      ],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(o.memberEnv && { env: { ...process.env, ...o.memberEnv(this) } }),
      },
    );
    this.child = child;
    this.pausedValue = false;
    const keep = (chunk: Buffer): void => {
      this.log.push(chunk.toString());
      if (this.log.length > 4000) this.log = this.log.slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.closed = new Promise((resolve) => {
      child.once('close', () => {
        resolve();
      });
    });
    if (options.waitAnswering !== false) await this.waitAnswering(child);
  }

  /**
   * How the process ended, once it ended by itself (not killed by the helper); rejects if it is
   * still running after `timeoutMs`.
   */
  async exited(timeoutMs: number): Promise<{ code: number | null; signal: string | null }> {
    const child = this.child;
    if (!child) throw new Error(`${this.name} was not started, or was stopped by the test`);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`${this.name} still runs after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      await Promise.race([this.closed, late]);
    } finally {
      clearTimeout(timer);
    }
    return { code: child.exitCode, signal: child.signalCode };
  }

  /** Resolves once the member's output matches `pattern`; rejects after `timeoutMs`. */
  async waitOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.log.join(''))) {
      if (Date.now() > deadline) throw new Error(`${this.name} never wrote ${String(pattern)}`);
      await sleep(10);
    }
  }

  private async waitAnswering(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + (this.cluster.options.readyTimeoutMs ?? 20000);
    const probe = this.client({ dialTimeoutMs: 300, commandTimeoutMs: 1000 });
    try {
      for (;;) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`${this.name} exited with ${child.exitCode}:\n${this.output()}`);
        }
        try {
          const s = await probe.maintenance.status();
          this.id = s.header.memberId;
          return;
        } catch {
          if (Date.now() > deadline) throw new Error(`${this.name} not ready:\n${this.output()}`);
          await sleep(50);
        }
      }
    } finally {
      await probe.close();
    }
  }

  /** SIGKILL; the data stays for start(). */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** SIGTERM, a clean shutdown; resolves when the process exited. */
  terminate(): Promise<void> {
    return this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (this.pausedValue) child?.kill('SIGCONT');
    this.pausedValue = false;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  /** SIGSTOP: the process is frozen, its sockets stay open. */
  pause(): void {
    if (!this.running || this.pausedValue) return;
    this.child!.kill('SIGSTOP');
    this.pausedValue = true;
  }

  /** SIGCONT. */
  resume(): void {
    if (!this.running || !this.pausedValue) return;
    this.child!.kill('SIGCONT');
    this.pausedValue = false;
  }

  /** The member's status, asked of the member itself. */
  async status(timeoutMs = 1000): Promise<StatusResult> {
    const c = this.client({ dialTimeoutMs: timeoutMs, commandTimeoutMs: timeoutMs });
    try {
      return await c.maintenance.status();
    } finally {
      await c.close();
    }
  }

  /** A client pinned to this member (one endpoint, so no failover). The caller closes it. */
  client(options: { dialTimeoutMs?: number; commandTimeoutMs?: number } = {}): EtcdClient {
    return this.cluster.client([this.endpoint], options);
  }

  /** Forgets what the member wrote so far: output() then shows only what follows. */
  clearOutput(): void {
    this.log = [];
  }

  /** The end of what the member wrote: the last `maxChars` characters. */
  output(maxChars = 6000): string {
    return this.log.join('').slice(-maxChars);
  }
}

/** node and dist/clusterd.cjs, built from this checkout once per test run. */
function memberCommand(): string[] {
  ensureBundle();
  return clusterdCommand;
}

export class TestCluster {
  readonly members: ClusterMember[] = [];
  /** Directed pairs cut by a partition, as "from>to" names. */
  private readonly cut = new Set<string>();

  /** With options.tls: the files every member and test client uses. */
  private tlsFiles: { ca: string; cert: string; key: string } | undefined;
  private pkiDir: string | undefined;

  private constructor(readonly options: ClusterOptions) {}

  get scheme(): 'http' | 'https' {
    return this.options.tls ? 'https' : 'http';
  }

  /** The members' TLS flags (none without options.tls). */
  get tlsFlags(): string[] {
    const f = this.tlsFiles;
    if (!f) return [];
    return [
      ...[`--cert-file=${f.cert}`, `--key-file=${f.key}`, `--trusted-ca-file=${f.ca}`],
      '--client-cert-auth',
      ...[`--peer-cert-file=${f.cert}`, `--peer-key-file=${f.key}`],
      ...[`--peer-trusted-ca-file=${f.ca}`, '--peer-client-cert-auth'],
    ];
  }

  /** The TLS a test client of the members needs (undefined without options.tls). */
  get clientTls(): ClientTransportTls | undefined {
    const f = this.tlsFiles;
    return f && { caFile: f.ca, certFile: f.cert, keyFile: f.key, bareEndpoints: true };
  }

  /** A client of `endpoints` (members' host:port) with the cluster's TLS. The caller closes it. */
  client(
    endpoints: string[],
    options: { dialTimeoutMs?: number; commandTimeoutMs?: number } = {},
  ): EtcdClient {
    const tls = this.clientTls;
    return testClient(endpoints, { ...options, ...(tls !== undefined && { tls }) });
  }

  get initialCluster(): string {
    return this.members.map((m) => `${m.name}=${m.peerUrl}`).join(',');
  }

  /** Starts every member concurrently and waits until one leader is known to all of them. */
  static async start(options: ClusterOptions): Promise<TestCluster> {
    const cluster = new TestCluster(options);
    try {
      if (options.tls) {
        const dir = await mkdtemp(join(tmpdir(), 'clusterd-cluster-pki-'));
        cluster.pkiDir = dir;
        const ca = await TestCa.create(dir, 'ca');
        const pair = await ca.issue('member', { sans: ['IP:127.0.0.1'] });
        cluster.tlsFiles = { ca: ca.cert, cert: pair.cert, key: pair.key };
      }
      const ports = await freePorts(options.size * 2);
      for (let i = 0; i < options.size; i++) {
        const peerPort = ports[2 * i + 1]!;
        const name = `n${i + 1}`;
        const proxy = await PeerProxy.start(
          peerPort,
          () => cluster.members.flatMap((m) => (m.pid === undefined ? [] : [m.pid])),
          (pid) => cluster.allows(pid, name),
        );
        const dataDir = await mkdtemp(join(tmpdir(), `clusterd-cluster-${name}-`));
        cluster.members.push(
          new ClusterMember(name, ports[2 * i]!, peerPort, proxy, dataDir, cluster),
        );
      }
      for (const m of cluster.members) await options.prepare?.(m, cluster);
      await Promise.all(cluster.members.map((m) => m.start()));
      await cluster.waitLeader();
      await cluster.waitPublished();
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  member(name: string): ClusterMember {
    const m = this.members.find((x) => x.name === name);
    if (!m) throw new Error(`no member ${name}`);
    return m;
  }

  byId(id: bigint): ClusterMember | undefined {
    return this.members.find((m) => m.id === id);
  }

  /** Whether a peer connection opened by process `pid` may reach member `to`. */
  private allows(pid: number | undefined, to: string): boolean {
    if (pid === undefined) return true;
    const from = this.members.find((m) => m.pid === pid);
    return !from || !this.cut.has(`${from.name}>${to}`);
  }

  /** Cuts all traffic between the groups (both directions); members in no group are untouched. */
  partition(...groups: ClusterMember[][]): void {
    for (let i = 0; i < groups.length; i++) {
      for (let j = 0; j < groups.length; j++) {
        if (i === j) continue;
        for (const a of groups[i]!) for (const b of groups[j]!) this.cut.add(`${a.name}>${b.name}`);
      }
    }
    this.applyCuts();
  }

  /** Cuts `member` off from every other member. */
  isolate(member: ClusterMember): void {
    this.partition(
      [member],
      this.members.filter((m) => m !== member),
    );
  }

  /** Removes every cut. */
  heal(): void {
    this.cut.clear();
    this.applyCuts();
  }

  private applyCuts(): void {
    for (const m of this.members) m.proxy.recheck();
  }

  /** Status of every running, unpaused member (failures left out). */
  async statuses(timeoutMs = 1000): Promise<Map<ClusterMember, StatusResult>> {
    const live = this.members.filter((m) => m.running && !m.paused);
    const results = await Promise.all(
      live.map(async (m) => {
        try {
          return [m, await m.status(timeoutMs)] as const;
        } catch {
          return undefined;
        }
      }),
    );
    return new Map(results.filter((r) => r !== undefined));
  }

  /**
   * The member that believes it leads at the highest term (via Maintenance.Status on each), or
   * undefined. During a partition an old leader may still believe it leads at a lower term.
   */
  async leader(among?: readonly ClusterMember[]): Promise<ClusterMember | undefined> {
    let best: { m: ClusterMember; term: number } | undefined;
    for (const [m, s] of await this.statuses()) {
      if (among && !among.includes(m)) continue;
      if (s.leader === m.id && s.leader !== 0n && (!best || s.raftTerm > best.term)) {
        best = { m, term: s.raftTerm };
      }
    }
    return best?.m;
  }

  /**
   * Waits until a member of `among` (default: every running one) leads and all of `among` that
   * answer agree on it. Returns it.
   */
  /**
   * Waits until every member has published its name and client URLs through the log (etcd's
   * publish), as a member list right after start would otherwise show one still unstarted.
   */
  async waitPublished(timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const c = this.client(
      this.members.map((m) => m.endpoint),
      { dialTimeoutMs: 500, commandTimeoutMs: 1000 },
    );
    try {
      for (;;) {
        const listed = await c.cluster.memberList().catch(() => undefined);
        const published = listed?.members.filter((m) => m.clientUrls.length > 0).length ?? 0;
        if (published >= this.members.length) return;
        if (Date.now() > deadline)
          throw new Error(`${published} of ${this.members.length} members published their URLs`);
        await sleep(50);
      }
    } finally {
      await c.close();
    }
  }

  async waitLeader(
    opts: { among?: readonly ClusterMember[]; exclude?: ClusterMember; timeoutMs?: number } = {},
  ): Promise<ClusterMember> {
    const deadline = Date.now() + (opts.timeoutMs ?? 15000);
    for (;;) {
      const among = (opts.among ?? this.members).filter(
        (m) => m.running && !m.paused && m !== opts.exclude,
      );
      const statuses = await this.statuses(500);
      const seen = among.map((m) => statuses.get(m)?.leader);
      const leaderId = seen[0];
      if (
        leaderId !== undefined &&
        leaderId !== 0n &&
        seen.every((l) => l === leaderId) &&
        among.some((m) => m.id === leaderId)
      ) {
        return this.byId(leaderId)!;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `no agreed leader among ${among.map((m) => m.name).join(',')} (saw ${seen.map((s) => (s === undefined ? '?' : s.toString(16))).join(',')})`,
        );
      }
      await sleep(50);
    }
  }

  /** Last output lines of every member, for failure messages. */
  output(): string {
    return this.members.map((m) => `--- ${m.name}\n${m.output()}`).join('\n');
  }

  /** Kills every process by pid, closes the proxies and removes the data directories. */
  async stop(): Promise<void> {
    for (const m of this.members) m.resume();
    await Promise.all(this.members.map((m) => m.kill()));
    await Promise.all(this.members.map((m) => m.proxy.close()));
    await Promise.all(this.members.map((m) => rm(m.dataDir, { recursive: true, force: true })));
    if (this.pkiDir) await rm(this.pkiDir, { recursive: true, force: true });
  }
}

/**
 * A TCP proxy in front of one member's peer listener. For each connection it asks `allow(pid)`
 * with the pid of the process that opened it; a refused connection is blackholed. recheck() applies
 * a changed answer to open connections: newly refused ones are blackholed (their forwarding
 * stops), newly allowed blackholed ones are closed so the peer redials.
 */
export class PeerProxy {
  private readonly server: net.Server;
  private readonly conns = new Set<ProxiedConnection>();

  private constructor(
    private readonly targetPort: number,
    private readonly candidates: () => number[],
    private readonly allow: (pid: number | undefined) => boolean,
  ) {
    this.server = net.createServer((socket) => {
      void this.accept(socket);
    });
  }

  static async start(
    targetPort: number,
    candidates: () => number[],
    allow: (pid: number | undefined) => boolean,
  ): Promise<PeerProxy> {
    const proxy = new PeerProxy(targetPort, candidates, allow);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  recheck(): void {
    for (const c of this.conns) {
      if (c.pid === undefined && c.state === 'identifying') continue;
      const allowed = this.allow(c.pid);
      if (c.state === 'forwarding' && !allowed) c.blackhole();
      else if (c.state === 'blackholed' && allowed) c.close();
    }
  }

  async close(): Promise<void> {
    for (const c of this.conns) c.close();
    this.conns.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private async accept(socket: net.Socket): Promise<void> {
    socket.pause();
    const c = new ProxiedConnection(socket, () => this.conns.delete(c));
    this.conns.add(c);
    socket.on('error', () => {
      c.close();
    });
    socket.on('close', () => {
      c.close();
    });
    c.pid = await socketOwner(socket.remotePort ?? 0, this.port, this.candidates()).catch(
      () => undefined,
    );
    if (c.state === 'closed') return;
    if (this.allow(c.pid)) c.forward(this.targetPort);
    else c.blackhole();
  }
}

class ProxiedConnection {
  state: 'identifying' | 'forwarding' | 'blackholed' | 'closed' = 'identifying';
  pid: number | undefined;
  private upstream: net.Socket | undefined;

  constructor(
    private readonly socket: net.Socket,
    private readonly onClose: () => void,
  ) {}

  forward(port: number): void {
    this.state = 'forwarding';
    const upstream = net.connect(port, '127.0.0.1');
    this.upstream = upstream;
    upstream.on('error', () => {
      this.close();
    });
    upstream.on('close', () => {
      this.close();
    });
    this.socket.on('data', (chunk: Buffer) => {
      if (this.state === 'forwarding') upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (this.state === 'forwarding') this.socket.write(chunk);
    });
    this.socket.resume();
  }

  /** Swallows everything from now on, both ways; the connection stays open. */
  blackhole(): void {
    if (this.state === 'closed') return;
    this.state = 'blackholed';
    this.socket.resume();
  }

  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.socket.destroy();
    this.upstream?.destroy();
    this.onClose();
  }
}

/**
 * The pid of the local process whose TCP socket has local port `localPort` and remote port
 * `remotePort` on 127.0.0.1 (Linux: /proc/net/tcp for the inode, /proc/<pid>/fd for the owner).
 * Only `candidates` (the member pids) are searched.
 */
async function socketOwner(
  localPort: number,
  remotePort: number,
  candidates: readonly number[],
): Promise<number | undefined> {
  const hex = (p: number): string => p.toString(16).toUpperCase().padStart(4, '0');
  const table = await readFile('/proc/net/tcp', 'utf8');
  let inode: string | undefined;
  for (const line of table.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 10) continue;
    if (cols[1]!.endsWith(`:${hex(localPort)}`) && cols[2]!.endsWith(`:${hex(remotePort)}`)) {
      inode = cols[9];
      break;
    }
  }
  if (!inode || inode === '0') return undefined;
  const target = `socket:[${inode}]`;
  for (const pid of candidates) {
    let fds: string[];
    try {
      fds = await readdir(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if ((await readlink(`/proc/${pid}/fd/${fd}`)) === target) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}
