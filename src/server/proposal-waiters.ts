// The proposers waiting for their entries to be applied, each for at most the request timeout.
// Every proposal gets the same timeout, so the map (in insertion order) is also in deadline order
// and one timer, armed for the oldest deadline, serves them all: a setTimeout per proposal cost a
// timer object and two timer-list operations on every put.

export interface ProposalWaiter {
  resolve(result: unknown): void;
  reject(err: unknown): void;
}

interface Waiting {
  readonly waiter: ProposalWaiter;
  readonly deadline: number;
}

export class ProposalWaiters {
  private readonly waiting = new Map<bigint, Waiting>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly timeoutMs: number,
    /** Called for each proposer whose time ran out; it is then rejected with what this returns. */
    private readonly timedOut: () => Error,
  ) {}

  get size(): number {
    return this.waiting.size;
  }

  add(id: bigint, waiter: ProposalWaiter): void {
    this.waiting.set(id, { waiter, deadline: performance.now() + this.timeoutMs });
    this.timer ??= setTimeout(() => {
      this.expire();
    }, this.timeoutMs);
  }

  /** The waiter of `id`, no longer waiting; undefined if it is not (another member's, timed out). */
  take(id: bigint): ProposalWaiter | undefined {
    const waiting = this.waiting.get(id);
    if (!waiting) return undefined;
    this.waiting.delete(id);
    return waiting.waiter;
  }

  rejectAll(err: Error): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const { waiter } of all) waiter.reject(err);
  }

  private expire(): void {
    this.timer = undefined;
    const now = performance.now();
    for (const [id, { waiter, deadline }] of this.waiting) {
      if (deadline > now) {
        this.timer = setTimeout(
          () => {
            this.expire();
          },
          Math.ceil(deadline - now),
        );
        return;
      }
      this.waiting.delete(id);
      waiter.reject(this.timedOut());
    }
  }
}
