// gRPC over HTTP/2 at the byte level, the client's side, for the load generator: the frames of a
// unary call encoded once and copied per request with only the stream id and the key changed, and
// an incremental reader of the server's frames. A gRPC request is a POST of
// `/package.Service/Method` with `content-type: application/grpc` and `te: trailers`, whose body is
// one message: a flag octet (0, uncompressed), its length as 4 octets big-endian, the protobuf.
import { encodeInteger, encodeString } from '../../src/api/h2-hpack.js';

export const CLIENT_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
export const FRAME_HEADER_BYTES = 9;
/** The frame size every peer accepts (SETTINGS_MAX_FRAME_SIZE's initial value). */
export const DEFAULT_MAX_FRAME_BYTES = 16_384;
/** The flow-control window both sides start with (RFC 9113 §6.9.2). */
export const DEFAULT_WINDOW_BYTES = 65_535;
export const MAX_WINDOW_BYTES = 2 ** 31 - 1;
export const GRPC_MESSAGE_PREFIX_BYTES = 5;

export const FrameType = {
  data: 0x0,
  headers: 0x1,
  priority: 0x2,
  rstStream: 0x3,
  settings: 0x4,
  pushPromise: 0x5,
  ping: 0x6,
  goaway: 0x7,
  windowUpdate: 0x8,
  continuation: 0x9,
} as const;

export const Flag = {
  endStream: 0x1,
  ack: 0x1,
  endHeaders: 0x4,
  padded: 0x8,
  priority: 0x20,
} as const;

export const Setting = {
  headerTableSize: 0x1,
  enablePush: 0x2,
  maxConcurrentStreams: 0x3,
  initialWindowSize: 0x4,
  maxFrameSize: 0x5,
} as const;

/** RST_STREAM and GOAWAY error codes used here. */
export const H2Error = { noError: 0x0, cancel: 0x8, refusedStream: 0x7 } as const;

export function frame(type: number, flags: number, streamId: number, payload: Buffer): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  out.writeUIntBE(payload.length, 0, 3);
  out[3] = type;
  out[4] = flags;
  out.writeUInt32BE(streamId, 5);
  payload.copy(out, FRAME_HEADER_BYTES);
  return out;
}

export function settingsFrame(settings: readonly (readonly [id: number, value: number])[]): Buffer {
  const payload = Buffer.alloc(6 * settings.length);
  settings.forEach(([id, value], i) => {
    payload.writeUInt16BE(id, 6 * i);
    payload.writeUInt32BE(value, 6 * i + 2);
  });
  return frame(FrameType.settings, 0, 0, payload);
}

export const SETTINGS_ACK = frame(FrameType.settings, Flag.ack, 0, Buffer.alloc(0));

export function windowUpdateFrame(streamId: number, increment: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(increment, 0);
  return frame(FrameType.windowUpdate, 0, streamId, payload);
}

export function rstStreamFrame(streamId: number, code: number): Buffer {
  const payload = Buffer.alloc(4);
  payload.writeUInt32BE(code, 0);
  return frame(FrameType.rstStream, 0, streamId, payload);
}

export function pingAckFrame(opaque: Buffer): Buffer {
  return frame(FrameType.ping, Flag.ack, 0, opaque);
}

/** Settings entries of a SETTINGS payload. */
export function parseSettings(payload: Buffer): [id: number, value: number][] {
  const entries: [number, number][] = [];
  for (let at = 0; at + 6 <= payload.length; at += 6) {
    entries.push([payload.readUInt16BE(at), payload.readUInt32BE(at + 2)]);
  }
  return entries;
}

/** HPACK static table indexes (RFC 7541 Appendix A) of the fields a gRPC request uses. */
const STATIC = {
  authority: 1,
  methodPost: 3,
  path: 4,
  schemeHttp: 6,
  schemeHttps: 7,
  contentType: 31,
} as const;

/**
 * The header block of a gRPC request, encoded without the dynamic table: the pseudo-headers'
 * static entries, every other field a literal without indexing and without Huffman coding. The
 * same bytes are therefore valid for every request on any connection, whatever the server's
 * decoder table holds, which is what lets one encoded block serve a whole run. With `token`, the
 * block carries it as the `token` field, where etcd's clients send an Authenticate's token.
 */
export function grpcRequestHeaderBlock(opts: {
  path: string;
  authority: string;
  scheme: 'http' | 'https';
  token?: string;
}): Buffer {
  /** §6.2.2 literal without indexing, name from the static table (4-bit index prefix). */
  const literal = (index: number, value: string): Buffer[] => [
    encodeInteger(index, 4, 0x00),
    encodeString(value, false),
  ];
  return Buffer.concat([
    encodeInteger(STATIC.methodPost, 7, 0x80),
    encodeInteger(opts.scheme === 'https' ? STATIC.schemeHttps : STATIC.schemeHttp, 7, 0x80),
    ...literal(STATIC.path, opts.path),
    ...literal(STATIC.authority, opts.authority),
    ...literal(STATIC.contentType, 'application/grpc'),
    Buffer.from([0x00]), // literal without indexing, new name
    encodeString('te', false),
    encodeString('trailers', false),
    ...(opts.token === undefined
      ? []
      : [Buffer.from([0x00]), encodeString('token', false), encodeString(opts.token, false)]),
  ]);
}

