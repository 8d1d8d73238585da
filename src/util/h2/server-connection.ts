// The server's side of one HTTP/2 connection (RFC 9113), for the client port's gRPC server.
//
// Why not node:http2: every stream there is a Duplex with its own objects, headers become objects
// and back, and frames reach the socket only at the loop's next turn; that per-stream work was
// the largest part of a put's CPU and garbage (docs/benchmarks.md). This connection is what a
// gRPC server needs and no more: streams are plain objects with four callbacks, header blocks
// decoded into one record, responses written as pre-encoded header blocks, and every frame of a
// turn of the event loop leaves in one socket write. It also takes any `:authority`, as grpc-go's
// server does, where nghttp2 refuses the `http://host:port` that etcdctl 3.4 sends.
//
// What it does: the connection preface and SETTINGS (the peer's initial window and frame size
// honoured; ours announced), flow control both ways (DATA held per stream until the peer's
// windows allow it; ours opened again as data arrives, since every byte is handed on at once),
// HEADERS with CONTINUATION, padding and priority, trailers from the client, RST_STREAM, PING both
// ways, GOAWAY, the connection and stream errors of RFC 9113 §5.4, and no reading while too much
// of its answers sits unsent. What it leaves out, as a gRPC server may: server push, priorities
// (read and ignored), CONNECT.
//
// It owns its socket and its streams: destroy() ends both, and a stream's onClose runs once when
// the stream is over for any reason (finished, reset by the client, connection lost).
import type { Duplex } from 'node:stream';
import {
  CLIENT_PREFACE,
  dataContent,
  DEFAULT_MAX_FRAME_BYTES,
  DEFAULT_WINDOW_BYTES,
  Flag,
  FRAME_HEADER_BYTES,
  FrameReader,
  FrameType,
  H2Error,
  headersFragment,
  MAX_ALLOWED_FRAME_BYTES,
  MAX_WINDOW_BYTES,
  Setting,
  writeFrameHeader,
} from './frames.js';
import { HpackDecoder, HpackError, type HeaderList } from './hpack.js';

/** A request's header fields, pseudo-headers included, in order; `get` gives a name's first. */
export type H2Headers = HeaderList;

export interface H2ServerConnectionOptions {
  /** SETTINGS_MAX_CONCURRENT_STREAMS: streams beyond it are refused (REFUSED_STREAM). */
  maxConcurrentStreams?: number;
  /** A new stream and its request headers; set its callbacks before returning. */
  onStream(stream: H2ServerStream): void;
  /**
   * The client sent a PING (not an answer to ours); `wroteSince`: HEADERS or DATA went out since
   * its last one.
   */
  onPing?(wroteSince: boolean): void;
  /** The connection is over; every stream's onClose ran before. */
  onClose(): void;
}

/** Our SETTINGS_INITIAL_WINDOW_SIZE: a request of up to this much is sent without waiting. */
const STREAM_WINDOW_BYTES = 1 << 20;
/** The connection's receive window, opened at the start past the protocol's 65,535. */
const CONNECTION_WINDOW_BYTES = 16 << 20;
/** A header block (compressed, or its list decoded) above this ends the connection. */
const MAX_HEADER_LIST_BYTES = 1 << 20;
/** A stream's write() says wait past this much data held back by the peer's windows. */
const STREAM_HIGH_WATER_BYTES = 64 << 10;
/** Every stream's write() says wait while the socket holds this much unsent. */
const SOCKET_HIGH_WATER_BYTES = 1 << 20;
/**
 * Past this much unsent, the connection stops reading until the socket drains: a client that sends
 * requests or PINGs and never reads the answers is held back by TCP, not by our memory (grpc-go's
 * server stops reading for the same reason).
 */
const READ_PAUSE_BYTES = 4 << 20;
/**
 * Frames are written into a slab, one socket write per turn of the loop. A slab is sized from the
 * last write (twice it, between these bounds) and let go with it, so an idle connection holds none.
 */
const MIN_SLAB_BYTES = 1 << 10;
const MAX_SLAB_BYTES = 64 << 10;
const NO_SLAB = Buffer.alloc(0);

const PSEUDO_HEADERS = new Set([':method', ':scheme', ':path', ':authority']);
/** Fields RFC 9113 §8.2.2 forbids in HTTP/2. */
const CONNECTION_SPECIFIC = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
]);

