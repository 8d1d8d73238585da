// The clusterdpb.Peer gRPC service on the protobufjs static codecs, in the style of
// src/api/services.ts: grpc-js method definitions with no @grpc/proto-loader in between. Both the
// serving and the dialing side of GrpcPeerTransport use this one table.
import type {
  handleBidiStreamingCall,
  handleClientStreamingCall,
  handleUnaryCall,
} from '@grpc/grpc-js';
import { grpcMethod, type Codec, type GrpcMethod } from '../util/grpc-method.js';
import { clusterdpb } from '../gen/etcd.js';
import type { Message } from '../raft/types.js';
import { encodeBatch } from './batch-codec.js';

export type PeerMethod<ReqPlain, Req, ResPlain, Res> = GrpcMethod<ReqPlain, Req, ResPlain, Res> & {
  requestStream: boolean;
  responseStream: boolean;
};

const P = clusterdpb;

const peer = 'clusterdpb.Peer';

/**
 * Stream's RaftMessageBatch by the hand codec: the sender encodes its messages directly, and the
 * receiver gets the bytes, which it decodes message by message (a bad one costs only itself).
 */
const messageBatch: Codec<readonly Message[], Uint8Array> = {
  encode: (messages) => ({ finish: () => encodeBatch(messages) }),
  decode: (bytes) => bytes,
};

export const peerService = {
  Stream: grpcMethod(peer, 'Stream', messageBatch, P.PeerAck, {
    request: true,
    response: true,
  }),
  SendSnapshot: grpcMethod(peer, 'SendSnapshot', P.SnapshotChunk, P.SnapshotAck, {
    request: true,
    response: false,
  }),
  Hello: grpcMethod(peer, 'Hello', P.HelloRequest, P.HelloResponse),
};

/** The handlers a server registers for peerService. */
// A type alias, not an interface: grpc-js's addService wants an index signature.
export type PeerServiceImpl = {
  Stream: handleBidiStreamingCall<Uint8Array, clusterdpb.IPeerAck>;
  SendSnapshot: handleClientStreamingCall<clusterdpb.SnapshotChunk, clusterdpb.ISnapshotAck>;
  Hello: handleUnaryCall<clusterdpb.HelloRequest, clusterdpb.IHelloResponse>;
};

/** Metadata keys on Stream and SendSnapshot calls: the sender's ids, lower-case hex. */
export const clusterIdHeader = 'clusterd-cluster-id';
export const memberIdHeader = 'clusterd-member-id';
