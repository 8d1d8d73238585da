// Sends RPCs: picks an endpoint, waits for its connection, applies the deadline, retries by the
// policy in retry.ts and fails over on Unavailable. Owns every pending call and timer so that
// `close()` ends them all.
import * as grpc from '@grpc/grpc-js';
import { authService, type EtcdMethod } from '../api/services.js';
import { AuthTokens, type ClientCredentials } from './auth-token.js';
import {
  ClientClosedError,
  EtcdError,
  GrpcStatus,
  UnavailableError,
  toEtcdError,
} from './errors.js';
import { EndpointPool, type ClientTransportTls, type EndpointAddress } from './endpoints.js';
import { backoffMs, retryPolicyFor, shouldFailover, shouldRetry } from './retry.js';

/** A method as the client uses it: sends the plain request, receives the decoded response. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClientMethod<Req, Res> = EtcdMethod<Req, any, any, Res>;

export interface TransportOptions {
  /** Parsed addresses (whose scheme says whether to use TLS). */
  endpoints: readonly EndpointAddress[];
  /** TLS settings (see ClientTransportTls); `https://` endpoints use TLS without them too. */
  tls?: ClientTransportTls;
  /** How long to wait for a connection to one endpoint before trying the next. */
  dialTimeoutMs: number;
  /** The default deadline of one call, retries included. */
  commandTimeoutMs: number;
  /** A user's name and password: every call carries the token Authenticate gives for them. */
  credentials?: ClientCredentials;
}

export interface CallOptions {
  /** Overrides the default command timeout for this call. */
  timeoutMs?: number;
  /** Send to this endpoint only (no failover), e.g. for per-member status. */
  endpoint?: string;
}

const maxAttempts = 64;

export class Transport {
  readonly pool: EndpointPool;
  readonly dialTimeoutMs: number;
  readonly commandTimeoutMs: number;
  private readonly calls = new Set<grpc.Call>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  /** Undefined without credentials: calls then carry no token. */
  readonly tokens: AuthTokens | undefined;
  private closed = false;

  constructor(options: TransportOptions) {
    this.pool = new EndpointPool(options.endpoints, options.tls);
    this.dialTimeoutMs = options.dialTimeoutMs;
    this.commandTimeoutMs = options.commandTimeoutMs;
    if (options.credentials) {
      this.tokens = new AuthTokens(options.credentials, async (endpoint, credentials, deadline) => {
        const res = await this.unaryOnce(
          endpoint,
          authService.Authenticate,
          { name: credentials.username, password: credentials.password },
          deadline,
          new grpc.Metadata(),
        ).catch((err: unknown) => {
          throw toEtcdError(err);
        });
        return res.token;
      });
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** One unary RPC with retries and failover as the method's policy allows. */
  async unary<Req, Res>(
    method: ClientMethod<Req, Res>,
    request: Req,
    options: CallOptions = {},
  ): Promise<Res> {
    const policy = retryPolicyFor(method.path, request);
    const deadline = Date.now() + (options.timeoutMs ?? this.commandTimeoutMs);
    let renewedToken = false;
    for (let attempt = 0; ; attempt++) {
      this.assertOpen();
      const endpoint = options.endpoint ?? this.pool.active;
      let token: string | undefined;
      let err: EtcdError;
      try {
        await this.connect(endpoint, deadline);
        token = await this.tokens?.get(endpoint, deadline);
        return await this.unaryOnce(endpoint, method, request, deadline, tokenMetadata(token));
      } catch (e) {
        err = this.closed ? new ClientClosedError() : toEtcdError(e);
      }
      if (this.closed) throw err;
      // A token refused as stale was refused before anything was applied: once more with a new one.
      if (token !== undefined && !renewedToken && this.tokens?.rejected(err, token)) {
        renewedToken = true;
        continue;
      }
      if (options.endpoint === undefined && shouldFailover(err)) this.pool.failover(endpoint);
      const waitMs = backoffMs(attempt);
      if (
        !shouldRetry(policy, err) ||
        attempt + 1 >= maxAttempts ||
        Date.now() + waitMs >= deadline
      ) {
        throw err;
      }
      await this.delay(waitMs);
    }
  }

  /**
   * Waits until `endpoint` is connected. Failing here proves nothing was sent, which is why the
   * error says "No connection established" (retry.ts's neverSent reads it).
   */
  async connect(endpoint: string, deadline: number): Promise<void> {
    const waitMs = Math.min(this.dialTimeoutMs, deadline - Date.now());
    if (waitMs <= 0) {
      throw new EtcdError('context deadline exceeded', GrpcStatus.DEADLINE_EXCEEDED);
    }
    try {
      await this.pool.waitReady(endpoint, waitMs);
    } catch (e) {
      if (this.closed) throw new ClientClosedError();
      const reason = e instanceof Error ? e.message : String(e);
      throw new UnavailableError(
        `No connection established to ${endpoint}: ${reason}`,
        GrpcStatus.UNAVAILABLE,
      );
    }
  }

  /** connect(), then has a token for `endpoint` when the client has credentials (for streams). */
  async connectWithToken(endpoint: string, deadline: number): Promise<void> {
    await this.connect(endpoint, deadline);
    await this.tokens?.get(endpoint, deadline);
  }

  /**
   * Finds a connected endpoint for a stream, starting with the active one and failing over, and
   * has a token for it when the client has credentials. Rejects with the last error after trying
   * each endpoint once.
   */
  async connectAny(): Promise<string> {
    let last: EtcdError | undefined;
    for (let i = 0; i < this.pool.endpoints.length; i++) {
      this.assertOpen();
      const endpoint = this.pool.active;
      try {
        await this.connectWithToken(endpoint, Date.now() + this.dialTimeoutMs);
        return endpoint;
      } catch (e) {
        last = toEtcdError(e);
        this.pool.failover(endpoint);
      }
    }
    throw last ?? new UnavailableError('no endpoint', GrpcStatus.UNAVAILABLE);
  }

  /**
   * Opens a bidi stream on `endpoint` (found by connectAny) with etcd's require-leader metadata
   * and the token. A stream the server ends for a stale token drops it, so the redial renews it.
   */
  openBidi<Req, Res>(
    endpoint: string,
    method: ClientMethod<Req, Res>,
  ): grpc.ClientDuplexStream<Req, Res> {
    this.assertOpen();
    const token = this.tokens?.current;
    const metadata = tokenMetadata(token);
    metadata.set('hasleader', 'true');
    const stream = this.pool
      .channel(endpoint)
      .makeBidiStreamRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        metadata,
      );
    return this.track(stream, token);
  }

  /**
   * Opens a server-streaming call on `endpoint` (connected, with a token when the client has
   * credentials: connectWithToken) with the token. The transport owns it until it ends: close()
   * cancels it.
   */
  openServerStream<Req, Res>(
    endpoint: string,
    method: ClientMethod<Req, Res>,
    request: Req,
    deadline?: number,
  ): grpc.ClientReadableStream<Res> {
    this.assertOpen();
    const token = this.tokens?.current;
    const stream = this.pool
      .channel(endpoint)
      .makeServerStreamRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        request,
        tokenMetadata(token),
        deadline === undefined ? {} : { deadline },
      );
    return this.track(stream, token);
  }

