// One leader among the machines through a key on a lease (etcd's concurrency.Election): a machine
// creates the key if it is absent, with its own lease; whoever holds the key leads until its lease
// is lost or it resigns. The others watch the key and try again when it is deleted. Every write
// the leader makes is guarded by `guard()`, so a leader that lost the key writes nothing.
import { compare, type Compare, type EtcdClient, type KeepAlive } from '../client/index.js';
import { Emitter, type Event } from '../client/event.js';
import { ClosingSignal, type Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';

const retryDelayMs = 1000;

export class LeaderElection implements Disposable {
  private lease: KeepAlive | undefined;
  private leading = false;
  private readonly closing = new ClosingSignal();
  private readonly changed = new Emitter<boolean>();
  private loop: Promise<void> | undefined;

  /** Fires true when this machine becomes the leader, false when it stops being it. */
  readonly onChange: Event<boolean> = this.changed.event;

  constructor(
    private readonly client: EtcdClient,
    private readonly key: string,
    private readonly candidateId: string,
    private readonly ttlSeconds: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  get isLeader(): boolean {
    return this.leading;
  }

  /** The compares that hold only while this machine leads. */
  guard(): Compare[] {
    if (!this.lease) return [compare.version(this.key, '<', 0)]; // never true
    return [
      compare.value(this.key, '==', this.candidateId),
      compare.lease(this.key, '==', this.lease.id),
    ];
  }

  private async run(): Promise<void> {
    while (!this.closing.isClosed()) {
      try {
        await this.campaignOnce();
      } catch (err) {
        if (!this.closing.isClosed())
          this.logger.warn('fleet: leader election failed, trying again', { err });
      }
      if (this.closing.isClosed()) return; // dispose() resigns with the lease
      this.setLeading(false);
      this.lease?.release();
      this.lease = undefined;
      await this.closing.sleep(retryDelayMs);
    }
  }

  private async campaignOnce(): Promise<void> {
    const granted = await this.closing.race(this.client.lease.grant(this.ttlSeconds));
    if (!granted) return;
    const lease = this.client.lease.keepAlive(granted.id, granted.ttl);
    this.lease = lease;
    for (;;) {
      const res = await this.closing.race(
        this.client.kv.txn({
          compare: [compare.version(this.key, '==', 0)],
          success: [
            { type: 'put', key: this.key, value: this.candidateId, options: { lease: lease.id } },
          ],
        }),
      );
      if (!res) return;
      if (res.succeeded) {
        this.setLeading(true);
        await this.closing.race(lease.whenLost());
        if (lease.isLost) this.logger.warn('fleet: engine leadership lost with its lease');
        return;
      }
      // Someone leads: wait until the key goes, then try again.
      const creating = this.client.watch.watch(this.key, {
        startRevision: res.header.revision + 1,
        noPut: true,
      });
      const watcher = await this.closing.race(creating);
      if (!watcher) {
        void creating.then((w) => w.cancel()).catch(() => undefined);
        return;
      }
      try {
        await this.closing.race(
          (async () => {
            for await (const batch of watcher) if (batch.events.length > 0) return;
          })(),
        );
      } finally {
        await watcher.cancel();
      }
      if (this.closing.isClosed()) return;
      if (lease.isLost) throw new Error('engine election lease lost');
    }
  }

  private setLeading(leading: boolean): void {
    if (this.leading === leading) return;
    this.leading = leading;
    this.logger.info(leading ? 'fleet: leading the engine' : 'fleet: no longer leading the engine');
    this.changed.fire(leading);
  }

  /** Stops campaigning; a leader resigns (its key is deleted with its lease, at once). */
  async dispose(): Promise<void> {
    this.closing.close();
    await this.loop;
    this.setLeading(false);
    const lease = this.lease;
    this.lease = undefined;
    await lease?.revoke().catch(() => undefined);
    this.changed.clear();
  }
}
