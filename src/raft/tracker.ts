// The leader's bookkeeping for the whole membership: the current configuration, a Progress per
// member, and the votes of the current election.
import {
  jointCommittedIndex,
  jointVoteResult,
  jointVoterIds,
  sortIds,
  type JointConfig,
  type VoteResult,
} from './quorum.js';
import type { Progress } from './progress.js';
import type { ConfState, NodeId } from './types.js';

/**
 * A membership configuration. Invariants (checked by confchange.ts): learners and voters are
 * disjoint; learnersNext holds only outgoing voters, which become learners when the joint
 * configuration is left.
 */
export interface TrackerConfig {
  readonly voters: JointConfig;
  readonly learners: ReadonlySet<NodeId>;
  readonly learnersNext: ReadonlySet<NodeId>;
  /** Leave the joint configuration as soon as it is applied (set on entering it). */
  readonly autoLeave: boolean;
}

export const EMPTY_TRACKER_CONFIG: TrackerConfig = {
  voters: [new Set(), new Set()],
  learners: new Set(),
  learnersNext: new Set(),
  autoLeave: false,
};

export type ProgressMap = Map<NodeId, Progress>;

export function isJoint(config: TrackerConfig): boolean {
  return config.voters[1].size > 0;
}

export function configToConfState(config: TrackerConfig): ConfState {
  return {
    voters: sortIds(config.voters[0]),
    learners: sortIds(config.learners),
    votersOutgoing: sortIds(config.voters[1]),
    learnersNext: sortIds(config.learnersNext),
    autoLeave: config.autoLeave,
  };
}

export function describeConfig(config: TrackerConfig): string {
  const ids = (s: ReadonlySet<NodeId>): string => sortIds(s).join(' ');
  let s = `voters=(${ids(config.voters[0])})`;
  if (isJoint(config)) s += `&&(${ids(config.voters[1])})`;
  if (config.learners.size > 0) s += ` learners=(${ids(config.learners)})`;
  if (config.learnersNext.size > 0) s += ` learners_next=(${ids(config.learnersNext)})`;
  if (config.autoLeave) s += ' autoleave';
  return s;
}

export class ProgressTracker {
  config: TrackerConfig = EMPTY_TRACKER_CONFIG;
  private progressMap: ProgressMap = new Map();
  /** The ids of progressMap in order, sorted once per membership: visit runs on every append. */
  private orderedIds: NodeId[] = [];
  private readonly votes = new Map<NodeId, boolean>();

  readonly maxInflightMessages: number;
  readonly maxInflightBytes: number;

  constructor(maxInflightMessages: number, maxInflightBytes: number) {
    this.maxInflightMessages = maxInflightMessages;
    this.maxInflightBytes = maxInflightBytes;
  }

  get progress(): ProgressMap {
    return this.progressMap;
  }

  /** Replaces the membership's progress; a map is never given new ids in place. */
  set progress(map: ProgressMap) {
    this.progressMap = map;
    this.orderedIds = sortIds(map.keys());
  }

  confState(): ConfState {
    return configToConfState(this.config);
  }

  /** A single voter and no joint change: that voter decides alone. */
  isSingleton(): boolean {
    return this.config.voters[0].size === 1 && this.config.voters[1].size === 0;
  }

  /** The highest index a quorum of voters has acknowledged. */
  committed(): number {
    return jointCommittedIndex(this.config.voters, (id) => this.progress.get(id)?.match);
  }

  /** Calls fn for every member in id order, so message order is the same on every run. */
  visit(fn: (id: NodeId, pr: Progress) => void): void {
    for (const id of this.orderedIds) fn(id, this.progressMap.get(id)!);
  }

  /** Whether a quorum of voters was heard from since the last check (check-quorum). */
  quorumActive(): boolean {
    const votes = new Map<NodeId, boolean>();
    for (const [id, pr] of this.progress) {
      if (!pr.isLearner) votes.set(id, pr.recentActive);
    }
    return jointVoteResult(this.config.voters, votes) === 'won';
  }

  voterIds(): NodeId[] {
    return jointVoterIds(this.config.voters);
  }

  isVoter(id: NodeId): boolean {
    return this.config.voters[0].has(id) || this.config.voters[1].has(id);
  }

  resetVotes(): void {
    this.votes.clear();
  }

  /** Records the first vote from id; later (duplicate) votes from the same id are ignored. */
  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  /** Whether `votes` amount to a quorum of the current configuration. */
  voteResult(votes: ReadonlyMap<NodeId, boolean>): VoteResult {
    return jointVoteResult(this.config.voters, votes);
  }

  tallyVotes(): { granted: number; rejected: number; result: VoteResult } {
    let granted = 0;
    let rejected = 0;
    for (const [id, pr] of this.progress) {
      if (pr.isLearner) continue;
      const v = this.votes.get(id);
      if (v === undefined) continue;
      if (v) granted++;
      else rejected++;
    }
    return { granted, rejected, result: jointVoteResult(this.config.voters, this.votes) };
  }
}
