// What a gRPC handler sees of its call: a narrow interface of clusterd's own (not grpc-js's call
// objects), so handlers stay translation and the server under them can be ours (server.ts) or,
// on the peer port, grpc-js (grpc-js-adapter.ts). Then the HTTP/2 implementation of it: one object
// per call on one stream of src/util/h2, no EventEmitter or Duplex of its own; a unary call's
// answer is its three frames (headers, message, trailers) in the connection's next write.
import { encodeHeaderBlock } from '../h2/hpack.js';
import type { H2ServerStream } from '../h2/server-connection.js';
import { Code, encodeGrpcMessage, frameMessage, type GrpcStatus, MessageReader } from './wire.js';

/** The call's context: metadata, the client, cancellation. */
export interface CallContext {
  /** The first value of a metadata key (lower case), e.g. `token`. */
  metadata(key: string): string | undefined;
  /** The common name of the client certificate the connection's TLS handshake verified. */
  peerCommonName(): string | undefined;
  /** The client's address, `host:port`. */
  readonly peer: string;
  /** The client went away (reset the stream or the connection) or the deadline passed. */
  readonly cancelled: boolean;
}

export interface UnaryCall<Req, Res> extends CallContext {
  readonly request: Req;
  respond(response: Res): void;
  fail(status: GrpcStatus): void;
}

/** The response side of a streaming call. */
export interface ResponseStream<Res> extends CallContext {
  /** False: wait for onDrain before writing more. */
  write(message: Res): boolean;
  onDrain(fn: () => void): void;
  /** Called once if the call ends without end() or fail(): a reset, a lost connection, a deadline. */
  onCancel(fn: () => void): void;
  /** Status OK. */
  end(): void;
  fail(status: GrpcStatus): void;
}

export interface ServerStreamCall<Req, Res> extends ResponseStream<Res> {
  readonly request: Req;
}

export interface BidiCall<Req, Res> extends ResponseStream<Res> {
  onMessage(fn: (request: Req) => void): void;
  /** The client half-closed its side. */
  onEnd(fn: () => void): void;
}

export type UnaryHandler<Req, Res> = (call: UnaryCall<Req, Res>) => void;
export type ServerStreamHandler<Req, Res> = (call: ServerStreamCall<Req, Res>) => void;
export type BidiHandler<Req, Res> = (call: BidiCall<Req, Res>) => void;

/** What the HTTP/2 calls need of their connection (server.ts's Connection). */
export interface CallConnection {
  readonly peer: string;
  peerCommonName(): string | undefined;
}

/** One method's codecs, as the server's table holds them. */
export interface MethodCodec {
  decode(body: Buffer): unknown;
  encode(message: unknown): Uint8Array;
}

// Encoded once: the blocks never use HPACK's dynamic table, so they suit every connection. No
// `date` header, as grpc-go sends none.
const OK_HEADERS = encodeHeaderBlock([
  [':status', '200'],
  ['content-type', 'application/grpc'],
]);
const OK_TRAILERS = encodeHeaderBlock([
  ['grpc-status', '0'],
  ['grpc-message', ''],
]);

function trailersBlock(status: GrpcStatus): Buffer {
  return encodeHeaderBlock([
    ['grpc-status', String(status.code)],
    ['grpc-message', encodeGrpcMessage(status.details)],
  ]);
}

/** A status alone, as grpc-go writes it before any response: HEADERS with END_STREAM. */
export function sendTrailersOnly(stream: H2ServerStream, status: GrpcStatus, httpStatus = 200) {
  if (stream.destroyed || stream.headersSent) return;
  const block = encodeHeaderBlock([
    [':status', String(httpStatus)],
    ['content-type', 'application/grpc'],
    ['grpc-status', String(status.code)],
    ['grpc-message', encodeGrpcMessage(status.details)],
  ]);
  stream.respond(block, true);
}

/** The deadline's status: etcd's handlers return Go's context error. */
export const deadlineExceeded: GrpcStatus = {
  code: Code.DEADLINE_EXCEEDED,
  details: 'context deadline exceeded',
};

abstract class H2Call implements CallContext {
  /** A status went out (or the stream is gone): nothing more is sent. */
  protected done = false;
  private expired = false;
  private deadline: NodeJS.Timeout | undefined;

  constructor(
    protected readonly stream: H2ServerStream,
    protected readonly connection: CallConnection,
    protected readonly codec: MethodCodec,
  ) {}

  /** The request's message, decoded with the method's codec. */
  decodeRequest(body: Buffer): unknown {
    return this.codec.decode(body);
  }

  metadata(key: string): string | undefined {
    return this.stream.headers.get(key);
  }

  peerCommonName(): string | undefined {
    return this.connection.peerCommonName();
  }

