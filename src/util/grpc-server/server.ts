// A gRPC server on clusterd's own HTTP/2 connections (src/util/h2), for the client port: grpc-js's
// server cannot take single streams of a session it does not own, and its per-call machinery cost
// about 18% of a put; node:http2's per-stream work then cost more than the store (issue 13).
// This one owns every connection it is handed (handleConnection) and every stream on them:
// close() destroys them all, which cancels every streaming call.
//
// What it does as grpc-go's server does (etcd's clients parse these): unknown paths answered
// UNIMPLEMENTED `unknown service X` / `unknown method Y for service X`; requests over the limit
// RESOURCE_EXHAUSTED `grpc: received message larger than max (N vs. M)`; compressed requests
// refused (no decompressor is installed, as in etcd); `grpc-timeout` ends a call with
// DEADLINE_EXCEEDED; errors before any answer as trailers-only responses (HTTP 200, one HEADERS
// frame with END_STREAM); keepalive pings to clients, and GOAWAY ENHANCE_YOUR_CALM
// `too_many_pings` to clients that ping more often than the enforcement policy's minimum time.
// Unlike grpc-go, a client without streams may ping at that minimum too (grpc-go's
// PermitWithoutStream=false, etcd's setting, would count those pings within two hours as strikes).
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { H2Error } from '../h2/frames.js';
import { H2ServerConnection, type H2ServerStream } from '../h2/server-connection.js';
import {
  type BidiHandler,
  type CallConnection,
  H2StreamingCall,
  H2UnaryCall,
  type MethodCodec,
  type ServerStreamHandler,
  sendTrailersOnly,
  truncatedMessage,
  type UnaryHandler,
  unmarshalError,
} from './calls.js';
import { FRAME_PREFIX } from '../prefixed-frames.js';
import { Code, decompressorMissing, type GrpcStatus, MessageReader, parseTimeout } from './wire.js';

/** One method as the tables in src/api/services.ts describe it (grpc-js's definition shape). */
export interface MethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestDeserialize(bytes: Buffer): unknown;
  responseSerialize(message: never): Uint8Array;
}

export interface GrpcServerOptions {
  /** Requests above this are refused (grpc-go's MaxRecvMsgSize). */
  maxReceiveMessageBytes: number;
  /** SETTINGS_MAX_CONCURRENT_STREAMS (unlimited when not given). */
  maxConcurrentStreams?: number;
  /** Ping each connection this often and close it if the answer takes longer than timeoutMs. */
  keepalive?: { intervalMs: number; timeoutMs: number };
  /** Clients pinging more often than this get GOAWAY ENHANCE_YOUR_CALM (0: no policing). */
  keepaliveMinTimeMs?: number;
  /** A handler threw: a bug, reported here (the call fails with INTERNAL). */
  onHandlerError?: (err: unknown) => void;
}

type Handler =
  | { kind: 'unary'; handle: UnaryHandler<unknown, unknown> }
  | { kind: 'server-stream'; handle: ServerStreamHandler<unknown, unknown> }
  | { kind: 'bidi'; handle: BidiHandler<unknown, unknown> };

type Method = MethodCodec & Handler;

/** grpc-go's maxPingStrikes: the third ping too soon closes the connection. */
const maxPingStrikes = 2;
const tooManyPings = Buffer.from('too_many_pings');

export class GrpcServer {
  private readonly methods = new Map<string, Method>();
  private readonly services = new Set<string>();
  private readonly connections = new Set<Connection>();
  private closed = false;

  constructor(private readonly options: GrpcServerOptions) {}

  /**
   * Serves a service: `definition` maps method names to their definitions, `implementation` the
   * same names to handlers (UnaryHandler, ServerStreamHandler or BidiHandler by the definition's
   * streaming flags).
   */
  addService(
    definition: Record<string, MethodDefinition>,
    implementation: Record<string, unknown>,
  ): void {
    for (const [name, def] of Object.entries(definition)) {
      const handle = implementation[name];
      if (typeof handle !== 'function') throw new Error(`no handler for ${def.path}`);
      const kind = def.requestStream ? 'bidi' : def.responseStream ? 'server-stream' : 'unary';
      if (def.requestStream && !def.responseStream)
        throw new Error(`${def.path}: client streaming is not served`);
      this.methods.set(def.path, {
        kind,
        handle: handle as never,
        decode: (body) => def.requestDeserialize(body),
        encode: (message) => def.responseSerialize(message as never),
      });
      this.services.add(def.path.slice(1, def.path.lastIndexOf('/')));
    }
  }

