// The same handlers on a grpc-js server: the peer port stays on grpc-js (it also carries Raft's
// streams) and serves a few of the client API's calls (MemberList, MemberAdd, HashKV and the
// leases a follower forwards), whose handlers are written for calls.ts's narrow interface.
import type {
  sendUnaryData,
  ServerDuplexStream,
  ServerUnaryCall,
  ServerWritableStream,
  UntypedHandleCall,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type {
  BidiCall,
  BidiHandler,
  ServerStreamHandler,
  UnaryCall,
  UnaryHandler,
} from './calls.js';
import type { GrpcStatus } from './wire.js';

/** Which kind of handler each method has (a grpc-js method definition's streaming flags). */
type Shapes = Record<string, { requestStream: boolean; responseStream: boolean }>;

/** grpc-js handlers for `implementation`, whose handlers take calls.ts's calls. */
export function grpcJsImplementation(
  definition: Shapes,
  implementation: Record<string, unknown>,
): UntypedServiceImplementation {
  const out: Record<string, UntypedHandleCall> = {};
  for (const [name, shape] of Object.entries(definition)) {
    const handle = implementation[name];
    if (typeof handle !== 'function') throw new Error(`no handler for ${name}`);
    if (shape.requestStream) {
      out[name] = (call: ServerDuplexStream<unknown, unknown>) => {
        (handle as BidiHandler<unknown, unknown>)(new GrpcJsCall(call));
      };
    } else if (shape.responseStream) {
      out[name] = (call: ServerWritableStream<unknown, unknown>) => {
        (handle as ServerStreamHandler<unknown, unknown>)(new GrpcJsCall(call));
      };
    } else {
      out[name] = (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
        (handle as UnaryHandler<unknown, unknown>)(new GrpcJsCall(call, callback));
      };
    }
  }
  return out;
}

type AnyGrpcJsCall =
  | ServerUnaryCall<unknown, unknown>
  | ServerWritableStream<unknown, unknown>
  | ServerDuplexStream<unknown, unknown>;

class GrpcJsCall implements UnaryCall<unknown, unknown>, BidiCall<unknown, unknown> {
  /** The call as an EventEmitter: grpc-js's union of call types has no common `on` signature. */
  private readonly events: NodeJS.EventEmitter;

  constructor(
    private readonly call: AnyGrpcJsCall,
    private readonly callback?: sendUnaryData<unknown>,
  ) {
    this.events = call;
  }

  get request(): unknown {
    return (this.call as { request?: unknown }).request;
  }

  metadata(key: string): string | undefined {
    const value = this.call.metadata.get(key)[0];
    return typeof value === 'string' ? value : undefined;
  }

  peerCommonName(): string | undefined {
    const cn = this.call.getAuthContext().sslPeerCertificate?.subject.CN;
    return typeof cn === 'string' ? cn : undefined;
  }

  get peer(): string {
    return this.call.getPeer();
  }

  get cancelled(): boolean {
    return this.call.cancelled;
  }

  respond(response: unknown): void {
    this.callback?.(null, response);
  }

  fail(status: GrpcStatus): void {
    if (this.callback) this.callback(status);
    else this.events.emit('error', status);
  }

  write(message: unknown): boolean {
    return (this.call as ServerWritableStream<unknown, unknown>).write(message);
  }

  onDrain(fn: () => void): void {
    this.events.once('drain', fn);
  }

  onCancel(fn: () => void): void {
    this.events.once('cancelled', fn);
  }

  end(): void {
    (this.call as ServerWritableStream<unknown, unknown>).end();
  }

  onMessage(fn: (request: unknown) => void): void {
    this.events.on('data', fn);
  }

  onEnd(fn: () => void): void {
    this.events.on('end', fn);
  }
}
