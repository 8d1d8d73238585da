// gRPC service definitions for etcd's v3 API, built on the protobufjs static codecs in src/gen.
// The server (src/api) and the client (src/client) share them, so both sides encode with the fast
// static code and neither goes through @grpc/proto-loader's object conversion.
import { grpcMethod, type GrpcMethod, type Streaming } from '../util/grpc-method.js';
import { etcdserverpb } from '../gen/etcd.js';

/** One RPC of etcd's API (see GrpcMethod). */
export type EtcdMethod<ReqPlain, Req, ResPlain, Res> = GrpcMethod<ReqPlain, Req, ResPlain, Res>;

/** etcd's services, all in package etcdserverpb. */
const KV = 'etcdserverpb.KV';
const WATCH = 'etcdserverpb.Watch';
const LEASE = 'etcdserverpb.Lease';
const CLUSTER = 'etcdserverpb.Cluster';
const MAINTENANCE = 'etcdserverpb.Maintenance';
const AUTH = 'etcdserverpb.Auth';

const E = etcdserverpb;
const bidi: Streaming<true, true> = { request: true, response: true };

export const kvService = {
  Range: grpcMethod(KV, 'Range', E.RangeRequest, E.RangeResponse),
  Put: grpcMethod(KV, 'Put', E.PutRequest, E.PutResponse),
  DeleteRange: grpcMethod(KV, 'DeleteRange', E.DeleteRangeRequest, E.DeleteRangeResponse),
  Txn: grpcMethod(KV, 'Txn', E.TxnRequest, E.TxnResponse),
  Compact: grpcMethod(KV, 'Compact', E.CompactionRequest, E.CompactionResponse),
};

export const watchService = {
  Watch: grpcMethod(WATCH, 'Watch', E.WatchRequest, E.WatchResponse, bidi),
};

export const leaseService = {
  LeaseGrant: grpcMethod(LEASE, 'LeaseGrant', E.LeaseGrantRequest, E.LeaseGrantResponse),
  LeaseRevoke: grpcMethod(LEASE, 'LeaseRevoke', E.LeaseRevokeRequest, E.LeaseRevokeResponse),
  LeaseKeepAlive: grpcMethod(
    LEASE,
    'LeaseKeepAlive',
    E.LeaseKeepAliveRequest,
    E.LeaseKeepAliveResponse,
    bidi,
  ),
  LeaseTimeToLive: grpcMethod(
    LEASE,
    'LeaseTimeToLive',
    E.LeaseTimeToLiveRequest,
    E.LeaseTimeToLiveResponse,
  ),
  LeaseLeases: grpcMethod(LEASE, 'LeaseLeases', E.LeaseLeasesRequest, E.LeaseLeasesResponse),
};

export const clusterService = {
  MemberAdd: grpcMethod(CLUSTER, 'MemberAdd', E.MemberAddRequest, E.MemberAddResponse),
  MemberRemove: grpcMethod(CLUSTER, 'MemberRemove', E.MemberRemoveRequest, E.MemberRemoveResponse),
  MemberUpdate: grpcMethod(CLUSTER, 'MemberUpdate', E.MemberUpdateRequest, E.MemberUpdateResponse),
  MemberList: grpcMethod(CLUSTER, 'MemberList', E.MemberListRequest, E.MemberListResponse),
  MemberPromote: grpcMethod(
    CLUSTER,
    'MemberPromote',
    E.MemberPromoteRequest,
    E.MemberPromoteResponse,
  ),
};

export const maintenanceService = {
  Alarm: grpcMethod(MAINTENANCE, 'Alarm', E.AlarmRequest, E.AlarmResponse),
  Status: grpcMethod(MAINTENANCE, 'Status', E.StatusRequest, E.StatusResponse),
  Defragment: grpcMethod(MAINTENANCE, 'Defragment', E.DefragmentRequest, E.DefragmentResponse),
  Hash: grpcMethod(MAINTENANCE, 'Hash', E.HashRequest, E.HashResponse),
  HashKV: grpcMethod(MAINTENANCE, 'HashKV', E.HashKVRequest, E.HashKVResponse),
  Snapshot: grpcMethod(MAINTENANCE, 'Snapshot', E.SnapshotRequest, E.SnapshotResponse, {
    request: false as const,
    response: true as const,
  }),
  MoveLeader: grpcMethod(MAINTENANCE, 'MoveLeader', E.MoveLeaderRequest, E.MoveLeaderResponse),
};

export const authService = {
  AuthEnable: grpcMethod(AUTH, 'AuthEnable', E.AuthEnableRequest, E.AuthEnableResponse),
  AuthDisable: grpcMethod(AUTH, 'AuthDisable', E.AuthDisableRequest, E.AuthDisableResponse),
  AuthStatus: grpcMethod(AUTH, 'AuthStatus', E.AuthStatusRequest, E.AuthStatusResponse),
  Authenticate: grpcMethod(AUTH, 'Authenticate', E.AuthenticateRequest, E.AuthenticateResponse),
  UserAdd: grpcMethod(AUTH, 'UserAdd', E.AuthUserAddRequest, E.AuthUserAddResponse),
  UserGet: grpcMethod(AUTH, 'UserGet', E.AuthUserGetRequest, E.AuthUserGetResponse),
  UserList: grpcMethod(AUTH, 'UserList', E.AuthUserListRequest, E.AuthUserListResponse),
  UserDelete: grpcMethod(AUTH, 'UserDelete', E.AuthUserDeleteRequest, E.AuthUserDeleteResponse),
  UserChangePassword: grpcMethod(
    AUTH,
    'UserChangePassword',
    E.AuthUserChangePasswordRequest,
    E.AuthUserChangePasswordResponse,
  ),
  UserGrantRole: grpcMethod(
    AUTH,
    'UserGrantRole',
    E.AuthUserGrantRoleRequest,
    E.AuthUserGrantRoleResponse,
  ),
  UserRevokeRole: grpcMethod(
    AUTH,
    'UserRevokeRole',
    E.AuthUserRevokeRoleRequest,
    E.AuthUserRevokeRoleResponse,
  ),
  RoleAdd: grpcMethod(AUTH, 'RoleAdd', E.AuthRoleAddRequest, E.AuthRoleAddResponse),
  RoleGet: grpcMethod(AUTH, 'RoleGet', E.AuthRoleGetRequest, E.AuthRoleGetResponse),
  RoleList: grpcMethod(AUTH, 'RoleList', E.AuthRoleListRequest, E.AuthRoleListResponse),
  RoleDelete: grpcMethod(AUTH, 'RoleDelete', E.AuthRoleDeleteRequest, E.AuthRoleDeleteResponse),
  RoleGrantPermission: grpcMethod(
    AUTH,
    'RoleGrantPermission',
    E.AuthRoleGrantPermissionRequest,
    E.AuthRoleGrantPermissionResponse,
  ),
  RoleRevokePermission: grpcMethod(
    AUTH,
    'RoleRevokePermission',
    E.AuthRoleRevokePermissionRequest,
    E.AuthRoleRevokePermissionResponse,
  ),
};
