// One HTTP/2 connection of the load generator, spoken frame by frame on a plain socket (TLS for an
// https:// endpoint): no HTTP/2 library and no gRPC library between the benchmark and the wire. A
// call is a pre-encoded UnaryCallTemplate copied into the write buffer with its stream id and key;
// the calls started in one turn of the event loop leave in one socket write. The server's frames
// are read in place, its header blocks decoded with the project's HPACK decoder (the only state an
// HTTP/2 client must keep in step), and every call ends with the grpc-status of its trailers, so a
// fast error path is counted as an error, never as throughput.
//
// What it does not do, because unary benchmark calls do not need it: request bodies above one
// frame, compression, server push (disabled in SETTINGS), priorities.
import net from 'node:net';
import tls from 'node:tls';
import { status as GrpcStatus } from '@grpc/grpc-js';
import {
  CLIENT_PREFACE,
  DEFAULT_WINDOW_BYTES,
  Flag,
  FrameReader,
  FrameType,
  H2Error,
  MAX_WINDOW_BYTES,
  SETTINGS_ACK,
  Setting,
  dataContent,
  headersFragment,
  parseSettings,
  pingFrame,
  rstStreamFrame,
  settingsFrame,
  windowUpdateFrame,
} from '../../src/util/h2/frames.js';
import { HpackDecoder, HpackError, type HeaderList } from '../../src/util/h2/hpack.js';
import { GRPC_MESSAGE_PREFIX_BYTES, type UnaryCallTemplate } from './h2-wire.js';

/**
 * How a call ended: gRPC's status code (0 is OK) and, for a failure, its message; for a call made
 * with `callForMessage`, the response's gRPC message too (the load's calls do not keep theirs).
 */
export type CallDone = (code: number, message: string, response?: Buffer) => void;

const MAX_STREAM_ID = 2 ** 31 - 1;
/** Received DATA octets after which the connection's window is topped up again. */
const CONNECTION_WINDOW_REFILL_BYTES = 2 ** 30;

interface PendingCall {
  done: CallDone;
  sentAt: number;
  /** Octets of gRPC message received (prefixes excluded). */
  responseBytes: number;
  /** The smallest response that counts as an answer (e.g. a range that found its key). */
  minResponseBytes: number;
  headersSeen: boolean;
  /** The DATA received, kept only for a call that wants its response. */
  chunks: Buffer[] | null;
}

interface QueuedCall {
  template: UnaryCallTemplate;
  key: number;
  minResponseBytes: number;
  done: CallDone;
  keepResponse: boolean;
}

export interface RawConnectionOptions {
  /** `http://host:port`, `https://host:port` or `host:port`. */
  endpoint: string;
  /** A call without an answer after this long fails with DEADLINE_EXCEEDED (and is reset). */
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /**
   * For https://: the CA (PEM) the server's certificate must chain to, for the endpoint's host.
   * Without it the certificate is not checked (it is only the handshake's cost either way).
   */
  ca?: string | Buffer;
}

/** What a TLS connection negotiated, for the report. */
export interface TlsSession {
  protocol: string;
  cipher: string;
  alpn: string;
}

/** A callForMessage that did not end with grpc-status 0. */
export class CallFailed extends Error {
  constructor(
    readonly code: number,
    readonly grpcMessage: string,
  ) {
    super(`${statusName(code)}: ${grpcMessage}`);
  }
}

export function statusName(code: number): string {
  const names: Partial<Record<number, string>> = GrpcStatus;
  return names[code] ?? `code ${code}`;
}

/** `host`, `port` and scheme of an endpoint as the etcd flags write it. */
export function parseEndpoint(endpoint: string): {
  host: string;
  port: number;
  secure: boolean;
} {
  const secure = endpoint.startsWith('https://');
  const url = new URL(/^[a-z]+:\/\//.test(endpoint) ? endpoint : `http://${endpoint}`);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || (secure ? 443 : 80)),
    secure,
  };
}

export class RawGrpcConnection {
  private readonly pending = new Map<number, PendingCall>();
  private readonly queue: QueuedCall[] = [];
  private readonly hpack = new HpackDecoder();
  private readonly reader: FrameReader;
  private nextStreamId = 1;
  private flushScheduled = false;
  /** What the server lets us send, connection-wide and per new stream. */
  private sendWindow = DEFAULT_WINDOW_BYTES;
  private streamWindow = DEFAULT_WINDOW_BYTES;
  private maxConcurrentStreams = Infinity;
  private receivedSinceRefill = 0;
  /** A header block spread over HEADERS and CONTINUATION frames. */
  private headerBlock: { streamId: number; flags: number; fragments: Buffer[] } | null = null;
  private failure: string | null = null;
  private readonly sweepTimer: NodeJS.Timeout;
  private onSettings: (() => void) | null = null;

