// Who may use this server as a resolver (--dns-recursion-from). Answers for the cluster's own
// domain go to anyone; forwarding goes only to these networks, so that a machine with DNS on a
// public address is never an open resolver (one that amplifies attacks on third parties).
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

export class NetworkList {
  private constructor(
    private readonly blocks: BlockList,
    /** The networks as given, for logs. */
    readonly cidrs: readonly string[],
  ) {}

  /** `10.0.0.0/8`, `fd00::/64`, or a bare address (one host); throws on anything else. */
  static parse(cidrs: readonly string[]): NetworkList {
    const blocks = new BlockList();
    for (const cidr of cidrs) {
      const [address = '', prefixText, extra] = cidr.split('/');
      const family = isIP(address);
      const maxPrefix = family === 4 ? 32 : 128;
      const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);
      if (
        family === 0 ||
        extra !== undefined ||
        !Number.isInteger(prefix) ||
        prefix < 0 ||
        prefix > maxPrefix ||
        (prefixText !== undefined && !/^\d+$/.test(prefixText))
      ) {
        throw new Error(`"${cidr}" is not a network (address/prefix)`);
      }
      blocks.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    }
    return new NetworkList(blocks, [...cidrs]);
  }

  /** Whether a client address is in one of the networks (IPv4-mapped IPv6 counts as IPv4). */
  contains(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    return this.blocks.check(address, family === 4 ? 'ipv4' : 'ipv6');
  }
}

/**
 * The default of --dns-recursion-from: loopback and the networks this machine's interfaces are
 * on, which is where the cluster's other machines and their containers are.
 */
export function ownNetworks(): string[] {
  const cidrs = new Set(['127.0.0.0/8', '::1/128']);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.cidr) cidrs.add(a.cidr);
  }
  return [...cidrs];
}