  /**
   * An HTTP/2 connection to serve until close(): the socket (or a TLS socket over it) and the
   * bytes already read from it.
   */
  handleConnection(socket: Duplex, firstBytes: Buffer = Buffer.alloc(0)): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    const connection: Connection = new Connection(socket, this.options, {
      onStream: (stream) => {
        this.onStream(connection, stream);
      },
      onClose: () => {
        connection.dispose();
        this.connections.delete(connection);
      },
    });
    this.connections.add(connection);
    connection.h2.serve(firstBytes);
  }

  /** The connections being served (for tests and diagnostics). */
  get sessionCount(): number {
    return this.connections.size;
  }

  /** Destroys every connection (and so every stream: streaming calls see onCancel). */
  close(): void {
    this.closed = true;
    for (const connection of [...this.connections]) connection.h2.destroy();
    this.connections.clear();
  }

  private onStream(connection: Connection, stream: H2ServerStream): void {
    const headers = stream.headers;
    const refused = this.refusal(headers);
    if (refused !== undefined) {
      sendTrailersOnly(stream, refused.status, refused.httpStatus);
      return;
    }
    const method = this.methods.get(headers.get(':path')!)!;
    const encoding = headers.get('grpc-encoding');
    if (encoding !== undefined && encoding !== 'identity') {
      sendTrailersOnly(stream, decompressorMissing(encoding));
      return;
    }
    const timeout = headers.get('grpc-timeout');
    let timeoutMs: number | undefined;
    if (timeout !== undefined) {
      const parsed = parseTimeout(timeout);
      if (typeof parsed !== 'number') {
        sendTrailersOnly(stream, parsed);
        return;
      }
      timeoutMs = parsed;
    }
    if (method.kind === 'unary') {
      const call = new H2UnaryCall<unknown, unknown>(stream, connection, method);
      if (timeoutMs !== undefined) call.setDeadline(timeoutMs);
      this.readUnary(stream, call, method.handle);
      return;
    }
    const call = new H2StreamingCall<unknown, unknown>(stream, connection, method);
    if (timeoutMs !== undefined) call.setDeadline(timeoutMs);
    if (method.kind === 'bidi') {
      call.readRequests(new MessageReader(this.options.maxReceiveMessageBytes, undefined));
      this.run(call, () => {
        method.handle(call);
      });
      return;
    }
    const handle = method.handle;
    this.readUnary(stream, call, handle);
  }

  /** Why a stream is turned away before any handler sees it, as grpc-go words it. */
  private refusal(
    headers: H2ServerStream['headers'],
  ): { status: GrpcStatus; httpStatus: number } | undefined {
    const contentType = headers.get('content-type') ?? '';
    if (!/^application\/grpc($|[+;])/.test(contentType))
      return {
        status: {
          code: Code.INVALID_ARGUMENT,
          details: `invalid gRPC request content-type ${JSON.stringify(contentType)}`,
        },
        httpStatus: 415,
      };
    if (headers.get(':method') !== 'POST')
      return {
        status: {
          code: Code.INTERNAL,
          details: `invalid gRPC request method ${JSON.stringify(headers.get(':method'))}`,
        },
        httpStatus: 405,
      };
    const path = headers.get(':path') ?? '';
    if (this.methods.has(path)) return undefined;
    const name = path.startsWith('/') ? path.slice(1) : path;
    const slash = name.lastIndexOf('/');
    if (slash < 0)
      return {
        status: {
          code: Code.UNIMPLEMENTED,
          details: `malformed method name: ${JSON.stringify(path)}`,
        },
        httpStatus: 200,
      };
    const service = name.slice(0, slash);
    const details = this.services.has(service)
      ? `unknown method ${name.slice(slash + 1)} for service ${service}`
      : `unknown service ${service}`;
    return { status: { code: Code.UNIMPLEMENTED, details }, httpStatus: 200 };
  }

  /**
   * Reads a call's one request and runs its handler as soon as the message is whole (the client's
   * END_STREAM may follow). A message in one DATA chunk, as a small request always is, is decoded
   * from that chunk with nothing collected.
   */
  private readUnary<C extends H2UnaryCall<unknown, unknown> | H2StreamingCall<unknown, unknown>>(
    stream: H2ServerStream,
    call: C,
    handle: (call: C) => void,
  ): void {
    const max = this.options.maxReceiveMessageBytes;
    let reader: MessageReader | undefined;
    let started = false;
    const dispatch = (body: Buffer): void => {
      started = true;
      try {
        call.request = call.decodeRequest(body);
      } catch (err) {
        call.fail(unmarshalError(err));
        return;
      }
      this.run(call, () => {
        handle(call);
      });
    };
    stream.onData = (chunk) => {
      if (started) return;
      if (reader === undefined && chunk.length >= FRAME_PREFIX) {
        const length = chunk.readUInt32BE(1);
        if (chunk.length === FRAME_PREFIX + length && chunk[0] === 0 && length <= max) {
          dispatch(chunk.subarray(FRAME_PREFIX));
          return;
        }
      }
      reader ??= new MessageReader(max, undefined);
      const refused = reader.push(chunk, (body) => {
        if (!started) dispatch(body);
      });
      if (refused) {
        started = true;
        call.fail(refused);
      }
    };
    stream.onEnd = () => {
      if (started) return;
      started = true;
      call.fail(reader?.partial === true ? truncatedMessage : noRequest);
    };
  }

  private run(call: { fail(status: GrpcStatus): void }, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.options.onHandlerError?.(err);
      call.fail({ code: Code.INTERNAL, details: err instanceof Error ? err.message : String(err) });
    }
  }
}

