// Leases as etcd's lessor keeps them. Grant, revoke and key attachment happen when a log entry is
// applied, identically on every member; renewal and expiry are the leader's alone, on its monotonic
// clock, and a member that becomes leader gives every lease its full TTL again (as etcd does).

export interface Lease {
  id: bigint;
  /** The TTL granted, after raising it to the minimum. */
  ttlSec: number;
  /** Monotonic milliseconds at which the lease expires (meaningful on the leader only). */
  expiresAtMs: number;
  /** Keys attached to the lease, as latin1 strings. */
  keys: Set<string>;
  /** Set once the leader proposed the revoke of this expired lease, so it proposes it once. */
  revoking: boolean;
}

/** etcd's upper bound on a lease TTL. */
export const maxLeaseTtlSec = 9_000_000_000;

export class Lessor {
  private readonly leases = new Map<bigint, Lease>();
  private readonly keyLease = new Map<string, bigint>();

  constructor(
    /** ceil(1.5 × election timeout): shorter leases could expire during a normal election. */
    readonly minTtlSec: number,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  get size(): number {
    return this.leases.size;
  }

  has(id: bigint): boolean {
    return this.leases.has(id);
  }

  get(id: bigint): Lease | undefined {
    return this.leases.get(id);
  }

  ids(): bigint[] {
    return [...this.leases.keys()];
  }

  grant(id: bigint, ttlSec: number): Lease {
    const ttl = Math.max(ttlSec, this.minTtlSec);
    const lease: Lease = {
      id,
      ttlSec: ttl,
      expiresAtMs: this.nowMs() + ttl * 1000,
      keys: new Set(),
      revoking: false,
    };
    this.leases.set(id, lease);
    return lease;
  }

  /** Forgets every lease (before the state is read again from a snapshot). */
  clear(): void {
    this.leases.clear();
    this.keyLease.clear();
  }

  /** Forgets the lease and returns it, so the caller deletes its keys. */
  revoke(id: bigint): Lease | undefined {
    const lease = this.leases.get(id);
    if (!lease) return undefined;
    this.leases.delete(id);
    for (const key of lease.keys) this.keyLease.delete(key);
    return lease;
  }

  /** Records that `key` now belongs to `id` (0: to no lease), detaching it from its old lease. */
  attach(key: string, id: bigint): void {
    this.detach(key);
    if (id === 0n) return;
    const lease = this.leases.get(id);
    if (!lease) return;
    lease.keys.add(key);
    this.keyLease.set(key, id);
  }

  detach(key: string): void {
    const old = this.keyLease.get(key);
    if (old === undefined) return;
    this.keyLease.delete(key);
    this.leases.get(old)?.keys.delete(key);
  }

  /** Leader only: extends the lease to a full TTL from now; 0 if the lease is unknown. */
  renew(id: bigint): number {
    const lease = this.leases.get(id);
    if (!lease || lease.revoking) return 0;
    lease.expiresAtMs = this.nowMs() + lease.ttlSec * 1000;
    return lease.ttlSec;
  }

  /** Whole seconds left, as etcd reports them (truncated); -1 for an unknown lease. */
  remainingSec(id: bigint): number {
    const lease = this.leases.get(id);
    if (!lease) return -1;
    return Math.max(0, Math.trunc((lease.expiresAtMs - this.nowMs()) / 1000));
  }

  /** On becoming leader: every lease gets its full TTL from now. */
  promote(): void {
    const now = this.nowMs();
    for (const lease of this.leases.values()) {
      lease.expiresAtMs = now + lease.ttlSec * 1000;
      lease.revoking = false;
    }
  }

  /** Leader only: expired leases not yet being revoked, at most `limit`; marks them revoking. */
  takeExpired(limit: number): bigint[] {
    const now = this.nowMs();
    const expired: bigint[] = [];
    for (const lease of this.leases.values()) {
      if (expired.length >= limit) break;
      if (!lease.revoking && lease.expiresAtMs <= now) {
        lease.revoking = true;
        expired.push(lease.id);
      }
    }
    return expired;
  }

  /** A revoke proposal that failed: let the next expiry pass try again. */
  retryRevoke(id: bigint): void {
    const lease = this.leases.get(id);
    if (lease) lease.revoking = false;
  }
}
