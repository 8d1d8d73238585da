// What the network node asks of a backend: set up this machine's side once its subnet is known,
// then keep the kernel's routes and entries equal to the other machines' leases. The node owns
// the leases and calls sync() with the whole current set (level-triggered), on every change and
// periodically, so a backend never tracks events itself.
import type { Ip4Net } from '../ip4.js';
import type { SubnetLease } from '../subnet-lease.js';

export interface OwnSubnet {
  subnet: Ip4Net;
  /** The address other machines reach this one at (the lease's PublicIP). */
  publicIp: string;
  /** The interface that address is on (`--iface`, or the one holding publicIp). */
  iface: string;
}

export interface Backend {
  readonly type: 'vxlan' | 'host-gw' | 'none';
  /**
   * Creates this machine's side (a vxlan device, nothing for host-gw) and returns the lease's
   * BackendData (vxlan: `{VNI, VtepMAC}`), and the MTU of the machine's subnet.
   */
  setUp(own: OwnSubnet): Promise<{ backendData: Record<string, unknown> | undefined; mtu: number }>;
  /**
   * Makes the kernel's routes and entries match `remote`, the other machines' leases; those of
   * another BackendType are left out, as flannel does. It applies every change it can, then
   * throws a BackendSyncError naming those it could not (the next sync tries them again).
   */
  sync(remote: readonly SubnetLease[]): Promise<void>;
  /** Removes what setUp and sync added (the configuration changed to another backend). */
  tearDown(): Promise<void>;
}

/** What one sync could not bring into line, each in a sentence (with ip's own words). */
export class BackendSyncError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'BackendSyncError';
  }
}
