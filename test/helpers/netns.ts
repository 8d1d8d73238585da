// A small LAN of "machines" for network tests, made of network namespaces, and touching neither
// the host's links nor its routes:
//
//   <id>-sw    the switch: bridge br0, and one veth end per machine enslaved to it
//   <id>-m<i>  machine i (1..N): eth0, the other veth end, with 10.222.<k>.<i>/24; lo up
//
// <id> is random per lab, and so is <k>, so labs of tests running side by side share nothing.
// The lab owns every process it starts in a machine and stops them, by pid, in destroy(), which
// then kills, by pid, whatever else still runs in its namespaces (what those processes started),
// and deletes the namespaces and with them every link in them (the veths, and whatever a test
// added). Only `ip` (iproute2) is needed.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { capNetAdmin, hasEffectiveCapability } from '../../src/net/iproute.js';

/** CAP_SYS_ADMIN: `ip netns add` mounts the namespace's file under /run/netns. */
const capSysAdmin = 21;

export interface Machine {
  /** The machine's network namespace (`ip netns list`). */
  readonly netns: string;
  /** eth0's address on the LAN, without the prefix length (/24). */
  readonly address: string;
  /** The name of its LAN interface. */
  readonly iface: 'eth0';
  /** The other end of its cable: the veth in the switch's namespace, enslaved to br0. */
  readonly switchPort: string;
}

export interface ExecOptions {
  /** The command's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Its working directory (default: this process's). */
  cwd?: string;
  /** Kills it (SIGKILL) and rejects after this long (default 15 s). */
  timeoutMs?: number;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface NetnsLab {
  readonly machines: readonly Machine[];
  /** The switch's namespace. */
  readonly switchNetns: string;
  /** Runs a command in a namespace (`ip netns exec`) and resolves with how it ended. */
  exec(
    netns: string,
    command: string,
    args: readonly string[],
    options?: ExecOptions,
  ): Promise<CommandResult>;
  /** Starts a long-running command in a namespace; the lab stops it in destroy() if not before. */
  spawnIn(
    netns: string,
    command: string,
    args: readonly string[],
    options?: Omit<ExecOptions, 'timeoutMs'>,
  ): ChildProcess;
  /** Stops a process of spawnIn's (SIGKILL, by pid) and waits until it has exited. */
  stop(child: ChildProcess): Promise<void>;
  /** Sets the machine's port on the switch down (its cable cut) or up again. */
  setLink(machine: Machine, up: boolean): Promise<void>;
  /**
   * Stops the lab's processes, kills any other process still in its namespaces, and deletes the
   * namespaces; safe to call again.
   */
  destroy(): Promise<void>;
}

/** How long one exec may run: the tests' commands (ping -W 1, a connect) take a second or two. */
const execTimeoutMs = 15_000;

/**
 * Why network namespaces cannot be made here, or undefined when they can: a test skips with
 * `this.skip()` and prints this.
 */
export function netnsUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  if (!hasEffectiveCapability(capSysAdmin) || !hasEffectiveCapability(capNetAdmin))
    return 'network namespaces need root (CAP_SYS_ADMIN and CAP_NET_ADMIN)';
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
  } catch {
    return 'network namespaces need `ip` (iproute2; `make debs` installs it)';
  }
  // A container may hold the capabilities and still refuse the mount under /run/netns.
  const probe = `clusterd-probe-${randomBytes(4).toString('hex')}`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
    return `\`ip netns add\` fails here: ${stderr || String(err)}`;
  }
  execFileSync('ip', ['netns', 'del', probe], { stdio: 'ignore' });
  return undefined;
}

/** Builds a lab of `count` machines on one switch; on a failure it removes what it had made. */
export async function createNetnsLab(count: number): Promise<NetnsLab> {
  const lab = new Lab(`cdn-${randomBytes(3).toString('hex')}`);
  try {
    await lab.build(count, randomInt(1, 255));
    return lab;
  } catch (err) {
    await lab.destroy();
    throw err;
  }
}

class Lab implements NetnsLab {
  readonly switchNetns: string;
  readonly machines: Machine[] = [];
  /** Namespaces made so far, so destroy() after a half-done build deletes exactly those. */
  private readonly namespaces: string[] = [];
  private readonly children = new Set<ChildProcess>();

  constructor(private readonly id: string) {
    this.switchNetns = `${id}-sw`;
  }