/** RFC 9113 §8.2 and §8.3.1: a request to refuse with RST_STREAM, its connection going on. */
function malformedRequest(headers: HeaderList): boolean {
  let regular = false;
  for (let i = 0; i < headers.size; i++) {
    const name = headers.name(i);
    if (name.charCodeAt(0) === 0x3a /* : */) {
      // Pseudo-header fields come first, each a request's and at most once.
      if (regular || !PSEUDO_HEADERS.has(name)) return true;
      for (let j = 0; j < i; j++) if (headers.name(j) === name) return true;
    } else {
      regular = true;
      if (name !== name.toLowerCase() || CONNECTION_SPECIFIC.has(name)) return true;
    }
  }
  return !headers.has(':method') || !headers.has(':scheme') || !headers.has(':path');
}

class ConnectionError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class H2ServerConnection {
  private readonly streams = new Map<number, H2ServerStream>();
  private readonly reader: FrameReader;
  private readonly hpack = new HpackDecoder(4096, MAX_HEADER_LIST_BYTES);
  private prefaceMatched = 0;
  /** The highest stream id the client opened (streams below it not in `streams` are closed). */
  private lastStreamId = 0;
  /** A header block still waiting for its CONTINUATION frames. */
  private headerBlock: {
    streamId: number;
    endStream: boolean;
    fragments: Buffer[];
    bytes: number;
  } | null = null;
  private closed = false;

  // Sending: the peer's settings and the connection's window.
  /** The peer's SETTINGS_INITIAL_WINDOW_SIZE, each new stream's send window. */
  peerInitialWindow = DEFAULT_WINDOW_BYTES;
  private peerMaxFrameBytes = DEFAULT_MAX_FRAME_BYTES;
  private sendWindow = DEFAULT_WINDOW_BYTES;
  /** Streams with data held back by a window. */
  private readonly blocked = new Set<H2ServerStream>();
  /** Streams whose write() returned false. */
  private readonly waitingForDrain = new Set<H2ServerStream>();

  // Receiving: the connection's window.
  private receiveWindow = CONNECTION_WINDOW_BYTES;

  // Output: frames are written into a slab, which leaves in one write per turn.
  private slab = NO_SLAB;
  private slabEnd = 0;
  /** Full slabs, before the current one. */
  private unsent: Buffer[] = [];
  private lastWriteBytes = 0;
  private flushScheduled = false;
  /** HEADERS or DATA written since the client's last PING. */
  private wroteSincePing = false;

  private readonly pings = new Map<bigint, () => void>();
  private nextPing = 0n;

  constructor(
    readonly socket: Duplex,
    private readonly options: H2ServerConnectionOptions,
  ) {
    this.reader = new FrameReader((type, flags, streamId, payload) => {
      this.onFrame(type, flags, streamId, payload);
    }, DEFAULT_MAX_FRAME_BYTES);
    const settings: [number, number][] = [[Setting.initialWindowSize, STREAM_WINDOW_BYTES]];
    if (options.maxConcurrentStreams !== undefined)
      settings.push([Setting.maxConcurrentStreams, options.maxConcurrentStreams]);
    const at = this.startFrame(6 * settings.length, FrameType.settings, 0, 0);
    settings.forEach(([id, value], i) => {
      this.slab.writeUInt16BE(id, at + 6 * i);
      this.slab.writeUInt32BE(value, at + 6 * i + 2);
    });
    this.writeWindowUpdate(0, CONNECTION_WINDOW_BYTES - DEFAULT_WINDOW_BYTES);
  }

  /** Sends our SETTINGS and reads the client's frames, `firstBytes` (already read) first. */
  serve(firstBytes: Buffer): void {
    const socket = this.socket;
    this.flush();
    socket.on('data', (chunk: Buffer) => {
      this.receive(chunk);
    });
    socket.on('drain', () => {
      // Only flush() pauses the socket, once too much of our answers sits unsent.
      if (socket.isPaused() && !this.closed) socket.resume();
      this.notifyDrain();
    });
    socket.on('error', () => socket.destroy());
    socket.once('close', () => {
      this.teardown();
    });
    if (firstBytes.length > 0) this.receive(firstBytes);
  }

  get destroyed(): boolean {
    return this.closed;
  }

