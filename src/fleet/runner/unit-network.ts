// What the runner needs of the machine's network (src/net): an address for each unit from the
// machine's subnet, kept while the unit is up (across Restart=) and given back when it stops.
// A process unit gets it in $CLUSTERD_IP; a [Container] unit's container joins the Docker network
// on the machine's subnet with it. Without a subnet (no network configured) units get none.

/** The Docker network a machine's containers join to take their addresses. */
export interface UnitDockerNetwork {
  name: string;
  /** `10.5.52.0/24`. */
  subnet: string;
  gateway: string;
  /** The Linux bridge the network uses, shared with the process units' addresses. */
  bridge: string;
  mtu: number;
}

export interface UnitAddress {
  ip: string;
  docker: UnitDockerNetwork;
}

export interface UnitNetwork {
  /** The unit's address (the same one again until released); undefined without a subnet. */
  addressOf(unit: string, kind: 'process' | 'container'): Promise<UnitAddress | undefined>;
  /** Gives the unit's address back; nothing when it has none. */
  release(unit: string): Promise<void>;
  /** Gives back the addresses of units `keep` does not hold (left by an earlier run). */
  retain(keep: (unit: string) => boolean): Promise<void>;
}
