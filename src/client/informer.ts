// A local cache of every key under a prefix, kept current by a watch: the informer of
// Kubernetes' client-go. It lists the prefix, then watches from the revision after the list;
// when the watch ends (a compaction passed it, the client lost every endpoint) it lists again and
// reports each key that changed meanwhile, so a reconciler sees every difference once. Watches
// only fill the cache and report keys; what to do is the reconciler's business.
import { ClientClosedError, CompactedError, type EtcdClient, type KeyValue } from './index.js';
import { Emitter, type Event } from './event.js';
import { ClosingSignal, type Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';

export interface CachedEntry {
  value: string;
  modRevision: number;
  lease: bigint;
}

export interface KeyChange {
  key: string;
  /** undefined: the key was deleted. */
  entry: CachedEntry | undefined;
}

const relistDelayMs = 500;

export class Informer implements Disposable {
  private readonly cache = new Map<string, CachedEntry>();
  private readonly changed = new Emitter<KeyChange>();
  private readonly syncedEmitter = new Emitter<void>();
  private synced = false;
  private readonly closing = new ClosingSignal();
  private seenRevision = 0;
  private cancelWatch: (() => Promise<void>) | undefined;
  private loop: Promise<void> | undefined;

  /** Every key that changed, after the cache took the change. */
  readonly onChange: Event<KeyChange> = this.changed.event;
  /** After every (re)list: a reconciler may want to look at everything again. */
  readonly onSynced: Event<void> = this.syncedEmitter.event;

  constructor(
    private readonly client: EtcdClient,
    readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Starts the list-and-watch loop; resolves after the first list (the cache is then warm), or
   * when the informer is disposed before it got one.
   */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const first = this.syncedEmitter.event(() => {
        void first.dispose();
        resolve();
      });
      this.loop = this.run().then(
        () => {
          void first.dispose();
          resolve();
        },
        (err: unknown) => {
          void first.dispose();
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  get isSynced(): boolean {
    return this.synced;
  }

  /** The store revision the cache reflects: every change up to it has been taken. */
  get revision(): number {
    return this.seenRevision;
  }

  get(key: string): CachedEntry | undefined {
    return this.cache.get(key);
  }

  /** Cached entries whose key starts with `prefix` (the whole cache by default). */
  *entries(prefix = this.prefix): Generator<[string, CachedEntry]> {
    for (const entry of this.cache) if (entry[0].startsWith(prefix)) yield entry;
  }

  private async run(): Promise<void> {
    while (!this.closing.isClosed()) {
      try {
        const revision = await this.list();
        if (revision !== undefined) await this.watch(revision + 1);
      } catch (err) {
        if (this.closing.isClosed() || err instanceof ClientClosedError) return;
        if (!(err instanceof CompactedError))
          this.logger.warn('watch failed, listing again', { prefix: this.prefix, err });
      }
      await this.closing.sleep(relistDelayMs);
    }
  }

  /** Lists the prefix into the cache; the revision listed, or undefined when closed meanwhile. */
  private async list(): Promise<number | undefined> {
    const res = await this.closing.race(this.client.kv.get(this.prefix, { prefix: true }));
    if (!res || this.closing.isClosed()) return undefined;
    const fresh = new Map<string, CachedEntry>();
    for (const kv of res.kvs) fresh.set(kv.key.toString('utf8'), entryOf(kv));
    const changes: KeyChange[] = [];
    for (const [key, old] of this.cache) {
      if (!fresh.has(key)) changes.push({ key, entry: undefined });
      else if (fresh.get(key)!.modRevision !== old.modRevision)
        changes.push({ key, entry: fresh.get(key) });
    }
    for (const [key, entry] of fresh) if (!this.cache.has(key)) changes.push({ key, entry });
    this.cache.clear();
    for (const [key, entry] of fresh) this.cache.set(key, entry);
    this.synced = true;
    this.seenRevision = res.header.revision;
    for (const change of changes) this.changed.fire(change);
    this.syncedEmitter.fire();
    return res.header.revision;
  }

  private async watch(startRevision: number): Promise<void> {
    const creating = this.client.watch.watch(this.prefix, { prefix: true, startRevision });
    const watcher = await this.closing.race(creating);
    if (!watcher) {
      void creating.then((w) => w.cancel()).catch(() => undefined);
      return;
    }
    this.cancelWatch = () => watcher.cancel();
    if (this.closing.isClosed()) await watcher.cancel();
    try {
      for await (const batch of watcher) {
        this.seenRevision = Math.max(this.seenRevision, batch.header.revision);
        for (const event of batch.events) {
          const key = event.kv.key.toString('utf8');
          if (event.type === 'delete') {
            this.cache.delete(key);
            this.changed.fire({ key, entry: undefined });
          } else {
            const entry = entryOf(event.kv);
            this.cache.set(key, entry);
            this.changed.fire({ key, entry });
          }
        }
      }
    } finally {
      this.cancelWatch = undefined;
    }
  }

  async dispose(): Promise<void> {
    this.closing.close();
    await this.cancelWatch?.();
    await this.loop;
    this.changed.clear();
    this.syncedEmitter.clear();
  }
}

function entryOf(kv: KeyValue): CachedEntry {
  return { value: kv.value.toString('utf8'), modRevision: kv.modRevision, lease: kv.lease };
}
