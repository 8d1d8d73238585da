// The Cluster service: list, add, remove, update and promote members.
import type { etcdserverpb } from '../gen/etcd.js';
import { clusterService } from '../api/services.js';
import { type ResponseHeader, toBigInt, toHeader, fromBigInt } from './convert.js';
import type { CallOptions, Transport } from './transport.js';

export interface Member {
  id: bigint;
  /** Empty for a member added but not started yet. */
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

export interface MembersResult {
  header: ResponseHeader;
  members: Member[];
}

export interface MemberAddResult extends MembersResult {
  member: Member;
}

export function toMember(m: etcdserverpb.IMember): Member {
  return {
    id: toBigInt(m.ID),
    name: m.name ?? '',
    peerUrls: [...(m.peerURLs ?? [])],
    clientUrls: [...(m.clientURLs ?? [])],
    isLearner: m.isLearner ?? false,
  };
}

function members(res: {
  header?: etcdserverpb.IResponseHeader | null;
  members?: etcdserverpb.IMember[] | null;
}): MembersResult {
  return { header: toHeader(res.header), members: (res.members ?? []).map(toMember) };
}

export class Cluster {
  constructor(private readonly transport: Transport) {}

  /** The members; `linearizable` (etcd 3.5+) asks for a list read through the leader. */
  async memberList(
    options: { linearizable?: boolean } = {},
    call?: CallOptions,
  ): Promise<MembersResult> {
    return members(
      await this.transport.unary(
        clusterService.MemberList,
        { linearizable: options.linearizable ?? false },
        call,
      ),
    );
  }

  async memberAdd(
    peerUrls: string[],
    options: { isLearner?: boolean } = {},
    call?: CallOptions,
  ): Promise<MemberAddResult> {
    const res = await this.transport.unary(
      clusterService.MemberAdd,
      { peerURLs: peerUrls, isLearner: options.isLearner ?? false },
      call,
    );
    return { ...members(res), member: toMember(res.member ?? {}) };
  }

  async memberRemove(id: bigint, call?: CallOptions): Promise<MembersResult> {
    return members(
      await this.transport.unary(clusterService.MemberRemove, { ID: fromBigInt(id, true) }, call),
    );
  }

  async memberUpdate(id: bigint, peerUrls: string[], call?: CallOptions): Promise<MembersResult> {
    return members(
      await this.transport.unary(
        clusterService.MemberUpdate,
        { ID: fromBigInt(id, true), peerURLs: peerUrls },
        call,
      ),
    );
  }

  async memberPromote(id: bigint, call?: CallOptions): Promise<MembersResult> {
    return members(
      await this.transport.unary(clusterService.MemberPromote, { ID: fromBigInt(id, true) }, call),
    );
  }
}
