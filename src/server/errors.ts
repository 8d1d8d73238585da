// etcd's client-visible errors: the gRPC status code and the exact message text, because clients
// (etcdctl, clientv3, the npm etcd3 client) match on the text. One table, used by every handler.
import { status } from '@grpc/grpc-js';

export class EtcdError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
    this.name = 'EtcdError';
  }
}

const e = (code: status, message: string): EtcdError => new EtcdError(code, message);

export const Errors = {
  emptyKey: () => e(status.INVALID_ARGUMENT, 'etcdserver: key is not provided'),
  keyNotFound: () => e(status.INVALID_ARGUMENT, 'etcdserver: key not found'),
  valueProvided: () => e(status.INVALID_ARGUMENT, 'etcdserver: value is provided'),
  leaseProvided: () => e(status.INVALID_ARGUMENT, 'etcdserver: lease is provided'),
  tooManyOps: () => e(status.INVALID_ARGUMENT, 'etcdserver: too many operations in txn request'),
  duplicateKey: () => e(status.INVALID_ARGUMENT, 'etcdserver: duplicate key given in txn request'),
  requestTooLarge: () => e(status.INVALID_ARGUMENT, 'etcdserver: request is too large'),
  compacted: () => e(status.OUT_OF_RANGE, 'etcdserver: mvcc: required revision has been compacted'),
  futureRevision: () =>
    e(status.OUT_OF_RANGE, 'etcdserver: mvcc: required revision is a future revision'),
  leaseTtlTooLarge: () => e(status.OUT_OF_RANGE, 'etcdserver: too large lease TTL'),
  noSpace: () => e(status.RESOURCE_EXHAUSTED, 'etcdserver: mvcc: database space exceeded'),
  tooManyRequests: () => e(status.RESOURCE_EXHAUSTED, 'etcdserver: too many requests'),
  leaseNotFound: () => e(status.NOT_FOUND, 'etcdserver: requested lease not found'),
  leaseExists: () => e(status.FAILED_PRECONDITION, 'etcdserver: lease already exists'),
  memberNotFound: () => e(status.NOT_FOUND, 'etcdserver: member not found'),
  peerUrlExists: () => e(status.FAILED_PRECONDITION, 'etcdserver: Peer URLs already exists'),
  memberIdExists: () => e(status.FAILED_PRECONDITION, 'etcdserver: member ID already exist'),
  memberNotLearner: () =>
    e(status.FAILED_PRECONDITION, 'etcdserver: can only promote a learner member'),
  learnerNotReady: () =>
    e(
      status.FAILED_PRECONDITION,
      'etcdserver: can only promote a learner member which is in sync with leader',
    ),
  badLeaderTransferee: () => e(status.FAILED_PRECONDITION, 'etcdserver: bad leader transferee'),
  notLeader: () => e(status.FAILED_PRECONDITION, 'etcdserver: not leader'),
  notEnoughStartedMembers: () =>
    e(
      status.FAILED_PRECONDITION,
      'etcdserver: re-configuration failed due to not enough started members',
    ),
  learnerUnsupportedRpc: () =>
    e(status.FAILED_PRECONDITION, 'etcdserver: rpc not supported for learner'),
  invalidPeerUrls: () => e(status.INVALID_ARGUMENT, 'etcdserver: given member URLs are invalid'),
  noLeader: () => e(status.UNAVAILABLE, 'etcdserver: no leader'),
  leaderChanged: () => e(status.UNAVAILABLE, 'etcdserver: leader changed'),
  timeout: () => e(status.UNAVAILABLE, 'etcdserver: request timed out'),
  stopped: () => e(status.UNAVAILABLE, 'etcdserver: server stopped'),
  unhealthyCluster: () => e(status.UNAVAILABLE, 'etcdserver: unhealthy cluster'),
  corrupt: () => e(status.DATA_LOSS, 'etcdserver: corrupt cluster'),
  canceled: () => e(status.CANCELLED, 'etcdserver: request canceled'),
  // The auth store's (etcd 3.4's rpctypes).
  rootUserNotExist: () => e(status.FAILED_PRECONDITION, 'etcdserver: root user does not exist'),
  rootRoleNotExist: () =>
    e(status.FAILED_PRECONDITION, 'etcdserver: root user does not have root role'),
  userAlreadyExist: () => e(status.FAILED_PRECONDITION, 'etcdserver: user name already exists'),
  userEmpty: () => e(status.INVALID_ARGUMENT, 'etcdserver: user name is empty'),
  userNotFound: () => e(status.FAILED_PRECONDITION, 'etcdserver: user name not found'),
  roleAlreadyExist: () => e(status.FAILED_PRECONDITION, 'etcdserver: role name already exists'),
  roleNotFound: () => e(status.FAILED_PRECONDITION, 'etcdserver: role name not found'),
  roleEmpty: () => e(status.INVALID_ARGUMENT, 'etcdserver: role name is empty'),
  authFailed: () =>
    e(status.INVALID_ARGUMENT, 'etcdserver: authentication failed, invalid user ID or password'),
  // etcd 3.4 has no gRPC error for this one: clients see its Go error text with code Unknown.
  noPasswordUser: () =>
    e(status.UNKNOWN, 'auth: authentication failed, password was given for no password user'),
  permissionDenied: () => e(status.PERMISSION_DENIED, 'etcdserver: permission denied'),
  roleNotGranted: () =>
    e(status.FAILED_PRECONDITION, 'etcdserver: role is not granted to the user'),
  permissionNotGranted: () =>
    e(status.FAILED_PRECONDITION, 'etcdserver: permission is not granted to the role'),
  authNotEnabled: () => e(status.FAILED_PRECONDITION, 'etcdserver: authentication is not enabled'),
  invalidAuthToken: () => e(status.UNAUTHENTICATED, 'etcdserver: invalid auth token'),
  invalidAuthMgmt: () => e(status.INVALID_ARGUMENT, 'etcdserver: invalid auth management'),
  authOldRevision: () => e(status.INVALID_ARGUMENT, 'etcdserver: revision of auth store is old'),
} as const;
