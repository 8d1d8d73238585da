// flannel's vxlan backend (pkg/backend/vxlan): the machines' subnets are joined by one VXLAN
// device per machine, `flannel.<VNI>`, and each machine publishes that device's MAC (VtepMAC)
// in its lease. To reach a remote subnet the kernel needs three entries, all static because the
// device learns nothing (nolearning) and there is no multicast group:
//
//   route       <subnet> via <subnet .0> dev flannel.N onlink   the remote device is the gateway
//   neighbour   <subnet .0> lladdr <VtepMAC> nud permanent      ... its MAC, with no ARP asked
//   fdb         <VtepMAC> dst <PublicIP>                        ... behind that machine's address
//
// The remote device holds <subnet .0>/32, as this one holds its own subnet's .0: an address that
// no unit is ever given. With DirectRouting, a machine on the interface's own L2 network is
// reached as host-gw reaches it, unencapsulated.
import type { BackendConfig } from '../config.js';
import { containsIp, formatIp4, formatIp4Net, type Ip4Net, parseIp4, parseIp4Net } from '../ip4.js';
import type { IpRoute, Link, Route } from '../iproute.js';
import type { SubnetLease } from '../subnet-lease.js';
import type { Logger } from '../../util/log.js';
import { type Backend, BackendSyncError, type OwnSubnet } from './backend.js';
import { attempt, convergeRoutes } from './converge.js';

export type VxlanConfig = Extract<BackendConfig, { type: 'vxlan' }>;

/** What encapsulation adds: outer IPv4 (20) + UDP (8) + VXLAN (8) headers + inner Ethernet (14). */
const vxlanOverhead = 50;

const macPattern = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i;

export class VxlanBackend implements Backend {
  readonly type = 'vxlan';
  /** `flannel.<VNI>`, flannel's name, so flanneld and clusterd machines agree on it. */
  readonly device: string;
  private own: OwnSubnet | undefined;

  constructor(
    private readonly config: VxlanConfig,
    private readonly ip: IpRoute,
    private readonly log: Logger,
  ) {
    this.device = `flannel.${config.vni}`;
  }

  async setUp(
    own: OwnSubnet,
  ): Promise<{ backendData: { VNI: number; VtepMAC: string }; mtu: number }> {
    const iface = await this.ip.link(own.iface);
    if (!iface) throw new Error(`vxlan: there is no interface ${own.iface}`);
    const settings = {
      vni: this.config.vni,
      local: own.publicIp,
      dev: own.iface,
      port: this.config.port,
    };
    const existing = await this.ip.link(this.device);
    // An existing device keeps its MAC, so the other machines' entries for this one stay right
    // across a restart; one made for other settings is replaced, as flannel does.
    const reusable = existing !== undefined && hasSettings(existing, settings);
    if (existing && !reusable) {
      this.log.warn('vxlan: the device exists with other settings; recreating it', {
        device: this.device,
        found: existing.vxlan ?? 'not a vxlan device',
        wanted: settings,
      });
      await this.ip.deleteLink(this.device);
    }
    if (!reusable) await this.ip.addVxlan(this.device, settings);

    // Only the subnet's .0/32: an address of an earlier lease would route a subnet no longer ours.
    const address = { ip: formatIp4(own.subnet.ip), prefixLen: 32 };
    const present = await this.ip.addresses(this.device);
    for (const other of present) {
      if (other.ip !== address.ip || other.prefixLen !== address.prefixLen)
        await this.ip.deleteAddress(this.device, other);
    }
    if (!present.some((a) => a.ip === address.ip && a.prefixLen === address.prefixLen))
      await this.ip.addAddress(this.device, address);

    const mtu = iface.mtu - vxlanOverhead;
    await this.ip.setLinkUp(this.device, mtu);
    const device = await this.ip.link(this.device);
    if (!device) throw new Error(`vxlan: ${this.device} vanished while it was set up`);
    this.own = own;
    return { backendData: { VNI: this.config.vni, VtepMAC: device.mac }, mtu };
  }