  /** Sends a PING; `onAnswer` runs when its acknowledgement arrives. */
  ping(onAnswer: () => void): void {
    if (this.closed) return;
    const opaque = this.nextPing++;
    this.pings.set(opaque, onAnswer);
    const at = this.startFrame(8, FrameType.ping, 0, 0);
    this.slab.writeBigUInt64BE(opaque, at);
  }

  /** Sends GOAWAY with `code` and `debug`, then closes the connection once that is written. */
  goAway(code: number, debug: Buffer): void {
    if (this.closed) return;
    const at = this.startFrame(8 + debug.length, FrameType.goaway, 0, 0);
    this.slab.writeUInt32BE(this.lastStreamId, at);
    this.slab.writeUInt32BE(code, at + 4);
    debug.copy(this.slab, at + 8);
    this.flush();
    this.teardown();
    const socket = this.socket;
    socket.end(() => socket.destroy());
  }

  /** Ends the connection now: every stream closes, the socket is destroyed. */
  destroy(): void {
    this.teardown();
    this.socket.destroy();
  }

  // ---- receiving ----

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    let bytes = chunk;
    if (this.prefaceMatched < CLIENT_PREFACE.length) {
      const n = Math.min(CLIENT_PREFACE.length - this.prefaceMatched, bytes.length);
      if (
        !bytes
          .subarray(0, n)
          .equals(CLIENT_PREFACE.subarray(this.prefaceMatched, this.prefaceMatched + n))
      ) {
        this.destroy();
        return;
      }
      this.prefaceMatched += n;
      bytes = bytes.subarray(n);
    }
    try {
      if (!this.reader.push(bytes))
        throw new ConnectionError(
          H2Error.frameSizeError,
          'frame larger than SETTINGS_MAX_FRAME_SIZE',
        );
    } catch (err) {
      if (!(err instanceof ConnectionError)) throw err;
      this.goAway(err.code, Buffer.from(err.message));
    }
  }

  private onFrame(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.closed) return;
    if (this.headerBlock !== null && type !== FrameType.continuation)
      throw new ConnectionError(H2Error.protocolError, 'header block interrupted');
    switch (type) {
      case FrameType.data:
        this.onData(flags, streamId, payload);
        break;
      case FrameType.headers:
        this.onHeaders(flags, streamId, payload);
        break;
      case FrameType.continuation:
        this.onContinuation(flags, streamId, payload);
        break;
      case FrameType.priority:
        if (streamId === 0)
          throw new ConnectionError(H2Error.protocolError, 'PRIORITY on stream 0');
        break;
      case FrameType.rstStream:
        this.onRstStream(streamId, payload);
        break;
      case FrameType.settings:
        this.onSettings(flags, streamId, payload);
        break;
      case FrameType.pushPromise:
        throw new ConnectionError(H2Error.protocolError, 'PUSH_PROMISE from a client');
      case FrameType.ping:
        this.onPing(flags, streamId, payload);
        break;
      case FrameType.goaway:
        if (streamId !== 0) throw new ConnectionError(H2Error.protocolError, 'GOAWAY on a stream');
        // The client closes the connection when its streams are done; nothing to do until then.
        break;
      case FrameType.windowUpdate:
        this.onWindowUpdate(streamId, payload);
        break;
      default:
        break; // extension frames are ignored (§5.5)
    }
  }

  private onData(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2Error.protocolError, 'DATA on stream 0');
    if (payload.length > this.receiveWindow)
      throw new ConnectionError(H2Error.flowControlError, 'connection window exceeded');
    this.receiveWindow -= payload.length;
    if (this.receiveWindow <= CONNECTION_WINDOW_BYTES / 2) {
      this.writeWindowUpdate(0, CONNECTION_WINDOW_BYTES - this.receiveWindow);
      this.receiveWindow = CONNECTION_WINDOW_BYTES;
    }
    const content = dataContent(flags, payload);
    if (content === null) throw new ConnectionError(H2Error.protocolError, 'DATA padding too long');
    const stream = this.streams.get(streamId);
    if (stream === undefined) {
      if (streamId > this.lastStreamId)
        throw new ConnectionError(H2Error.protocolError, 'DATA on an idle stream');
      return; // a stream we finished or reset: its last frames may still arrive
    }
    if (stream.remoteEnded) {
      stream.reset(H2Error.streamClosed);
      return;
    }
    if (!stream.received(payload.length)) {
      stream.reset(H2Error.flowControlError);
      return;
    }
    const end = (flags & Flag.endStream) !== 0;
    if (!end && stream.receiveWindow <= STREAM_WINDOW_BYTES / 2) {
      this.writeWindowUpdate(streamId, STREAM_WINDOW_BYTES - stream.receiveWindow);
      stream.receiveWindow = STREAM_WINDOW_BYTES;
    }
    // Ended before its last data is handed on, so an answer written from onData knows the client
    // is done (and needs no RST_STREAM).
    if (end) stream.remoteEnded = true;
    if (content.length > 0) stream.onData?.(content);
    if (end && !stream.destroyed) stream.onEnd?.();
  }

  private onHeaders(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2Error.protocolError, 'HEADERS on stream 0');
    const fragment = headersFragment(flags, payload);
    if (fragment === null)
      throw new ConnectionError(H2Error.protocolError, 'HEADERS padding too long');
    const endStream = (flags & Flag.endStream) !== 0;
    if (flags & Flag.endHeaders) {
      this.onHeaderBlock(streamId, endStream, fragment);
      return;
    }
    // The rest comes in CONTINUATION frames, perhaps in later chunks: keep a copy.
    this.headerBlock = {
      streamId,
      endStream,
      fragments: [Buffer.from(fragment)],
      bytes: fragment.length,
    };
  }

  private onContinuation(flags: number, streamId: number, payload: Buffer): void {
    const block = this.headerBlock;
    if (block === null || block.streamId !== streamId)
      throw new ConnectionError(H2Error.protocolError, 'CONTINUATION without HEADERS');
    block.bytes += payload.length;
    if (block.bytes > MAX_HEADER_LIST_BYTES)
      throw new ConnectionError(H2Error.enhanceYourCalm, 'header block too large');
    block.fragments.push(Buffer.from(payload));
    if (!(flags & Flag.endHeaders)) return;
    this.headerBlock = null;
    this.onHeaderBlock(streamId, block.endStream, Buffer.concat(block.fragments));
  }

  private onHeaderBlock(streamId: number, endStream: boolean, block: Buffer): void {
    // Every block is decoded, also one refused below: the decoder's table follows the client's.
    let headers: HeaderList;
    try {
      headers = this.hpack.decode(block);
    } catch (err) {
      if (!(err instanceof HpackError)) throw err;
      throw new ConnectionError(H2Error.compressionError, err.message);
    }
    const existing = this.streams.get(streamId);
    if (existing !== undefined) {
      // Trailers: the request's last frame (§8.1).
      if (existing.remoteEnded || !endStream) existing.reset(H2Error.protocolError);
      else existing.endRemote();
      return;
    }
    if (streamId <= this.lastStreamId) return; // trailers of a stream we finished or reset
    if (streamId % 2 === 0)
      throw new ConnectionError(H2Error.protocolError, 'a client opened an even stream');
    this.lastStreamId = streamId;
    if (malformedRequest(headers)) {
      this.writeRstStream(streamId, H2Error.protocolError);
      return;
    }
    const max = this.options.maxConcurrentStreams;
    if (max !== undefined && this.streams.size >= max) {
      this.writeRstStream(streamId, H2Error.refusedStream);
      return;
    }
    const stream = new H2ServerStream(this, streamId, headers);
    this.streams.set(streamId, stream);
    stream.remoteEnded = endStream;
    this.options.onStream(stream);
    if (endStream && !stream.destroyed) stream.onEnd?.();
  }

  private onRstStream(streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(H2Error.protocolError, 'RST_STREAM on stream 0');
    if (payload.length !== 4)
      throw new ConnectionError(H2Error.frameSizeError, 'RST_STREAM of a wrong length');
    if (streamId > this.lastStreamId)
      throw new ConnectionError(H2Error.protocolError, 'RST_STREAM on an idle stream');
    const stream = this.streams.get(streamId);
    if (stream !== undefined) this.finish(stream);
  }

  private onSettings(flags: number, streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(H2Error.protocolError, 'SETTINGS on a stream');
    if (flags & Flag.ack) {
      if (payload.length !== 0)
        throw new ConnectionError(H2Error.frameSizeError, 'SETTINGS ACK with a payload');
      return;
    }
    if (payload.length % 6 !== 0)
      throw new ConnectionError(H2Error.frameSizeError, 'SETTINGS of a wrong length');
    for (let at = 0; at < payload.length; at += 6) {
      const id = payload.readUInt16BE(at);
      const value = payload.readUInt32BE(at + 2);
      if (id === Setting.enablePush && value > 1)
        throw new ConnectionError(H2Error.protocolError, 'SETTINGS_ENABLE_PUSH above 1');
      if (id === Setting.initialWindowSize) {
        if (value > MAX_WINDOW_BYTES)
          throw new ConnectionError(
            H2Error.flowControlError,
            'SETTINGS_INITIAL_WINDOW_SIZE too large',
          );
        // §6.9.2: the change applies to every open stream's window, which may go negative.
        const delta = value - this.peerInitialWindow;
        this.peerInitialWindow = value;
        for (const stream of this.streams.values()) {
          stream.sendWindow += delta;
          if (stream.sendWindow > MAX_WINDOW_BYTES)
            throw new ConnectionError(H2Error.flowControlError, 'a stream window overflowed');
        }
      }
      if (id === Setting.maxFrameSize) {
        if (value < DEFAULT_MAX_FRAME_BYTES || value > MAX_ALLOWED_FRAME_BYTES)
          throw new ConnectionError(H2Error.protocolError, 'SETTINGS_MAX_FRAME_SIZE out of range');
        this.peerMaxFrameBytes = value;
      }
      // SETTINGS_HEADER_TABLE_SIZE needs nothing: our header blocks never use the dynamic table.
    }
    this.startFrame(0, FrameType.settings, Flag.ack, 0);
    this.sendBlocked();
  }

  private onPing(flags: number, streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(H2Error.protocolError, 'PING on a stream');
    if (payload.length !== 8)
      throw new ConnectionError(H2Error.frameSizeError, 'PING of a wrong length');
    if (flags & Flag.ack) {
      const opaque = payload.readBigUInt64BE(0);
      const answered = this.pings.get(opaque);
      this.pings.delete(opaque);
      answered?.();
      return;
    }
    const at = this.startFrame(8, FrameType.ping, Flag.ack, 0);
    payload.copy(this.slab, at);
    const wroteSince = this.wroteSincePing;
    this.wroteSincePing = false;
    this.options.onPing?.(wroteSince);
  }

  private onWindowUpdate(streamId: number, payload: Buffer): void {
    if (payload.length !== 4)
      throw new ConnectionError(H2Error.frameSizeError, 'WINDOW_UPDATE of a wrong length');
    const increment = payload.readUInt32BE(0) & 0x7fffffff;
    if (streamId === 0) {
      if (increment === 0) throw new ConnectionError(H2Error.protocolError, 'WINDOW_UPDATE of 0');
      this.sendWindow += increment;
      if (this.sendWindow > MAX_WINDOW_BYTES)
        throw new ConnectionError(H2Error.flowControlError, 'connection window overflowed');
      this.sendBlocked();
      return;
    }
    const stream = this.streams.get(streamId);
    if (stream === undefined) {
      if (streamId > this.lastStreamId)
        throw new ConnectionError(H2Error.protocolError, 'WINDOW_UPDATE on an idle stream');
      return;
    }
    if (increment === 0) {
      stream.reset(H2Error.protocolError);
      return;
    }
    stream.sendWindow += increment;
    if (stream.sendWindow > MAX_WINDOW_BYTES) {
      stream.reset(H2Error.flowControlError);
      return;
    }
    stream.sendHeldData();
    this.notifyDrain();
  }

  // ---- sending ----

  /** Writes as much of a stream's held data as the windows allow; returns the octets written. */
  sendData(stream: H2ServerStream, data: Buffer, from: number): number {
    let at = from;
    while (at < data.length) {
      const n = Math.min(
        data.length - at,
        stream.sendWindow,
        this.sendWindow,
        this.peerMaxFrameBytes,
      );
      if (n <= 0) break;
      const offset = this.startFrame(n, FrameType.data, 0, stream.id);
      data.copy(this.slab, offset, at, at + n);
      at += n;
      stream.sendWindow -= n;
      this.sendWindow -= n;
      this.wroteSincePing = true;
    }
    if (at < data.length) this.blocked.add(stream);
    else this.blocked.delete(stream);
    return at - from;
  }

  /** A header block as HEADERS (and CONTINUATION frames past the peer's frame size). */
  sendHeaders(streamId: number, block: Buffer, endStream: boolean): void {
    const max = this.peerMaxFrameBytes;
    let at = 0;
    let type: number = FrameType.headers;
    do {
      const n = Math.min(block.length - at, max);
      const last = at + n === block.length;
      const flags =
        (last ? Flag.endHeaders : 0) |
        (endStream && type === FrameType.headers ? Flag.endStream : 0);
      const offset = this.startFrame(n, type, flags, streamId);
      block.copy(this.slab, offset, at, at + n);
      at += n;
      type = FrameType.continuation;
    } while (at < block.length);
    this.wroteSincePing = true;
  }

  writeRstStream(streamId: number, code: number): void {
    const at = this.startFrame(4, FrameType.rstStream, 0, streamId);
    this.slab.writeUInt32BE(code, at);
  }

  private writeWindowUpdate(streamId: number, increment: number): void {
    const at = this.startFrame(4, FrameType.windowUpdate, 0, streamId);
    this.slab.writeUInt32BE(increment, at);
  }

  /** Whether the socket holds so much unsent that writers should wait for it to drain. */
  get congested(): boolean {
    return this.socket.writableLength + this.slabEnd > SOCKET_HIGH_WATER_BYTES;
  }

  /** A stream's write() returned false: it hears of the drain from notifyDrain. */
  waitForDrain(stream: H2ServerStream): void {
    this.waitingForDrain.add(stream);
  }

  /** The stream is over: forgotten, its onClose told. */
  finish(stream: H2ServerStream): void {
    if (!this.streams.delete(stream.id)) return;
    this.blocked.delete(stream);
    this.waitingForDrain.delete(stream);
    stream.closed();
  }

  private sendBlocked(): void {
    for (const stream of [...this.blocked]) {
      if (this.sendWindow <= 0) break;
      stream.sendHeldData();
    }
    this.notifyDrain();
  }

  private notifyDrain(): void {
    if (this.waitingForDrain.size === 0 || this.congested) return;
    for (const stream of [...this.waitingForDrain]) {
      if (stream.heldBytes < STREAM_HIGH_WATER_BYTES) {
        this.waitingForDrain.delete(stream);
        stream.drained();
      }
    }
  }

  /**
   * A frame's header at the slab's end, with room for its `length` octets of payload after it;
   * returns where the payload goes. The frame leaves with this turn's write.
   */
  private startFrame(length: number, type: number, flags: number, streamId: number): number {
    const at = this.reserve(FRAME_HEADER_BYTES + length);
    writeFrameHeader(this.slab, at, length, type, flags, streamId);
    this.scheduleFlush();
    return at + FRAME_HEADER_BYTES;
  }

  /** Room for `bytes` at the slab's end; returns where they go. */
  private reserve(bytes: number): number {
    if (this.slabEnd + bytes > this.slab.length) {
      if (this.slabEnd > 0) this.unsent.push(this.slab.subarray(0, this.slabEnd));
      const size = Math.min(MAX_SLAB_BYTES, Math.max(MIN_SLAB_BYTES, 2 * this.lastWriteBytes));
      this.slab = Buffer.allocUnsafe(Math.max(size, bytes));
      this.slabEnd = 0;
    }
    const at = this.slabEnd;
    this.slabEnd += bytes;
    return at;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // After the current turn's synchronous work and promise jobs: every answer the turn produced
    // leaves in this one write.
    process.nextTick(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.slabEnd === 0 && this.unsent.length === 0) return;
    const tail = this.slab.subarray(0, this.slabEnd);
    const bytes = this.unsent.length === 0 ? tail : Buffer.concat([...this.unsent, tail]);
    // The slab is the socket's now.
    this.slab = NO_SLAB;
    this.slabEnd = 0;
    this.unsent = [];
    this.lastWriteBytes = bytes.length;
    if (this.socket.destroyed || !this.socket.writable) return;
    this.socket.write(bytes);
    if (this.socket.writableLength > READ_PAUSE_BYTES) this.socket.pause();
  }

  private teardown(): void {
    if (this.closed) return;
    this.closed = true;
    this.pings.clear();
    for (const stream of [...this.streams.values()]) this.finish(stream);
    this.options.onClose();
  }
}

