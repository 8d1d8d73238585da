// flannel's data in the store, one prefix (`--etcd-prefix`, `/coreos.com/network` by default):
//
//   <prefix>/config                    the network's configuration (config.ts)       the user
//   <prefix>/subnets/<a.b.c.d>-<len>   a machine's subnet lease: LeaseAttrs JSON,     that machine
//                                      on an etcd lease of 24 h it renews
//
// Keys and values are flannel's byte for byte (pkg/subnet/subnet.go, etcd/registry.go), so
// flanneld and clusterd can share one network.
import { formatIp4, type Ip4Net, parseIp4Net } from './ip4.js';

export const defaultNetPrefix = '/coreos.com/network';

export class NetKeys {
  readonly prefix: string;

  constructor(prefix = defaultNetPrefix) {
    this.prefix = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  }

  get config(): string {
    return `${this.prefix}/config`;
  }

  get subnets(): string {
    return `${this.prefix}/subnets/`;
  }

  subnet(net: Ip4Net): string {
    return this.subnets + subnetKeyName(net);
  }

  /** The subnet a lease key names, or undefined for a key that names none. */
  subnetOf(key: string): Ip4Net | undefined {
    return key.startsWith(this.subnets)
      ? parseSubnetKeyName(key.slice(this.subnets.length))
      : undefined;
  }
}

/** `10.5.52.0-24`. */
export function subnetKeyName(net: Ip4Net): string {
  return `${formatIp4(net.ip)}-${net.prefixLen}`;
}

// flannel's parser (pkg/subnet/subnet.go); a dual-stack key's IPv6 half is accepted and ignored.
const subnetKeyPattern = /^(\d+\.\d+\.\d+\.\d+)-(\d+)(?:&([a-f\d:]+)-(\d+))?$/;

export function parseSubnetKeyName(name: string): Ip4Net | undefined {
  const match = subnetKeyPattern.exec(name);
  if (!match) return undefined;
  return parseIp4Net(`${match[1]!}/${match[2]!}`, true);
}

/** flannel's LeaseAttrs: who holds a subnet and how to reach it. */
export interface LeaseAttrs {
  publicIp: string;
  /** `vxlan`, `host-gw`, `none` (flannel: `alloc`), or another flannel backend's name. */
  backendType: string;
  /** The backend's data: for vxlan `{VNI, VtepMAC}`. */
  backendData: Record<string, unknown> | undefined;
}

/** The value flannel writes: PublicIP, PublicIPv6 (null), then the omitempty backend fields. */
export function encodeLeaseAttrs(attrs: LeaseAttrs): string {
  const value: Record<string, unknown> = { PublicIP: attrs.publicIp, PublicIPv6: null };
  if (attrs.backendType !== '') value.BackendType = attrs.backendType;
  if (attrs.backendData !== undefined) value.BackendData = attrs.backendData;
  return JSON.stringify(value);
}

/** A lease's value, field names in any case as Go reads them; undefined when it is not one. */
export function decodeLeaseAttrs(text: string): LeaseAttrs | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const fields = new Map(Object.entries(parsed).map(([k, v]) => [k.toLowerCase(), v as unknown]));
  const publicIp = fields.get('publicip');
  const backendType = fields.get('backendtype') ?? '';
  const backendData = fields.get('backenddata') ?? undefined;
  if (typeof publicIp !== 'string' || typeof backendType !== 'string') return undefined;
  if (backendData !== undefined && (typeof backendData !== 'object' || Array.isArray(backendData)))
    return undefined;
  return {
    publicIp,
    backendType,
    backendData: backendData as Record<string, unknown> | undefined,
  };
}

/** A machine's subnet as read from the store. */
export interface SubnetLease {
  subnet: Ip4Net;
  attrs: LeaseAttrs;
}
