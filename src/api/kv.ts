// etcdserverpb.KV: Range, Put, DeleteRange, Txn, Compact.
import type { EtcdServer } from '../server/etcd-server.js';
import type { CallContext, UnaryCall } from '../util/grpc-server/calls.js';
import type { Logger } from '../util/log.js';
import { authOf, unary } from './handler.js';
import type { kvService } from './services.js';
import type { ServiceImpl } from './service-impl.js';

export function kvHandlers(server: EtcdServer, logger: Logger): ServiceImpl<typeof kvService> {
  const h = <Req, Res>(
    method: string,
    impl: (req: Req, call: UnaryCall<Req, Res>) => Promise<Res>,
  ) => unary<Req, Res>('KV', method, server, logger, impl);
  const auth = (call: CallContext) => authOf(call, server);
  return {
    Range: h('Range', (req, call) => server.range(req, auth(call))),
    Put: h('Put', (req, call) => server.put(req, auth(call))),
    DeleteRange: h('DeleteRange', (req, call) => server.deleteRange(req, auth(call))),
    Txn: h('Txn', (req, call) => server.txn(req, auth(call))),
    Compact: h('Compact', (req) => server.compact(req)),
  };
}
