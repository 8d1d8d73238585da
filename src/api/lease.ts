// etcdserverpb.Lease: grant, revoke, keep-alive (a bidi stream), time-to-live and listing.
import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { fromBigInt, toBigInt } from '../util/long.js';
import type { Logger } from '../util/log.js';
import { requireLeaderIfAsked, toServiceError, unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { leaseService } from './services.js';

export function leaseHandlers(
  server: EtcdServer,
  logger: Logger,
): ServiceImpl<typeof leaseService> {
  const h = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Lease', method, server, logger, impl);
  const labels = {
    grpc_service: 'etcdserverpb.Lease',
    grpc_method: 'LeaseKeepAlive',
    grpc_type: 'bidi_stream',
  };
  return {
    LeaseGrant: h('LeaseGrant', (req) => server.leaseGrant(req)),
    LeaseRevoke: h('LeaseRevoke', (req) => server.leaseRevoke(req)),
    LeaseTimeToLive: h('LeaseTimeToLive', (req: etcdserverpb.LeaseTimeToLiveRequest) =>
      server.leaseTimeToLive(toBigInt(req.ID, true), req.keys),
    ),
    LeaseLeases: h('LeaseLeases', () => ({
      header: server.header(),
      // Soonest expiry first, as etcd's lessor.Leases() sorts them (leasesByExpiry).
      leases: server.lessor
        .ids()
        .map((id) => server.lessor.get(id)!)
        .sort((a, b) => a.expiresAtMs - b.expiresAtMs)
        .map((lease) => ({ ID: fromBigInt(lease.id) })),
    })),
    LeaseKeepAlive: (
      call: ServerDuplexStream<
        etcdserverpb.LeaseKeepAliveRequest,
        etcdserverpb.ILeaseKeepAliveResponse
      >,
    ) => {
      server.metrics.grpcStarted.inc(1, labels);
      try {
        requireLeaderIfAsked(call.metadata, server);
      } catch (err) {
        call.emit('error', toServiceError(err, logger));
        return;
      }
      call.on('data', (req: etcdserverpb.LeaseKeepAliveRequest) => {
        const id = toBigInt(req.ID, true);
        // The header is taken before renewing, so a renewal is never reported after a revoke.
        const header = server.header();
        try {
          call.write({ header, ID: fromBigInt(id), TTL: server.leaseRenew(id) });
        } catch (err) {
          call.emit('error', toServiceError(err, logger));
        }
      });
      call.on('end', () => {
        server.metrics.grpcHandled.inc(1, { ...labels, grpc_code: 'OK' });
        call.end();
      });
      call.on('error', () => undefined);
    },
  };
}
