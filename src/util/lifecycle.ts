// Ownership of everything that lives: each component registers what its start created (timers,
// sockets, streams, child processes) with one DisposableStore and `close()` disposes it in reverse.
export interface Disposable {
  dispose(): void | Promise<void>;
}

export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  add<T extends Disposable>(item: T): T {
    if (this.disposed) {
      void item.dispose();
      return item;
    }
    this.items.push(item);
    return item;
  }

  /** Registers a cleanup function. */
  defer(fn: () => void | Promise<void>): void {
    this.add({ dispose: fn });
  }

  /** An interval owned by this store. */
  interval(fn: () => void, ms: number): NodeJS.Timeout {
    const handle = setInterval(fn, ms);
    this.defer(() => {
      clearInterval(handle);
    });
    return handle;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const errors: unknown[] = [];
    for (const item of this.items.reverse()) {
      try {
        await item.dispose();
      } catch (err) {
        errors.push(err);
      }
    }
    this.items.length = 0;
    if (errors.length > 0) throw new AggregateError(errors, 'errors while closing');
  }
}

/**
 * The closing of a component, for its long waits: `race` and `sleep` end as soon as `close()` is
 * called, so a shutdown never waits for a watch that is never created or a retry delay. A wait
 * that ends on its own unregisters, so a component that retries for days holds nothing per retry.
 */
export class ClosingSignal {
  private closed = false;
  private readonly waiters = new Set<() => void>();

  isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** `p`'s value, or undefined when closed first (a rejection of `p` still rejects). */
  race<T>(p: Promise<T>): Promise<T | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const wake = (): void => {
        resolve(undefined);
      };
      this.waiters.add(wake);
      p.then(resolve, reject).finally(() => this.waiters.delete(wake));
    });
  }

  /** Resolves after `ms`, or at close (the timer then cleared, so it holds no process open). */
  sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiters.add(wake);
    });
  }
}
