// Leases: grant, revoke, time-to-live, list, and keep-alive. Every kept-alive lease of a client
// renews over one shared LeaseKeepAlive stream, at a third of its TTL; a response with TTL 0, or no
// response within the TTL, means the lease is lost.
import type * as grpc from '@grpc/grpc-js';
import type { etcdserverpb } from '../gen/etcd.js';
import { leaseService } from '../api/services.js';
import {
  type ResponseHeader,
  toBigInt,
  toBytes,
  toHeader,
  fromBigInt,
  toNumber,
} from './convert.js';
import {
  ClientClosedError,
  GrpcStatus,
  LeaseLostError,
  LeaseNotFoundError,
  toEtcdError,
} from './errors.js';
import { Emitter, type Event } from './event.js';
import { StreamDialer } from './stream-dialer.js';
import type { CallOptions, Transport } from './transport.js';

export interface LeaseGrantResult {
  header: ResponseHeader;
  id: bigint;
  /** The TTL the server granted (it raises small TTLs to its minimum). */
  ttl: number;
}

export interface LeaseTimeToLiveResult {
  header: ResponseHeader;
  id: bigint;
  /** Seconds left; -1 when the lease does not exist. */
  ttl: number;
  grantedTtl: number;
  keys: Buffer[];
}

export interface KeepAliveResult {
  header: ResponseHeader;
  id: bigint;
  ttl: number;
}

/** A lease kept alive by the client until released, revoked, lost or the client closes. */
export class KeepAlive {
  /** The TTL of the last renewal. */
  ttl = 0;
  private readonly renewed = new Emitter<KeepAliveResult>();
  private readonly lostEmitter = new Emitter<LeaseLostError>();
  private lostError: LeaseLostError | undefined;
  private released = false;
  /** When the lease runs out unless renewed (ms since epoch); set by the first renewal. */
  private expiresAt: number;
  private timer: NodeJS.Timeout | undefined;

  /** Fires on every renewal. */
  readonly onRenewed: Event<KeepAliveResult> = this.renewed.event;
  /** Fires once when the lease is lost. */
  readonly onLost: Event<LeaseLostError> = this.lostEmitter.event;

  constructor(
    private readonly owner: LeaseClient,
    readonly id: bigint,
    initialTtl: number,
    private readonly renewalsPerTtl: number,
  ) {
    this.ttl = initialTtl;
    this.expiresAt = initialTtl > 0 ? Date.now() + initialTtl * 1000 : Infinity;
  }

  get isLost(): boolean {
    return this.lostError !== undefined;
  }

  get isActive(): boolean {
    return !this.released && this.lostError === undefined;
  }

  /** Resolves with the reason when the lease is lost; never resolves for a released lease. */
  whenLost(): Promise<LeaseLostError> {
    if (this.lostError) return Promise.resolve(this.lostError);
    return new Promise((resolve) => {
      const sub = this.onLost((e) => {
        void sub.dispose();
        resolve(e);
      });
    });
  }

  /** Stops renewing without revoking: the lease expires after its TTL. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.clearTimer();
    this.owner.forget(this);
    this.renewed.clear();
    this.lostEmitter.clear();
  }

  /** Stops renewing and revokes the lease (its keys are deleted). */
  async revoke(): Promise<void> {
    this.release();
    await this.owner.revoke(this.id);
  }

  /** Called by LeaseClient with every response for this lease. */
  onResponse(result: KeepAliveResult): void {
    if (!this.isActive) return;
    if (result.ttl <= 0) {
      this.lose(new LeaseLostError(`lease ${this.id.toString(16)} expired or was revoked`));
      return;
    }
    this.ttl = result.ttl;
    this.expiresAt = Date.now() + result.ttl * 1000;
    this.renewed.fire(result);
    this.schedule(Math.max(100, (result.ttl * 1000) / this.renewalsPerTtl));
  }

