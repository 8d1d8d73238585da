// The units' addresses on this machine's subnet: a bridge holding the subnet's gateway (.1), an
// address for each unit from host-local IPAM (kept on disk, so a restart of clusterd gives each
// unit its address again), and the Docker network on that bridge that container units join with
// theirs. A process unit's address is put on the bridge (a /32), so the process can bind it and
// other machines reach it over the overlay; it gets it in $CLUSTERD_IP.
//
// It implements the runner's UnitNetwork (src/fleet/runner/unit-network.ts) by its shape: the
// scheduler knows nothing of subnets, and the network nothing of units beyond their names.
import { join } from 'node:path';
import type { Logger } from '../util/log.js';
import { formatIp4, formatIp4Net, type Ip4Net } from './ip4.js';
import { HostLocalAllocator } from './ipam.js';
import type { IpRoute } from './iproute.js';
import { type MachineSubnet, unitRangeEnd } from './machine-subnet.js';

/** The Linux bridge of the units (flannel's machines used Docker's docker0, set to the subnet). */
export const unitBridge = 'clusterd0';
/** The Docker network on it. */
export const unitDockerNetwork = 'clusterd';

export interface UnitAddressesOptions {
  ip: IpRoute;
  /** Whether links and addresses may be changed (root); otherwise addresses are only handed out. */
  mayProgramKernel: boolean;
  dataDir: string;
  logger: Logger;
}

interface SubnetState {
  machine: MachineSubnet;
  allocator: HostLocalAllocator;
}

export class UnitAddresses {
  private state: SubnetState | undefined;

  constructor(private readonly options: UnitAddressesOptions) {}

  /**
   * Follows the machine's subnet: the bridge is set to its gateway and the addresses come from it.
   * Units keep addresses of an earlier subnet until they stop.
   */
  async setSubnet(machine: MachineSubnet | undefined): Promise<void> {
    if (!machine) {
      this.state = undefined;
      return;
    }
    const { dataDir, mayProgramKernel } = this.options;
    this.state = {
      machine,
      allocator: new HostLocalAllocator({
        rangeEnd: unitRangeEnd(machine.subnet),
        dir: ipamDirOf(dataDir, machine.subnet),
        subnet: machine.subnet,
      }),
    };
    if (mayProgramKernel) await this.setUpBridge(machine);
  }

  async addressOf(
    unit: string,
    kind: 'process' | 'container',
  ): Promise<
    | {
        ip: string;
        docker: { name: string; subnet: string; gateway: string; bridge: string; mtu: number };
      }
    | undefined
  > {
    const state = this.state;
    if (!state) return undefined;
    const ip = await state.allocator.allocateOrGet(unit);
    if (kind === 'process' && this.options.mayProgramKernel) {
      const held = await this.options.ip.addresses(unitBridge);
      if (!held.some((a) => a.ip === ip))
        await this.options.ip.addAddress(unitBridge, { ip, prefixLen: 32 });
    }
    const { machine } = state;
    return {
      ip,
      docker: {
        name: unitDockerNetwork,
        subnet: formatIp4Net(machine.subnet),
        gateway: machine.gateway,
        bridge: unitBridge,
        mtu: machine.mtu,
      },
    };
  }

  async release(unit: string): Promise<void> {
    const allocator = this.state?.allocator;
    if (!allocator) return;
    const ip = await allocator.get(unit);
    if (ip === undefined) return;
    await this.dropFromBridge([ip]);
    await allocator.release(unit);
  }

  async retain(keep: (unit: string) => boolean): Promise<void> {
    const allocator = this.state?.allocator;
    if (!allocator) return;
    const freed = await allocator.releaseAllExcept(keep);
    if (freed.length === 0) return;
    await this.dropFromBridge(freed.map((r) => r.ip));
    this.options.logger.info('net: freed the addresses of units no longer here', {
      addresses: freed.map((r) => `${r.ip} (${r.id})`),
    });
  }

  /** Removes process units' /32s from the bridge (a container's address is not on it). */
  private async dropFromBridge(ips: string[]): Promise<void> {
    if (!this.options.mayProgramKernel) return;
    const held = await this.options.ip.addresses(unitBridge);
    for (const ip of ips) {
      if (held.some((a) => a.ip === ip && a.prefixLen === 32))
        await this.options.ip.deleteAddress(unitBridge, { ip, prefixLen: 32 });
    }
  }

  /** The bridge up with the gateway address, and packets forwarded between it and the overlay. */
  private async setUpBridge(machine: MachineSubnet): Promise<void> {
    const { ip } = this.options;
    if (!(await ip.link(unitBridge))) await ip.addBridge(unitBridge);
    const gateway = { ip: machine.gateway, prefixLen: machine.subnet.prefixLen };
    for (const held of await ip.addresses(unitBridge)) {
      // A gateway of an earlier subnet goes; units' /32s stay until their units stop.
      if (held.prefixLen !== 32 && held.ip !== gateway.ip) await ip.deleteAddress(unitBridge, held);
    }
    if (!(await ip.addresses(unitBridge)).some((a) => a.ip === gateway.ip))
      await ip.addAddress(unitBridge, gateway);
    await ip.setLinkUp(unitBridge, machine.mtu);
    await ip.enableForwarding();
    this.options.logger.info('net: units bridge ready', {
      bridge: unitBridge,
      gateway: `${machine.gateway}/${machine.subnet.prefixLen}`,
      firstAddress: formatIp4(machine.subnet.ip + 2),
    });
  }
}

/** The reservations of a subnet's addresses, under the data directory. */
export function ipamDirOf(dataDir: string, subnet: Ip4Net): string {
  return join(dataDir, 'net', 'ipam', `${formatIp4(subnet.ip)}-${subnet.prefixLen}`);
}
