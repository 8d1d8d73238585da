// Exponential backoff with jitter for redialing a peer: each failure doubles the wait up to a
// ceiling, a success starts over. Jitter keeps members that lost each other at once from
// redialing in lockstep.
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** The fraction of the wait drawn at random, 0..1 (0.2: the wait is 80%..100% of nominal). */
  jitter?: number;
  random?: () => number;
}

export class Backoff {
  private attempt = 0;

  constructor(private readonly options: BackoffOptions) {}

  /** The wait before the next attempt, and counts the failure. */
  next(): number {
    const { initialMs, maxMs, jitter = 0.2, random = Math.random } = this.options;
    const nominal = Math.min(maxMs, initialMs * 2 ** Math.min(this.attempt, 30));
    this.attempt++;
    return Math.round(nominal * (1 - jitter * random()));
  }

  reset(): void {
    this.attempt = 0;
  }

  get failures(): number {
    return this.attempt;
  }
}
