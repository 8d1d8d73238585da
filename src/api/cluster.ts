// etcdserverpb.Cluster: the member list and membership changes, each a Raft configuration change.
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { toBigInt } from '../util/long.js';
import type { Logger } from '../util/log.js';
import { authOf, unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { clusterService } from './services.js';

export function clusterHandlers(
  server: EtcdServer,
  logger: Logger,
): ServiceImpl<typeof clusterService> {
  const h = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Cluster', method, server, logger, impl);
  // etcd 3.4's checkMembershipOperationPermission: changes need an admin when auth is on; the
  // list does not.
  const admin = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Cluster', method, server, logger, (req, call) => {
      server.auth.checkAdmin(authOf(call, server));
      return impl(req);
    });
  return {
    MemberList: h('MemberList', () => server.memberListResponse()),
    MemberAdd: admin('MemberAdd', (req: etcdserverpb.MemberAddRequest) =>
      server.memberAdd(req.peerURLs, req.isLearner),
    ),
    MemberRemove: admin('MemberRemove', (req: etcdserverpb.MemberRemoveRequest) =>
      server.memberRemove(toBigInt(req.ID)),
    ),
    MemberUpdate: admin('MemberUpdate', (req: etcdserverpb.MemberUpdateRequest) =>
      server.memberUpdate(toBigInt(req.ID), req.peerURLs),
    ),
    MemberPromote: admin('MemberPromote', (req: etcdserverpb.MemberPromoteRequest) =>
      server.memberPromote(toBigInt(req.ID)),
    ),
  };
}
