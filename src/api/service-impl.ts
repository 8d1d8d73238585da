// The handler object grpc-js expects for one of the method tables in services.ts, typed from it.
import type {
  handleBidiStreamingCall,
  handleServerStreamingCall,
  handleUnaryCall,
} from '@grpc/grpc-js';
import type { EtcdMethod } from './services.js';

type HandlerFor<M> =
  M extends EtcdMethod<infer _ReqPlain, infer Req, infer ResPlain, infer _Res>
    ? M extends { requestStream: true }
      ? handleBidiStreamingCall<Req, ResPlain>
      : M extends { responseStream: true }
        ? handleServerStreamingCall<Req, ResPlain>
        : handleUnaryCall<Req, ResPlain>
    : never;

export type ServiceImpl<S> = { [K in keyof S]: HandlerFor<S[K]> };