/**
 * One request stream. The connection calls onData for each DATA payload (a view valid for as long
 * as it is kept), onEnd when the client ended its side, onClose once when the stream is over.
 */
export class H2ServerStream {
  onData: ((chunk: Buffer) => void) | undefined;
  onEnd: (() => void) | undefined;
  onClose: (() => void) | undefined;
  /** The response's headers went out. */
  headersSent = false;
  /** The client ended its side (END_STREAM). */
  remoteEnded = false;
  /** The stream is over: finished, reset, or its connection is gone. */
  destroyed = false;
  sendWindow: number;
  receiveWindow = STREAM_WINDOW_BYTES;
  /** Data the windows hold back, and where its first buffer's unsent part starts. */
  private held: Buffer[] = [];
  private heldOffset = 0;
  heldBytes = 0;
  /** The trailers' block, to follow the held data. */
  private trailers: Buffer | null = null;
  private drainListeners: (() => void)[] = [];

  constructor(
    private readonly connection: H2ServerConnection,
    readonly id: number,
    readonly headers: H2Headers,
  ) {
    this.sendWindow = connection.peerInitialWindow;
  }

  /** Sends the response's headers; `endStream`: they are the whole response (trailers-only). */
  respond(block: Buffer, endStream: boolean): void {
    if (this.destroyed || this.headersSent) return;
    this.headersSent = true;
    this.connection.sendHeaders(this.id, block, endStream);
    if (endStream) this.endLocal();
  }

