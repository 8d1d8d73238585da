// Quorum arithmetic: which index a configuration has committed and whether an election is won.
// A majority configuration is a set of voters; a joint configuration (during a membership change)
// is two of them, and needs a majority of each.
import type { NodeId } from './types.js';

export type VoteResult = 'pending' | 'lost' | 'won';

export type MajorityConfig = ReadonlySet<NodeId>;

/** [incoming, outgoing]; the outgoing half is empty unless a joint change is in progress. */
export type JointConfig = readonly [MajorityConfig, MajorityConfig];

/** Looks up how far a voter's log is known to match the leader's; undefined if unknown. */
export type AckedIndexer = (id: NodeId) => number | undefined;

/**
 * The largest index acknowledged by a majority of the voters. An empty configuration imposes no
 * constraint (Infinity), so that the empty outgoing half of a joint config never holds it back.
 */
export function majorityCommittedIndex(voters: MajorityConfig, acked: AckedIndexer): number {
  const n = voters.size;
  if (n === 0) return Infinity;
  // Insertion sort, descending: this runs on every append response, and for the handful of
  // voters a cluster has it is cheaper than Array.prototype.sort, which allocates.
  const indexes = new Array<number>(n);
  let filled = 0;
  for (const id of voters) {
    const index = acked(id) ?? 0;
    let j = filled++;
    while (j > 0 && indexes[j - 1]! < index) {
      indexes[j] = indexes[j - 1]!;
      j--;
    }
    indexes[j] = index;
  }
  // With indexes sorted in descending order, the (n/2+1)-th one is held by a majority.
  return indexes[Math.floor(n / 2)]!;
}

/**
 * Won once a majority granted, lost once a majority can no longer grant, pending otherwise.
 * An empty configuration wins: it makes joint configs with an empty half behave as the other half.
 */
export function majorityVoteResult(
  voters: MajorityConfig,
  votes: ReadonlyMap<NodeId, boolean>,
): VoteResult {
  if (voters.size === 0) return 'won';
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === undefined) missing++;
    else if (v) granted++;
  }
  const quorum = Math.floor(voters.size / 2) + 1;
  if (granted >= quorum) return 'won';
  if (granted + missing >= quorum) return 'pending';
  return 'lost';
}

export function jointCommittedIndex(config: JointConfig, acked: AckedIndexer): number {
  return Math.min(
    majorityCommittedIndex(config[0], acked),
    majorityCommittedIndex(config[1], acked),
  );
}

export function jointVoteResult(
  config: JointConfig,
  votes: ReadonlyMap<NodeId, boolean>,
): VoteResult {
  const incoming = majorityVoteResult(config[0], votes);
  const outgoing = majorityVoteResult(config[1], votes);
  if (incoming === outgoing) return incoming;
  if (incoming === 'lost' || outgoing === 'lost') return 'lost';
  return 'pending';
}

/** Every voter of either half, sorted so that iteration order never depends on history. */
export function jointVoterIds(config: JointConfig): NodeId[] {
  return sortIds(new Set([...config[0], ...config[1]]));
}

export function sortIds(ids: Iterable<NodeId>): NodeId[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
