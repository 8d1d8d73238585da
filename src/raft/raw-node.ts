// The caller's handle on one Raft node: inputs (tick, step, propose, ...) and the Ready/advance
// cycle that hands out what to persist, send and apply. Single-threaded and synchronous: the
// caller owns the loop, the clock, the disk and the network.
import { encodeConfChange } from './conf-change-codec.js';
import type { RaftConfig } from './config.js';
import { Raft, type StepResult } from './raft.js';
import type { ProgressTracker, TrackerConfig } from './tracker.js';
import {
  entriesPayloadSize,
  hardStateEqual,
  isEmptyHardState,
  newMessage,
  type ConfChange,
  type ConfState,
  type HardState,
  type Message,
  type MessageType,
  type NodeId,
  type ProgressStateType,
  type Ready,
  type SnapshotStatus,
  type SoftState,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Message types that only ever arise inside a node; step() refuses them from the network. */
const LOCAL_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'MsgHup',
  'MsgBeat',
  'MsgCheckQuorum',
  'MsgUnreachable',
  'MsgSnapStatus',
  'MsgForgetLeader',
]);

/** Responses are only meaningful from members; a response from anyone else is dropped. */
const RESPONSE_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'MsgAppResp',
  'MsgVoteResp',
  'MsgPreVoteResp',
  'MsgHeartbeatResp',
]);

export interface ProgressStatus {
  readonly match: number;
  readonly next: number;
  readonly state: ProgressStateType;
  readonly isLearner: boolean;
  readonly recentActive: boolean;
  /** Flow control holds back appends to this member for now. */
  readonly paused: boolean;
  readonly pendingSnapshot: number;
  readonly inflight: number;
}

export interface Status {
  readonly id: NodeId;
  readonly hardState: HardState;
  readonly softState: SoftState;
  readonly applied: number;
  readonly leadTransferee: NodeId;
  readonly config: TrackerConfig;
  /** Only on the leader: each member's replication progress. */
  readonly progress?: ReadonlyMap<NodeId, ProgressStatus>;
}

export class RawNode {
  private readonly raft: Raft;
  private prevSoftState: SoftState;
  private prevHardState: HardState;
  /** The Ready handed out and not yet advanced; ready() may not be called again before. */
  private pendingReady: Ready | undefined;

  constructor(config: RaftConfig) {
    this.raft = new Raft(config);
    this.prevSoftState = this.raft.softState();
    this.prevHardState = this.raft.hardState();
  }

  /** Advances the logical clock by one tick (election timeouts and heartbeats count ticks). */
  tick(): void {
    this.raft.tick();
  }

  /** Starts an election now (with pre-vote if configured). */
  campaign(): void {
    this.raft.step(newMessage({ type: 'MsgHup' }));
  }

  /** Proposes data to be appended to the log. A dropped proposal never commits. */
  propose(data: Uint8Array): StepResult {
    return this.raft.step(
      newMessage({
        type: 'MsgProp',
        from: this.raft.id,
        entries: [{ term: 0, index: 0, type: 'normal', data }],
      }),
    );
  }

  /**
   * Proposes a membership change. Once its entry is committed the caller must call
   * applyConfChange() with it (decodeConfChange(entry.data)).
   */
  proposeConfChange(cc: ConfChange): StepResult {
    return this.raft.step(
      newMessage({
        type: 'MsgProp',
        from: this.raft.id,
        entries: [{ term: 0, index: 0, type: 'conf-change', data: encodeConfChange(cc) }],
      }),
    );
  }

  /** Applies a committed membership change; returns the membership now in force. */
  applyConfChange(cc: ConfChange): ConfState {
    return this.raft.applyConfChange(cc);
  }

  /** Feeds a message received from a peer. */
  step(m: Message): StepResult {
    if (LOCAL_MESSAGE_TYPES.has(m.type)) {
      throw new Error(`cannot step local message ${m.type} received from the network`);
    }
    if (RESPONSE_TYPES.has(m.type) && !this.raft.tracker.progress.has(m.from)) {
      return 'ok';
    }
    return this.raft.step(m);
  }

  /**
   * Requests a read index for a linearizable read. The answer arrives as a ReadState with the
   * same context in a later Ready; `context` must be unique among outstanding requests.
   */
  readIndex(context: Uint8Array): StepResult {
    return this.raft.step(newMessage({ type: 'MsgReadIndex', context }));
  }

  /** Asks the leader to hand leadership to `transferee`. */
  transferLeader(transferee: NodeId): void {
    this.raft.step(newMessage({ type: 'MsgTransferLeader', from: transferee }));
  }

  /**
   * Makes a follower forget its leader, so that with check-quorum it grants votes at once
   * instead of waiting out the leader's lease. For when the caller knows the leader is gone.
   */
  forgetLeader(): void {
    this.raft.step(newMessage({ type: 'MsgForgetLeader' }));
  }

