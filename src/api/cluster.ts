// etcdserverpb.Cluster. Membership changes arrive with replication; a single member lists itself.
import { status } from '@grpc/grpc-js';
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer, Member } from '../server/etcd-server.js';
import { EtcdError } from '../server/errors.js';
import { fromBigInt } from '../util/long.js';
import type { Logger } from '../util/log.js';
import { unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { clusterService } from './services.js';

export function memberToProto(m: Member): etcdserverpb.IMember {
  return {
    ID: fromBigInt(m.id, true),
    name: m.name,
    peerURLs: m.peerUrls,
    clientURLs: m.clientUrls,
    isLearner: m.isLearner,
  };
}

const notYet = (): never => {
  throw new EtcdError(
    status.UNIMPLEMENTED,
    'clusterd: membership changes need a replicated cluster',
  );
};

export function clusterHandlers(
  server: EtcdServer,
  logger: Logger,
): ServiceImpl<typeof clusterService> {
  const h = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Cluster', method, server, logger, impl);
  return {
    // etcd answers MemberList with revision 0 in the header.
    MemberList: h('MemberList', () => ({
      header: server.header(0),
      members: server.options.members.map(memberToProto),
    })),
    MemberAdd: h('MemberAdd', notYet),
    MemberRemove: h('MemberRemove', notYet),
    MemberUpdate: h('MemberUpdate', notYet),
    MemberPromote: h('MemberPromote', notYet),
  };
}