/** A protobuf message framed as gRPC's length-prefixed message (uncompressed). */
export function grpcMessage(protobuf: Uint8Array): Buffer {
  const out = Buffer.alloc(GRPC_MESSAGE_PREFIX_BYTES + protobuf.length);
  out.writeUInt32BE(protobuf.length, 1);
  out.set(protobuf, GRPC_MESSAGE_PREFIX_BYTES);
  return out;
}

/**
 * The two frames of one unary call, HEADERS (END_HEADERS) and DATA (END_STREAM) carrying one
 * gRPC message, encoded once. `writeInto` copies them with a stream id; a key of fixed width, if
 * the template has one, is written over its place in the message.
 */
export class UnaryCallTemplate {
  readonly bytes: Buffer;
  /** Octets of the DATA frame's payload: what the call takes from the flow-control windows. */
  readonly dataPayloadBytes: number;
  private readonly dataFrameOffset: number;
  /** Where the key's first octet sits in `bytes`, or -1 without a key. */
  private readonly keyOffset: number;

  /**
   * @param keyOffsetInProtobuf where the key's octets start inside `protobuf` (-1: no key)
   * @param keySize the key's width in octets: decimal digits, zero-padded
   */
  constructor(
    headerBlock: Buffer,
    protobuf: Uint8Array,
    keyOffsetInProtobuf: number,
    readonly keySize: number,
  ) {
    if (headerBlock.length > DEFAULT_MAX_FRAME_BYTES) throw new Error('header block too large');
    const body = grpcMessage(protobuf);
    if (body.length > DEFAULT_MAX_FRAME_BYTES) {
      throw new Error(`a request of ${body.length} octets needs more than one DATA frame`);
    }
    const headers = frame(FrameType.headers, Flag.endHeaders, 1, headerBlock);
    const data = frame(FrameType.data, Flag.endStream, 1, body);
    this.bytes = Buffer.concat([headers, data]);
    this.dataFrameOffset = headers.length;
    this.dataPayloadBytes = body.length;
    this.keyOffset =
      keyOffsetInProtobuf < 0
        ? -1
        : headers.length + FRAME_HEADER_BYTES + GRPC_MESSAGE_PREFIX_BYTES + keyOffsetInProtobuf;
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  /** Writes the call's frames at `offset` of `target` for `streamId`, with key number `key`. */
  writeInto(target: Buffer, offset: number, streamId: number, key: number): void {
    this.bytes.copy(target, offset);
    target.writeUInt32BE(streamId, offset + 5);
    target.writeUInt32BE(streamId, offset + this.dataFrameOffset + 5);
    if (this.keyOffset >= 0) writeDecimalKey(target, offset + this.keyOffset, key, this.keySize);
  }
}

/** `key` as zero-padded decimal digits, exactly `width` octets (see workload.ts's formatKey). */
export function writeDecimalKey(target: Buffer, offset: number, key: number, width: number): void {
  let rest = key;
  for (let i = width - 1; i >= 0; i--) {
    target[offset + i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}

/** Called for each complete frame; `payload` is only valid during the call. */
export type FrameHandler = (type: number, flags: number, streamId: number, payload: Buffer) => void;

/**
 * Splits the server's byte stream into frames. Frames wholly inside a chunk are handed out as
 * views of it; only a frame cut by a chunk boundary is copied.
 */
export class FrameReader {
  private held: Buffer | null = null;

  constructor(private readonly onFrame: FrameHandler) {}

  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.held !== null) {
      buf = Buffer.concat([this.held, chunk]);
      this.held = null;
    }
    let at = 0;
    while (buf.length - at >= FRAME_HEADER_BYTES) {
      const length = buf.readUIntBE(at, 3);
      const end = at + FRAME_HEADER_BYTES + length;
      if (end > buf.length) break;
      const streamId = buf.readUInt32BE(at + 5) & 0x7fffffff;
      this.onFrame(
        buf[at + 3]!,
        buf[at + 4]!,
        streamId,
        buf.subarray(at + FRAME_HEADER_BYTES, end),
      );
      at = end;
    }
    if (at < buf.length) this.held = Buffer.from(buf.subarray(at));
  }
}

/** The header block fragment of a HEADERS frame's payload, without padding and priority. */
export function headersFragment(flags: number, payload: Buffer): Buffer {
  let start = 0;
  let end = payload.length;
  if (flags & Flag.padded) {
    end -= payload[0]!;
    start = 1;
  }
  if (flags & Flag.priority) start += 5;
  return payload.subarray(start, Math.max(start, end));
}

/** A DATA frame's payload without padding. */
export function dataContent(flags: number, payload: Buffer): Buffer {
  if (!(flags & Flag.padded)) return payload;
  return payload.subarray(1, Math.max(1, payload.length - payload[0]!));
}
