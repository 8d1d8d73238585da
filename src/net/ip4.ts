// IPv4 addresses as unsigned 32-bit numbers and networks as (address, prefix length), as
// flannel's pkg/ip does: the arithmetic of subnets (the next one, containment, overlap) is
// integer arithmetic, and text appears only at the edges.

export interface Ip4Net {
  /** The network's first address, masked to the prefix. */
  readonly ip: number;
  readonly prefixLen: number;
}

/** `a.b.c.d` as a number, or undefined when it is not a dotted quad of octets. */
export function parseIp4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIp4(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

/** The mask of a prefix length as a number: /24 → 255.255.255.0. */
export function maskOf(prefixLen: number): number {
  return prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
}

/** The number of addresses in a network of this prefix length. */
export function sizeOf(prefixLen: number): number {
  return 2 ** (32 - prefixLen);
}

/**
 * `a.b.c.d/n`, masked to its network as Go's net.ParseCIDR does; undefined when it is not one.
 * `strict` refuses host bits (10.1.2.3/24), for keys that must name a network exactly.
 */
export function parseIp4Net(text: string, strict = false): Ip4Net | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIp4(text.slice(0, slash));
  const lenText = text.slice(slash + 1);
  if (ip === undefined || !/^\d{1,2}$/.test(lenText)) return undefined;
  const prefixLen = Number(lenText);
  if (prefixLen > 32) return undefined;
  const masked = (ip & maskOf(prefixLen)) >>> 0;
  if (strict && masked !== ip) return undefined;
  return { ip: masked, prefixLen };
}

export function formatIp4Net(net: Ip4Net): string {
  return `${formatIp4(net.ip)}/${net.prefixLen}`;
}

/** The first address after the network. */
export function endOf(net: Ip4Net): number {
  return net.ip + sizeOf(net.prefixLen);
}

export function containsIp(net: Ip4Net, ip: number): boolean {
  return ip >= net.ip && ip < endOf(net);
}

export function overlaps(a: Ip4Net, b: Ip4Net): boolean {
  return a.ip < endOf(b) && b.ip < endOf(a);
}

export function sameNet(a: Ip4Net, b: Ip4Net): boolean {
  return a.ip === b.ip && a.prefixLen === b.prefixLen;
}
