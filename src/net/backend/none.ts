// No data path: the machine takes its subnet lease and hands out addresses from it, and how
// packets reach other machines' subnets is someone else's business (flannel's `alloc`). It is
// also what a node runs when it may not program the kernel.
import type { IpRoute } from '../iproute.js';
import type { Backend, OwnSubnet } from './backend.js';

export class NoneBackend implements Backend {
  readonly type = 'none';

  constructor(private readonly ip: IpRoute) {}

  /** Reads the interface's MTU, which needs no privilege. */
  async setUp(own: OwnSubnet): Promise<{ backendData: undefined; mtu: number }> {
    const iface = await this.ip.link(own.iface);
    if (!iface) throw new Error(`there is no interface ${own.iface}`);
    return { backendData: undefined, mtu: iface.mtu };
  }

  async sync(): Promise<void> {
    // Nothing to route.
  }

  async tearDown(): Promise<void> {
    // Nothing was set up.
  }
}
