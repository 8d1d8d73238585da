// gRPC over HTTP/2 at the byte level, the client's side, for the load generator: the frames of a
// unary call encoded once and copied per request with only the stream id and the key changed, and
// an incremental reader of the server's frames. A gRPC request is a POST of
// `/package.Service/Method` with `content-type: application/grpc` and `te: trailers`, whose body is
// one message: a flag octet (0, uncompressed), its length as 4 octets big-endian, the protobuf.
import {
  DEFAULT_MAX_FRAME_BYTES,
  Flag,
  frame,
  FRAME_HEADER_BYTES,
  FrameType,
} from '../../src/util/h2/frames.js';
import { encodeInteger, encodeString } from '../../src/util/h2/hpack.js';

export const GRPC_MESSAGE_PREFIX_BYTES = 5;

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
