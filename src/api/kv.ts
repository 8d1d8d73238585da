// etcdserverpb.KV: Range, Put, DeleteRange, Txn, Compact.
import type { EtcdServer } from '../server/etcd-server.js';
import type { Logger } from '../util/log.js';
import { unary } from './handler.js';
import type { kvService } from './services.js';
import type { ServiceImpl } from './service-impl.js';

export function kvHandlers(server: EtcdServer, logger: Logger): ServiceImpl<typeof kvService> {
  const h = <Req, Res>(method: string, impl: (req: Req) => Promise<Res>) =>
    unary<Req, Res>('KV', method, server, logger, impl);
  return {
    Range: h('Range', (req) => server.range(req)),
    Put: h('Put', (req) => server.put(req)),
    DeleteRange: h('DeleteRange', (req) => server.deleteRange(req)),
    Txn: h('Txn', (req) => server.txn(req)),
    Compact: h('Compact', (req) => server.compact(req)),
  };
}
