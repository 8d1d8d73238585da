// The servers a comparison runs against: local clusters of etcd or clusterd on loopback ports,
// one process per member, each in a directory of its own under the run's temporary directory.
// Both systems get the same etcd flags (clusterd follows etcd's names), so the same code starts a
// single node or a 3-member cluster of either.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Disposable } from '../../src/util/lifecycle.js';
import type { ServerPki } from './bench-pki.js';
import { StatusProbe, type MemberStatus } from './member-status.js';
import { OwnedProcess } from './owned-process.js';
import { freeLoopbackPorts } from './ports.js';

export const SYSTEMS = ['etcd', 'clusterd'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export function isSystemName(name: string): name is SystemName {
  return (SYSTEMS as readonly string[]).includes(name);
}

/** --systems: a comma list of system names. */
export function parseSystems(text: string): SystemName[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => {
      if (!isSystemName(name)) throw new Error(`--systems: one of ${SYSTEMS.join(', ')}`);
      return name;
    });
}

/**
 * The arguments between the command and etcd's flags: clusterd serves as its `agent` command, the
 * store alone (the scheduler's and DNS's own traffic are not part of the store's comparison) unless
 * it is given the scheduler's flags or a DNS address.
 */
function subcommand(
  system: SystemName,
  fleetArgs: readonly string[] | undefined,
  dnsAddress: string | undefined,
): string[] {
  if (system === 'etcd') return [];
  const dns = dnsAddress === undefined ? noDns : ['--dns-addr', dnsAddress];
  return ['agent', ...dns, ...(fleetArgs ?? ['--no-fleet'])];
}

/** clusterd's DNS is off in the benchmarks that do not measure it (it would take port 53). */
export const noDns = ['--dns-addr', ''];

const STATUS_TIMEOUT_MS = 500;
const POLL_INTERVAL_MS = 100;

export class ClusterMember {
  private current: OwnedProcess | undefined;
  private currentProbe: StatusProbe | undefined;

  constructor(
    readonly name: string,
    readonly clientUrl: string,
    private readonly command: readonly string[],
    private readonly args: readonly string[],
    private readonly logFile: string,
    /** For an https:// client URL: the CA the status probe checks the member's certificate with. */
    private readonly caFile?: string,
  ) {}

  /** Starts the member, or restarts it on its existing data directory after a kill. */
  start(): void {
    this.currentProbe?.close();
    this.current = OwnedProcess.spawn(
      this.command[0]!,
      [...this.command.slice(1), ...this.args],
      this.logFile,
    );
    // A fresh channel: the old one may be waiting out a reconnect backoff.
    this.currentProbe = new StatusProbe(this.clientUrl, this.caFile);
  }

  get process(): OwnedProcess {
    if (!this.current) throw new Error(`${this.name} was never started`);
    return this.current;
  }

  status(): Promise<MemberStatus> {
    if (!this.currentProbe) throw new Error(`${this.name} was never started`);
    return this.currentProbe.status(STATUS_TIMEOUT_MS);
  }

  /** The end of the member's log, for error messages. */
  logTail(lines = 15): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  async stop(): Promise<void> {
    this.currentProbe?.close();
    await this.current?.stop();
  }
}

export class LocalCluster implements Disposable {
  private constructor(
    readonly system: SystemName,
    readonly members: ClusterMember[],
  ) {}

  /**
   * Starts `size` members of `system` with `command` (program and leading arguments) under
   * `workDir` and waits until they agree on a leader. Members are named like etcd's default:
   * `default` for a single node, `m1`… otherwise. clusterd members run the scheduler too when
   * given `fleetArgs` (its flags; the fleet API port must then be 0), and serve DNS when given
   * `dnsAddresses` (one `host:port` per member). With `clientTls`, the client URLs are https://
   * with that certificate (`--cert-file --key-file`, no client certificates asked); the peer URLs
   * stay http://.
   */
  static async start(
    system: SystemName,
    command: readonly string[],
    size: number,
    workDir: string,
    readyTimeoutMs: number,
    fleetArgs?: readonly string[],
    dnsAddresses?: readonly string[],
    clientTls?: ServerPki,
  ): Promise<LocalCluster> {
    const ports = await freeLoopbackPorts(2 * size);
    const names = size === 1 ? ['default'] : Array.from({ length: size }, (_, i) => `m${i + 1}`);
    const peerUrls = names.map((_, i) => `http://127.0.0.1:${ports[2 * i + 1]!}`);
    const initialCluster = names.map((name, i) => `${name}=${peerUrls[i]!}`).join(',');
    const clientScheme = clientTls === undefined ? 'http' : 'https';
    const members = names.map((name, i) => {
      const clientUrl = `${clientScheme}://127.0.0.1:${ports[2 * i]!}`;
      const args = [
        ...subcommand(system, fleetArgs, dnsAddresses?.[i]),
        ...['--name', name, '--data-dir', join(workDir, `${name}.data`)],
        ...['--listen-client-urls', clientUrl, '--advertise-client-urls', clientUrl],
        ...['--listen-peer-urls', peerUrls[i]!, '--initial-advertise-peer-urls', peerUrls[i]!],
        ...['--initial-cluster', initialCluster],
        ...(clientTls === undefined
          ? []
          : ['--cert-file', clientTls.certFile, '--key-file', clientTls.keyFile]),
      ];
      const log = join(workDir, `${name}.log`);
      return new ClusterMember(name, clientUrl, command, args, log, clientTls?.caFile);
    });
    const cluster = new LocalCluster(system, members);
    try {
      for (const member of members) member.start();
      await cluster.waitUntilReady(readyTimeoutMs);
    } catch (err) {
      await cluster.dispose();
      throw err;
    }
    return cluster;
  }

  get endpoints(): string[] {
    return this.members.map((m) => m.clientUrl);
  }

  get pids(): number[] {
    return this.members.map((m) => m.process.pid);
  }

  /**
   * Resolves with every member's status once all of them answer and name the same leader. Fails
   * as soon as a member process exits, with the end of its log.
   */
  async waitUntilReady(timeoutMs: number): Promise<MemberStatus[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const exited = this.members.find((m) => m.process.hasExited);
      if (exited) {
        throw new Error(
          `${this.system} member ${exited.name} exited; its log ends:\n${exited.logTail()}`,
        );
      }
      const answers = await Promise.allSettled(this.members.map((m) => m.status()));
      const statuses = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
      const leaders = new Set(statuses.map((s) => s.leaderId));
      if (statuses.length === this.members.length && leaders.size === 1 && !leaders.has('0')) {
        return statuses;
      }
      const failure = answers.find((a) => a.status === 'rejected');
      const problem = failure ? String(failure.reason) : `leaders seen: ${[...leaders].join(', ')}`;
      if (performance.now() > deadline) {
        const logs = this.members.map((m) => `--- ${m.name}:\n${m.logTail()}`).join('\n');
        throw new Error(`${this.system} not ready after ${timeoutMs} ms (${problem})\n${logs}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }

  async dispose(): Promise<void> {
    await Promise.all(this.members.map((m) => m.stop()));
  }
}
