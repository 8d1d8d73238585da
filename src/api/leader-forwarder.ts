// Lease renewals and time-to-live questions are the leader's to answer (only it runs the lease
// clocks). A follower forwards them to the leader's peer URL, as etcd forwards them over its peer
// connection (leasehttp), through the one etcd client clusterd has: members reach each other's
// peer ports with their peer certificates, whatever the client ports ask of clients (client
// certificates of another CA, an allowed CN) and whether or not auth is on (neither call is
// checked).
import {
  ClientClosedError,
  type ClientTransportTls,
  DeadlineExceededError,
  EtcdClient,
  LeaseNotFoundError,
  UnavailableError,
} from '../client/index.js';
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { Errors } from '../server/errors.js';
import { fromBigInt } from '../util/long.js';

export class LeaderForwarder {
  private client: EtcdClient | undefined;
  private clientLeader = 0n;
  private closed = false;

  /** `peerTls`: how this member dials other members' peer URLs (its peer certificate). */
  constructor(
    private readonly server: EtcdServer,
    private readonly timeoutMs: number,
    private readonly peerTls?: ClientTransportTls,
  ) {}

  private leaderClient(): EtcdClient {
    // Closed: a retry must not open a client that nobody would close (its connection would keep
    // the stopped process alive).
    if (this.closed) throw Errors.stopped();
    const leader = this.server.leaderId;
    if (leader === 0n) throw Errors.noLeader();
    if (this.client && this.clientLeader === leader) return this.client;
    const urls = this.server.members().find((m) => m.id === leader)?.peerUrls ?? [];
    if (urls.length === 0) throw Errors.noLeader();
    void this.client?.close();
    this.client = new EtcdClient({
      endpoints: urls,
      dialTimeoutMs: this.timeoutMs,
      commandTimeoutMs: this.timeoutMs,
      ...(this.peerTls !== undefined && { tls: this.peerTls }),
    });
    this.clientLeader = leader;
    return this.client;
  }

  /**
   * Runs `remote` against the leader, following leader changes until the timeout, as etcd's
   * follower waits for a leader and retries it: a call to a leader that died must not hold the
   * request (and the keep-alive stream behind it) until the timeout. If this member becomes the
   * leader meanwhile, `local` answers.
   */
  private async onLeader<T>(
    local: () => T,
    remote: (client: EtcdClient, timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      if (this.closed) throw Errors.stopped();
      if (this.server.isLeader) return local();
      const leader = this.server.leaderId;
      let failure: unknown = Errors.noLeader();
      if (leader !== 0n) {
        let poll: NodeJS.Timeout | undefined;
        const changed = new Promise<never>((_, reject) => {
          poll = setInterval(() => {
            if (this.server.leaderId !== leader) reject(Errors.leaderChanged());
          }, 25);
        });
        try {
          return await Promise.race([
            remote(this.leaderClient(), Math.max(1, deadline - Date.now())),
            changed,
          ]);
        } catch (err) {
          const retry =
            err instanceof UnavailableError ||
            err instanceof DeadlineExceededError ||
            err instanceof ClientClosedError ||
            (err instanceof Error && err.message === Errors.leaderChanged().message);
          if (!retry) throw err;
          failure = err;
        } finally {
          clearInterval(poll);
        }
      }
      if (Date.now() + 25 >= deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** The TTL the leader renewed the lease to; 0 when it does not know the lease. */
  async renew(id: bigint): Promise<number> {
    return this.onLeader(
      () => this.server.leaseRenew(id),
      async (client, timeoutMs) => {
        try {
          return (await client.lease.keepAliveOnce(id, { timeoutMs })).ttl;
        } catch (err) {
          if (err instanceof LeaseNotFoundError) return 0;
          throw err;
        }
      },
    );
  }

  async timeToLive(id: bigint, keys: boolean): Promise<etcdserverpb.ILeaseTimeToLiveResponse> {
    const r = await this.onLeader(
      () => undefined,
      (client, timeoutMs) => client.lease.timeToLive(id, { keys }, { timeoutMs }),
    );
    if (!r) return this.server.leaseTimeToLive(id, keys);
    return {
      header: this.server.header(),
      ID: fromBigInt(id),
      TTL: r.ttl,
      grantedTTL: r.grantedTtl,
      keys: r.keys,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.close();
    this.client = undefined;
  }
}