  /** Sends data after the headers; false: wait for onceDrain before writing more. */
  write(data: Buffer): boolean {
    if (this.destroyed || this.trailers !== null) return false;
    if (data.length > 0) {
      if (this.heldBytes === 0) {
        const sent = this.connection.sendData(this, data, 0);
        if (sent < data.length) this.hold(data, sent);
      } else {
        this.hold(data, 0);
      }
    }
    if (this.heldBytes < STREAM_HIGH_WATER_BYTES && !this.connection.congested) return true;
    this.connection.waitForDrain(this);
    return false;
  }

  /** Sends `data` if given, then the trailers' block with END_STREAM once all data is out. */
  end(trailers: Buffer, data?: Buffer): void {
    if (this.destroyed || this.trailers !== null) return;
    if (data !== undefined) this.write(data);
    this.trailers = trailers;
    if (this.heldBytes === 0) this.sendTrailers();
  }

  /** Ends the stream with RST_STREAM and `code`. */
  reset(code: number): void {
    if (this.destroyed) return;
    this.connection.writeRstStream(this.id, code);
    this.connection.finish(this);
  }

  onceDrain(fn: () => void): void {
    this.drainListeners.push(fn);
  }

  // ---- called by the connection ----

  /** Counts `bytes` against the receive window; false: the client overran it. */
  received(bytes: number): boolean {
    if (bytes > this.receiveWindow) return false;
    this.receiveWindow -= bytes;
    return true;
  }

