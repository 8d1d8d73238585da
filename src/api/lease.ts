// etcdserverpb.Lease: grant, revoke, keep-alive (a bidi stream), time-to-live and listing. Renewals
// and time-to-live are the leader's; a follower forwards them (LeaderForwarder).
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { fromBigInt, toBigInt } from '../util/long.js';
import type { UnaryCall } from '../util/grpc-server/calls.js';
import type { Logger } from '../util/log.js';
import { admit, authOf, toServiceError, unary } from './handler.js';
import type { LeaderForwarder } from './leader-forwarder.js';
import type { ServiceImpl } from './service-impl.js';
import type { leaseService } from './services.js';

export function leaseHandlers(
  server: EtcdServer,
  forwarder: LeaderForwarder,
  logger: Logger,
): ServiceImpl<typeof leaseService> {
  const h = <Req, Res>(
    method: string,
    impl: (req: Req, call: UnaryCall<Req, Res>) => Promise<Res> | Res,
  ) => unary<Req, Res>('Lease', method, server, logger, impl);
  const labels = {
    grpc_service: 'etcdserverpb.Lease',
    grpc_method: 'LeaseKeepAlive',
    grpc_type: 'bidi_stream',
  };
  const renew = (id: bigint): Promise<number> | number =>
    server.isLeader ? server.leaseRenew(id) : forwarder.renew(id);
  return {
    LeaseGrant: h('LeaseGrant', (req: etcdserverpb.LeaseGrantRequest) => server.leaseGrant(req)),
    LeaseRevoke: h('LeaseRevoke', (req: etcdserverpb.LeaseRevokeRequest, call) =>
      server.leaseRevoke(req, authOf(call, server)),
    ),
    LeaseTimeToLive: h('LeaseTimeToLive', (req: etcdserverpb.LeaseTimeToLiveRequest) => {
      const id = toBigInt(req.ID, true);
      return server.isLeader
        ? server.leaseTimeToLive(id, req.keys)
        : forwarder.timeToLive(id, req.keys);
    }),
    LeaseLeases: h('LeaseLeases', () => ({
      header: server.header(),
      // Soonest expiry first, as etcd's lessor.Leases() sorts them (leasesByExpiry).
      leases: server.lessor
        .ids()
        .map((id) => server.lessor.get(id)!)
        .sort((a, b) => a.expiresAtMs - b.expiresAtMs)
        .map((lease) => ({ ID: fromBigInt(lease.id) })),
    })),
    LeaseKeepAlive: (call) => {
      server.metrics.grpcStarted.inc(1, labels);
      try {
        admit(call, server);
      } catch (err) {
        call.fail(toServiceError(err, logger));
        return;
      }
      // Answers go out in request order even when some are forwarded to the leader.
      let previous: Promise<void> = Promise.resolve();
      call.onMessage((req) => {
        const id = toBigInt(req.ID, true);
        // The header is taken before renewing, so a renewal is never reported after a revoke.
        const header = server.header();
        const ttl = Promise.resolve().then(() => renew(id));
        previous = previous.then(async () => {
          try {
            call.write({ header, ID: fromBigInt(id), TTL: await ttl });
          } catch (err) {
            call.fail(toServiceError(err, logger));
          }
        });
      });
      call.onEnd(() => {
        server.metrics.grpcHandled.inc(1, { ...labels, grpc_code: 'OK' });
        void previous.then(() => {
          call.end();
        });
      });
    },
  };
}
