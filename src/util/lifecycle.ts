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
 * called, so a shutdown never waits for a watch that is never created or a retry delay.
 */
export class ClosingSignal {
  private resolveClosed!: () => void;
  private closedValue = false;
  private readonly closedPromise = new Promise<void>((resolve) => {
    this.resolveClosed = resolve;
  });

  isClosed(): boolean {
    return this.closedValue;
  }

  close(): void {
    this.closedValue = true;
    this.resolveClosed();
  }

  /** `p`'s value, or undefined when closed first (a rejection of `p` still rejects). */
  race<T>(p: Promise<T>): Promise<T | undefined> {
    return Promise.race([p, this.closedPromise.then(() => undefined)]);
  }

  /** Resolves after `ms`, or at close. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      void this.closedPromise.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