  /** The transport failed to deliver to `id`; the leader stops streaming to it optimistically. */
  reportUnreachable(id: NodeId): void {
    this.raft.step(newMessage({ type: 'MsgUnreachable', from: id }));
  }

  /** The transport's outcome for a MsgSnap to `id`. */
  reportSnapshot(id: NodeId, status: SnapshotStatus): void {
    this.raft.step(newMessage({ type: 'MsgSnapStatus', from: id, reject: status === 'failed' }));
  }

  /** Whether ready() would return anything to do. */
  hasReady(): boolean {
    if (this.pendingReady !== undefined) return false;
    const r = this.raft;
    const soft = r.softState();
    if (soft.lead !== this.prevSoftState.lead || soft.raftState !== this.prevSoftState.raftState) {
      return true;
    }
    const hard = r.hardState();
    if (!isEmptyHardState(hard) && !hardStateEqual(hard, this.prevHardState)) return true;
    return (
      r.raftLog.hasPendingSnapshot() ||
      r.msgs.length > 0 ||
      r.raftLog.unstable.entries.length > 0 ||
      r.raftLog.hasNextCommittedEntries() ||
      r.readStates.length > 0
    );
  }

  /**
   * What to do next; see the Ready type for the order. Must be followed by advance() before the
   * next ready().
   */
  ready(): Ready {
    if (this.pendingReady !== undefined) {
      throw new Error('ready() called again before advance()');
    }
    const r = this.raft;
    const soft = r.softState();
    const hard = r.hardState();
    const snapshot = r.raftLog.unstable.snapshot;
    const entries = r.raftLog.unstableEntries();
    const hardChanged = !isEmptyHardState(hard) && !hardStateEqual(hard, this.prevHardState);
    const softChanged =
      soft.lead !== this.prevSoftState.lead || soft.raftState !== this.prevSoftState.raftState;
    const termOrVoteChanged =
      hardChanged &&
      (hard.term !== this.prevHardState.term || hard.vote !== this.prevHardState.vote);
    const rd: Mutable<Ready> = {
      readStates: r.readStates,
      entries,
      committedEntries: r.raftLog.nextCommittedEntries(),
      messages: r.msgs,
      // A commit index change alone need not be synced: it is re-learnt from the leader.
      mustSync: entries.length > 0 || snapshot !== undefined || termOrVoteChanged,
      sendBeforeWrite:
        r.leaderWritesInParallel && soft.raftState === 'leader' && !termOrVoteChanged,
    };
    if (softChanged) rd.softState = soft;
    if (hardChanged) rd.hardState = hard;
    if (snapshot !== undefined) rd.snapshot = snapshot;
    if (rd.softState !== undefined) this.prevSoftState = soft;
    r.msgs = [];
    r.readStates = [];
    this.pendingReady = rd;
    return rd;
  }

  /**
   * The caller persisted, sent and applied everything in the last Ready. Entries and snapshot
   * become stable; committed entries count as applied.
   */
  advance(): void {
    const rd = this.pendingReady;
    if (rd === undefined) throw new Error('advance() called without a pending Ready');
    this.pendingReady = undefined;
    const r = this.raft;
    if (rd.hardState !== undefined) this.prevHardState = rd.hardState;
    const lastEntry = rd.entries[rd.entries.length - 1];
    if (lastEntry !== undefined) {
      r.raftLog.stableTo(lastEntry.index, lastEntry.term);
      r.ownEntriesWritten(lastEntry.index, lastEntry.term);
    }
    if (rd.snapshot !== undefined) r.raftLog.stableSnapTo(rd.snapshot.metadata.index);
    const lastCommitted = rd.committedEntries[rd.committedEntries.length - 1];
    const applied = lastCommitted?.index ?? rd.snapshot?.metadata.index ?? 0;
    if (applied > 0) r.appliedTo(applied, entriesPayloadSize(rd.committedEntries));
  }

  status(): Status {
    const r = this.raft;
    const base = {
      id: r.id,
      hardState: r.hardState(),
      softState: r.softState(),
      applied: r.raftLog.applied,
      leadTransferee: r.leadTransferee,
      config: r.tracker.config,
    };
    return r.state === 'leader' ? { ...base, progress: progressStatus(r.tracker) } : base;
  }
}

function progressStatus(tracker: ProgressTracker): Map<NodeId, ProgressStatus> {
  const result = new Map<NodeId, ProgressStatus>();
  tracker.visit((id, pr) => {
    result.set(id, {
      match: pr.match,
      next: pr.next,
      state: pr.state,
      isLearner: pr.isLearner,
      recentActive: pr.recentActive,
      paused: pr.isPaused(),
      pendingSnapshot: pr.pendingSnapshot,
      inflight: pr.inflights.count(),
    });
  });
  return result;
}
