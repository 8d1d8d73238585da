// Errors as types. etcd clients match server errors by their exact message text (Go's rpctypes),
// so this file holds one table from etcd's message strings to classes. Each class says whether
// the condition is transient (`retryable`): the client only ever retries automatically when the
// retry policy in retry.ts also allows it for the RPC at hand.
import { status as GrpcStatus } from '@grpc/grpc-js';

export { GrpcStatus };

/** The base of every error the client raises. */
export class EtcdError extends Error {
  /** True when the same request may succeed later (the condition is transient). */
  readonly retryable: boolean = false;
  /** The gRPC status code the error arrived with, or the one closest to a client-side error. */
  readonly code: GrpcStatus;

  constructor(message: string, code: GrpcStatus = GrpcStatus.UNKNOWN, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

// --- InvalidArgument ----------------------------------------------------------------------------
export class KeyNotProvidedError extends EtcdError {}
export class KeyNotFoundError extends EtcdError {}
export class ValueProvidedError extends EtcdError {}
export class LeaseProvidedError extends EtcdError {}
export class TooManyOpsError extends EtcdError {}
export class DuplicateKeyError extends EtcdError {}
export class InvalidSortOptionError extends EtcdError {}
/** The request is larger than the server accepts (`--max-request-bytes` or the gRPC limit). */
export class RequestTooLargeError extends EtcdError {}
export class AuthFailedError extends EtcdError {}
export class UserEmptyError extends EtcdError {}
/** The request was checked against an auth store older than the member's (a token to renew). */
export class AuthOldRevisionError extends EtcdError {}
export class InvalidMemberUrlsError extends EtcdError {}

// --- OutOfRange ---------------------------------------------------------------------------------
/** The requested revision has been compacted away. */
export class CompactedError extends EtcdError {
  /** The compaction revision when the server reported it (watch cancellations carry it). */
  compactRevision = 0;
}
export class FutureRevisionError extends EtcdError {}
export class LeaseTtlTooLargeError extends EtcdError {}

// --- ResourceExhausted --------------------------------------------------------------------------
export class NoSpaceError extends EtcdError {}
export class TooManyRequestsError extends EtcdError {}

// --- NotFound -----------------------------------------------------------------------------------
export class LeaseNotFoundError extends EtcdError {}
export class MemberNotFoundError extends EtcdError {}

// --- FailedPrecondition -------------------------------------------------------------------------
export class LeaseExistsError extends EtcdError {}
export class PeerUrlExistsError extends EtcdError {}
export class MemberExistsError extends EtcdError {}
export class MemberNotLearnerError extends EtcdError {}
export class BadLeaderTransfereeError extends EtcdError {}
export class AuthNotEnabledError extends EtcdError {}
export class NotLeaderError extends EtcdError {}
export class NotCapableError extends EtcdError {}
export class NotEnoughStartedMembersError extends EtcdError {}
export class LearnerNotSupportedError extends EtcdError {}

// --- Unavailable: transient, the cluster or the connection is not able to answer now ------------
export class UnavailableError extends EtcdError {
  override readonly retryable = true;
}
export class NoLeaderError extends UnavailableError {}
export class LeaderChangedError extends UnavailableError {}
/** The server gave up waiting for the write to commit: it may still apply. */
export class RequestTimeoutError extends UnavailableError {}
export class ServerStoppedError extends UnavailableError {}
export class UnhealthyClusterError extends UnavailableError {}

// --- other server conditions --------------------------------------------------------------------
export class PermissionDeniedError extends EtcdError {}
export class InvalidAuthTokenError extends EtcdError {}
export class CorruptError extends EtcdError {}
export class RequestCanceledError extends EtcdError {}
export class UnimplementedError extends EtcdError {}

// --- client side --------------------------------------------------------------------------------
/** The call's deadline passed; a write may or may not have been applied. */
export class DeadlineExceededError extends EtcdError {}
/** The client was closed while the call was pending. */
export class ClientClosedError extends EtcdError {
  constructor(message = 'client is closed') {
    super(message, GrpcStatus.CANCELLED);
  }
}
/** The server canceled a watch for a reason other than compaction. */
export class WatchCanceledError extends EtcdError {}
/** A kept-alive lease is gone (the server answered TTL 0, or no answer came within the TTL). */
export class LeaseLostError extends EtcdError {}

type ErrorClass = new (message: string, code: GrpcStatus) => EtcdError;

/** etcd's exact message strings (api/v3rpc/rpctypes/error.go) and the class each becomes. */
export const etcdErrorTable: ReadonlyMap<string, ErrorClass> = new Map<string, ErrorClass>([
  ['etcdserver: key is not provided', KeyNotProvidedError],
  ['etcdserver: key not found', KeyNotFoundError],
  ['etcdserver: value is provided', ValueProvidedError],
  ['etcdserver: lease is provided', LeaseProvidedError],
  ['etcdserver: too many operations in txn request', TooManyOpsError],
  ['etcdserver: duplicate key given in txn request', DuplicateKeyError],
  ['etcdserver: invalid sort option', InvalidSortOptionError],
  ['etcdserver: request is too large', RequestTooLargeError],
  ['etcdserver: authentication failed, invalid user ID or password', AuthFailedError],
  ['etcdserver: user name is empty', UserEmptyError],
  ['etcdserver: revision of auth store is old', AuthOldRevisionError],
  ['etcdserver: given member URLs are invalid', InvalidMemberUrlsError],
  ['etcdserver: mvcc: required revision has been compacted', CompactedError],
  ['etcdserver: mvcc: required revision is a future revision', FutureRevisionError],
  ['etcdserver: too large lease TTL', LeaseTtlTooLargeError],
  ['etcdserver: mvcc: database space exceeded', NoSpaceError],
  ['etcdserver: too many requests', TooManyRequestsError],
  ['etcdserver: requested lease not found', LeaseNotFoundError],
  ['etcdserver: member not found', MemberNotFoundError],
  ['etcdserver: lease already exists', LeaseExistsError],
  ['etcdserver: Peer URLs already exists', PeerUrlExistsError],
  ['etcdserver: member ID already exist', MemberExistsError],
  ['etcdserver: can only promote a learner member', MemberNotLearnerError],
  ['etcdserver: bad leader transferee', BadLeaderTransfereeError],
  ['etcdserver: authentication is not enabled', AuthNotEnabledError],
  ['etcdserver: not leader', NotLeaderError],
  ['etcdserver: not capable', NotCapableError],
  [
    'etcdserver: re-configuration failed due to not enough started members',
    NotEnoughStartedMembersError,
  ],
  ['etcdserver: rpc not supported for learner', LearnerNotSupportedError],
  ['etcdserver: no leader', NoLeaderError],
  ['etcdserver: leader changed', LeaderChangedError],
  ['etcdserver: request timed out', RequestTimeoutError],
  ['etcdserver: request timed out, possibly due to previous leader failure', RequestTimeoutError],
  ['etcdserver: request timed out, possibly due to connection lost', RequestTimeoutError],
  ['etcdserver: server stopped', ServerStoppedError],
  ['etcdserver: unhealthy cluster', UnhealthyClusterError],
  ['etcdserver: permission denied', PermissionDeniedError],
  ['etcdserver: invalid auth token', InvalidAuthTokenError],
  ['etcdserver: corrupt cluster', CorruptError],
  ['etcdserver: request canceled', RequestCanceledError],
  ['etcdserver: context deadline exceeded', DeadlineExceededError],
]);

/** The fields of a grpc-js ServiceError this module reads. */
export interface GrpcErrorLike {
  code?: number;
  details?: string;
  message?: string;
}

function isGrpcErrorLike(err: unknown): err is GrpcErrorLike & Error {
  return err instanceof Error && typeof (err as GrpcErrorLike).code === 'number';
}

/** Turns a gRPC error (or anything thrown during a call) into an EtcdError subclass. */
export function toEtcdError(err: unknown): EtcdError {
  if (err instanceof EtcdError) return err;
  if (!isGrpcErrorLike(err)) {
    const message = err instanceof Error ? err.message : String(err);
    return new EtcdError(message, GrpcStatus.UNKNOWN, { cause: err });
  }
  const code = statusOf(err.code);
  const details = err.details ?? err.message;
  const byMessage = etcdErrorTable.get(details);
  let result: EtcdError;
  if (byMessage !== undefined) {
    result = new byMessage(details, code);
  } else {
    result = new (classForCode(code, details))(details, code);
  }
  (result as { cause?: unknown }).cause = err;
  return result;
}

function statusOf(code: number | undefined): GrpcStatus {
  for (const value of Object.values(GrpcStatus)) {
    if (typeof value === 'number' && value === code) return value;
  }
  return GrpcStatus.UNKNOWN;
}

const classByCode = new Map<GrpcStatus, ErrorClass>([
  [GrpcStatus.UNAVAILABLE, UnavailableError],
  [GrpcStatus.DEADLINE_EXCEEDED, DeadlineExceededError],
  [GrpcStatus.CANCELLED, RequestCanceledError],
  [GrpcStatus.UNIMPLEMENTED, UnimplementedError],
  [GrpcStatus.PERMISSION_DENIED, PermissionDeniedError],
]);

function classForCode(code: GrpcStatus, details: string): ErrorClass {
  // grpc's own size limit on either side: "received/sent message larger than max".
  if (code === GrpcStatus.RESOURCE_EXHAUSTED && /message larger than max/i.test(details)) {
    return RequestTooLargeError;
  }
  return classByCode.get(code) ?? EtcdError;
}
