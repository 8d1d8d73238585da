// gRPC over HTTP/2 on the wire, as grpc-go's server writes and reads it: the 5-octet message
// prefix (compressed flag, big-endian length), `grpc-timeout`, and `grpc-message`'s
// percent-encoding. Pure: no sockets, no timers.
import { FRAME_PREFIX, PrefixedFrames } from '../prefixed-frames.js';

/** A call's outcome as gRPC sends it: `grpc-status` and `grpc-message`. */
export interface GrpcStatus {
  code: number;
  details: string;
}

/** The codes this module sends itself (grpc's codes.Code). */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
} as const;

/** One message with its prefix, uncompressed, in one buffer (for one write). */
export function frameMessage(body: Uint8Array): Buffer {
  const framed = Buffer.allocUnsafe(FRAME_PREFIX + body.length);
  framed[0] = 0;
  framed.writeUInt32BE(body.length, 1);
  framed.set(body, FRAME_PREFIX);
  return framed;
}

/**
 * What grpc-go answers for a message prefix it will not read: a compressed message without a
 * decompressor (clusterd installs none, as etcd's server), an unknown flag, or one above the limit.
 */
export function checkPrefix(
  flag: number,
  length: number,
  maxBytes: number,
  encoding: string | undefined,
): GrpcStatus | undefined {
  if (flag === 1) {
    if (encoding === undefined || encoding === '' || encoding === 'identity')
      return {
        code: Code.INTERNAL,
        details: 'grpc: compressed flag set with identity or empty encoding',
      };
    return decompressorMissing(encoding);
  }
  if (flag !== 0)
    return { code: Code.INTERNAL, details: `grpc: received unexpected payload format ${flag}` };
  if (length > maxBytes)
    return {
      code: Code.RESOURCE_EXHAUSTED,
      details: `grpc: received message larger than max (${length} vs. ${maxBytes})`,
    };
  return undefined;
}

/** grpc-go's answer to a `grpc-encoding` it has no decompressor for. */
export function decompressorMissing(encoding: string): GrpcStatus {
  return {
    code: Code.UNIMPLEMENTED,
    details: `grpc: Decompressor is not installed for grpc-encoding ${goQuote(encoding)}`,
  };
}

/**
 * The messages of one request stream, from its DATA chunks in order. A message that arrives in
 * one chunk is a slice of it, not a copy.
 */
export class MessageReader {
  private readonly frames: PrefixedFrames<GrpcStatus>;

  constructor(maxBytes: number, encoding: string | undefined) {
    this.frames = new PrefixedFrames((flag, length) =>
      checkPrefix(flag, length, maxBytes, encoding),
    );
  }

  /** Whether part of a message is still expected (an end of stream here is malformed). */
  get partial(): boolean {
    return this.frames.partial;
  }

  /** Feeds one chunk; calls `onMessage` for each whole message; a status means: fail the call. */
  push(chunk: Buffer, onMessage: (body: Buffer) => void): GrpcStatus | undefined {
    return this.frames.push(chunk, (_flag, body) => {
      onMessage(body);
    });
  }
}

const timeoutUnitsMs: Record<string, number> = {
  H: 3_600_000,
  M: 60_000,
  S: 1000,
  m: 1,
  u: 1e-3,
  n: 1e-6,
};

/**
 * `grpc-timeout` in milliseconds (at most 8 digits and a unit, gRPC's HTTP/2 protocol), or a
 * status for a malformed one, as grpc-go refuses it.
 */
export function parseTimeout(value: string): number | GrpcStatus {
  const m = /^(\d{1,8})([HMSmun])$/.exec(value);
  if (!m)
    return {
      code: Code.INTERNAL,
      details: `malformed grpc-timeout: transport: malformed time-out: ${goQuote(value)}`,
    };
  return Number(m[1]) * timeoutUnitsMs[m[2]!]!;
}

/**
 * `grpc-message` as gRPC's HTTP/2 protocol (and grpc-go) percent-encodes it: the UTF-8 octets
 * outside printable ASCII, and `%`, as %XX.
 */
export function encodeGrpcMessage(text: string): string {
  if (/^[\x20-\x24\x26-\x7e]*$/.test(text)) return text;
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out +=
      byte >= 0x20 && byte <= 0x7e && byte !== 0x25
        ? String.fromCharCode(byte)
        : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** The reverse of encodeGrpcMessage (for tests and clients of this module). */
export function decodeGrpcMessage(text: string): string {
  if (!text.includes('%')) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Go's %q of a printable string. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}
