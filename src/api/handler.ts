// Shared plumbing for gRPC handlers: etcd's errors to gRPC statuses, the `hasleader` check, and
// per-method metrics. Handlers stay one line of translation each.
import { status } from '@grpc/grpc-js';
import { etcdserverpb } from '../gen/etcd.js';
import { EtcdError, Errors } from '../server/errors.js';
import type { AuthInfo } from '../server/auth-store.js';
import type { EtcdServer } from '../server/etcd-server.js';
import type { CallContext, UnaryCall, UnaryHandler } from '../util/grpc-server/calls.js';
import type { GrpcStatus } from '../util/grpc-server/wire.js';
import type { Logger } from '../util/log.js';

export function toServiceError(err: unknown, logger: Logger): GrpcStatus {
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
export function admit(call: CallContext, server: EtcdServer, request?: unknown): void {
  if (server.isStopped) throw Errors.stopped();
  if (server.isLearner && !servedByLearner(request)) throw Errors.learnerUnsupportedRpc();
  const asked = call.metadata('hasleader');
  if (asked === 'true' && server.leaderId === 0n) throw Errors.noLeader();
}

/**
 * The request's AuthInfo from its `token` metadata (clientv3's), or "invalid auth token"; without
 * one, the common name of the client certificate its TLS connection verified.
 */
export function authOf(call: CallContext, server: EtcdServer): AuthInfo {
  const token = call.metadata('token');
  if (token !== undefined) return server.authInfo(token);
  return server.authInfo(undefined, () => call.peerCommonName());
}

function servedByLearner(request: unknown): boolean {
  if (request instanceof etcdserverpb.StatusRequest) return true;
  // etcd 3.5 lets a learner send its snapshot.
  if (request instanceof etcdserverpb.SnapshotRequest) return true;
  return request instanceof etcdserverpb.RangeRequest && request.serializable;
}

/** Wraps a promise-returning implementation as a unary handler, with etcd's checks and metrics. */
export function unary<Req, Res>(
  service: string,
  method: string,
  server: EtcdServer,
  logger: Logger,
  impl: (req: Req, call: UnaryCall<Req, Res>) => Promise<Res> | Res,
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
  return (call) => {
    started.inc();
    const startedMs = handling ? performance.now() : 0;
    const failed = (err: unknown): void => {
      const e = toServiceError(err, logger);
      grpcHandled.inc(1, { ...labels, grpc_code: grpcCodeName(e.code) });
      handling?.observe((performance.now() - startedMs) / 1000);
      call.fail(e);
    };
    let result: Promise<Res> | Res;
    try {
      admit(call, server, call.request);
      result = impl(call.request, call);
    } catch (err) {
      failed(err);
      return;
    }
    const answered = (res: Res): void => {
      handledOk.inc();
      handling?.observe((performance.now() - startedMs) / 1000);
      call.respond(res);
    };
    if (result instanceof Promise) result.then(answered, failed);
    else answered(result);
  };
}

/** A status code as Go's codes.Code.String() spells it, the grpc_code label etcd's metrics use. */
export function grpcCodeName(code: number): string {
  if (code === (status.OK as number)) return 'OK';
  if (code === (status.CANCELLED as number)) return 'Canceled';
  const name = (status as Record<number, string | undefined>)[code];
  if (name === undefined) return `Code(${code})`;
  return name
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_m, _sep: string, c: string) => c.toUpperCase());
}
