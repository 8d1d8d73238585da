// The window of MsgApps a leader has sent to one follower in replicate state but not yet seen
// acknowledged. A full window pauses replication to that follower, which bounds both the memory a
// slow follower can pin and the bytes in flight on its connection.
interface InflightMessage {
  /** The last entry index the message carried. */
  readonly index: number;
  readonly bytes: number;
}

export class Inflights {
  private readonly maxMessages: number;
  /** 0 means unlimited. */
  private readonly maxBytes: number;
  private queue: InflightMessage[] = [];
  private totalBytes = 0;

  constructor(maxMessages: number, maxBytes: number) {
    this.maxMessages = maxMessages;
    this.maxBytes = maxBytes;
  }

  /** An independent copy, for configuration changes built on the side. */
  clone(): Inflights {
    const copy = new Inflights(this.maxMessages, this.maxBytes);
    copy.queue = [...this.queue];
    copy.totalBytes = this.totalBytes;
    return copy;
  }

  /** Records a message whose last entry is `index`; indexes must increase. */
  add(index: number, bytes: number): void {
    if (this.full()) throw new Error('cannot add into a full inflights window');
    const last = this.queue[this.queue.length - 1];
    if (last !== undefined && index <= last.index) {
      throw new Error(`inflight index ${index} is not above ${last.index}`);
    }
    this.queue.push({ index, bytes });
    this.totalBytes += bytes;
  }

  /** Frees every message whose last index is <= index: the follower acknowledged them. */
  freeLE(index: number): void {
    let n = 0;
    while (n < this.queue.length && this.queue[n]!.index <= index) {
      this.totalBytes -= this.queue[n]!.bytes;
      n++;
    }
    if (n > 0) this.queue = this.queue.slice(n);
  }

  /**
   * Frees the oldest message. A heartbeat response proves the follower is alive, so one more
   * message may go out even if acknowledgements were lost.
   */
  freeFirstOne(): void {
    const first = this.queue[0];
    if (first !== undefined) this.freeLE(first.index);
  }

  full(): boolean {
    return (
      this.queue.length >= this.maxMessages ||
      (this.maxBytes > 0 && this.totalBytes >= this.maxBytes)
    );
  }

  count(): number {
    return this.queue.length;
  }

  bytes(): number {
    return this.totalBytes;
  }

  reset(): void {
    this.queue = [];
    this.totalBytes = 0;
  }
}
