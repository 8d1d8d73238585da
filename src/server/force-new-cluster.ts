// --force-new-cluster, as etcd's restartAsStandaloneNode: a member of a cluster that lost its
// quorum for good restarts as the only voter of the same cluster, keeping its data. Its Raft log is
// cut after the commit index (entries no quorum accepted are discarded), then one membership change
// per other member removes it (and one adds this member if it was not a voter), and these entries
// are marked committed, which no quorum could do. Raft and the server then apply them like any
// other: the member elects itself and the member list holds it alone. Unsafe, as in etcd: writes
// the lost members had committed only among themselves are gone, and those members must not come
// back with their old data.
import { decodeConfChange, encodeConfChange, type Entry, type NodeId } from '../raft/index.js';
import type { DurableRaftStorage } from '../storage/raft-storage.js';
import type { Logger } from '../util/log.js';
import { toHex } from '../util/long.js';
import { encodeMemberContext, type Member } from './membership.js';

/**
 * The members of the configuration after the committed log, voters and learners: the snapshot's,
 * then each committed membership change in order (etcd's getIDs).
 */
export function committedMembers(
  snapshot: { voters: readonly NodeId[]; learners: readonly NodeId[] },
  committed: readonly Entry[],
): Map<NodeId, 'voter' | 'learner'> {
  const members = new Map<NodeId, 'voter' | 'learner'>();
  for (const id of snapshot.learners) members.set(id, 'learner');
  for (const id of snapshot.voters) members.set(id, 'voter');
  for (const e of committed) {
    if (e.type !== 'conf-change') continue;
    for (const change of decodeConfChange(e.data).changes) {
      if (change.type === 'remove-node') members.delete(change.nodeId);
      else members.set(change.nodeId, change.type === 'add-node' ? 'voter' : 'learner');
    }
  }
  return members;
}

/**
 * The entries that make `self` the only member (etcd's createConfigChangeEnts): a removal of each
 * other member, in ID order, then the addition of `self` if it is not a voter yet; at `term`,
 * from index `after + 1`.
 */
export function standaloneEntries(
  members: ReadonlySet<NodeId>,
  self: Member,
  selfIsVoter: boolean,
  term: number,
  after: number,
): Entry[] {
  const others = [...members].filter((id) => id !== self.id).sort((a, b) => (a < b ? -1 : 1));
  const entries: Entry[] = others.map((id, i) => ({
    term,
    index: after + 1 + i,
    type: 'conf-change',
    data: encodeConfChange({
      transition: 'auto',
      changes: [{ type: 'remove-node', nodeId: id }],
      context: encodeMemberContext({
        id,
        name: '',
        peerUrls: [],
        clientUrls: [],
        isLearner: false,
      }),
    }),
  }));
  if (!selfIsVoter) {
    entries.push({
      term,
      index: after + 1 + entries.length,
      type: 'conf-change',
      data: encodeConfChange({
        transition: 'auto',
        changes: [{ type: 'add-node', nodeId: self.id }],
        context: encodeMemberContext({ ...self, isLearner: false }),
      }),
    });
  }
  return entries;
}

/** Rewrites the stored Raft log so that `self` restarts as its cluster's only voter. */
export async function forceNewCluster(
  storage: DurableRaftStorage,
  self: Member,
  logger: Logger,
): Promise<void> {
  const { hardState, confState } = storage.initialState();
  const first = storage.firstIndex();
  const last = storage.lastIndex();
  const committed =
    hardState.commit >= first
      ? storage.entries(first, hardState.commit + 1, Number.MAX_SAFE_INTEGER)
      : [];
  const snapshotConf = storage.snapshot().metadata.confState;
  const members = committedMembers(
    {
      voters: [...snapshotConf.voters, ...snapshotConf.votersOutgoing],
      learners: [...snapshotConf.learners, ...snapshotConf.learnersNext],
    },
    committed,
  );
  logger.warn('forcing restart member as the only member of its cluster (--force-new-cluster)', {
    localMemberId: toHex(self.id),
    commitIndex: hardState.commit,
    discardedUncommittedEntries: Math.max(0, last - hardState.commit),
    removedMembers: [...members.keys()].filter((id) => id !== self.id).map(toHex),
    voters: confState.voters.map(toHex),
  });
  const entries = standaloneEntries(
    new Set(members.keys()),
    self,
    members.get(self.id) === 'voter',
    hardState.term,
    hardState.commit,
  );
  if (entries.length === 0) return;
  // Entries after the commit index are overwritten (save drops what lies past the new tail).
  await storage.save(
    { entries, hardState: { ...hardState, commit: entries[entries.length - 1]!.index } },
    true,
  );
}
