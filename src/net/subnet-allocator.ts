// flannel's subnet leases (pkg/subnet/etcd/local_manager.go): which subnet a machine takes, how
// it takes it without two machines ever holding one, and how it keeps it.
//
// Acquiring, in flannel's order: the lease this machine's PublicIP already holds (when it still
// fits the configuration; one that does not is deleted), then the subnet of the previous run (the
// subnet file), if free and fitting, then one picked at random among the first 100 free ones.
// Creation is a compare-and-swap (the key must not exist), so of two machines racing for one
// subnet exactly one gets it and the other tries again. A lease lives on an etcd lease of 24 h
// that the node renews before it ends (renew: a new etcd lease, and the key moved onto it).
import { compare, type EtcdClient, op } from '../client/index.js';
import type { NetworkConfig } from './config.js';
import { containsIp, endOf, formatIp4Net, type Ip4Net, overlaps, sizeOf } from './ip4.js';
import {
  decodeLeaseAttrs,
  encodeLeaseAttrs,
  type LeaseAttrs,
  type NetKeys,
  type SubnetLease,
} from './subnet-lease.js';

/** This machine's lease as it last wrote it. */
export interface OwnLease extends SubnetLease {
  /** The etcd lease the key is on. */
  leaseId: bigint;
  /** When that etcd lease ends, by this machine's clock (ms since the epoch). */
  expiresAtMs: number;
  /** The store revision of the write: a watch that has not reached it does not know it yet. */
  revision: number;
}

export class SubnetError extends Error {}

/** flannel's raceRetries. */
const raceRetries = 10;
/** How many free subnets flannel gathers before it picks one at random. */
const candidateLimit = 100;

export interface SubnetAllocatorOptions {
  client: EtcdClient;
  keys: NetKeys;
  /** Seconds: flannel's 24 h. */
  leaseTtlSeconds: number;
  /** Picks among the free subnets (tests make it repeatable); Math.random by default. */
  random?: () => number;
}

export class SubnetAllocator {
  constructor(private readonly options: SubnetAllocatorOptions) {}

  /** Whether `subnet` is one this configuration may lease. */
  static fits(subnet: Ip4Net, config: NetworkConfig): boolean {
    return (
      subnet.prefixLen === config.subnetLen &&
      subnet.ip >= config.subnetMin &&
      subnet.ip <= config.subnetMax
    );
  }

  /**
   * Takes a subnet for a machine with these attributes; `previous` is the subnet of its last run
   * (from the subnet file). Throws SubnetError("out of subnets") when none is free.
   */
  async acquire(config: NetworkConfig, attrs: LeaseAttrs, previous?: Ip4Net): Promise<OwnLease> {
    const { client, keys } = this.options;
    for (let attempt = 0; attempt < raceRetries; attempt++) {
      const listed = await client.kv.get(keys.subnets, { prefix: true });
      const leases: { subnet: Ip4Net; attrs: LeaseAttrs | undefined; modRevision: number }[] = [];
      for (const kv of listed.kvs) {
        const subnet = keys.subnetOf(kv.key.toString());
        if (subnet)
          leases.push({
            subnet,
            attrs: decodeLeaseAttrs(kv.value.toString()),
            modRevision: kv.modRevision,
          });
      }

      const mine = leases.find((l) => l.attrs?.publicIp === attrs.publicIp);
      if (mine && SubnetAllocator.fits(mine.subnet, config)) {
        const kept = await this.write(mine.subnet, attrs, mine.modRevision);
        if (kept) return kept;
        continue;
      }
      if (mine) {
        // Left from another configuration: flannel deletes it and takes a new one.
        await client.kv.txn({
          compare: [compare.mod(keys.subnet(mine.subnet), '==', mine.modRevision)],
          success: [op.delete(keys.subnet(mine.subnet))],
        });
        continue;
      }

      const taken = leases.map((l) => l.subnet);
      const free = (subnet: Ip4Net): boolean => !taken.some((t) => overlaps(t, subnet));
      let subnet: Ip4Net | undefined;
      if (previous && SubnetAllocator.fits(previous, config) && free(previous)) subnet = previous;
      else subnet = this.pickFree(config, free);
      if (!subnet) throw new SubnetError('out of subnets');
      const created = await this.write(subnet, attrs, 0);
      if (created) return created;
    }
    throw new SubnetError('max retries reached trying to acquire a subnet');
  }