  get peer(): string {
    return this.connection.peer;
  }

  get cancelled(): boolean {
    return this.expired || (!this.done && this.stream.destroyed);
  }

  /** grpc-timeout: past it, the call ends with DEADLINE_EXCEEDED. */
  setDeadline(ms: number): void {
    // Beyond setTimeout's range (~24.8 days) is as good as none.
    if (ms > 2 ** 31 - 1) return;
    this.deadline = setTimeout(() => {
      this.deadline = undefined;
      if (this.done) return;
      this.expired = true;
      this.fail(deadlineExceeded);
      this.cancel();
    }, ms);
  }

  fail(status: GrpcStatus): void {
    if (this.done) return;
    this.finish();
    if (this.stream.destroyed) return;
    if (!this.stream.headersSent) {
      sendTrailersOnly(this.stream, status);
      return;
    }
    this.stream.end(trailersBlock(status));
  }

  protected finish(): void {
    this.done = true;
    if (this.deadline !== undefined) {
      clearTimeout(this.deadline);
      this.deadline = undefined;
    }
  }

  protected cancel(): void {
    // Streaming calls tell their handler.
  }
}

/** A unary call: one request (decoded by the server), one answer in one write. */
export class H2UnaryCall<Req, Res> extends H2Call implements UnaryCall<Req, Res> {
  request!: Req;

  respond(response: Res): void {
    if (this.done) return;
    this.finish();
    const stream = this.stream;
    if (stream.destroyed) return;
    let framed: Buffer;
    try {
      framed = frameMessage(this.codec.encode(response));
    } catch (err) {
      this.done = false;
      this.fail({ code: Code.INTERNAL, details: `grpc: error while marshaling: ${String(err)}` });
      return;
    }
    stream.respond(OK_HEADERS, false);
    stream.end(OK_TRAILERS, framed);
  }
}

/** A call whose answers are a stream: Snapshot (after its one request) and the bidi calls. */
export class H2StreamingCall<Req, Res> extends H2Call implements BidiCall<Req, Res> {
  request!: Req;
  private cancelListener: (() => void) | undefined;
  private messageListener: ((request: Req) => void) | undefined;
  private endListener: (() => void) | undefined;

  constructor(stream: H2ServerStream, connection: CallConnection, codec: MethodCodec) {
    super(stream, connection, codec);
    stream.onClose = () => {
      if (!this.done) {
        this.finish();
        this.cancel();
      }
    };
  }

  /** Reads the client's messages (bidi calls) and hands them to onMessage. */
  readRequests(reader: MessageReader): void {
    const deliver = (body: Buffer): void => {
      if (this.done) return;
      let request: Req;
      try {
        request = this.codec.decode(body) as Req;
      } catch (err) {
        this.fail(unmarshalError(err));
        return;
      }
      this.messageListener?.(request);
    };
    this.stream.onData = (chunk) => {
      if (this.done) return;
      const refused = reader.push(chunk, deliver);
      if (refused) this.fail(refused);
    };
    this.stream.onEnd = () => {
      if (this.done) return;
      if (reader.partial) this.fail(truncatedMessage);
      else this.endListener?.();
    };
  }

  onMessage(fn: (request: Req) => void): void {
    this.messageListener = fn;
  }

  onEnd(fn: () => void): void {
    this.endListener = fn;
  }

  onCancel(fn: () => void): void {
    this.cancelListener = fn;
  }

  onDrain(fn: () => void): void {
    this.stream.onceDrain(fn);
  }

  write(message: Res): boolean {
    if (this.done || this.stream.destroyed) return false;
    const framed = frameMessage(this.codec.encode(message));
    if (!this.stream.headersSent) this.stream.respond(OK_HEADERS, false);
    return this.stream.write(framed);
  }

  end(): void {
    if (this.done) return;
    this.finish();
    if (this.stream.destroyed) return;
    if (!this.stream.headersSent) {
      sendTrailersOnly(this.stream, { code: Code.OK, details: '' });
      return;
    }
    this.stream.end(OK_TRAILERS);
  }

  protected override cancel(): void {
    const fn = this.cancelListener;
    this.cancelListener = undefined;
    fn?.();
  }
}

/** A request that could not be decoded, as grpc-go's server words it. */
export function unmarshalError(err: unknown): GrpcStatus {
  const reason = err instanceof Error ? err.message : String(err);
  return { code: Code.INTERNAL, details: `grpc: error unmarshalling request: ${reason}` };
}

/** The client ended its side inside a message (Go's io.ErrUnexpectedEOF). */
export const truncatedMessage: GrpcStatus = { code: Code.INTERNAL, details: 'unexpected EOF' };
