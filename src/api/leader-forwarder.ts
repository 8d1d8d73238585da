// Lease renewals and time-to-live questions are the leader's to answer (only it runs the lease
// clocks). A follower forwards them to the leader's client URL, as etcd forwards them over its
// peer connection, through the one etcd client clusterd has.
import { EtcdClient, LeaseNotFoundError } from '../client/index.js';
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { Errors } from '../server/errors.js';
import { fromBigInt } from '../util/long.js';

export class LeaderForwarder {
  private client: EtcdClient | undefined;
  private clientLeader = 0n;

  constructor(
    private readonly server: EtcdServer,
    private readonly timeoutMs: number,
  ) {}

  private leaderClient(): EtcdClient {
    const leader = this.server.leaderId;
    if (leader === 0n) throw Errors.noLeader();
    if (this.client && this.clientLeader === leader) return this.client;
    const urls = this.server.members().find((m) => m.id === leader)?.clientUrls ?? [];
    if (urls.length === 0) throw Errors.noLeader();
    void this.client?.close();
    this.client = new EtcdClient({
      endpoints: urls,
      dialTimeoutMs: this.timeoutMs,
      commandTimeoutMs: this.timeoutMs,
    });
    this.clientLeader = leader;
    return this.client;
  }

  /** The TTL the leader renewed the lease to; 0 when it does not know the lease. */
  async renew(id: bigint): Promise<number> {
    try {
      return (await this.leaderClient().lease.keepAliveOnce(id)).ttl;
    } catch (err) {
      if (err instanceof LeaseNotFoundError) return 0;
      throw err;
    }
  }

  async timeToLive(id: bigint, keys: boolean): Promise<etcdserverpb.ILeaseTimeToLiveResponse> {
    const r = await this.leaderClient().lease.timeToLive(id, { keys });
    return {
      header: this.server.header(),
      ID: fromBigInt(id),
      TTL: r.ttl,
      grantedTTL: r.grantedTtl,
      keys: r.keys,
    };
  }

  async close(): Promise<void> {
    await this.client?.close();
    this.client = undefined;
  }
}
