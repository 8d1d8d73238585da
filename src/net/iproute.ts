// The one place clusterd runs iproute2 (`ip`, and `bridge` for the vxlan forwarding database):
// reads ask for JSON (`-j`), writes are the commands an operator would type, and a failure
// carries ip's own words. An instance may act in a named network namespace (`ip -n <ns>`), so a
// test drives one backend per namespace from one process.
//
// Routes clusterd adds carry a routing protocol number of its own, and clusterd only ever
// replaces or deletes routes carrying it: the kernel matches `ip route del ... proto N` on the
// protocol, so a user's route is never taken for one of ours.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { runSystemCommand, SystemCommandError } from './system-command.js';

/**
 * The routing protocol (rtm_protocol) of the routes clusterd adds: 0x64, 'd' as in clusterd, and
 * free: the kernel's list (rtnetlink.h, /etc/iproute2/rt_protos) has 0..18, 42 (babel), 99
 * (openr, which takes 0x63 'c') and 186..192; FRR adds 190..198, Calico marks its VXLAN routes
 * 80. `ip route` shows it as `proto 100`.
 */
export const clusterdRouteProtocol = 0x64;

/** The kernel's protocol number for routes added with no `proto` (iproute2's default). */
const bootProtocol = 3;

/** How long one ip command may take: they answer in milliseconds unless the kernel is stuck. */
const commandTimeoutMs = 10_000;

/** An ip or bridge command failed; `stderr` is its own explanation (`RTNETLINK answers: ...`). */
export class IpCommandError extends SystemCommandError {}

export interface VxlanSettings {
  vni: number;
  /** The source address of the encapsulated packets. */
  local: string | undefined;
  /** The device the encapsulated packets leave by. */
  dev: string | undefined;
  /** The UDP destination port. */
  port: number;
  /** Whether the kernel learns remote MACs from received packets (clusterd's devices do not). */
  learning: boolean;
}

export interface Link {
  name: string;
  mtu: number;
  /** The hardware address, lower case (`aa:bb:cc:dd:ee:ff`). */
  mac: string;
  /** Set for a vxlan device. */
  vxlan: VxlanSettings | undefined;
}

/** An IPv4 address on an interface, with the prefix length of its network. */
export interface InterfaceAddress {
  ip: string;
  prefixLen: number;
}

/** A route of the main table, as clusterd writes them. */
export interface Route {
  /** `a.b.c.d/n`. */
  dst: string;
  gateway: string;
  dev: string;
  /** The gateway is on the device even though no address of it says so (vxlan's routes). */
  onlink: boolean;
}

export interface ListedRoute extends Omit<Route, 'gateway'> {
  gateway: string | undefined;
  /** rtm_protocol: `clusterdRouteProtocol` for clusterd's own routes. */
  protocol: number;
  metric: number;
}

export interface Neighbour {
  ip: string;
  /** Lower case; undefined for an entry still resolving or failed. */
  mac: string | undefined;
  /** `nud permanent`: added by hand (by clusterd, on its own devices), never expired. */
  permanent: boolean;
}

/** A vxlan forwarding entry: frames for `mac` go to the VTEP at `dst`. */
export interface FdbEntry {
  mac: string;
  dst: string;
}

export class IpRoute {
  /** `netns`: a name from `ip netns list` to act in; the process's own namespace otherwise. */
  constructor(readonly netns?: string) {}

  /** The link, with its vxlan settings if it is a vxlan device; undefined when there is none. */
  async link(name: string): Promise<Link | undefined> {
    // The whole list rather than `show dev <name>`, whose only "no such link" is an English line.
    const listed = (await this.readJson('ip', ['-d', 'link', 'show'])) as JsonLink[];
    const found = listed.find((link) => link.ifname === name);
    return found && linkOf(found);
  }

  async addBridge(name: string): Promise<void> {
    await this.run('ip', ['link', 'add', name, 'type', 'bridge']);
  }

  /**
   * Routes IPv4 packets between interfaces (net.ipv4.ip_forward), as Docker does: packets from
   * the overlay reach the units bridge. In a named namespace, through `ip netns exec` (sysctl).
   */
  async enableForwarding(): Promise<void> {
    if (this.netns === undefined) {
      await writeFile('/proc/sys/net/ipv4/ip_forward', '1\n');
      return;
    }
    await this.execute([
      'ip',
      'netns',
      'exec',
      this.netns,
      'sysctl',
      '-qw',
      'net.ipv4.ip_forward=1',
    ]);
  }

