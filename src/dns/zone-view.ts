// The zone as this machine answers it: every key under /skydns/ in memory, kept current by one
// list-then-watch (the informer: the client resumes its watch from the last revision after a
// reconnect, and the informer lists again if a compaction passed it), so no query waits on the
// store. Keys become services in a ZoneTree; /skydns/config becomes the settings; leases become
// remaining times in a LeaseClock. Until the first list, nothing is answered from it.
import type { EtcdClient } from '../client/index.js';
import { Informer, type KeyChange } from '../client/informer.js';
import type { Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { type DnsFlags, type DnsSettings, dnsSettings } from './config.js';
import { LeaseClock } from './lease-clock.js';
import { configKey, parseService, skydnsPrefix } from './records.js';
import { type ZoneReader, ZoneTree } from './zone-tree.js';

/** What the server reads from the view on each query. */
export interface ZoneSource {
  /** false until the first list: the zone is not known yet. */
  readonly isSynced: boolean;
  readonly reader: ZoneReader;
  readonly settings: DnsSettings;
  leaseRemaining(lease: bigint): number | undefined;
}

export class ZoneView implements ZoneSource, Disposable {
  private readonly tree = new ZoneTree();
  private readonly informer: Informer;
  private readonly leases: LeaseClock;
  private current: DnsSettings;

  constructor(
    client: EtcdClient,
    private readonly flags: DnsFlags,
    private readonly logger: Logger,
  ) {
    this.current = dnsSettings(flags, undefined, logger);
    this.informer = new Informer(client, skydnsPrefix, logger);
    this.informer.onChange((change) => {
      this.apply(change);
    });
    this.leases = new LeaseClock((lease) => client.lease.timeToLive(lease), logger);
  }

  /** Starts following the store; the view answers once the first list is in. */
  start(): void {
    this.informer.start().catch((err: unknown) => {
      this.logger.error('dns: cannot follow the records in the store', { err });
    });
  }

  get isSynced(): boolean {
    return this.informer.isSynced;
  }

  get reader(): ZoneReader {
    return this.tree;
  }

  get settings(): DnsSettings {
    return this.current;
  }

  /** The store revision the zone reflects. */
  get revision(): number {
    return this.informer.revision;
  }

  leaseRemaining(lease: bigint): number | undefined {
    return this.leases.remainingSeconds(lease);
  }

  private apply({ key, entry }: KeyChange): void {
    if (key === configKey) {
      this.current = dnsSettings(this.flags, this.parseConfig(entry?.value), this.logger);
      return;
    }
    const old = this.tree.get(key);
    if (old) {
      this.tree.delete(key);
      if (old.lease !== 0n) this.leases.release(old.lease);
    }
    if (!entry) return;
    const service = parseService(key, entry.value, entry.lease, this.logger);
    if (!service) return;
    this.tree.set(service);
    if (service.lease !== 0n) this.leases.hold(service.lease);
  }

  private parseConfig(value: string | undefined): unknown {
    if (value === undefined) return undefined;
    try {
      const config: unknown = JSON.parse(value);
      if (typeof config === 'object' && config !== null && !Array.isArray(config)) return config;
    } catch {
      // reported below
    }
    this.logger.warn(`dns: ${configKey} is not a JSON object; the flags apply`);
    return undefined;
  }

  async dispose(): Promise<void> {
    await this.informer.dispose();
    this.leases.dispose();
    this.tree.clear();
  }
}
