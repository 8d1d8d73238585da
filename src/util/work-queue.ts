// A rate-limited work queue of keys, as client-go's workqueue: a key is queued at most once,
// handed to one worker at a time (a key added while it is being worked on runs again after), and
// a key whose work failed comes back after a per-key exponential backoff. Reconcilers put unit
// names in it; watches and resyncs only add keys.
import type { Disposable } from './lifecycle.js';
import type { Logger } from './log.js';

export interface WorkQueueOptions {
  /** Backoff of a key's first failure; doubled per failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Keys worked on at once. */
  concurrency: number;
}

/** What a worker says about a key: done, or come back after this long (a requeue, not a failure). */
export type WorkResult = { requeueAfterMs?: number } | undefined;

export class WorkQueue implements Disposable {
  /** Keys waiting, in the order they were added (a Set keeps insertion order). */
  private readonly queued = new Set<string>();
  private readonly active = new Map<string, Promise<void>>();
  /** Keys added while being worked on: they run once more afterwards. */
  private readonly dirty = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly delayed = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly work: (key: string) => Promise<WorkResult>,
    private readonly options: WorkQueueOptions,
    private readonly logger: Logger,
  ) {}

  add(key: string): void {
    if (this.closed) return;
    if (this.active.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.queued.has(key)) return;
    const timer = this.delayed.get(key);
    if (timer) {
      clearTimeout(timer);
      this.delayed.delete(key);
    }
    this.queued.add(key);
    this.pump();
  }

  /** Adds `key` after `ms`, unless it is added sooner. */
  addAfter(key: string, ms: number): void {
    if (this.closed || this.queued.has(key) || this.delayed.has(key)) return;
    this.delayed.set(
      key,
      setTimeout(() => {
        this.delayed.delete(key);
        this.add(key);
      }, ms),
    );
  }

  private pump(): void {
    for (const key of this.queued) {
      if (this.closed || this.active.size >= this.options.concurrency) return;
      this.queued.delete(key);
      this.active.set(key, this.runOne(key));
    }
  }

  private async runOne(key: string): Promise<void> {
    // Started from pump(): the first await keeps active.set() ahead of the delete below.
    await Promise.resolve();
    let retryAfter: number | undefined;
    try {
      const result = await this.work(key);
      this.failures.delete(key);
      retryAfter = result?.requeueAfterMs;
    } catch (err) {
      const n = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, n);
      retryAfter = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (n - 1));
      this.logger.warn('reconcile failed, retrying', { key, retryAfterMs: retryAfter, err });
    }
    this.active.delete(key);
    if (this.dirty.delete(key)) this.add(key);
    else if (retryAfter !== undefined) this.addAfter(key, retryAfter);
    this.pump();
  }

  /** Drops what is queued and waits for the work under way. */
  async dispose(): Promise<void> {
    this.closed = true;
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.queued.clear();
    await Promise.all(this.active.values());
  }
}