  /**
   * Owns a stream until it ends (close() cancels it). One the server ends for a stale token drops
   * the token, so the next call renews it.
   */
  private track<
    S extends grpc.ClientReadableStream<unknown> | grpc.ClientDuplexStream<unknown, unknown>,
  >(stream: S, token: string | undefined): S {
    this.calls.add(stream);
    const forget = (): void => {
      this.calls.delete(stream);
    };
    stream.on('status', (status: grpc.StatusObject) => {
      forget();
      if (token !== undefined && status.code !== GrpcStatus.OK) {
        this.tokens?.rejected(toEtcdError(Object.assign(new Error(status.details), status)), token);
      }
    });
    stream.on('error', forget);
    stream.on('close', forget);
    return stream;
  }

  /** A timer owned by the transport; rejects with ClientClosedError if the client closes first. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new ClientClosedError());
        return;
      }
      const handle = setTimeout(() => {
        this.timers.delete(handle);
        resolve();
      }, ms);
      this.timers.set(handle, () => {
        reject(new ClientClosedError());
      });
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const call of this.calls) call.cancel();
    this.calls.clear();
    for (const [handle, cancel] of this.timers) {
      clearTimeout(handle);
      cancel();
    }
    this.timers.clear();
    this.pool.close();
  }

  private unaryOnce<Req, Res>(
    endpoint: string,
    method: ClientMethod<Req, Res>,
    request: Req,
    deadline: number,
    metadata: grpc.Metadata,
  ): Promise<Res> {
    return new Promise((resolve, reject) => {
      const call = this.pool
        .channel(endpoint)
        .makeUnaryRequest(
          method.path,
          method.requestSerialize,
          method.responseDeserialize,
          request,
          metadata,
          { deadline },
          (err, response) => {
            this.calls.delete(call);
            if (err) reject(err);
            else if (response === undefined) reject(new EtcdError('empty response'));
            else resolve(response);
          },
        );
      this.calls.add(call);
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new ClientClosedError();
  }
}

/** A call's metadata: the token, when there is one ('' means the store has auth off). */
function tokenMetadata(token: string | undefined): grpc.Metadata {
  const metadata = new grpc.Metadata();
  if (token) metadata.set('token', token);
  return metadata;
}
