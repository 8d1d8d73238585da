// The cluster's members as the applied log defines them (etcd's membership store): Raft
// membership changes add and remove members, and the context of each change carries the member
// it is about; members publish their own name and client URLs once they run. The list is part of
// the state machine, written in the same batch as the applied index.
import type { ConfChange } from '../raft/index.js';
import type { BatchOp } from '../storage/backend.js';
import { MetaKey } from '../storage/keys.js';

export interface Member {
  id: bigint;
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

/** What a membership change's context holds: the member, and the request waiting for it. */
export interface MemberChangeContext {
  requestId?: string;
  member: {
    id: string;
    name: string;
    peerUrls: string[];
    clientUrls: string[];
    isLearner: boolean;
  };
}

const membersKey = MetaKey.members;

export function encodeMemberContext(member: Member, requestId?: bigint): Uint8Array {
  const context: MemberChangeContext = {
    ...(requestId !== undefined ? { requestId: requestId.toString(16) } : {}),
    member: { ...member, id: member.id.toString(16) },
  };
  return Buffer.from(JSON.stringify(context));
}

export function decodeMemberContext(
  bytes: Uint8Array | undefined,
): MemberChangeContext | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as MemberChangeContext;
}

export class Membership {
  private readonly members = new Map<bigint, Member>();
  /** Removed member IDs are never reused, as etcd keeps them. */
  private readonly removed = new Set<bigint>();

  static load(stored: Buffer | undefined): Membership {
    const m = new Membership();
    if (!stored) return m;
    const data = JSON.parse(stored.toString('utf8')) as {
      members: MemberChangeContext['member'][];
      removed: string[];
    };
    for (const member of data.members)
      m.members.set(BigInt('0x' + member.id), { ...member, id: BigInt('0x' + member.id) });
    for (const id of data.removed) m.removed.add(BigInt('0x' + id));
    return m;
  }

  list(): Member[] {
    return [...this.members.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(id: bigint): Member | undefined {
    return this.members.get(id);
  }

  isRemoved(id: bigint): boolean {
    return this.removed.has(id);
  }

  /** Applies a committed Raft membership change. */
  applyConfChange(cc: ConfChange, out: BatchOp[]): void {
    const context = decodeMemberContext(cc.context);
    for (const change of cc.changes) {
      if (change.type === 'remove-node') {
        this.members.delete(change.nodeId);
        this.removed.add(change.nodeId);
        continue;
      }
      const existing = this.members.get(change.nodeId);
      const described =
        context?.member.id === change.nodeId.toString(16) ? context.member : undefined;
      this.members.set(change.nodeId, {
        id: change.nodeId,
        name: existing?.name || described?.name || '',
        peerUrls: described?.peerUrls ?? existing?.peerUrls ?? [],
        clientUrls: existing?.clientUrls.length
          ? existing.clientUrls
          : (described?.clientUrls ?? []),
        isLearner: change.type === 'add-learner',
      });
    }
    out.push(this.persist());
  }

  /** A member's own published name and client URLs, or new peer URLs from MemberUpdate. */
  applyAttributes(
    id: bigint,
    attrs: { name?: string; clientUrls?: string[]; peerUrls?: string[] },
    out: BatchOp[],
  ): boolean {
    const member = this.members.get(id);
    if (!member) return false;
    if (attrs.name) member.name = attrs.name;
    if (attrs.clientUrls && attrs.clientUrls.length > 0) member.clientUrls = attrs.clientUrls;
    if (attrs.peerUrls && attrs.peerUrls.length > 0) member.peerUrls = attrs.peerUrls;
    out.push(this.persist());
    return true;
  }

  private persist(): BatchOp {
    const data = {
      members: this.list().map((m) => ({ ...m, id: m.id.toString(16) })),
      removed: [...this.removed].map((id) => id.toString(16)),
    };
    return { type: 'put', key: membersKey, value: Buffer.from(JSON.stringify(data)) };
  }
}

export { membersKey };
