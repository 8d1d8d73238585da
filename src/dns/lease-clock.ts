// How long each lease that holds a record has left, known without asking the store per query.
// The first key seen on a lease asks its time to live once; the answer, counted from the moment
// the question was sent, gives a time of expiry that can only be early (a renewal moves it
// later, never earlier). Half-way to that expiry the lease is asked again, so a record whose
// owner keeps the lease alive keeps a TTL near the lease's, at one question per lease per half
// TTL, whatever the query rate. A lease the store reports gone has 0 s left; its keys are deleted
// by the store and leave the view by the watch.
import { ClosingSignal, type Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';

/** The store's answer to LeaseTimeToLive: seconds left, -1 when the lease does not exist. */
export type AskTimeToLive = (lease: bigint) => Promise<{ ttl: number }>;

interface LeaseEntry {
  /** Keys in the view on this lease. */
  holders: number;
  /** When the lease runs out at the earliest (ms since epoch); undefined until first asked. */
  expiresAtMs: number | undefined;
  /** When to ask again. */
  askAtMs: number;
  asking: boolean;
}

const sweepIntervalMs = 250;
/** The soonest a lease is asked again, and the wait after a failed question. */
const minAskIntervalMs = 1000;
/** Questions in flight at once, so a relist of many leases does not flood the store. */
const maxConcurrentAsks = 16;

export class LeaseClock implements Disposable {
  private readonly leases = new Map<bigint, LeaseEntry>();
  private readonly closing = new ClosingSignal();
  private readonly sweeper: NodeJS.Timeout;
  private asking = 0;

  constructor(
    private readonly ask: AskTimeToLive,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => {
      this.sweep();
    }, sweepIntervalMs);
  }

  /** A key on `lease` entered the view. */
  hold(lease: bigint): void {
    const entry = this.leases.get(lease);
    if (entry) {
      entry.holders++;
      return;
    }
    this.leases.set(lease, { holders: 1, expiresAtMs: undefined, askAtMs: 0, asking: false });
    this.sweep();
  }

  /** A key on `lease` left the view (deleted, or put again on another lease). */
  release(lease: bigint): void {
    const entry = this.leases.get(lease);
    if (!entry) return;
    if (--entry.holders <= 0) this.leases.delete(lease);
  }

  /** Whole seconds the lease has left at least; undefined while its first answer is awaited. */
  remainingSeconds(lease: bigint): number | undefined {
    const expiresAt = this.leases.get(lease)?.expiresAtMs;
    if (expiresAt === undefined) return undefined;
    return Math.max(0, Math.floor((expiresAt - this.now()) / 1000));
  }

  get size(): number {
    return this.leases.size;
  }

  private sweep(): void {
    if (this.closing.isClosed()) return;
    const now = this.now();
    for (const [lease, entry] of this.leases) {
      if (this.asking >= maxConcurrentAsks) return;
      if (!entry.asking && entry.askAtMs <= now) void this.refresh(lease, entry);
    }
  }

  private async refresh(lease: bigint, entry: LeaseEntry): Promise<void> {
    entry.asking = true;
    this.asking++;
    const askedAt = this.now();
    try {
      const answer = await this.closing.race(this.ask(lease));
      if (answer === undefined) return;
      if (answer.ttl < 0) {
        entry.expiresAtMs = askedAt;
        entry.askAtMs = Infinity;
      } else {
        entry.expiresAtMs = askedAt + answer.ttl * 1000;
        entry.askAtMs = askedAt + Math.max(minAskIntervalMs, (answer.ttl * 1000) / 2);
      }
    } catch (err) {
      if (this.closing.isClosed()) return;
      this.logger.debug('dns: lease time-to-live unknown, asking again', {
        lease: lease.toString(16),
        err,
      });
      entry.askAtMs = this.now() + minAskIntervalMs;
    } finally {
      entry.asking = false;
      this.asking--;
    }
  }

  dispose(): void {
    this.closing.close();
    clearInterval(this.sweeper);
    this.leases.clear();
  }
}
