// grpc-js method definitions on protobufjs static codecs: what both the etcd API (src/api) and the
// peer transport (src/raft-transport) build their method tables from, with no @grpc/proto-loader
// object conversion on the hot path.
import type {
  ClientMethodDefinition,
  ServerMethodDefinition,
} from '@grpc/grpc-js/build/src/make-client.js';

/** A protobufjs static message class: encode takes the plain interface, decode yields the class. */
export interface Codec<Plain, Decoded> {
  encode(message: Plain): { finish(): Uint8Array };
  decode(bytes: Uint8Array): Decoded;
}

export interface Streaming<RS extends boolean, SS extends boolean> {
  request: RS;
  response: SS;
}

const noStreams: Streaming<false, false> = { request: false, response: false };

/**
 * A grpc-js method definition on protobufjs static codecs. `service` is the full service name
 * (`etcdserverpb.KV`, `clusterdpb.Peer`); the peer transport's table is built with it too.
 */
export function grpcMethod<
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
  stream: Streaming<RS, SS> = noStreams as Streaming<RS, SS>,
): GrpcMethod<ReqPlain, Req, ResPlain, Res> & { requestStream: RS; responseStream: SS } {
  return {
    path: `/${service}/${name}`,
    requestStream: stream.request,
    responseStream: stream.response,
    requestSerialize: (m: ReqPlain) => toBuffer(request.encode(m).finish()),
    requestDeserialize: (b: Buffer) => request.decode(b),
    responseSerialize: (m: ResPlain) => toBuffer(response.encode(m).finish()),
    responseDeserialize: (b: Buffer) => response.decode(b),
    originalName: name,
  };
}

/**
 * One RPC as both sides see it: the client sends the plain interface and receives the decoded class;
 * the server receives the decoded class and answers with the plain interface.
 */
export type GrpcMethod<ReqPlain, Req, ResPlain, Res> = ClientMethodDefinition<ReqPlain, Res> &
  ServerMethodDefinition<Req, ResPlain>;

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