  /** `ip link add <name> type vxlan id <vni> local <local> dev <dev> dstport <port> nolearning`. */
  async addVxlan(
    name: string,
    settings: { vni: number; local: string; dev: string; port: number },
  ): Promise<void> {
    await this.run('ip', [
      ...['link', 'add', name, 'type', 'vxlan', 'id', String(settings.vni)],
      ...['local', settings.local, 'dev', settings.dev, 'dstport', String(settings.port)],
      'nolearning',
    ]);
  }

  /** Sets the MTU and brings the link up. */
  async setLinkUp(name: string, mtu: number): Promise<void> {
    await this.run('ip', ['link', 'set', 'dev', name, 'mtu', String(mtu), 'up']);
  }

  async deleteLink(name: string): Promise<void> {
    await this.run('ip', ['link', 'del', 'dev', name]);
  }

  /** The IPv4 addresses on `dev`. */
  async addresses(dev: string): Promise<InterfaceAddress[]> {
    const listed = (await this.readJson('ip', ['-4', 'addr', 'show', 'dev', dev])) as JsonLink[];
    return listed.flatMap((link) =>
      (link.addr_info ?? [])
        .filter((info) => info.family === 'inet')
        .map((info) => ({ ip: info.local, prefixLen: info.prefixlen })),
    );
  }

  async addAddress(dev: string, address: InterfaceAddress): Promise<void> {
    await this.run('ip', ['addr', 'add', `${address.ip}/${address.prefixLen}`, 'dev', dev]);
  }

  async deleteAddress(dev: string, address: InterfaceAddress): Promise<void> {
    await this.run('ip', ['addr', 'del', `${address.ip}/${address.prefixLen}`, 'dev', dev]);
  }

  /**
   * The IPv4 routes of the main table, everyone's: clusterd's own are those of
   * `clusterdRouteProtocol`, and the others tell where one of clusterd's would be in the way.
   */
  async routes(): Promise<ListedRoute[]> {
    // -N: protocols as numbers, whatever names /etc/iproute2/rt_protos gives them.
    const args = ['-N', '-4', 'route', 'show', 'table', 'main'];
    const listed = (await this.readJson('ip', args)) as JsonRoute[];
    return listed.map((route) => ({
      // A host route is listed as a bare address.
      dst: route.dst.includes('/') || route.dst === 'default' ? route.dst : `${route.dst}/32`,
      gateway: route.gateway,
      // Routes through no device (blackhole, unreachable) name none.
      dev: route.dev ?? '',
      onlink: route.flags?.includes('onlink') ?? false,
      // ip leaves out the protocol of routes added without one (boot).
      protocol: route.protocol !== undefined ? Number(route.protocol) : bootProtocol,
      metric: route.metric ?? 0,
    }));
  }

  /** Adds the route, or changes clusterd's route to the same destination, marked as clusterd's. */
  async replaceRoute(route: Route): Promise<void> {
    const args = ['route', 'replace', route.dst, 'via', route.gateway, 'dev', route.dev];
    if (route.onlink) args.push('onlink');
    await this.run('ip', [...args, 'proto', String(clusterdRouteProtocol)]);
  }

  /** Deletes clusterd's route to `dst`; a route another program or the user added is not matched. */
  async deleteRoute(dst: string): Promise<void> {
    await this.run('ip', [
      ...['route', 'del', dst, 'table', 'main'],
      ...['proto', String(clusterdRouteProtocol)],
    ]);
  }

  /** The IPv4 neighbour (ARP) entries of `dev`. */
  async neighbours(dev: string): Promise<Neighbour[]> {
    const listed = (await this.readJson('ip', ['-4', 'neigh', 'show', 'dev', dev])) as JsonNeigh[];
    return listed.map((entry) => ({
      ip: entry.dst,
      mac: entry.lladdr?.toLowerCase(),
      permanent: entry.state?.includes('PERMANENT') ?? false,
    }));
  }

  /** `ip neigh replace <ip> lladdr <mac> dev <dev> nud permanent`. */
  async replaceNeighbour(dev: string, ip: string, mac: string): Promise<void> {
    await this.run('ip', ['neigh', 'replace', ip, 'lladdr', mac, 'dev', dev, 'nud', 'permanent']);
  }

