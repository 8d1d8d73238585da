// The clusterdpb.Peer gRPC service on the protobufjs static codecs, in the style of
// src/api/services.ts: grpc-js method definitions with no @grpc/proto-loader in between. Both the
// serving and the dialing side of GrpcPeerTransport use this one table.
import type {
  handleBidiStreamingCall,
  handleClientStreamingCall,
  handleUnaryCall,
} from '@grpc/grpc-js';
import type {
  ClientMethodDefinition,
  ServerMethodDefinition,
} from '@grpc/grpc-js/build/src/make-client.js';
import { clusterdpb } from '../gen/etcd.js';

/** A protobufjs static message class: encode takes the plain interface, decode yields the class. */
interface Codec<Plain, Decoded> {
  encode(message: Plain): { finish(): Uint8Array };
  decode(bytes: Uint8Array): Decoded;
}

export type PeerMethod<ReqPlain, Req, ResPlain, Res> = ClientMethodDefinition<ReqPlain, Res> &
  ServerMethodDefinition<Req, ResPlain> & { requestStream: boolean; responseStream: boolean };

function method<ReqPlain, Req, ResPlain, Res>(
  name: string,
  request: Codec<ReqPlain, Req>,
  response: Codec<ResPlain, Res>,
  requestStream: boolean,
  responseStream: boolean,
): PeerMethod<ReqPlain, Req, ResPlain, Res> {
  return {
    path: `/clusterdpb.Peer/${name}`,
    requestStream,
    responseStream,
    requestSerialize: (m: ReqPlain) => toBuffer(request.encode(m).finish()),
    requestDeserialize: (b: Buffer) => request.decode(b),
    responseSerialize: (m: ResPlain) => toBuffer(response.encode(m).finish()),
    responseDeserialize: (b: Buffer) => response.decode(b),
    originalName: name,
  };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const P = clusterdpb;

export const peerService = {
  Stream: method('Stream', P.RaftMessageBatch, P.PeerAck, true, true),
  SendSnapshot: method('SendSnapshot', P.SnapshotChunk, P.SnapshotAck, true, false),
  Hello: method('Hello', P.HelloRequest, P.HelloResponse, false, false),
};

/** The handlers a server registers for peerService. */
// A type alias, not an interface: grpc-js's addService wants an index signature.
export type PeerServiceImpl = {
  Stream: handleBidiStreamingCall<clusterdpb.RaftMessageBatch, clusterdpb.IPeerAck>;
  SendSnapshot: handleClientStreamingCall<clusterdpb.SnapshotChunk, clusterdpb.ISnapshotAck>;
  Hello: handleUnaryCall<clusterdpb.HelloRequest, clusterdpb.IHelloResponse>;
};

/** Metadata keys on Stream and SendSnapshot calls: the sender's ids, lower-case hex. */
export const clusterIdHeader = 'clusterd-cluster-id';
export const memberIdHeader = 'clusterd-member-id';