  private constructor(
    private readonly socket: net.Socket,
    private readonly requestTimeoutMs: number,
  ) {
    this.reader = new FrameReader((type, flags, streamId, payload) => {
      this.onFrame(type, flags, streamId, payload);
    });
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
    });
    socket.on('error', (err) => {
      this.fail(`connection error: ${err.message}`);
    });
    socket.on('close', () => {
      this.fail('connection closed');
    });
    this.sweepTimer = setInterval(
      () => {
        this.expireCalls();
      },
      Math.max(50, Math.min(1000, requestTimeoutMs / 4)),
    );
    this.sweepTimer.unref();
  }

  /**
   * Connects, sends the client preface with SETTINGS that open both receive windows wide, and
   * resolves once the server's SETTINGS arrived (as grpc-go does before its first call).
   */
  static connect(opts: RawConnectionOptions): Promise<RawGrpcConnection> {
    const { host, port, secure } = parseEndpoint(opts.endpoint);
    const socket = secure
      ? tls.connect({
          host,
          port,
          ALPNProtocols: ['h2'],
          ...(opts.ca === undefined ? { rejectUnauthorized: false } : { ca: opts.ca }),
        })
      : net.connect({ host, port, noDelay: true });
    const connection = new RawGrpcConnection(socket, opts.requestTimeoutMs);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new Error(`${opts.endpoint}: no HTTP/2 SETTINGS within ${opts.connectTimeoutMs} ms`),
        );
      }, opts.connectTimeoutMs);
      const failed = (err: Error): void => {
        clearTimeout(timer);
        reject(new Error(`${opts.endpoint}: ${err.message}`));
      };
      socket.once('error', failed);
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        if (secure) {
          socket.setNoDelay(true);
          const alpn = (socket as tls.TLSSocket).alpnProtocol;
          if (alpn !== 'h2') {
            failed(new Error(`the server did not agree to h2 by ALPN (${String(alpn)})`));
            socket.destroy();
            return;
          }
        }
        socket.write(
          Buffer.concat([
            CLIENT_PREFACE,
            settingsFrame([
              [Setting.enablePush, 0],
              [Setting.initialWindowSize, MAX_WINDOW_BYTES],
            ]),
            windowUpdateFrame(0, MAX_WINDOW_BYTES - DEFAULT_WINDOW_BYTES),
          ]),
        );
      });
      connection.onSettings = () => {
        clearTimeout(timer);
        socket.off('error', failed);
        resolve(connection);
      };
    });
  }

  /** The TLS version, cipher and ALPN protocol of an https:// connection. */
  get tlsSession(): TlsSession | undefined {
    if (!(this.socket instanceof tls.TLSSocket)) return undefined;
    return {
      protocol: this.socket.getProtocol() ?? 'unknown',
      cipher: this.socket.getCipher().standardName,
      alpn: String(this.socket.alpnProtocol),
    };
  }

  /** Calls in flight on this connection. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Starts one unary call from `template` with key number `key`. `done` runs exactly once, from
   * a later turn of the event loop. A response whose message is shorter than `minResponseBytes`
   * counts as a failure.
   */
  call(template: UnaryCallTemplate, key: number, minResponseBytes: number, done: CallDone): void {
    this.enqueue({ template, key, minResponseBytes, done, keepResponse: false });
  }

  /**
   * One call whose answer is wanted, not just its status (e.g. Authenticate's token): resolves
   * with the response's gRPC message (the protobuf, without its 5-octet prefix), rejects with the
   * status name and message of a failure. Not for the load: it keeps every DATA frame.
   */
  callForMessage(template: UnaryCallTemplate): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.enqueue({
        template,
        key: 0,
        minResponseBytes: 0,
        keepResponse: true,
        done: (code, message, response) => {
          if (code !== 0) {
            reject(new CallFailed(code, message));
            return;
          }
          try {
            resolve(grpcMessageContent(response ?? Buffer.alloc(0)));
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        },
      });
    });
  }

  private enqueue(call: QueuedCall): void {
    this.queue.push(call);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      process.nextTick(() => {
        this.flush();
      });
    }
  }

  close(): void {
    clearInterval(this.sweepTimer);
    this.fail('connection closed by the benchmark');
    this.socket.destroy();
  }

  /** Writes every queued call the server's limits allow, all in one socket write. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.failure !== null) {
      for (const queued of this.queue.splice(0)) {
        this.complete(queued.done, GrpcStatus.UNAVAILABLE, this.failure);
      }
      return;
    }
    let count = 0;
    let bytes = 0;
    let window = this.sendWindow;
    for (const { template } of this.queue) {
      if (this.pending.size + count >= this.maxConcurrentStreams) break;
      if (template.dataPayloadBytes > window || template.dataPayloadBytes > this.streamWindow) {
        break;
      }
      if (this.nextStreamId + 2 * count > MAX_STREAM_ID) break;
      window -= template.dataPayloadBytes;
      bytes += template.byteLength;
      count++;
    }
    if (count === 0) {
      if (this.queue.length > 0 && this.nextStreamId > MAX_STREAM_ID) {
        this.fail('stream ids exhausted');
        this.flush();
      }
      return; // waiting for WINDOW_UPDATE, SETTINGS or a stream to end
    }
    const out = Buffer.allocUnsafe(bytes);
    const now = performance.now();
    let offset = 0;
    for (const { template, key, minResponseBytes, done, keepResponse } of this.queue.splice(
      0,
      count,
    )) {
      const streamId = this.nextStreamId;
      this.nextStreamId += 2;
      template.writeInto(out, offset, streamId, key);
      offset += template.byteLength;
      this.pending.set(streamId, {
        done,
        sentAt: now,
        responseBytes: 0,
        minResponseBytes,
        headersSeen: false,
        chunks: keepResponse ? [] : null,
      });
    }
    this.sendWindow = window;
    this.socket.write(out);
  }

  private onFrame(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.headerBlock !== null && type !== FrameType.continuation) {
      this.fail('header block interrupted by another frame');
      return;
    }
    switch (type) {
      case FrameType.data:
        this.onData(flags, streamId, payload);
        break;
      case FrameType.headers: {
        const fragment = headersFragment(flags, payload);
        if (fragment === null) {
          this.fail('HEADERS padded beyond its length');
          return;
        }
        if (flags & Flag.endHeaders) {
          this.headerBlock = { streamId, flags, fragments: [fragment] };
          this.onHeaderBlock();
        } else {
          // The rest follows in CONTINUATION frames, perhaps in later chunks: keep a copy.
          this.headerBlock = { streamId, flags, fragments: [Buffer.from(fragment)] };
        }
        break;
      }
      case FrameType.continuation:
        if (this.headerBlock === null || this.headerBlock.streamId !== streamId) {
          this.fail('CONTINUATION without HEADERS');
          return;
        }
        this.headerBlock.fragments.push(Buffer.from(payload));
        if (flags & Flag.endHeaders) this.onHeaderBlock();
        break;
      case FrameType.rstStream: {
        const code = payload.length >= 4 ? payload.readUInt32BE(0) : 0;
        const grpcCode =
          code === H2Error.refusedStream ? GrpcStatus.UNAVAILABLE : GrpcStatus.INTERNAL;
        this.finish(streamId, grpcCode, `stream reset by the server (HTTP/2 error ${code})`);
        break;
      }
      case FrameType.settings:
        if (flags & Flag.ack) break;
        this.onServerSettings(payload);
        break;
      case FrameType.ping:
        if (!(flags & Flag.ack)) this.socket.write(pingFrame(Buffer.from(payload), true));
        break;
      case FrameType.goaway: {
        const lastStreamId = payload.readUInt32BE(0) & 0x7fffffff;
        const code = payload.readUInt32BE(4);
        const debug = payload.subarray(8).toString('latin1');
        const reason = `GOAWAY (HTTP/2 error ${code}${debug ? `: ${debug}` : ''})`;
        for (const id of [...this.pending.keys()]) {
          if (id > lastStreamId) this.finish(id, GrpcStatus.UNAVAILABLE, reason);
        }
        this.failure ??= reason;
        break;
      }
      case FrameType.windowUpdate:
        if (streamId === 0) {
          this.sendWindow += payload.readUInt32BE(0) & 0x7fffffff;
          if (this.queue.length > 0) this.flush();
        }
        break;
      default:
        break; // PRIORITY, PUSH_PROMISE (push is off) and unknown extension frames
    }
  }

  private onServerSettings(payload: Buffer): void {
    for (const [id, value] of parseSettings(payload)) {
      if (id === Setting.initialWindowSize) this.streamWindow = value;
      if (id === Setting.maxConcurrentStreams) this.maxConcurrentStreams = value;
    }
    this.socket.write(SETTINGS_ACK);
    const onSettings = this.onSettings;
    this.onSettings = null;
    onSettings?.();
    if (this.queue.length > 0) this.flush();
  }

  private onData(flags: number, streamId: number, payload: Buffer): void {
    this.receivedSinceRefill += payload.length;
    if (this.receivedSinceRefill >= CONNECTION_WINDOW_REFILL_BYTES) {
      this.socket.write(windowUpdateFrame(0, this.receivedSinceRefill));
      this.receivedSinceRefill = 0;
    }
    const call = this.pending.get(streamId);
    if (call === undefined) return; // a call that timed out
    const content = dataContent(flags, payload);
    if (content === null) {
      this.fail('DATA padded beyond its length');
      return;
    }
    call.responseBytes += content.length;
    call.chunks?.push(Buffer.from(content)); // the payload is a view of a chunk: copy
    if (flags & Flag.endStream) {
      this.finish(streamId, GrpcStatus.INTERNAL, 'response ended without trailers');
    }
  }

  private onHeaderBlock(): void {
    const { streamId, flags, fragments } = this.headerBlock!;
    this.headerBlock = null;
    let fields: HeaderList;
    try {
      // Every block is decoded, also for calls already given up: the decoder's table must follow
      // the server's encoder.
      fields = this.hpack.decode(fragments.length === 1 ? fragments[0]! : Buffer.concat(fragments));
    } catch (err) {
      if (!(err instanceof HpackError)) throw err;
      this.fail(`undecodable header block: ${err.message}`);
      return;
    }
    const call = this.pending.get(streamId);
    if (call === undefined) return;
    if (!call.headersSeen) {
      call.headersSeen = true;
      const status = fields.get(':status');
      if (status !== '200') {
        this.finish(streamId, GrpcStatus.UNKNOWN, `HTTP status ${status ?? 'missing'}`);
        return;
      }
    }
    if (!(flags & Flag.endStream)) return;
    // The trailers, or a trailers-only response (how gRPC servers send most errors).
    let code: number = GrpcStatus.UNKNOWN;
    let message = 'no grpc-status in the trailers';
    const grpcStatus = fields.get('grpc-status');
    if (grpcStatus !== undefined) code = Number(grpcStatus);
    const text = fields.get('grpc-message');
    if (text !== undefined) message = decodeGrpcMessage(text);
    if (code === 0) {
      const messageBytes = call.responseBytes - GRPC_MESSAGE_PREFIX_BYTES;
      if (messageBytes < call.minResponseBytes) {
        code = GrpcStatus.NOT_FOUND;
        message = `response of ${Math.max(0, messageBytes)} octets, expected at least ${call.minResponseBytes}`;
      } else message = '';
    }
    this.finish(streamId, code, message);
  }

  private finish(streamId: number, code: number, message: string): void {
    const call = this.pending.get(streamId);
    if (call === undefined) return;
    this.pending.delete(streamId);
    if (call.chunks === null) call.done(code, message);
    else call.done(code, message, Buffer.concat(call.chunks));
    if (this.queue.length > 0 && !this.flushScheduled) {
      this.flushScheduled = true;
      process.nextTick(() => {
        this.flush();
      });
    }
  }

  private expireCalls(): void {
    const oldest = performance.now() - this.requestTimeoutMs;
    for (const [streamId, call] of this.pending) {
      if (call.sentAt > oldest) continue;
      if (this.failure === null) this.socket.write(rstStreamFrame(streamId, H2Error.cancel));
      this.finish(streamId, GrpcStatus.DEADLINE_EXCEEDED, 'no answer within the request timeout');
    }
  }

  /** Ends every call in flight; calls started later fail at once. */
  private fail(reason: string): void {
    this.failure ??= reason;
    clearInterval(this.sweepTimer);
    for (const streamId of [...this.pending.keys()]) {
      this.finish(streamId, GrpcStatus.UNAVAILABLE, this.failure);
    }
    if (!this.socket.destroyed && reason !== 'connection closed') this.socket.destroy();
  }

  /** `done` from a later turn, as for every other outcome. */
  private complete(done: CallDone, code: number, message: string): void {
    process.nextTick(() => {
      done(code, message);
    });
  }
}

/**
 * The protobuf of a unary response's body: one uncompressed length-prefixed message (a flag octet,
 * 4 octets of length). The generator offers no compression, so a server must not use any.
 */
function grpcMessageContent(body: Buffer): Buffer {
  if (body.length < GRPC_MESSAGE_PREFIX_BYTES) throw new Error('response without a gRPC message');
  if (body[0] !== 0) throw new Error('a compressed gRPC message, which was not offered');
  const length = body.readUInt32BE(1);
  if (body.length !== GRPC_MESSAGE_PREFIX_BYTES + length) {
    throw new Error(`a gRPC message of ${length} octets in a body of ${body.length}`);
  }
  return body.subarray(GRPC_MESSAGE_PREFIX_BYTES);
}

/** grpc-message is percent-encoded (gRPC over HTTP/2, "Responses"). */
function decodeGrpcMessage(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