  async build(count: number, lanOctet: number): Promise<void> {
    await this.addNetns(this.switchNetns);
    await ip(['-n', this.switchNetns, 'link', 'add', 'br0', 'type', 'bridge']);
    await ip(['-n', this.switchNetns, 'link', 'set', 'br0', 'up']);
    for (let i = 1; i <= count; i++) {
      const machine: Machine = {
        netns: `${this.id}-m${i}`,
        address: `10.222.${lanOctet}.${i}`,
        iface: 'eth0',
        switchPort: `port${i}`,
      };
      await this.addNetns(machine.netns);
      const port = machine.switchPort;
      await ip([
        ...['-n', this.switchNetns, 'link', 'add', port, 'type', 'veth'],
        ...['peer', 'name', machine.iface, 'netns', machine.netns],
      ]);
      await ip(['-n', this.switchNetns, 'link', 'set', port, 'master', 'br0', 'up']);
      await ip(['-n', machine.netns, 'addr', 'add', `${machine.address}/24`, 'dev', machine.iface]);
      await ip(['-n', machine.netns, 'link', 'set', machine.iface, 'up']);
      this.machines.push(machine);
    }
  }

  exec(
    netns: string,
    command: string,
    args: readonly string[],
    options: ExecOptions = {},
  ): Promise<CommandResult> {
    const timeoutMs = options.timeoutMs ?? execTimeoutMs;
    return new Promise((resolve, reject) => {
      execFile(
        'ip',
        ['netns', 'exec', netns, command, ...args],
        {
          timeout: timeoutMs,
          killSignal: 'SIGKILL',
          maxBuffer: 16 * 1024 * 1024,
          ...(options.env && { env: options.env }),
          ...(options.cwd !== undefined && { cwd: options.cwd }),
        },
        (err, stdout, stderr) => {
          if (err?.killed) {
            reject(
              new Error(`${command} ${args.join(' ')} in ${netns}: no end after ${timeoutMs} ms`),
            );
            return;
          }
          // Not started at all (no `ip`, no such namespace is an exit status of ip's).
          if (err && typeof err.code !== 'number') {
            reject(new Error(`${command} in ${netns}: ${err.message}`));
            return;
          }
          resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
        },
      );
    });
  }

  spawnIn(
    netns: string,
    command: string,
    args: readonly string[],
    options: Omit<ExecOptions, 'timeoutMs'> = {},
  ): ChildProcess {
    // `ip netns exec` execs the command itself, so the child's pid is the command's.
    const child = spawn('ip', ['netns', 'exec', netns, command, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.env && { env: options.env }),
      ...(options.cwd !== undefined && { cwd: options.cwd }),
    });
    this.children.add(child);
    child.once('exit', () => {
      this.children.delete(child);
    });
    return child;
  }

  async stop(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
    });
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch (err) {
      // Ended on its own just now; its 'exit' is on the way.
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
    await exited;
  }

  async setLink(machine: Machine, up: boolean): Promise<void> {
    await ip(['-n', this.switchNetns, 'link', 'set', machine.switchPort, up ? 'up' : 'down']);
  }

  async destroy(): Promise<void> {
    // A namespace with a process still in it outlives `ip netns del` until that process ends.
    await Promise.all([...this.children].map((child) => this.stop(child)));
    // Then what they left there (a daemon's children, a unit of a killed scheduler).
    const links = new Set(
      this.namespaces.map((netns) => {
        try {
          return `net:[${statSync(`/run/netns/${netns}`).ino}]`;
        } catch {
          return '';
        }
      }),
    );
    const survivors = await killUntilGone(() => pidsInNamespaces(links));
    // One namespace that will not go does not keep the others.
    const failures: string[] = [];
    if (survivors.length > 0)
      failures.push(`processes in the lab's namespaces survive SIGKILL: ${survivors.join(', ')}`);
    for (const netns of this.namespaces.splice(0).reverse()) {
      await ip(['netns', 'del', netns]).catch((err: unknown) => failures.push(String(err)));
    }
    if (failures.length > 0) throw new Error(failures.join('\n'));
  }

  private async addNetns(name: string): Promise<void> {
    await ip(['netns', 'add', name]);
    this.namespaces.push(name);
    await ip(['-n', name, 'link', 'set', 'lo', 'up']);
  }
}

/** The live pids (not zombies) whose network namespace is one of `links` ('net:[inode]'). */
function pidsInNamespaces(links: ReadonlySet<string>): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!links.has(readlinkSync(`/proc/${entry}/ns/net`))) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2))) pids.push(Number(entry));
    } catch {
      // Exited meanwhile.
    }
  }
  return pids;
}

/** SIGKILLs what `find` names until it names nothing (2 s at most); returns what is left. */
async function killUntilGone(find: () => number[]): Promise<number[]> {
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
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return find();
}

function ip(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('ip', args, { timeout: execTimeoutMs }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`ip ${args.join(' ')}: ${stderr.trim() || err.message}`));
      else resolve();
    });
  });
}
