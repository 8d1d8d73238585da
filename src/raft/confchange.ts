// Membership changes, computed on copies so that a rejected change leaves nothing behind.
//
// A simple change alters the voters by at most one, which keeps any majority of the old voters
// overlapping any majority of the new. Anything larger goes through a joint configuration
// (Raft thesis §4.3): decisions need a majority of both the old (outgoing) and new (incoming)
// voters until the joint configuration is left.
import { Inflights } from './inflights.js';
import { Progress } from './progress.js';
import {
  EMPTY_TRACKER_CONFIG,
  isJoint,
  type ProgressMap,
  type ProgressTracker,
  type TrackerConfig,
} from './tracker.js';
import type { ConfChangeSingle, ConfState, NodeId } from './types.js';

export interface ConfigAndProgress {
  readonly config: TrackerConfig;
  readonly progress: ProgressMap;
}

/** Mutable working copy of a configuration. */
interface Draft {
  incoming: Set<NodeId>;
  outgoing: Set<NodeId>;
  learners: Set<NodeId>;
  learnersNext: Set<NodeId>;
  autoLeave: boolean;
  progress: ProgressMap;
}

export class ConfChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfChangeError';
  }
}

export class Changer {
  private readonly tracker: ProgressTracker;
  /** New members start probing at the leader's last index. */
  private readonly lastIndex: number;

  constructor(tracker: ProgressTracker, lastIndex: number) {
    this.tracker = tracker;
    this.lastIndex = lastIndex;
  }

  /**
   * Enters a joint configuration: the current voters become the outgoing half and the changes
   * are applied to the incoming half.
   */
  enterJoint(autoLeave: boolean, changes: readonly ConfChangeSingle[]): ConfigAndProgress {
    const draft = this.draft();
    if (isJoint(this.tracker.config)) throw new ConfChangeError('config is already joint');
    if (draft.incoming.size === 0) {
      // A config with no voters cannot have made any decision, so joint with it is meaningless.
      throw new ConfChangeError("can't make a zero-voter config joint");
    }
    draft.outgoing = new Set(draft.incoming);
    this.apply(draft, changes);
    draft.autoLeave = autoLeave;
    return this.finish(draft);
  }

  /**
   * Leaves the joint configuration: the outgoing half is dropped, outgoing voters that were
   * demoted become learners, and voters that are in neither half lose their Progress.
   */
  leaveJoint(): ConfigAndProgress {
    const draft = this.draft();
    if (!isJoint(this.tracker.config)) {
      throw new ConfChangeError("can't leave a non-joint config");
    }
    for (const id of draft.learnersNext) {
      draft.learners.add(id);
      draft.progress.get(id)!.isLearner = true;
    }
    draft.learnersNext.clear();
    for (const id of draft.outgoing) {
      if (!draft.incoming.has(id) && !draft.learners.has(id)) draft.progress.delete(id);
    }
    draft.outgoing.clear();
    draft.autoLeave = false;
    return this.finish(draft);
  }

  /** Applies changes that alter the voters by at most one, without a joint configuration. */
  simple(changes: readonly ConfChangeSingle[]): ConfigAndProgress {
    if (isJoint(this.tracker.config)) {
      throw new ConfChangeError("can't apply a simple config change in a joint config");
    }
    const draft = this.draft();
    this.apply(draft, changes);
    const before = this.tracker.config.voters[0];
    let changed = 0;
    for (const id of before) if (!draft.incoming.has(id)) changed++;
    for (const id of draft.incoming) if (!before.has(id)) changed++;
    if (changed > 1) {
      throw new ConfChangeError('more than one voter changed without entering a joint config');
    }
    return this.finish(draft);
  }

  private apply(draft: Draft, changes: readonly ConfChangeSingle[]): void {
    for (const cc of changes) {
      // The caller zeroes the id of a change it decided not to apply.
      if (cc.nodeId === 0n) continue;
      switch (cc.type) {
        case 'add-node':
          this.makeVoter(draft, cc.nodeId);
          break;
        case 'add-learner':
          this.makeLearner(draft, cc.nodeId);
          break;
        case 'remove-node':
          this.remove(draft, cc.nodeId);
          break;
      }
    }
    if (draft.incoming.size === 0) throw new ConfChangeError('removed all voters');
  }

  private makeVoter(draft: Draft, id: NodeId): void {
    const pr = draft.progress.get(id);
    if (pr === undefined) {
      this.initProgress(draft, id, false);
      return;
    }
    pr.isLearner = false;
    draft.learners.delete(id);
    draft.learnersNext.delete(id);
    draft.incoming.add(id);
  }

  /**
   * Turns id into a learner. An outgoing voter cannot become a learner while it still votes in
   * the outgoing half, so it is parked in learnersNext until the joint config is left.
   */
  private makeLearner(draft: Draft, id: NodeId): void {
    const pr = draft.progress.get(id);
    if (pr === undefined) {
      this.initProgress(draft, id, true);
      return;
    }
    if (pr.isLearner) return;
    this.remove(draft, id);
    draft.progress.set(id, pr);
    if (draft.outgoing.has(id)) {
      draft.learnersNext.add(id);
    } else {
      pr.isLearner = true;
      draft.learners.add(id);
    }
  }

