// The handlers for one of the method tables in services.ts, typed from it: the client port's gRPC
// server (src/util/grpc-server) calls them, and on the peer port grpc-js through its adapter.
import type { BidiHandler, ServerStreamHandler, UnaryHandler } from '../util/grpc-server/calls.js';
import type { EtcdMethod } from './services.js';

type HandlerFor<M> =
  M extends EtcdMethod<infer _ReqPlain, infer Req, infer ResPlain, infer _Res>
    ? M extends { requestStream: true }
      ? BidiHandler<Req, ResPlain>
      : M extends { responseStream: true }
        ? ServerStreamHandler<Req, ResPlain>
        : UnaryHandler<Req, ResPlain>
    : never;

export type ServiceImpl<S> = { [K in keyof S]: HandlerFor<S[K]> };
