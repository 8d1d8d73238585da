// The clusterdpb.Peer gRPC service (snapshots; the message stream is not gRPC: stream-wire.ts) on
// the protobufjs static codecs, in the style of src/api/services.ts: grpc-js method definitions
// with no @grpc/proto-loader in between. Both the serving and the dialing side of
// GrpcPeerTransport use this one table.
import { Metadata, status, type handleClientStreamingCall, type StatusObject } from '@grpc/grpc-js';
import { grpcMethod } from '../util/grpc-method.js';
import { clusterdpb } from '../gen/etcd.js';
import { memberRemovedText } from './transport.js';

const P = clusterdpb;

const peer = 'clusterdpb.Peer';

export const peerService = {
  SendSnapshot: grpcMethod(peer, 'SendSnapshot', P.SnapshotChunk, P.SnapshotAck, {
    request: true,
    response: false,
  }),
};

/** The handlers a server registers for peerService. */
// A type alias, not an interface: grpc-js's addService wants an index signature.
export type PeerServiceImpl = {
  SendSnapshot: handleClientStreamingCall<clusterdpb.SnapshotChunk, clusterdpb.ISnapshotAck>;
};

/** Metadata keys on SendSnapshot calls: the sender's ids, lower-case hex. */
export const clusterIdHeader = 'clusterd-cluster-id';
export const memberIdHeader = 'clusterd-member-id';

/**
 * Trailing metadata of a refusal that tells the caller the cluster removed it (etcd answers a
 * removed member's stream `410 Gone`): its value is the removed member's id, lower-case hex.
 */
export const removedMemberHeader = 'clusterd-member-removed';

/** The status a removed member's stream or SendSnapshot ends with. */
export function removedMemberRefusal(member: bigint): StatusObject {
  const metadata = new Metadata();
  metadata.set(removedMemberHeader, member.toString(16));
  return {
    code: status.PERMISSION_DENIED,
    details: `clusterd: removed member ${member.toString(16)}: ${memberRemovedText}`,
    metadata,
  };
}

/** Whether a call's error or status is a refusal of this member as removed from the cluster. */
export function isRemovedMemberRefusal(
  err: { code?: number; metadata?: Metadata } | null | undefined,
): boolean {
  return (
    err?.code === status.PERMISSION_DENIED &&
    (err.metadata?.get(removedMemberHeader).length ?? 0) > 0
  );
}
