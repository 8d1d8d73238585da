// A machine's subnet and how it is shared on the machine: the lower half for the units' addresses
// (clusterd's own, on the clusterd0 bridge), the upper half for a Docker engine's default bridge
// (`clusterd net docker-opts`, as flannel's mk-docker-opts.sh gave docker0 the whole subnet).
// Two bridges with the two halves: the kernel routes each half to its bridge by the longer
// prefix, while the other machines route the whole subnet here.
import { formatIp4, type Ip4Net, sizeOf } from './ip4.js';

/** The machine's place in the network, once it holds a lease. */
export interface MachineSubnet {
  network: Ip4Net;
  subnet: Ip4Net;
  /** The subnet's .1: the units bridge's address, and the units' gateway. */
  gateway: string;
  mtu: number;
}

/** The smallest subnet that is split: a /29 leaves .2 to .3 for units and a /30 to Docker. */
const smallestSplitPrefixLen = 29;

/** The last address units get: the lower half's last, or the subnet's last host without a split. */
export function unitRangeEnd(subnet: Ip4Net): string {
  const size = sizeOf(subnet.prefixLen);
  const end = subnet.prefixLen <= smallestSplitPrefixLen ? size / 2 - 1 : size - 2;
  return formatIp4(subnet.ip + end);
}

/** The upper half, for a Docker engine's bridge; undefined for a subnet too small to split. */
export function dockerHalf(subnet: Ip4Net): Ip4Net | undefined {
  if (subnet.prefixLen > smallestSplitPrefixLen) return undefined;
  return { ip: subnet.ip + sizeOf(subnet.prefixLen) / 2, prefixLen: subnet.prefixLen + 1 };
}
