// flannel's host-gw backend (pkg/backend/hostgw): every machine is a router for its own subnet,
// so the route to a remote subnet goes straight to that machine's public address on the shared
// L2 network: `<subnet> via <PublicIP> dev <iface>`. Nothing is encapsulated, so the subnets'
// MTU is the interface's, and there is no BackendData to publish.
import { formatIp4Net } from '../ip4.js';
import type { IpRoute, Route } from '../iproute.js';
import type { SubnetLease } from '../subnet-lease.js';
import { type Backend, BackendSyncError, type OwnSubnet } from './backend.js';
import { convergeRoutes } from './converge.js';

export class HostGwBackend implements Backend {
  readonly type = 'host-gw';
  private own: OwnSubnet | undefined;

  constructor(private readonly ip: IpRoute) {}

  async setUp(own: OwnSubnet): Promise<{ backendData: undefined; mtu: number }> {
    const iface = await this.ip.link(own.iface);
    if (!iface) throw new Error(`host-gw: there is no interface ${own.iface}`);
    // The other machines send to publicIp as a next hop: it has to be this interface's own
    // address, not one a NAT in front of it translates (flannel's words).
    const addresses = await this.ip.addresses(own.iface);
    if (!addresses.some((address) => address.ip === own.publicIp)) {
      throw new Error(
        `host-gw: the public IP ${own.publicIp} is not an address of ${own.iface}: your PublicIP differs from interface IP, meaning that probably you're on a NAT, which is not supported by host-gw backend`,
      );
    }
    this.own = own;
    return { backendData: undefined, mtu: iface.mtu };
  }

  async sync(remote: readonly SubnetLease[]): Promise<void> {
    const own = this.own;
    if (!own) throw new Error('host-gw: sync before setUp');
    const wanted: Route[] = remote
      .filter((lease) => lease.attrs.backendType === this.type)
      .map((lease) => ({
        dst: formatIp4Net(lease.subnet),
        gateway: lease.attrs.publicIp,
        dev: own.iface,
        onlink: false,
      }));
    const problems: string[] = [];
    await convergeRoutes(this.ip, wanted, problems);
    if (problems.length > 0) throw new BackendSyncError(problems);
  }

  async tearDown(): Promise<void> {
    const problems: string[] = [];
    await convergeRoutes(this.ip, [], problems);
    if (problems.length > 0) throw new BackendSyncError(problems);
  }
}
