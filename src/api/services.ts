// gRPC service definitions for etcd's v3 API, built on the protobufjs static codecs in src/gen.
// The server (src/api) and the client (src/client) share them, so both sides encode with the fast
// static code and neither goes through @grpc/proto-loader's object conversion.
import { grpcMethod, type Codec, type GrpcMethod, type Streaming } from '../util/grpc-method.js';
import { etcdserverpb } from '../gen/etcd.js';

/** One RPC of etcd's API (see GrpcMethod). */
export type EtcdMethod<ReqPlain, Req, ResPlain, Res> = GrpcMethod<ReqPlain, Req, ResPlain, Res>;

/** etcd's services, all in package etcdserverpb. */
function method<
  ReqPlain,
  Req,
  ResPlain,
  Res,
  RS extends boolean = false,
  SS extends boolean = false,
>(
  service: string,
  name: string,
  request: Codec<ReqPlain, Req>,
  response: Codec<ResPlain, Res>,
  stream?: Streaming<RS, SS>,
): EtcdMethod<ReqPlain, Req, ResPlain, Res> & { requestStream: RS; responseStream: SS } {
  return grpcMethod(`etcdserverpb.${service}`, name, request, response, stream);
}

const E = etcdserverpb;
const bidi: Streaming<true, true> = { request: true, response: true };

export const kvService = {
  Range: method('KV', 'Range', E.RangeRequest, E.RangeResponse),
  Put: method('KV', 'Put', E.PutRequest, E.PutResponse),
  DeleteRange: method('KV', 'DeleteRange', E.DeleteRangeRequest, E.DeleteRangeResponse),
  Txn: method('KV', 'Txn', E.TxnRequest, E.TxnResponse),
  Compact: method('KV', 'Compact', E.CompactionRequest, E.CompactionResponse),
};

export const watchService = {
  Watch: method('Watch', 'Watch', E.WatchRequest, E.WatchResponse, bidi),
};

export const leaseService = {
  LeaseGrant: method('Lease', 'LeaseGrant', E.LeaseGrantRequest, E.LeaseGrantResponse),
  LeaseRevoke: method('Lease', 'LeaseRevoke', E.LeaseRevokeRequest, E.LeaseRevokeResponse),
  LeaseKeepAlive: method(
    'Lease',
    'LeaseKeepAlive',
    E.LeaseKeepAliveRequest,
    E.LeaseKeepAliveResponse,
    bidi,
  ),
  LeaseTimeToLive: method(
    'Lease',
    'LeaseTimeToLive',
    E.LeaseTimeToLiveRequest,
    E.LeaseTimeToLiveResponse,
  ),
  LeaseLeases: method('Lease', 'LeaseLeases', E.LeaseLeasesRequest, E.LeaseLeasesResponse),
};

export const clusterService = {
  MemberAdd: method('Cluster', 'MemberAdd', E.MemberAddRequest, E.MemberAddResponse),
  MemberRemove: method('Cluster', 'MemberRemove', E.MemberRemoveRequest, E.MemberRemoveResponse),
  MemberUpdate: method('Cluster', 'MemberUpdate', E.MemberUpdateRequest, E.MemberUpdateResponse),
  MemberList: method('Cluster', 'MemberList', E.MemberListRequest, E.MemberListResponse),
  MemberPromote: method(
    'Cluster',
    'MemberPromote',
    E.MemberPromoteRequest,
    E.MemberPromoteResponse,
  ),
};

export const maintenanceService = {
  Alarm: method('Maintenance', 'Alarm', E.AlarmRequest, E.AlarmResponse),
  Status: method('Maintenance', 'Status', E.StatusRequest, E.StatusResponse),
  Defragment: method('Maintenance', 'Defragment', E.DefragmentRequest, E.DefragmentResponse),
  Hash: method('Maintenance', 'Hash', E.HashRequest, E.HashResponse),
  HashKV: method('Maintenance', 'HashKV', E.HashKVRequest, E.HashKVResponse),
  Snapshot: method('Maintenance', 'Snapshot', E.SnapshotRequest, E.SnapshotResponse, {
    request: false as const,
    response: true as const,
  }),
  MoveLeader: method('Maintenance', 'MoveLeader', E.MoveLeaderRequest, E.MoveLeaderResponse),
};
