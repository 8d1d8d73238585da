// Frames of a one-octet tag, a 4-byte big-endian length and that many bytes, cut from a byte
// stream that arrives in chunks of any size: gRPC's length-prefixed messages (the tag is the
// compressed flag) and the Raft message stream's frames (the tag is the frame's kind).

export const FRAME_PREFIX = 5;

export class PrefixedFrames<Refusal> {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  /** The tag and length of the frame being read, once its prefix is in. */
  private tag = 0;
  private length = -1;

  /**
   * `check` sees each frame's prefix before its body arrives; what it returns (a refusal) stops
   * the reading and is handed back by push().
   */
  constructor(private readonly check: (tag: number, length: number) => Refusal | undefined) {}

  /** Whether part of a frame is still expected (an end of stream here is malformed). */
  get partial(): boolean {
    return this.buffered > 0 || this.length >= 0;
  }

  /**
   * Feeds one chunk; calls `onFrame` for each whole frame, in order. A frame that arrives in one
   * chunk is a slice of it, not a copy.
   */
  push(chunk: Buffer, onFrame: (tag: number, body: Buffer) => void): Refusal | undefined {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.length < 0) {
        if (this.buffered < FRAME_PREFIX) return undefined;
        const prefix = this.take(FRAME_PREFIX);
        const tag = prefix[0]!;
        const length = prefix.readUInt32BE(1);
        const refused = this.check(tag, length);
        if (refused !== undefined) return refused;
        this.tag = tag;
        this.length = length;
      }
      if (this.buffered < this.length) return undefined;
      const body = this.take(this.length);
      this.length = -1;
      onFrame(this.tag, body);
    }
  }

  private take(n: number): Buffer {
    this.buffered -= n;
    const first = this.chunks[0];
    if (first === undefined || n === 0) return Buffer.alloc(0);
    if (first.length > n) {
      this.chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    if (first.length === n) {
      this.chunks.shift();
      return first;
    }
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n) {
      const chunk = this.chunks[0]!;
      const used = Math.min(chunk.length, n - at);
      chunk.copy(out, at, 0, used);
      at += used;
      if (used === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(used);
    }
    return out;
  }
}
