import type { Ip4Net } from './ip4.js';

/** The machine's place in the network, once it holds a lease. */
export interface MachineSubnet {
  network: Ip4Net;
  subnet: Ip4Net;
  /** The subnet's .1: the units bridge's address, and the units' gateway. */
  gateway: string;
  mtu: number;
}
