// Shared plumbing for gRPC handlers: etcd's errors to gRPC statuses, the `hasleader` check, and
// per-method metrics. Handlers stay one line of translation each.
import {
  Metadata,
  status,
  type ServerErrorResponse,
  type ServerUnaryCall,
  type sendUnaryData,
} from '@grpc/grpc-js';
import { etcdserverpb } from '../gen/etcd.js';
import { EtcdError, Errors } from '../server/errors.js';
import type { AuthInfo } from '../server/auth-store.js';
import type { EtcdServer } from '../server/etcd-server.js';
import type { Logger } from '../util/log.js';

export function toServiceError(err: unknown, logger: Logger): Partial<ServerErrorResponse> {
  if (err instanceof EtcdError) return { code: err.code, details: err.message };
  // Anything else is a bug: say so plainly instead of inventing an etcd error.
  logger.error('internal error serving request', {
    error: err instanceof Error ? err.stack : String(err),
  });
  return {
    code: status.INTERNAL,
    details: `clusterd: internal error: ${err instanceof Error ? err.message : String(err)}`,
  };
}

/**
 * etcd's interceptors, before any handler: a stopped server serves nothing, a learner serves only
 * Status and serializable Range (streams not at all), and a client that set `hasleader=true`
 * (clientv3's WithRequireLeader) wants no answer from a member without a leader.
 */
export function admit(metadata: Metadata, server: EtcdServer, request?: unknown): void {
  if (server.isStopped) throw Errors.stopped();
  if (server.isLearner && !servedByLearner(request)) throw Errors.learnerUnsupportedRpc();
  const asked = metadata.get('hasleader')[0];
  if (asked === 'true' && server.leaderId === 0n) throw Errors.noLeader();
}

/** What authOf reads of a call: its metadata and its connection's TLS. */
export interface AuthenticatedCall {
  metadata: Metadata;
  getAuthContext(): ReturnType<ServerUnaryCall<unknown, unknown>['getAuthContext']>;
}

/**
 * The request's AuthInfo from its `token` metadata (clientv3's), or "invalid auth token"; without
 * one, the common name of the client certificate its TLS connection verified. (Connections whose
 * `:authority` the front mends reach grpc-js as a stream, not a TLS socket: they have no
 * certificate name here and need a token.)
 */
export function authOf(call: AuthenticatedCall, server: EtcdServer): AuthInfo {
  const token = call.metadata.get('token')[0];
  if (typeof token === 'string') return server.authInfo(token);
  return server.authInfo(undefined, () => {
    const cn = call.getAuthContext().sslPeerCertificate?.subject.CN;
    return typeof cn === 'string' ? cn : undefined;
  });
}

function servedByLearner(request: unknown): boolean {
  if (request instanceof etcdserverpb.StatusRequest) return true;
  // etcd 3.5 lets a learner send its snapshot.
  if (request instanceof etcdserverpb.SnapshotRequest) return true;
  return request instanceof etcdserverpb.RangeRequest && request.serializable;
}

export type UnaryHandler<Req, Res> = (
  call: ServerUnaryCall<Req, Res>,
  callback: sendUnaryData<Res>,
) => void;

/** Wraps a promise-returning implementation as a grpc-js unary handler. */
export function unary<Req, Res>(
  service: string,
  method: string,
  server: EtcdServer,
  logger: Logger,
  impl: (req: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res> | Res,
): UnaryHandler<Req, Res> {
  const labels = {
    grpc_service: `etcdserverpb.${service}`,
    grpc_method: method,
    grpc_type: 'unary',
  };
  const { grpcHandled } = server.metrics;
  const started = server.metrics.grpcStarted.series(labels);
  const handledOk = grpcHandled.series({ ...labels, grpc_code: 'OK' });
  const handling = server.metrics.grpcHandlingSeconds?.with(labels);
  return (call, callback) => {
    started.inc();
    const startedMs = handling ? performance.now() : 0;
    let result: Promise<Res>;
    try {
      admit(call.metadata, server, call.request);
      result = Promise.resolve(impl(call.request, call));
    } catch (err) {
      result = Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    result.then(
      (res) => {
        handledOk.inc();
        handling?.observe((performance.now() - startedMs) / 1000);
        callback(null, res);
      },
      (err: unknown) => {
        const e = toServiceError(err, logger);
        grpcHandled.inc(1, { ...labels, grpc_code: grpcCodeName(e.code ?? status.UNKNOWN) });
        handling?.observe((performance.now() - startedMs) / 1000);
        callback(e);
      },
    );
  };
}

/** A status code as Go's codes.Code.String() spells it, the grpc_code label etcd's metrics use. */
export function grpcCodeName(code: status): string {
  if (code === status.OK) return 'OK';
  if (code === status.CANCELLED) return 'Canceled';
  const name = status[code] as string | undefined;
  if (name === undefined) return `Code(${code})`;
  return name
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_m, _sep: string, c: string) => c.toUpperCase());
}