  /** Schedules the next keepalive, or the loss check if the lease runs out first. */
  schedule(delayMs: number): void {
    if (!this.isActive) return;
    this.clearTimer();
    const untilExpiry = this.expiresAt - Date.now();
    const wait = Math.max(0, Math.min(delayMs, untilExpiry));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (Date.now() >= this.expiresAt) {
        this.lose(
          new LeaseLostError(`lease ${this.id.toString(16)}: no keepalive response within its TTL`),
        );
        return;
      }
      this.owner.send(this);
      // Retry at twice the pace until a response reschedules the regular one.
      this.schedule(Math.max(100, Math.min(1000, (this.ttl * 1000) / (2 * this.renewalsPerTtl))));
    }, wait);
  }

  lose(error: LeaseLostError): void {
    if (!this.isActive) return;
    this.lostError = error;
    this.clearTimer();
    this.owner.forget(this);
    this.lostEmitter.fire(error);
    this.renewed.clear();
    this.lostEmitter.clear();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The lease side of a client. */
export class LeaseClient {
  private stream:
    | grpc.ClientDuplexStream<
        etcdserverpb.ILeaseKeepAliveRequest,
        etcdserverpb.LeaseKeepAliveResponse
      >
    | undefined;
  private generation = 0;
  private readonly dialer: StreamDialer;
  private readonly kept = new Set<KeepAlive>();
  private closed = false;

  constructor(private readonly transport: Transport) {
    this.dialer = new StreamDialer(
      transport,
      1000,
      () => !this.closed && this.kept.size > 0 && this.stream === undefined,
      (endpoint) => {
        this.open(endpoint);
      },
    );
  }

  /** Grants a lease of `ttlSeconds`; `id` asks for a specific ID (0n: the server picks). */
  async grant(
    ttlSeconds: number,
    options: { id?: bigint } = {},
    call?: CallOptions,
  ): Promise<LeaseGrantResult> {
    const res = await this.transport.unary(
      leaseService.LeaseGrant,
      { TTL: ttlSeconds, ID: fromBigInt(options.id ?? 0n) },
      call,
    );
    return { header: toHeader(res.header), id: toBigInt(res.ID), ttl: toNumber(res.TTL) };
  }

  /** Revokes a lease and deletes its keys; LeaseNotFoundError if it does not exist. */
  async revoke(id: bigint, call?: CallOptions): Promise<{ header: ResponseHeader }> {
    const res = await this.transport.unary(leaseService.LeaseRevoke, { ID: fromBigInt(id) }, call);
    return { header: toHeader(res.header) };
  }

  async timeToLive(
    id: bigint,
    options: { keys?: boolean } = {},
    call?: CallOptions,
  ): Promise<LeaseTimeToLiveResult> {
    const res = await this.transport.unary(
      leaseService.LeaseTimeToLive,
      { ID: fromBigInt(id), keys: options.keys ?? false },
      call,
    );
    return {
      header: toHeader(res.header),
      id: toBigInt(res.ID),
      ttl: toNumber(res.TTL),
      grantedTtl: toNumber(res.grantedTTL),
      keys: res.keys.map((k) => toBytes(k)),
    };
  }

  /** The IDs of all leases. */
  async leases(call?: CallOptions): Promise<{ header: ResponseHeader; leases: bigint[] }> {
    const res = await this.transport.unary(leaseService.LeaseLeases, {}, call);
    return { header: toHeader(res.header), leases: res.leases.map((l) => toBigInt(l.ID)) };
  }

  /** Renews a lease once; LeaseNotFoundError when it does not exist (the server answers TTL 0). */
  async keepAliveOnce(id: bigint, call?: CallOptions): Promise<KeepAliveResult> {
    const deadline = Date.now() + (call?.timeoutMs ?? this.transport.commandTimeoutMs);
    const endpoint = await this.transport.connectAny();
    return new Promise((resolve, reject) => {
      const stream = this.transport.openBidi(endpoint, leaseService.LeaseKeepAlive);
      const timer = setTimeout(
        () => {
          stream.cancel();
        },
        Math.max(1, deadline - Date.now()),
      );
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stream.cancel();
        fn();
      };
      stream.on('data', (res: etcdserverpb.LeaseKeepAliveResponse) => {
        const result = toKeepAliveResult(res);
        if (result.ttl <= 0) {
          settle(() => {
            reject(
              new LeaseNotFoundError('etcdserver: requested lease not found', GrpcStatus.NOT_FOUND),
            );
          });
        } else {
          settle(() => {
            resolve(result);
          });
        }
      });
      stream.on('error', (err: Error) => {
        settle(() => {
          reject(this.transport.isClosed ? new ClientClosedError() : toEtcdError(err));
        });
      });
      stream.on('end', () => {
        settle(() => {
          reject(toEtcdError(new Error('keepalive stream ended without a response')));
        });
      });
      stream.write({ ID: fromBigInt(id) });
    });
  }

  /**
   * Keeps a lease alive until released, revoked, lost, or the client closes. The first renewal is
   * sent at once; `ttlSeconds` (if known, e.g. from grant) bounds how long the lease counts as
   * alive before the first answer. It renews `renewalsPerTtl` times per TTL (clientv3's pace, 3,
   * unless the holder must notice a missed renewal early).
   */
  keepAlive(id: bigint, ttlSeconds = 0, renewalsPerTtl = 3): KeepAlive {
    if (this.closed) throw new ClientClosedError();
    const lease = new KeepAlive(this, id, ttlSeconds, renewalsPerTtl);
    this.kept.add(lease);
    lease.schedule(0);
    return lease;
  }

  /** Called by KeepAlive when it stops. */
  forget(lease: KeepAlive): void {
    this.kept.delete(lease);
    if (this.kept.size === 0) this.dropStream();
  }

  /** Sends one keepalive for `lease`, opening the stream if needed. */
  send(lease: KeepAlive): void {
    if (this.stream) this.stream.write({ ID: fromBigInt(lease.id) });
    else this.dialer.dial();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const lease of [...this.kept]) lease.release();
    this.dropStream();
  }

  private dropStream(): void {
    const stream = this.stream;
    this.generation++;
    this.stream = undefined;
    if (stream) {
      stream.end();
      stream.cancel();
    }
  }

  private open(endpoint: string): void {
    const generation = ++this.generation;
    const stream = this.transport.openBidi(endpoint, leaseService.LeaseKeepAlive);
    this.stream = stream;
    stream.on('data', (res: etcdserverpb.LeaseKeepAliveResponse) => {
      if (generation !== this.generation) return;
      this.dialer.succeeded();
      const result = toKeepAliveResult(res);
      for (const lease of [...this.kept]) if (lease.id === result.id) lease.onResponse(result);
    });
    const down = (): void => {
      if (generation !== this.generation) return;
      this.generation++;
      this.stream = undefined;
      this.transport.pool.failover(endpoint);
      this.dialer.redialLater();
    };
    stream.on('error', down);
    stream.on('end', down);
    for (const lease of this.kept) stream.write({ ID: fromBigInt(lease.id) });
  }
}

function toKeepAliveResult(res: etcdserverpb.LeaseKeepAliveResponse): KeepAliveResult {
  return { header: toHeader(res.header), id: toBigInt(res.ID), ttl: toNumber(res.TTL) };
}