/** A unary or server-streaming call whose client sent no message (Go's io.EOF). */
const noRequest: GrpcStatus = { code: Code.INTERNAL, details: 'EOF' };

/** One HTTP/2 connection: its client, its keepalive pings, its ping policing. */
class Connection implements CallConnection {
  readonly h2: H2ServerConnection;
  readonly peer: string;
  private commonName: string | null | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private pingTimeout: NodeJS.Timeout | undefined;
  private pingStrikes = 0;
  private lastClientPingMs = -Infinity;

  constructor(
    private readonly socket: Duplex,
    options: GrpcServerOptions,
    events: { onStream: (stream: H2ServerStream) => void; onClose: () => void },
  ) {
    const address = socket as Partial<TLSSocket>;
    this.peer =
      address.remoteAddress === undefined
        ? 'unknown'
        : `${address.remoteAddress}:${address.remotePort ?? 0}`;
    const keepalive = options.keepalive;
    if (keepalive && keepalive.intervalMs > 0 && keepalive.timeoutMs > 0) {
      this.pingTimer = setInterval(() => {
        this.ping(keepalive.timeoutMs);
      }, keepalive.intervalMs);
    }
    const minTimeMs = options.keepaliveMinTimeMs ?? 0;
    this.h2 = new H2ServerConnection(socket, {
      ...(options.maxConcurrentStreams !== undefined && {
        maxConcurrentStreams: options.maxConcurrentStreams,
      }),
      onStream: events.onStream,
      onClose: events.onClose,
      ...(minTimeMs > 0 && {
        onPing: (wroteSince) => {
          this.onClientPing(minTimeMs, wroteSince);
        },
      }),
    });
  }

  peerCommonName(): string | undefined {
    if (this.commonName === undefined) {
      const socket = this.socket as Partial<TLSSocket>;
      const cn =
        typeof socket.getPeerCertificate === 'function'
          ? (socket.getPeerCertificate().subject as { CN?: unknown } | undefined)?.CN
          : undefined;
      this.commonName = typeof cn === 'string' ? cn : null;
    }
    return this.commonName ?? undefined;
  }

  dispose(): void {
    clearInterval(this.pingTimer);
    clearTimeout(this.pingTimeout);
    this.pingTimer = undefined;
    this.pingTimeout = undefined;
  }

  /** One keepalive ping; no answer within timeoutMs closes the connection. */
  private ping(timeoutMs: number): void {
    if (this.pingTimeout !== undefined || this.h2.destroyed) return;
    this.pingTimeout = setTimeout(() => {
      this.h2.destroy();
    }, timeoutMs);
    this.h2.ping(() => {
      clearTimeout(this.pingTimeout);
      this.pingTimeout = undefined;
    });
  }

  /** grpc-go's enforcement policy: more than two pings too soon, and the client is told off. */
  private onClientPing(minTimeMs: number, wroteSince: boolean): void {
    const now = performance.now();
    const last = this.lastClientPingMs;
    this.lastClientPingMs = now;
    // A ping after the server wrote is no strike: grpc-go's clients ping as they receive data, to
    // size their windows (BDP estimation), and grpc-go's server resets strikes at every frame.
    if (wroteSince) {
      this.pingStrikes = 0;
      return;
    }
    if (now - last < minTimeMs) this.pingStrikes++;
    // grpc-go closes the connection after its GOAWAY, as goAway does once the frame is written.
    if (this.pingStrikes > maxPingStrikes) this.h2.goAway(H2Error.enhanceYourCalm, tooManyPings);
  }
}