  endRemote(): void {
    this.remoteEnded = true;
    this.onEnd?.();
  }

  sendHeldData(): void {
    while (this.held.length > 0) {
      const head = this.held[0]!;
      const sent = this.connection.sendData(this, head, this.heldOffset);
      this.heldBytes -= sent;
      this.heldOffset += sent;
      if (this.heldOffset < head.length) return;
      this.held.shift();
      this.heldOffset = 0;
    }
    if (this.trailers !== null) this.sendTrailers();
  }

  drained(): void {
    const listeners = this.drainListeners;
    this.drainListeners = [];
    for (const fn of listeners) fn();
  }

  closed(): void {
    this.destroyed = true;
    this.held = [];
    this.heldBytes = 0;
    this.drainListeners = [];
    const onClose = this.onClose;
    this.onClose = undefined;
    onClose?.();
  }

  private hold(data: Buffer, from: number): void {
    if (this.held.length === 0) this.heldOffset = 0;
    this.held.push(from === 0 ? data : data.subarray(from));
    this.heldBytes += data.length - from;
  }

  private sendTrailers(): void {
    const trailers = this.trailers!;
    this.connection.sendHeaders(this.id, trailers, true);
    this.endLocal();
  }

  /**
   * Our side is done. A client that has not ended its side is told to stop sending with
   * RST_STREAM NO_ERROR, as grpc-go's server does (RFC 9113 §8.1), so no stream outlives its answer.
   */
  private endLocal(): void {
    if (!this.remoteEnded) this.connection.writeRstStream(this.id, H2Error.noError);
    this.connection.finish(this);
  }
}
