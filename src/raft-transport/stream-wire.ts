// The Raft message stream's wire: a protocol of its own on a plain (or TLS) socket to the peer
// port, beside gRPC. The stream carries every append, vote and acknowledgement, four hops of them
// per write a follower takes, and node:http2 writes a frame only when the event loop next turns:
// a hop cost whatever work the sender did after it, where a socket's write() reaches the kernel at
// once. The dialer opens with a preface that HTTP/2's cannot be mistaken for, so the peer port
// tells the two apart by their first bytes.
//
// After the preface both sides send frames: a kind (one octet), the payload's length (four, big
// endian) and the payload.
//   dialer → server: Hello (a HelloRequest), then Batch (a RaftMessageBatch) and Ping (empty)
//   server → dialer: Answer (a HelloResponse: accepted, or refused at the start or later), Pong
import type { Socket } from 'node:net';
import { clusterdpb } from '../gen/etcd.js';

export const streamPreface = Buffer.from('clusterd-raft/1\n');

export const FrameKind = { Hello: 1, Batch: 2, Ping: 3, Answer: 4, Pong: 5 } as const;
export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind];

export interface Frame {
  kind: FrameKind;
  payload: Buffer;
}

const headerBytes = 5;
const emptyPayload = Buffer.alloc(0);

/** A frame that breaks the protocol: the stream ends. */
export class StreamProtocolError extends Error {}

/** Writes one frame; false when the socket's buffer is full (wait for 'drain'). */
export function writeFrame(socket: Socket, kind: FrameKind, payload: Uint8Array): boolean {
  const header = Buffer.allocUnsafe(headerBytes);
  header[0] = kind;
  header.writeUInt32BE(payload.length, 1);
  if (payload.length === 0) return socket.write(header);
  // One writev for both: uncork() writes at once, as write() does.
  socket.cork();
  socket.write(header);
  const more = socket.write(payload);
  socket.uncork();
  return more;
}

export function encodeHello(hello: clusterdpb.IHelloRequest): Uint8Array {
  return clusterdpb.HelloRequest.encode(hello).finish();
}

export function encodeAnswer(answer: clusterdpb.IHelloResponse): Uint8Array {
  return clusterdpb.HelloResponse.encode(answer).finish();
}

/** Cuts the bytes a socket delivers into frames. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The kind and length of the frame whose payload is awaited, once its header is read. */
  private pending: { kind: FrameKind; length: number } | undefined;

  constructor(private readonly maxPayloadBytes: number) {}

  /** Adds bytes; returns the frames they complete. Throws StreamProtocolError on a bad header. */
  push(chunk: Buffer): Frame[] {
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    const frames: Frame[] = [];
    for (;;) {
      if (this.pending === undefined) {
        if (this.buffered < headerBytes) break;
        const header = this.take(headerBytes);
        const kind = header[0]!;
        const length = header.readUInt32BE(1);
        if (kind < FrameKind.Hello || kind > FrameKind.Pong)
          throw new StreamProtocolError(`unknown frame kind ${kind}`);
        if (length > this.maxPayloadBytes) {
          throw new StreamProtocolError(
            `frame of ${length} bytes exceeds the limit of ${this.maxPayloadBytes}`,
          );
        }
        this.pending = { kind: kind as FrameKind, length };
      }
      if (this.buffered < this.pending.length) break;
      frames.push({ kind: this.pending.kind, payload: this.take(this.pending.length) });
      this.pending = undefined;
    }
    return frames;
  }

  private take(n: number): Buffer {
    if (n === 0) return emptyPayload;
    const first = this.chunks[0]!;
    let out: Buffer;
    if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
    } else {
      // Joined once, when the whole frame is there, not at every chunk.
      const all = Buffer.concat(this.chunks, this.buffered);
      out = all.subarray(0, n);
      this.chunks = all.length > n ? [all.subarray(n)] : [];
    }
    this.buffered -= n;
    return out;
  }
}
