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
import { FRAME_PREFIX, PrefixedFrames } from '../util/prefixed-frames.js';

export const streamPreface = Buffer.from('clusterd-raft/1\n');

export const FrameKind = { Hello: 1, Batch: 2, Ping: 3, Answer: 4, Pong: 5 } as const;
export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind];

export interface Frame {
  kind: FrameKind;
  payload: Buffer;
}

/** A frame that breaks the protocol: the stream ends. */
export class StreamProtocolError extends Error {}

/** Writes one frame; false when the socket's buffer is full (wait for 'drain'). */
export function writeFrame(socket: Socket, kind: FrameKind, payload: Uint8Array): boolean {
  const header = Buffer.allocUnsafe(FRAME_PREFIX);
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
  private readonly frames: PrefixedFrames<StreamProtocolError>;

  constructor(maxPayloadBytes: number) {
    this.frames = new PrefixedFrames((kind, length) => {
      if (kind < FrameKind.Hello || kind > FrameKind.Pong)
        return new StreamProtocolError(`unknown frame kind ${kind}`);
      if (length > maxPayloadBytes) {
        return new StreamProtocolError(
          `frame of ${length} bytes exceeds the limit of ${maxPayloadBytes}`,
        );
      }
      return undefined;
    });
  }

  /** Adds bytes; returns the frames they complete. Throws StreamProtocolError on a bad prefix. */
  push(chunk: Buffer): Frame[] {
    const frames: Frame[] = [];
    const refused = this.frames.push(chunk, (kind, payload) => {
      frames.push({ kind: kind as FrameKind, payload });
    });
    if (refused !== undefined) throw refused;
    return frames;
  }
}