  async sync(remote: readonly SubnetLease[]): Promise<void> {
    const own = this.own;
    if (!own) throw new Error('vxlan: sync before setUp');
    const problems: string[] = [];
    const ifaceNets: Ip4Net[] = this.config.directRouting
      ? (await this.ip.addresses(own.iface)).flatMap(
          (a) => parseIp4Net(`${a.ip}/${a.prefixLen}`) ?? [],
        )
      : [];

    const routes: Route[] = [];
    /** Remote device address (a subnet's .0) → its MAC. */
    const neighbours = new Map<string, string>();
    /** Remote device MAC → the remote machine's PublicIP. */
    const vteps = new Map<string, string>();
    for (const lease of remote) {
      if (lease.attrs.backendType !== this.type) continue;
      const dst = formatIp4Net(lease.subnet);
      const publicIp = lease.attrs.publicIp;
      const publicIpNumber = parseIp4(publicIp);
      if (
        publicIpNumber !== undefined &&
        ifaceNets.some((net) => containsIp(net, publicIpNumber))
      ) {
        routes.push({ dst, gateway: publicIp, dev: own.iface, onlink: false });
        continue;
      }
      const mac = vtepMacOf(lease.attrs.backendData);
      if (mac === undefined) {
        problems.push(
          `the lease of ${dst} (${publicIp}) has no VtepMAC in its BackendData ${JSON.stringify(lease.attrs.backendData)}`,
        );
        continue;
      }
      const gateway = formatIp4(lease.subnet.ip);
      neighbours.set(gateway, mac);
      vteps.set(mac, publicIp);
      routes.push({ dst, gateway, dev: this.device, onlink: true });
    }

    // Entries before the routes that use them, and stale ones after the routes through them.
    const presentNeighbours = await this.ip.neighbours(this.device);
    const presentFdb = await this.ip.fdb(this.device);
    for (const [ip, mac] of neighbours) {
      if (!presentNeighbours.some((n) => n.ip === ip && n.mac === mac && n.permanent))
        await attempt(problems, () => this.ip.replaceNeighbour(this.device, ip, mac));
    }
    for (const [mac, dst] of vteps) {
      if (!presentFdb.some((entry) => entry.mac === mac && entry.dst === dst))
        await attempt(problems, () => this.ip.replaceFdb(this.device, { mac, dst }));
    }
    await convergeRoutes(this.ip, routes, problems);
    // The device is clusterd's: every permanent neighbour and every VTEP on it was added here.
    for (const stale of presentNeighbours) {
      if (stale.permanent && !neighbours.has(stale.ip))
        await attempt(problems, () => this.ip.deleteNeighbour(this.device, stale.ip));
    }
    // A VTEP whose machine moved was replaced above, in place.
    for (const stale of presentFdb) {
      if (!vteps.has(stale.mac))
        await attempt(problems, () => this.ip.deleteFdb(this.device, stale));
    }
    if (problems.length > 0) throw new BackendSyncError(problems);
  }

  async tearDown(): Promise<void> {
    // The device's routes, neighbours and VTEPs go with it; the direct routes stay till converged.
    if (await this.ip.link(this.device)) await this.ip.deleteLink(this.device);
    this.own = undefined;
    const problems: string[] = [];
    await convergeRoutes(this.ip, [], problems);
    if (problems.length > 0) throw new BackendSyncError(problems);
  }
}

function hasSettings(
  link: Link,
  settings: { vni: number; local: string; dev: string; port: number },
): boolean {
  const vxlan = link.vxlan;
  return (
    vxlan !== undefined &&
    vxlan.vni === settings.vni &&
    vxlan.local === settings.local &&
    vxlan.dev === settings.dev &&
    vxlan.port === settings.port &&
    !vxlan.learning
  );
}

/** The VtepMAC of a vxlan lease's BackendData (any case, as Go reads it), lower case. */
function vtepMacOf(backendData: Record<string, unknown> | undefined): string | undefined {
  const mac = Object.entries(backendData ?? {}).find(
    ([name]) => name.toLowerCase() === 'vtepmac',
  )?.[1];
  return typeof mac === 'string' && macPattern.test(mac) ? mac.toLowerCase() : undefined;
}