  async deleteNeighbour(dev: string, ip: string): Promise<void> {
    await this.run('ip', ['neigh', 'del', ip, 'dev', dev]);
  }

  /** The forwarding entries of vxlan device `dev` that name a remote VTEP. */
  async fdb(dev: string): Promise<FdbEntry[]> {
    const listed = (await this.readJson('bridge', ['fdb', 'show', 'dev', dev])) as JsonFdb[];
    return listed.flatMap((entry) =>
      entry.dst !== undefined ? [{ mac: entry.mac.toLowerCase(), dst: entry.dst }] : [],
    );
  }

  /**
   * `bridge fdb replace <mac> dev <dev> dst <ip>`. A unicast MAC has one VTEP (the kernel ignores
   * `append` for one), so this adds the entry or moves it to the new address.
   */
  async replaceFdb(dev: string, entry: FdbEntry): Promise<void> {
    await this.run('bridge', ['fdb', 'replace', entry.mac, 'dev', dev, 'dst', entry.dst]);
  }

  async deleteFdb(dev: string, entry: FdbEntry): Promise<void> {
    await this.run('bridge', ['fdb', 'del', entry.mac, 'dev', dev, 'dst', entry.dst]);
  }

  private async readJson(command: 'ip' | 'bridge', args: string[]): Promise<unknown[]> {
    const stdout = await this.run(command, ['-j', ...args]);
    // Older iproute2 prints nothing at all, not `[]`, when nothing matches.
    return stdout.trim() === '' ? [] : (JSON.parse(stdout) as unknown[]);
  }

  private run(command: 'ip' | 'bridge', args: string[]): Promise<string> {
    return this.execute([
      command,
      ...(this.netns !== undefined ? ['-n', this.netns] : []),
      ...args,
    ]);
  }

  private execute(argv: string[]): Promise<string> {
    return runSystemCommand(argv, {
      timeoutMs: commandTimeoutMs,
      missing: 'iproute2',
      errorClass: IpCommandError,
    });
  }
}

/** CAP_NET_ADMIN's bit in the capability sets (linux/capability.h). */
export const capNetAdmin = 12;

/** Whether this process holds capability `bit` in its effective set (CapEff in /proc/self/status). */
export function hasEffectiveCapability(bit: number): boolean {
  let status: string;
  try {
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {
    return false; // not Linux
  }
  const capEff = /^CapEff:\s*([0-9a-f]+)$/im.exec(status)?.[1];
  return capEff !== undefined && ((BigInt(`0x${capEff}`) >> BigInt(bit)) & 1n) === 1n;
}

/**
 * Whether clusterd may change links, addresses and routes. Without it a node still takes its
 * subnet lease and hands out addresses; it says once that programming the kernel needs root
 * (CAP_NET_ADMIN) and runs the `none` backend.
 */
export function canProgramNetwork(): boolean {
  return hasEffectiveCapability(capNetAdmin);
}

// The parts of iproute2's JSON that clusterd reads.
interface JsonLink {
  ifname: string;
  mtu: number;
  address?: string;
  linkinfo?: { info_kind?: string; info_data?: JsonVxlan };
  addr_info?: { family: string; local: string; prefixlen: number }[];
}

interface JsonVxlan {
  id: number;
  local?: string;
  link?: string;
  port: number;
  learning?: boolean;
}

interface JsonRoute {
  dst: string;
  gateway?: string;
  dev?: string;
  protocol?: string;
  metric?: number;
  flags?: string[];
}

interface JsonNeigh {
  dst: string;
  lladdr?: string;
  state?: string[];
}

interface JsonFdb {
  mac: string;
  dst?: string;
}

function linkOf(link: JsonLink): Link {
  const vxlan =
    link.linkinfo?.info_kind === 'vxlan' && link.linkinfo.info_data
      ? {
          vni: link.linkinfo.info_data.id,
          local: link.linkinfo.info_data.local,
          dev: link.linkinfo.info_data.link,
          port: link.linkinfo.info_data.port,
          learning: link.linkinfo.info_data.learning ?? false,
        }
      : undefined;
  return {
    name: link.ifname,
    mtu: link.mtu,
    mac: (link.address ?? '').toLowerCase(),
    vxlan,
  };
}