  /**
   * Renews `own` as flannel does: a new etcd lease of the full TTL and the key moved onto it,
   * provided the key is still on the old one; undefined when it is not (it was revoked or taken).
   */
  async renew(own: OwnLease): Promise<OwnLease | undefined> {
    const { client, keys } = this.options;
    const key = keys.subnet(own.subnet);
    const renewed = await this.onNewLease(async (leaseId) => {
      const res = await client.kv.txn({
        compare: [compare.lease(key, '==', own.leaseId)],
        success: [op.put(key, encodeLeaseAttrs(own.attrs), { lease: leaseId })],
      });
      return res.succeeded ? res.header.revision : undefined;
    });
    if (renewed) await client.lease.revoke(own.leaseId).catch(() => undefined);
    return renewed && { ...own, ...renewed };
  }

  /** Walks from SubnetMin, gathering up to 100 free subnets, and picks one at random. */
  private pickFree(config: NetworkConfig, free: (s: Ip4Net) => boolean): Ip4Net | undefined {
    const candidates: Ip4Net[] = [];
    const step = sizeOf(config.subnetLen);
    for (let ip = config.subnetMin; ip <= config.subnetMax; ip += step) {
      const subnet = { ip, prefixLen: config.subnetLen };
      if (!containsIp(config.network, ip) || endOf(subnet) > endOf(config.network)) break;
      if (free(subnet)) candidates.push(subnet);
      if (candidates.length === candidateLimit) break;
    }
    if (candidates.length === 0) return undefined;
    const random = this.options.random ?? Math.random;
    return candidates[Math.floor(random() * candidates.length)];
  }

  /**
   * Puts the lease on a new etcd lease: over the key at `modRevision` (renewing this machine's
   * own), or where none exists (0). Undefined when another writer got there first.
   */
  private async write(
    subnet: Ip4Net,
    attrs: LeaseAttrs,
    modRevision: number,
  ): Promise<OwnLease | undefined> {
    const { client, keys } = this.options;
    const key = keys.subnet(subnet);
    const written = await this.onNewLease(async (leaseId) => {
      const res = await client.kv.txn({
        compare: [
          modRevision === 0 ? compare.version(key, '==', 0) : compare.mod(key, '==', modRevision),
        ],
        success: [op.put(key, encodeLeaseAttrs(attrs), { lease: leaseId })],
      });
      return res.succeeded ? res.header.revision : undefined;
    });
    return written && { subnet, attrs, ...written };
  }

  /**
   * Grants an etcd lease of the full TTL and runs `put` with it; the lease is revoked again when
   * the put did not happen (nothing would ever be on it).
   */
  private async onNewLease(
    put: (leaseId: bigint) => Promise<number | undefined>,
  ): Promise<Pick<OwnLease, 'leaseId' | 'expiresAtMs' | 'revision'> | undefined> {
    const { client, leaseTtlSeconds } = this.options;
    const grantedAtMs = Date.now();
    const granted = await client.lease.grant(leaseTtlSeconds);
    let revision: number | undefined;
    try {
      revision = await put(granted.id);
    } finally {
      if (revision === undefined) await client.lease.revoke(granted.id).catch(() => undefined);
    }
    if (revision === undefined) return undefined;
    return { leaseId: granted.id, expiresAtMs: grantedAtMs + granted.ttl * 1000, revision };
  }
}

/** `10.5.52.0/24 (PublicIP 192.168.1.5)`, for logs. */
export function describeLease(lease: SubnetLease): string {
  return `${formatIp4Net(lease.subnet)} (PublicIP ${lease.attrs.publicIp})`;
}
