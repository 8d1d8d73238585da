// HTTP/2 frames (RFC 9113 §4, §6) as both ends of the client port's connections use them: the
// server (server-connection.ts) and the benchmarks' load generator. Pure: no sockets, no timers.

export const CLIENT_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
export const FRAME_HEADER_BYTES = 9;
/** The frame size every peer accepts (SETTINGS_MAX_FRAME_SIZE's initial value). */
export const DEFAULT_MAX_FRAME_BYTES = 16_384;
/** The largest SETTINGS_MAX_FRAME_SIZE a peer may announce. */
export const MAX_ALLOWED_FRAME_BYTES = 2 ** 24 - 1;
/** The flow-control window both sides start with (RFC 9113 §6.9.2). */
export const DEFAULT_WINDOW_BYTES = 65_535;
export const MAX_WINDOW_BYTES = 2 ** 31 - 1;

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
  maxHeaderListSize: 0x6,
} as const;

/** RST_STREAM and GOAWAY error codes (RFC 9113 §7). */
export const H2Error = {
  noError: 0x0,
  protocolError: 0x1,
  internalError: 0x2,
  flowControlError: 0x3,
  streamClosed: 0x5,
  frameSizeError: 0x6,
  refusedStream: 0x7,
  cancel: 0x8,
  compressionError: 0x9,
  enhanceYourCalm: 0xb,
} as const;

export function frame(type: number, flags: number, streamId: number, payload: Buffer): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  writeFrameHeader(out, 0, payload.length, type, flags, streamId);
  payload.copy(out, FRAME_HEADER_BYTES);
  return out;
}

export function writeFrameHeader(
  target: Buffer,
  offset: number,
  length: number,
  type: number,
  flags: number,
  streamId: number,
): void {
  target[offset] = length >>> 16;
  target[offset + 1] = (length >>> 8) & 0xff;
  target[offset + 2] = length & 0xff;
  target[offset + 3] = type;
  target[offset + 4] = flags;
  target.writeUInt32BE(streamId, offset + 5);
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

export function pingFrame(opaque: Buffer, ack: boolean): Buffer {
  return frame(FrameType.ping, ack ? Flag.ack : 0, 0, opaque);
}

/** Settings entries of a SETTINGS payload. */
export function parseSettings(payload: Buffer): [id: number, value: number][] {
  const entries: [number, number][] = [];
  for (let at = 0; at + 6 <= payload.length; at += 6) {
    entries.push([payload.readUInt16BE(at), payload.readUInt32BE(at + 2)]);
  }
  return entries;
}

/** Called for each complete frame; `payload` is only valid during the call. */
export type FrameHandler = (type: number, flags: number, streamId: number, payload: Buffer) => void;

/**
 * Splits a byte stream into frames. Frames wholly inside a chunk are handed out as views of it;
 * only a frame cut by a chunk boundary is copied. A frame longer than `maxPayloadBytes` is refused
 * from its header, before its payload is buffered.
 */
export class FrameReader {
  private held: Buffer | null = null;

  constructor(
    private readonly onFrame: FrameHandler,
    private readonly maxPayloadBytes = MAX_ALLOWED_FRAME_BYTES,
  ) {}

  /** Feeds one chunk; false: a frame above the limit (FRAME_SIZE_ERROR), read nothing more. */
  push(chunk: Buffer): boolean {
    let buf = chunk;
    if (this.held !== null) {
      buf = Buffer.concat([this.held, chunk]);
      this.held = null;
    }
    let at = 0;
    while (buf.length - at >= FRAME_HEADER_BYTES) {
      const length = (buf[at]! << 16) | (buf[at + 1]! << 8) | buf[at + 2]!;
      if (length > this.maxPayloadBytes) return false;
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
    return true;
  }
}

/**
 * The header block fragment of a HEADERS frame's payload, without padding and priority; null when
 * the padding is longer than the payload (a PROTOCOL_ERROR).
 */
export function headersFragment(flags: number, payload: Buffer): Buffer | null {
  let start = 0;
  let end = payload.length;
  if (flags & Flag.padded) {
    if (payload.length < 1) return null;
    end -= payload[0]!;
    start = 1;
  }
  if (flags & Flag.priority) start += 5;
  return start > end ? null : payload.subarray(start, end);
}

/** A DATA frame's payload without padding; null when the padding is too long. */
export function dataContent(flags: number, payload: Buffer): Buffer | null {
  if (!(flags & Flag.padded)) return payload;
  if (payload.length < 1 || payload[0]! >= payload.length) return null;
  return payload.subarray(1, payload.length - payload[0]!);
}
