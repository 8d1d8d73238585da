// Opens a client's long-lived stream (Watch, LeaseKeepAlive) on any endpoint that answers, and
// again after it breaks, with a growing backoff between tries, for as long as its owner wants one.
// The owner keeps the stream itself; this only decides when to call its `open`.
import { backoffMs } from './retry.js';
import type { Transport } from './transport.js';

export class StreamDialer {
  private dialing = false;
  private failures = 0;

  constructor(
    private readonly transport: Transport,
    private readonly maxBackoffMs: number,
    /** Whether a stream is needed now: something to serve, the owner open, no stream open. */
    private readonly wanted: () => boolean,
    private readonly open: (endpoint: string) => void,
  ) {}

  /** Opens a stream as soon as an endpoint answers, unless one is on its way or not wanted. */
  dial(): void {
    if (this.dialing || !this.wanted()) return;
    this.dialing = true;
    void this.dialLoop().finally(() => {
      this.dialing = false;
    });
  }

  /** The stream broke: dial again after the backoff. */
  redialLater(): void {
    this.transport
      .delay(this.nextBackoffMs())
      .then(() => {
        this.dial();
      })
      .catch(() => undefined); // the client closed
  }

  /** The stream answered: the next failure backs off from the start. */
  succeeded(): void {
    this.failures = 0;
  }

  private nextBackoffMs(): number {
    return backoffMs(this.failures++, 100, this.maxBackoffMs);
  }

  private async dialLoop(): Promise<void> {
    while (this.wanted()) {
      try {
        const endpoint = await this.transport.connectAny();
        if (this.transport.isClosed || !this.wanted()) return;
        this.open(endpoint);
        return;
      } catch {
        if (this.transport.isClosed) return;
        try {
          await this.transport.delay(this.nextBackoffMs());
        } catch {
          return; // the client closed
        }
      }
    }
  }
}
