// etcdserverpb.Maintenance: status, alarms, defragment, hashes, leader moves.
import { status } from '@grpc/grpc-js';
import { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { EtcdError } from '../server/errors.js';
import { fromBigInt, toBigInt, toNumber } from '../util/long.js';
import type { Logger } from '../util/log.js';
import { mapStoreError } from '../server/apply.js';
import { authOf, unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { maintenanceService } from './services.js';

/** The etcd API level clusterd serves; clientv3 refuses servers older than 3.4. */
export const etcdApiVersion = '3.4.0';

export function maintenanceHandlers(
  server: EtcdServer,
  logger: Logger,
): ServiceImpl<typeof maintenanceService> {
  const h = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Maintenance', method, server, logger, impl);
  // etcd 3.4's authMaintenanceServer: these need an admin when auth is on; Status and Alarm do not.
  const admin = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Maintenance', method, server, logger, (req, call) => {
      server.auth.checkAdmin(authOf(call, server));
      return impl(req);
    });
  const hashKv = async (rev: number) => {
    try {
      return await server.store.hash(rev);
    } catch (err) {
      throw mapStoreError(err);
    }
  };
  return {
    Status: h('Status', (): etcdserverpb.IStatusResponse => {
      const self = server.members().find((m) => m.id === server.options.memberId);
      return {
        header: server.header(),
        version: etcdApiVersion,
        dbSize: server.dbSize,
        dbSizeInUse: server.dbSize,
        leader: fromBigInt(server.leaderId, true),
        raftIndex: server.commitIndex,
        raftTerm: server.header().raftTerm ?? 0,
        raftAppliedIndex: server.applied,
        errors: server.activeAlarms.map(
          (a) => `memberID:${a.memberId} alarm:${etcdserverpb.AlarmType[a.alarm]} `,
        ),
        isLearner: self?.isLearner ?? false,
      };
    }),
    Alarm: h('Alarm', (req: etcdserverpb.AlarmRequest) => server.alarm(req)),
    Defragment: admin('Defragment', async () => {
      await server.defragment();
      return { header: server.header() };
    }),
    Hash: admin('Hash', async () => {
      const r = await hashKv(0);
      return { header: server.header(), hash: r.hash };
    }),
    HashKV: admin('HashKV', async (req: etcdserverpb.HashKVRequest) => {
      const r = await hashKv(toNumber(req.revision));
      return { header: server.header(), hash: r.hash, compactRevision: r.compactRevision };
    }),
    MoveLeader: admin('MoveLeader', async (req: etcdserverpb.MoveLeaderRequest) => {
      await server.moveLeader(toBigInt(req.targetID));
      return { header: server.header() };
    }),
    Snapshot: (call) => {
      call.emit('error', {
        code: status.UNIMPLEMENTED,
        details: new EtcdError(
          status.UNIMPLEMENTED,
          'clusterd: snapshot streaming is not supported',
        ).message,
      });
    },
  };
}

/**
 * HashKV on the peer port, for the corruption checks of other members (etcd serves it as
 * /members/hashkv there): no client auth, the peer port has its own TLS.
 */
export function peerHashKvHandler(
  server: EtcdServer,
): ServiceImpl<Pick<typeof maintenanceService, 'HashKV'>>['HashKV'] {
  return (call, callback) => {
    server.store.hash(toNumber(call.request.revision)).then(
      (r) => {
        callback(null, {
          header: server.header(),
          hash: r.hash,
          compactRevision: r.compactRevision,
        });
      },
      (err: unknown) => {
        const mapped = mapStoreError(err);
        callback(
          mapped instanceof EtcdError
            ? { code: mapped.code, details: mapped.message }
            : { code: status.INTERNAL, details: String(err) },
        );
      },
    );
  };
}
