// Who may use this server as a resolver (--dns-recursion-from). Answers for the cluster's own
// domain go to anyone; forwarding goes only to these networks, so that a machine with DNS on a
// public address is never an open resolver (one that amplifies attacks on third parties).
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** How many clients' answers NetworkList keeps before it starts again. */
const maxRemembered = 4096;

export class NetworkList {
  /**
   * Answers already given, by address: a server hears from few clients, and BlockList.check
   * builds a SocketAddress every time (about a tenth of a query's time under dnsperf).
   */
  private readonly answers = new Map<string, boolean>();

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
    let answer = this.answers.get(address);
    if (answer === undefined) {
      const family = isIP(address);
      answer = family !== 0 && this.blocks.check(address, family === 4 ? 'ipv4' : 'ipv6');
      // Bounded, so that a flood from spoofed addresses cannot grow it without end.
      if (this.answers.size >= maxRemembered) this.answers.clear();
      this.answers.set(address, answer);
    }
    return answer;
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