  private remove(draft: Draft, id: NodeId): void {
    if (!draft.progress.has(id)) return;
    draft.incoming.delete(id);
    draft.learners.delete(id);
    draft.learnersNext.delete(id);
    // An outgoing voter keeps its Progress: the outgoing half still counts its acks.
    if (!draft.outgoing.has(id)) draft.progress.delete(id);
  }

  private initProgress(draft: Draft, id: NodeId, isLearner: boolean): void {
    if (isLearner) draft.learners.add(id);
    else draft.incoming.add(id);
    draft.progress.set(
      id,
      new Progress({
        match: 0,
        next: Math.max(this.lastIndex, 1),
        inflights: new Inflights(this.tracker.maxInflightMessages, this.tracker.maxInflightBytes),
        isLearner,
        // A new member counts as active so that check-quorum gives it a full round to respond.
        recentActive: true,
      }),
    );
  }

  private draft(): Draft {
    const config = this.tracker.config;
    const progress: ProgressMap = new Map();
    for (const [id, pr] of this.tracker.progress) progress.set(id, pr.clone());
    return {
      incoming: new Set(config.voters[0]),
      outgoing: new Set(config.voters[1]),
      learners: new Set(config.learners),
      learnersNext: new Set(config.learnersNext),
      autoLeave: config.autoLeave,
      progress,
    };
  }

  private finish(draft: Draft): ConfigAndProgress {
    const config: TrackerConfig = {
      voters: [draft.incoming, draft.outgoing],
      learners: draft.learners,
      learnersNext: draft.learnersNext,
      autoLeave: draft.autoLeave,
    };
    checkInvariants(config, draft.progress);
    return { config, progress: draft.progress };
  }
}

/**
 * Rebuilds the configuration a ConfState describes, on an empty tracker: the outgoing half is
 * set up first as a simple config, then the incoming half is entered jointly on top of it, so
 * the same code paths that produced the state reproduce it.
 */
export function restoreConfig(
  tracker: ProgressTracker,
  confState: ConfState,
  lastIndex: number,
): ConfigAndProgress {
  tracker.config = EMPTY_TRACKER_CONFIG;
  tracker.progress = new Map();
  const apply = (result: ConfigAndProgress): void => {
    tracker.config = result.config;
    tracker.progress = result.progress;
  };
  const changer = (): Changer => new Changer(tracker, lastIndex);
  const addVoters = (ids: readonly NodeId[]): ConfChangeSingle[] =>
    ids.map((nodeId) => ({ type: 'add-node', nodeId }));
  const addLearners = (ids: readonly NodeId[]): ConfChangeSingle[] =>
    ids.map((nodeId) => ({ type: 'add-learner', nodeId }));

  if (confState.votersOutgoing.length === 0) {
    // One voter at a time keeps every step a valid simple change.
    for (const cc of [...addVoters(confState.voters), ...addLearners(confState.learners)]) {
      apply(changer().simple([cc]));
    }
    return { config: tracker.config, progress: tracker.progress };
  }
  for (const cc of addVoters(confState.votersOutgoing)) apply(changer().simple([cc]));
  // Entering joint: the outgoing voters that are not incoming voters are removed; the learners
  // and learnersNext are added; outgoing voters in learnersNext become parked learners.
  const incoming = new Set(confState.voters);
  const changes: ConfChangeSingle[] = [
    ...confState.votersOutgoing
      .filter((id) => !incoming.has(id))
      .map((nodeId): ConfChangeSingle => ({ type: 'remove-node', nodeId })),
    ...addVoters(confState.voters),
    ...addLearners(confState.learners),
    ...addLearners(confState.learnersNext),
  ];
  apply(changer().enterJoint(confState.autoLeave, changes));
  return { config: tracker.config, progress: tracker.progress };
}

function checkInvariants(config: TrackerConfig, progress: ProgressMap): void {
  const fail = (why: string): never => {
    throw new ConfChangeError(`invalid configuration: ${why}`);
  };
  for (const half of config.voters) {
    for (const id of half) if (!progress.has(id)) fail(`no progress for voter ${id}`);
  }
  for (const id of config.learners) {
    const pr = progress.get(id);
    if (pr === undefined) fail(`no progress for learner ${id}`);
    else if (!pr.isLearner) fail(`learner ${id} is not marked learner`);
    if (config.voters[0].has(id) || config.voters[1].has(id)) fail(`${id} is voter and learner`);
  }
  for (const id of config.learnersNext) {
    const pr = progress.get(id);
    if (pr === undefined) fail(`no progress for learner-next ${id}`);
    else if (pr.isLearner) fail(`learner-next ${id} is already marked learner`);
    if (!config.voters[1].has(id)) fail(`learner-next ${id} is not an outgoing voter`);
  }
  for (const [id, pr] of progress) {
    const member =
      config.voters[0].has(id) ||
      config.voters[1].has(id) ||
      config.learners.has(id) ||
      config.learnersNext.has(id);
    if (!member) fail(`progress for non-member ${id}`);
    if (pr.isLearner !== config.learners.has(id)) fail(`learner flag of ${id} is inconsistent`);
  }
  if (!isJoint(config) && (config.learnersNext.size > 0 || config.autoLeave)) {
    fail('learnersNext or autoLeave set outside a joint config');
  }
}
