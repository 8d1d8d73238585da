// The Raft state machine of one node: elections (with pre-vote and check-quorum), replication with
// per-follower flow control, the commit rule, snapshots, membership changes, leadership transfer
// and ReadIndex. It does no I/O: inputs are step() and tick(), outputs accumulate in `msgs`, the
// log's unstable part and `readStates`, which RawNode hands to the caller as a Ready.
import { validateConfig, type RaftConfig, type RaftLogger } from './config.js';
import { Changer, restoreConfig, type ConfigAndProgress } from './confchange.js';
import {
  decodeConfChange,
  describeConfChange,
  enterJointMode,
  isLeaveJoint,
} from './conf-change-codec.js';
import { Inflights } from './inflights.js';
import { Progress } from './progress.js';
import { RaftLog } from './raft-log.js';
import type { RandomSource } from './random.js';
import { ReadOnly } from './read-only.js';
import { SnapshotTemporarilyUnavailableError } from './storage.js';
import { ProgressTracker, describeConfig, isJoint } from './tracker.js';
import {
  NO_NODE,
  entriesPayloadSize,
  entriesSize,
  isEmptyHardState,
  newMessage,
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Message,
  type MessageType,
  type NodeId,
  type RaftStateType,
  type ReadState,
  type Snapshot,
  type SoftState,
} from './types.js';

/** Whether a proposal (or forwarded request) was taken in; dropped ones may be retried. */
export type StepResult = 'ok' | 'proposal-dropped';

type CampaignType = 'pre-election' | 'election' | 'transfer';

type VoteRequestType = 'MsgVote' | 'MsgPreVote';

/** The vote request context that lets a transfer campaign through a follower's leader lease. */
const CAMPAIGN_TRANSFER_CONTEXT = new TextEncoder().encode('CampaignTransfer');

export class Raft {
  readonly id: NodeId;
  term = 0;
  vote: NodeId = NO_NODE;
  readStates: ReadState[] = [];
  readonly raftLog: RaftLog;
  readonly tracker: ProgressTracker;
  state: RaftStateType = 'follower';
  /** Messages produced since the last Ready. */
  msgs: Message[] = [];
  lead: NodeId = NO_NODE;
  /** The target of a leadership transfer in progress, or NO_NODE. */
  leadTransferee: NodeId = NO_NODE;
  /**
   * Only one conf change may be pending (in the log but not applied): this is the index of the
   * latest one, and a leader refuses a new one until the caller applied up to it.
   */
  private pendingConfIndex = 0;
  /** Payload bytes of the leader's uncommitted proposals, to bound them. */
  private uncommittedSize = 0;
  private readOnly = new ReadOnly();
  /** ReadIndex requests that arrived before this leader committed an entry of its term. */
  private pendingReadIndexMessages: Message[] = [];

  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;

  private readonly maxMsgSize: number;
  private readonly maxUncommittedSize: number;
  private readonly checkQuorum: boolean;
  private readonly preVote: boolean;
  private readonly disableProposalForwarding: boolean;
  readonly leaderWritesInParallel: boolean;
  private readonly heartbeatTimeout: number;
  private readonly electionTimeout: number;
  private readonly random: RandomSource;
  /** Optional; calls are written `this.logger?.info(...)` so messages cost nothing without one. */
  private readonly logger: RaftLogger | undefined;

  private tickFn: () => void = () => undefined;
  private stepFn: (m: Message) => StepResult = () => 'ok';

  constructor(config: RaftConfig) {
    validateConfig(config);
    this.id = config.id;
    this.raftLog = new RaftLog(
      config.storage,
      config.maxCommittedSizePerReady ?? config.maxSizePerMsg ?? Number.MAX_SAFE_INTEGER,
    );
    this.maxMsgSize = config.maxSizePerMsg ?? Number.MAX_SAFE_INTEGER;
    this.maxUncommittedSize = config.maxUncommittedEntriesSize ?? 0;
    this.tracker = new ProgressTracker(config.maxInflightMsgs, config.maxInflightBytes ?? 0);
    this.electionTimeout = config.electionTick;
    this.heartbeatTimeout = config.heartbeatTick;
    this.checkQuorum = config.checkQuorum ?? false;
    this.preVote = config.preVote ?? false;
    this.leaderWritesInParallel = config.leaderWritesInParallel ?? false;
    this.disableProposalForwarding = config.disableProposalForwarding ?? false;
    this.random = config.random;
    this.logger = config.logger;

    const { hardState, confState } = config.storage.initialState();
    this.switchToConfig(restoreConfig(this.tracker, confState, this.raftLog.lastIndex()));
    if (!isEmptyHardState(hardState)) this.loadState(hardState);
    if (config.applied !== undefined && config.applied > 0) {
      this.raftLog.appliedTo(config.applied);
    }
    this.becomeFollower(this.term, NO_NODE);
    this.logger?.info(
      `newRaft ${this.id} [${describeConfig(this.tracker.config)}] term: ${this.term}, commit: ${this.raftLog.committed}, applied: ${this.raftLog.applied}, lastindex: ${this.raftLog.lastIndex()}, lastterm: ${this.raftLog.lastTerm()}`,
    );
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.raftLog.committed };
  }

  softState(): SoftState {
    return { lead: this.lead, raftState: this.state };
  }

  tick(): void {
    this.tickFn();
  }

  // ---- Sending ----------------------------------------------------------------------------

  private send(fields: Partial<Message> & Pick<Message, 'type' | 'to'>): void {
    const type = fields.type;
    const isVoteTraffic =
      type === 'MsgVote' ||
      type === 'MsgVoteResp' ||
      type === 'MsgPreVote' ||
      type === 'MsgPreVoteResp';
    if (isVoteTraffic) {
      // Vote traffic names its own term: a pre-vote asks about a future term, and a grant
      // echoes the term that was asked about.
      if (fields.term === undefined || fields.term === 0) {
        throw new Error(`term should be set when sending ${type}`);
      }
      this.msgs.push(newMessage(fields, this.id));
      return;
    }
    if (fields.term !== undefined && fields.term !== 0) {
      throw new Error(`term should not be set when sending ${type} (was ${fields.term})`);
    }
    // Proposals and read requests forwarded to the leader travel as local messages (term 0), so
    // that a term change on the way does not make the leader drop them.
    const term = type === 'MsgProp' || type === 'MsgReadIndex' ? 0 : this.term;
    // A forwarded message keeps its origin: the leader answers a ReadIndex to the node that
    // asked, and a forwarded MsgTransferLeader names the transferee in `from`.
    const from = fields.from !== undefined && fields.from !== NO_NODE ? fields.from : this.id;
    this.msgs.push(newMessage(fields, from, term));
  }

  /** Sends the follower what it needs next, including an empty MsgApp to carry the commit index. */
  private sendAppend(to: NodeId): void {
    this.maybeSendAppend(to, true);
  }

  /**
   * Sends a MsgApp (or a snapshot if the entries are compacted) to `to` unless its flow control
   * says wait. Returns whether a message was sent.
   */
  private maybeSendAppend(to: NodeId, sendIfEmpty: boolean): boolean {
    const pr = this.tracker.progress.get(to);
    if (pr === undefined || pr.isPaused()) return false;

    const prevIndex = pr.next - 1;
    const prevTerm = this.raftLog.termOrUndefined(prevIndex);
    let entries: Entry[] | undefined;
    if (prevTerm !== undefined) {
      try {
        entries = this.raftLog.entries(pr.next, this.maxMsgSize);
      } catch {
        // Compacted between the term lookup and here: fall through to a snapshot.
        entries = undefined;
      }
    }
    if (prevTerm === undefined || entries === undefined) {
      return this.maybeSendSnapshot(to, pr);
    }
    if (entries.length === 0 && !sendIfEmpty) return false;

    this.send({
      type: 'MsgApp',
      to,
      index: prevIndex,
      logTerm: prevTerm,
      entries,
      commit: this.raftLog.committed,
    });
    const last = entries[entries.length - 1];
    if (last !== undefined) pr.sentEntries(last.index, entriesSize(entries));
    return true;
  }

  private maybeSendSnapshot(to: NodeId, pr: Progress): boolean {
    // A follower we have not heard from lately is likely down; a snapshot is too costly to send
    // into the void.
    if (!pr.recentActive) return false;
    let snapshot: Snapshot;
    try {
      snapshot = this.raftLog.snapshot();
    } catch (err) {
      if (err instanceof SnapshotTemporarilyUnavailableError) return false;
      throw err;
    }
    if (snapshot.metadata.index === 0) throw new Error('need a non-empty snapshot');
    this.logger?.info(
      `${this.id} [firstindex: ${this.raftLog.firstIndex()}, commit: ${this.raftLog.committed}] sent snapshot[index: ${snapshot.metadata.index}, term: ${snapshot.metadata.term}] to ${to} [${pr.toString()}]`,
    );
    pr.becomeSnapshot(snapshot.metadata.index);
    this.send({ type: 'MsgSnap', to, snapshot });
    return true;
  }

  private sendHeartbeat(to: NodeId, context: Uint8Array | undefined): void {
    const pr = this.tracker.progress.get(to)!;
    // The follower may not have the entries up to our commit yet; telling it a commit index
    // past its log would be a lie it cannot act on.
    const commit = Math.min(pr.match, this.raftLog.committed);
    this.send(
      context === undefined
        ? { type: 'MsgHeartbeat', to, commit }
        : { type: 'MsgHeartbeat', to, commit, context },
    );
  }

  private bcastAppend(): void {
    this.tracker.visit((id) => {
      if (id !== this.id) this.sendAppend(id);
    });
  }

  private bcastHeartbeat(): void {
    this.bcastHeartbeatWithContext(this.readOnly.lastPendingRequestContext());
  }

  private bcastHeartbeatWithContext(context: Uint8Array | undefined): void {
    this.tracker.visit((id) => {
      if (id !== this.id) this.sendHeartbeat(id, context);
    });
  }

  // ---- Applying ---------------------------------------------------------------------------

  /** The caller applied entries up to `index` (called by RawNode.advance). */
  appliedTo(index: number, appliedPayloadBytes: number): void {
    this.raftLog.appliedTo(index);
    this.reduceUncommittedSize(appliedPayloadBytes);
    if (
      this.tracker.config.autoLeave &&
      index >= this.pendingConfIndex &&
      this.state === 'leader'
    ) {
      // The joint configuration is applied and should be left automatically. The empty conf
      // change means "leave joint". It is never too large, but a leadership transfer may drop
      // it; this check then runs again on the next advance.
      const result = this.step(
        newMessage({
          type: 'MsgProp',
          from: this.id,
          entries: [{ term: 0, index: 0, type: 'conf-change', data: new Uint8Array() }],
        }),
      );
      if (result === 'ok') {
        this.logger?.info(
          `${this.id} initiating automatic transition out of joint configuration ${describeConfig(this.tracker.config)}`,
        );
      }
    }
  }

  /** Appends the leader's own proposals; false when the uncommitted-size limit drops them. */
  private appendEntry(entries: Entry[]): boolean {
    let li = this.raftLog.lastIndex();
    const stamped = entries.map((e, i) => ({ ...e, term: this.term, index: li + 1 + i }));
    if (!this.increaseUncommittedSize(stamped)) {
      this.logger?.warn(
        `${this.id} appending new entries to log would exceed uncommitted entry size limit; dropping proposal`,
      );
      return false;
    }
    li = this.raftLog.append(stamped);
    if (!this.leaderWritesInParallel) {
      // The leader's own log counts towards the quorum at once. The caller persists these
      // entries before sending any message of the same Ready, so no follower acks before the
      // leader has them.
      this.tracker.progress.get(this.id)!.maybeUpdate(li);
      this.maybeCommit();
    }
    return true;
  }

  /**
   * The caller wrote this member's log up to `index` (with leaderWritesInParallel): a leader
   * now counts those entries towards the quorum, as it counts a follower's acknowledgement.
   */
  ownEntriesWritten(index: number, term: number): void {
    if (!this.leaderWritesInParallel || this.state !== 'leader') return;
    if (!this.raftLog.matchTerm(index, term)) return;
    const self = this.tracker.progress.get(this.id);
    if (self === undefined || !self.maybeUpdate(index)) return;
    if (this.maybeCommit()) {
      this.releasePendingReadIndexMessages();
      this.bcastAppend();
    }
  }

  // ---- Ticks ------------------------------------------------------------------------------

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.pastElectionTimeout()) {
      this.electionElapsed = 0;
      this.step(newMessage({ type: 'MsgHup', from: this.id }));
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.electionTimeout) {
      this.electionElapsed = 0;
      if (this.checkQuorum) this.step(newMessage({ type: 'MsgCheckQuorum', from: this.id }));
      // A transfer that did not finish within an election timeout has failed; accept proposals
      // again.
      if (this.state === 'leader' && this.leadTransferee !== NO_NODE) this.abortLeaderTransfer();
      if (this.leadsWithoutVote()) this.handOffLeadership();
    }
    if (this.state !== 'leader') return;
    if (this.heartbeatElapsed >= this.heartbeatTimeout) {
      this.heartbeatElapsed = 0;
      this.step(newMessage({ type: 'MsgBeat', from: this.id }));
    }
  }

  private pastElectionTimeout(): boolean {
    return this.electionElapsed >= this.randomizedElectionTimeout;
  }

  private resetRandomizedElectionTimeout(): void {
    this.randomizedElectionTimeout =
      this.electionTimeout + this.random.nextInt(this.electionTimeout);
  }

  // ---- State transitions ------------------------------------------------------------------

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NO_NODE;
    }
    this.lead = NO_NODE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.abortLeaderTransfer();
    this.tracker.resetVotes();
    const lastIndex = this.raftLog.lastIndex();
    // Entries not yet written count for this member once advance() reports them written.
    const ownMatch = this.leaderWritesInParallel ? this.raftLog.lastStableIndex() : lastIndex;
    for (const [id, pr] of this.tracker.progress) {
      const fresh = new Progress({
        match: id === this.id ? ownMatch : 0,
        next: lastIndex + 1,
        inflights: new Inflights(this.tracker.maxInflightMessages, this.tracker.maxInflightBytes),
        isLearner: pr.isLearner,
        recentActive: false,
      });
      this.tracker.progress.set(id, fresh);
    }
    this.pendingConfIndex = 0;
    this.uncommittedSize = 0;
    this.readOnly = new ReadOnly();
  }

  private becomeFollower(term: number, lead: NodeId): void {
    this.stepFn = (m) => this.stepFollower(m);
    this.reset(term);
    this.tickFn = () => {
      this.tickElection();
    };
    this.lead = lead;
    this.state = 'follower';
    this.logger?.info(`${this.id} became follower at term ${this.term}`);
  }

  private becomeCandidate(): void {
    if (this.state === 'leader') throw new Error('invalid transition [leader -> candidate]');
    this.stepFn = (m) => this.stepCandidate(m);
    this.reset(this.term + 1);
    this.tickFn = () => {
      this.tickElection();
    };
    this.vote = this.id;
    this.state = 'candidate';
    this.logger?.info(`${this.id} became candidate at term ${this.term}`);
  }

  private becomePreCandidate(): void {
    if (this.state === 'leader') throw new Error('invalid transition [leader -> pre-candidate]');
    // A pre-candidate changes neither term nor vote: that is the point of pre-vote.
    this.stepFn = (m) => this.stepCandidate(m);
    this.tracker.resetVotes();
    this.tickFn = () => {
      this.tickElection();
    };
    this.lead = NO_NODE;
    this.state = 'pre-candidate';
    this.logger?.info(`${this.id} became pre-candidate at term ${this.term}`);
  }

  private becomeLeader(): void {
    if (this.state === 'follower') throw new Error('invalid transition [follower -> leader]');
    this.stepFn = (m) => this.stepLeader(m);
    this.reset(this.term);
    this.tickFn = () => {
      this.tickHeartbeat();
    };
    this.lead = this.id;
    this.state = 'leader';
    const self = this.tracker.progress.get(this.id)!;
    // The leader's own log is known to match itself; it needs no flow control.
    self.becomeReplicate();
    self.recentActive = true;
    // A conf change may sit uncommitted in the log; treat it as pending until it is applied.
    this.pendingConfIndex = this.raftLog.lastIndex();
    // An entry of the new term: committing it commits everything before it (Raft §5.4.2), and
    // until then ReadIndex requests wait.
    if (!this.appendEntry([{ term: 0, index: 0, type: 'normal', data: new Uint8Array() }])) {
      throw new Error('empty entry was dropped');
    }
    this.logger?.info(`${this.id} became leader at term ${this.term}`);
  }

  private hup(type: CampaignType): void {
    if (this.state === 'leader') return;
    if (!this.promotable()) {
      this.logger?.warn(`${this.id} is unpromotable and can not campaign`);
      return;
    }
    if (this.hasUnappliedConfChanges()) {
      // The configuration we would campaign in may be about to change.
      this.logger?.warn(
        `${this.id} cannot campaign at term ${this.term} since there are still pending configuration changes to apply`,
      );
      return;
    }
    this.logger?.info(`${this.id} is starting a new election at term ${this.term}`);
    this.campaign(type);
  }

  private hasUnappliedConfChanges(): boolean {
    if (this.raftLog.applied >= this.raftLog.committed) return false;
    const lo = Math.max(this.raftLog.applied + 1, this.raftLog.firstIndex());
    const entries = this.raftLog.slice(lo, this.raftLog.committed + 1, Number.MAX_SAFE_INTEGER);
    return entries.some((e) => e.type === 'conf-change');
  }

  private campaign(type: CampaignType): void {
    let term: number;
    let voteType: VoteRequestType;
    if (type === 'pre-election') {
      this.becomePreCandidate();
      voteType = 'MsgPreVote';
      // A pre-vote asks about the term we would campaign in, without moving to it.
      term = this.term + 1;
    } else {
      this.becomeCandidate();
      voteType = 'MsgVote';
      term = this.term;
    }
    if (this.poll(this.id, voteResponseType(voteType), true) === 'won') {
      // A single-voter configuration wins at once.
      if (type === 'pre-election') this.campaign('election');
      else this.becomeLeader();
      return;
    }
    for (const id of this.tracker.voterIds()) {
      if (id === this.id) continue;
      this.logger?.info(
        `${this.id} [logterm: ${this.raftLog.lastTerm()}, index: ${this.raftLog.lastIndex()}] sent ${voteType} request to ${id} at term ${this.term}`,
      );
      const fields = {
        type: voteType,
        to: id,
        term,
        index: this.raftLog.lastIndex(),
        logTerm: this.raftLog.lastTerm(),
      };
      this.send(type === 'transfer' ? { ...fields, context: CAMPAIGN_TRANSFER_CONTEXT } : fields);
    }
  }

  private poll(id: NodeId, type: MessageType, granted: boolean): 'pending' | 'lost' | 'won' {
    this.logger?.info(
      granted
        ? `${this.id} received ${type} from ${id} at term ${this.term}`
        : `${this.id} received ${type} rejection from ${id} at term ${this.term}`,
    );
    this.tracker.recordVote(id, granted);
    return this.tracker.tallyVotes().result;
  }

  // ---- Step ------------------------------------------------------------------------------

  /** Processes one message, local or from a peer. */
  step(m: Message): StepResult {
    if (m.term === 0) {
      // A local message.
    } else if (m.term > this.term) {
      if (m.type === 'MsgVote' || m.type === 'MsgPreVote') {
        const force = isCampaignTransfer(m.context);
        const inLease =
          this.checkQuorum && this.lead !== NO_NODE && this.electionElapsed < this.electionTimeout;
        if (!force && inLease) {
          // We heard from a live leader within the minimum election timeout: this candidate is
          // likely partitioned or removed, and must not depose it (thesis §4.2.3).
          this.logger?.info(
            `${this.id} [logterm: ${this.raftLog.lastTerm()}, index: ${this.raftLog.lastIndex()}, vote: ${this.vote}] ignored ${m.type} from ${m.from} [logterm: ${m.logTerm}, index: ${m.index}] at term ${this.term}: lease is not expired (remaining ticks: ${this.electionTimeout - this.electionElapsed})`,
          );
          return 'ok';
        }
      }
      if (m.type === 'MsgPreVote') {
        // Never change the term for a pre-vote.
      } else if (m.type === 'MsgPreVoteResp' && !m.reject) {
        // The term in a granted pre-vote is the one we are about to campaign in; we move to it
        // when the pre-vote is won. A rejection carries the voter's real term and moves us.
      } else {
        this.logger?.info(
          `${this.id} [term: ${this.term}] received a ${m.type} message with higher term from ${m.from} [term: ${m.term}]`,
        );
        const fromLeader = m.type === 'MsgApp' || m.type === 'MsgHeartbeat' || m.type === 'MsgSnap';
        this.becomeFollower(m.term, fromLeader ? m.from : NO_NODE);
      }
    } else if (m.term < this.term) {
      if (m.type === 'MsgHeartbeat' || m.type === 'MsgApp') {
        // A stale leader talks to us. We may have moved to a higher term while partitioned (or
        // on a vote request from a removed node) without being able to win: with check-quorum
        // or pre-vote our own campaigns do not disturb the leader, and a learner does not
        // campaign at all. Tell the leader our term so that it steps down and a new election
        // at the higher term brings us back (etcd only does this with check-quorum or pre-vote,
        // which leaves a learner in that position stuck).
        this.send({ type: 'MsgAppResp', to: m.from });
      } else if (m.type === 'MsgPreVote' || m.type === 'MsgVote') {
        // Reject with our term so that the candidate learns it is behind (as in the Raft paper;
        // etcd only answers pre-votes). Otherwise a candidate that missed a term change keeps
        // campaigning below the term others moved to, and can never win their votes.
        this.logger?.info(
          `${this.id} [logterm: ${this.raftLog.lastTerm()}, index: ${this.raftLog.lastIndex()}, vote: ${this.vote}] rejected ${m.type} from ${m.from} [logterm: ${m.logTerm}, index: ${m.index}] at term ${this.term}`,
        );
        this.rejectVote(m, m.type);
      }
      // Other messages from older terms are ignored.
      return 'ok';
    }

    if (m.type === 'MsgHup') {
      this.hup(this.preVote ? 'pre-election' : 'election');
      return 'ok';
    }
    if (m.type === 'MsgVote' || m.type === 'MsgPreVote') {
      this.handleVoteRequest(m, m.type);
      return 'ok';
    }
    if (m.reject && (m.type === 'MsgVoteResp' || m.type === 'MsgPreVoteResp')) {
      this.learnCommitFromVoteRejection(m);
    }
    return this.stepFn(m);
  }

  private handleVoteRequest(m: Message, type: VoteRequestType): void {
    const canVote =
      // A repeat of a vote we already cast.
      this.vote === m.from ||
      // We have not voted and know no leader in this term.
      (this.vote === NO_NODE && this.lead === NO_NODE) ||
      // A pre-vote for a future term.
      (type === 'MsgPreVote' && m.term > this.term);
    const upToDate = this.raftLog.isUpToDate(m.index, m.logTerm);
    if (canVote && upToDate) {
      this.logger?.info(
        `${this.id} [logterm: ${this.raftLog.lastTerm()}, index: ${this.raftLog.lastIndex()}, vote: ${this.vote}] cast ${type} for ${m.from} [logterm: ${m.logTerm}, index: ${m.index}] at term ${this.term}`,
      );
      // The response carries the term of the request, not ours: for a pre-vote ours is
      // lower, and the pre-candidate would ignore a response from an older term.
      this.send({ type: voteResponseType(type), to: m.from, term: m.term });
      if (type === 'MsgVote') {
        this.electionElapsed = 0;
        this.vote = m.from;
      }
    } else {
      this.logger?.info(
        `${this.id} [logterm: ${this.raftLog.lastTerm()}, index: ${this.raftLog.lastIndex()}, vote: ${this.vote}] rejected ${type} from ${m.from} [logterm: ${m.logTerm}, index: ${m.index}] at term ${this.term}`,
      );
      this.rejectVote(m, type);
      if (upToDate && type === 'MsgVote' && m.term === this.term) {
        // We only refuse because we already voted in this term (likely for ourselves), but the
        // candidate could have won our vote. Let it have the first shot in the next term:
        // otherwise a node that cannot win (one with a stale configuration, say) can keep
        // campaigning just ahead of it, term after term.
        this.electionElapsed = 0;
      }
    }
  }

  /**
   * Rejects a vote request with our term, so a candidate that is behind learns it, and with our
   * commit index, see learnCommitFromVoteRejection.
   */
  private rejectVote(m: Message, type: VoteRequestType): void {
    const commit = this.raftLog.committed;
    this.send({
      type: voteResponseType(type),
      to: m.from,
      term: this.term,
      reject: true,
      commit,
      logTerm: this.raftLog.term(commit),
    });
  }

  /**
   * Configurations take effect when applied, so a candidate that missed the commit of a
   * membership change still counts the votes of the old one. If a voter it needs was removed
   * by that change and has a longer log (its uncommitted tail as former leader, say), it
   * rejects every such candidate and nobody can win. The rejection carries the voter's commit
   * index and that entry's term: if the candidate holds the same entry, log matching makes
   * the whole prefix committed, and applying it moves the candidate to the new configuration.
   */
  private learnCommitFromVoteRejection(m: Message): void {
    if (m.commit > this.raftLog.committed && this.raftLog.matchTerm(m.commit, m.logTerm)) {
      this.logger?.info(
        `${this.id} learned commit index ${m.commit} from ${m.from}'s vote rejection`,
      );
      this.raftLog.commitTo(m.commit);
    }
  }

  private stepLeader(m: Message): StepResult {
    // The sender's progress, for responses and reports about a member.
    const pr = this.tracker.progress.get(m.from);
    switch (m.type) {
      case 'MsgBeat':
        this.bcastHeartbeat();
        return 'ok';
      case 'MsgCheckQuorum':
        if (!this.tracker.quorumActive()) {
          this.logger?.warn(`${this.id} stepped down to follower since quorum is not active`);
          this.becomeFollower(this.term, NO_NODE);
        }
        // Start the next round: every follower must show up again within an election timeout.
        this.tracker.visit((id, pr) => {
          if (id !== this.id) pr.recentActive = false;
        });
        return 'ok';
      case 'MsgProp':
        return this.handleProposal(m);
      case 'MsgReadIndex':
        if (this.leadsWithoutVote()) {
          // Being handed over: a leader outside the voters cannot vouch for reads (it would
          // not even count itself), and the successor may already be serving writes.
          return 'proposal-dropped';
        }
        if (this.tracker.isSingleton()) {
          this.respondToReadIndex(m, this.raftLog.committed);
          return 'ok';
        }
        // Until an entry of this term commits, our commit index may be behind the previous
        // leader's, so it cannot serve as a read index (thesis §6.4).
        if (!this.committedEntryInCurrentTerm()) {
          this.pendingReadIndexMessages.push(m);
          return 'ok';
        }
        this.startReadIndex(m);
        return 'ok';
      case 'MsgAppResp':
        if (pr !== undefined) this.handleAppendResponse(m, pr);
        return 'ok';
      case 'MsgHeartbeatResp':
        if (pr !== undefined) this.handleHeartbeatResponse(m, pr);
        return 'ok';
      case 'MsgSnapStatus':
        if (pr !== undefined) this.handleSnapshotStatus(m, pr);
        return 'ok';
      case 'MsgUnreachable':
        if (pr === undefined) return 'ok';
        // Optimistic replication to an unreachable follower only piles up lost messages.
        if (pr.state === 'replicate') pr.becomeProbe();
        this.logger?.info(
          `${this.id} failed to send message to ${m.from} because it is unreachable [${pr.toString()}]`,
        );
        return 'ok';
      case 'MsgTransferLeader':
        if (pr !== undefined) this.handleTransferLeader(m.from, pr);
        return 'ok';
      // Nothing to do as leader: messages only a leader sends (another leader of the same term
      // cannot exist, so these are stale or duplicated), a leader has no leader to forget,
      // votes are handled in step() and late responses to our own campaign need no action.
      case 'MsgForgetLeader':
      case 'MsgApp':
      case 'MsgHeartbeat':
      case 'MsgSnap':
      case 'MsgTimeoutNow':
      case 'MsgReadIndexResp':
      case 'MsgHup':
      case 'MsgVote':
      case 'MsgPreVote':
      case 'MsgVoteResp':
      case 'MsgPreVoteResp':
        return 'ok';
    }
  }

  private handleSnapshotStatus(m: Message, pr: Progress): void {
    if (pr.state !== 'snapshot') return;
    if (m.reject) {
      // The snapshot did not arrive: forget it and probe again, which sends a new one.
      pr.pendingSnapshot = 0;
    }
    pr.becomeProbe();
    this.logger?.info(
      `${this.id} snapshot ${m.reject ? 'failed' : 'succeeded'}, resumed sending replication messages to ${m.from} [${pr.toString()}]`,
    );
    // Wait for a heartbeat response (or the MsgAppResp the snapshot triggers) before
    // probing, rather than probing into a follower that may still be installing it.
    pr.probeSent = true;
  }

  private handleProposal(m: Message): StepResult {
    if (m.entries.length === 0) throw new Error(`${this.id} stepped empty MsgProp`);
    if (!this.tracker.progress.has(this.id)) {
      // Removed from the configuration while still leader (can happen while stepping down).
      return 'proposal-dropped';
    }
    if (this.leadTransferee !== NO_NODE) {
      this.logger?.info(
        `${this.id} [term ${this.term}] transfer leadership to ${this.leadTransferee} is in progress; dropping proposal`,
      );
      return 'proposal-dropped';
    }
    const entries = m.entries.map((e, i) => {
      if (e.type !== 'conf-change') return e;
      const cc = decodeConfChange(e.data);
      const refusal = this.confChangeRefusal(cc);
      if (refusal !== undefined) {
        this.logger?.info(
          `${this.id} ignoring conf change ${describeConfChange(cc)} at config ${describeConfig(this.tracker.config)}: ${refusal}`,
        );
        // Keep the slot (the proposer may wait on its index) but make it a no-op.
        return { ...e, type: 'normal' as const, data: new Uint8Array() };
      }
      this.pendingConfIndex = this.raftLog.lastIndex() + i + 1;
      return e;
    });
    if (!this.appendEntry(entries)) return 'proposal-dropped';
    this.bcastAppend();
    return 'ok';
  }

  /** Why a conf change may not be proposed now, or undefined if it may. */
  private confChangeRefusal(cc: ConfChange): string | undefined {
    const joint = isJoint(this.tracker.config);
    if (this.pendingConfIndex > this.raftLog.applied) {
      return `possible unapplied conf change at index ${this.pendingConfIndex} (applied to ${this.raftLog.applied})`;
    }
    if (joint && !isLeaveJoint(cc)) return 'must transition out of joint config first';
    if (!joint && isLeaveJoint(cc)) return 'not in joint state; refusing empty conf change';
    return undefined;
  }

  private handleAppendResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    if (m.reject) {
      this.logger?.info(
        `${this.id} received MsgAppResp(rejected, hint: (index ${m.rejectHint}, term ${m.logTerm})) from ${m.from} for index ${m.index}`,
      );
      // The follower told us the last index where its log may match ours, and its term there.
      // Our log has no entry matching before the last entry of ours at or below that term, so
      // probing can skip straight to it instead of going back one entry per round trip.
      let nextProbeIndex = m.rejectHint;
      if (m.logTerm > 0) {
        nextProbeIndex = this.raftLog.findConflictByTerm(m.rejectHint, m.logTerm).index;
      }
      if (pr.maybeDecrTo(m.index, nextProbeIndex)) {
        if (pr.state === 'replicate') pr.becomeProbe();
        this.sendAppend(m.from);
      }
      return;
    }

    const wasPaused = pr.isPaused();
    if (!pr.maybeUpdate(m.index)) return;
    if (pr.state === 'probe') {
      pr.becomeReplicate();
    } else if (pr.state === 'snapshot' && pr.match + 1 >= this.raftLog.firstIndex()) {
      // The follower caught up far enough (through the snapshot or otherwise) that plain
      // appends work again.
      this.logger?.info(
        `${this.id} recovered from needing snapshot, resumed sending replication messages to ${m.from} [${pr.toString()}]`,
      );
      pr.becomeProbe();
      pr.becomeReplicate();
    } else if (pr.state === 'replicate') {
      pr.inflights.freeLE(m.index);
    }

    if (this.maybeCommit()) {
      // A new entry of this term committed, which read requests may have been waiting for.
      this.releasePendingReadIndexMessages();
      this.bcastAppend();
    } else if (wasPaused) {
      // While paused, this follower may have missed the latest commit index.
      this.sendAppend(m.from);
    }
    // Flow control may now allow several messages at once (after probe -> replicate, or when
    // several inflights were freed): send as many as allowed, but no empty ones.
    if (m.from !== this.id) {
      while (this.maybeSendAppend(m.from, false)) {
        // Keep sending.
      }
    }
    if (m.from === this.leadTransferee && pr.match === this.raftLog.lastIndex()) {
      this.logger?.info(`${this.id} sent MsgTimeoutNow to ${m.from} after received MsgAppResp`);
      this.sendTimeoutNow(m.from);
    }
  }

  private handleHeartbeatResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    pr.probeSent = false;
    // The follower is alive: if acks were lost and the window is full, let one more through.
    if (pr.state === 'replicate' && pr.inflights.full()) pr.inflights.freeFirstOne();
    if (pr.match < this.raftLog.lastIndex()) this.sendAppend(m.from);

    if (m.context === undefined || m.context.length === 0) return;
    const acks = this.readOnly.recvAck(m.from, m.context);
    if (acks === undefined) return;
    const votes = new Map<NodeId, boolean>();
    for (const id of acks) votes.set(id, true);
    if (this.tracker.voteResult(votes) !== 'won') return;
    for (const status of this.readOnly.advance(m.context)) {
      this.respondToReadIndex(status.request, status.index);
    }
  }

  private handleTransferLeader(transferee: NodeId, pr: Progress): void {
    if (pr.isLearner) {
      this.logger?.info(`${this.id} is learner. Ignored transferring leadership`);
      return;
    }
    const last = this.leadTransferee;
    if (last !== NO_NODE) {
      if (last === transferee) {
        this.logger?.info(
          `${this.id} [term ${this.term}] transfer leadership to ${transferee} is in progress, ignores request to same node ${transferee}`,
        );
        return;
      }
      this.abortLeaderTransfer();
      this.logger?.info(
        `${this.id} [term ${this.term}] abort previous transferring leadership to ${last}`,
      );
    }
    if (transferee === this.id) {
      this.logger?.info(
        `${this.id} is already leader. Ignored transferring leadership to ${this.id}`,
      );
      return;
    }
    this.logger?.info(
      `${this.id} [term ${this.term}] starts to transfer leadership to ${transferee}`,
    );
    // The transfer must finish within an election timeout, else tickHeartbeat aborts it.
    this.electionElapsed = 0;
    this.leadTransferee = transferee;
    if (pr.match === this.raftLog.lastIndex()) {
      this.sendTimeoutNow(transferee);
      this.logger?.info(
        `${this.id} sends MsgTimeoutNow to ${transferee} immediately as ${transferee} already has up-to-date log`,
      );
    } else {
      // Bring the transferee up to date first; handleAppendResponse sends MsgTimeoutNow then.
      this.sendAppend(transferee);
    }
  }

  private stepCandidate(m: Message): StepResult {
    switch (m.type) {
      case 'MsgProp':
        this.logger?.info(`${this.id} no leader at term ${this.term}; dropping proposal`);
        return 'proposal-dropped';
      case 'MsgReadIndex':
        this.logger?.info(`${this.id} no leader at term ${this.term}; dropping index reading msg`);
        return 'proposal-dropped';
      case 'MsgApp':
        this.becomeFollower(m.term, m.from);
        this.handleAppendEntries(m);
        return 'ok';
      case 'MsgHeartbeat':
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return 'ok';
      case 'MsgSnap':
        this.becomeFollower(m.term, m.from);
        this.handleSnapshot(m);
        return 'ok';
      case 'MsgVoteResp':
      case 'MsgPreVoteResp':
        this.handleVoteResponse(m, m.type);
        return 'ok';
      case 'MsgTimeoutNow':
        this.logger?.info(
          `${this.id} [term ${this.term} state ${this.state}] ignored MsgTimeoutNow from ${m.from}`,
        );
        return 'ok';
      // Leader-only or local messages with nothing to do while campaigning.
      case 'MsgHup':
      case 'MsgBeat':
      case 'MsgCheckQuorum':
      case 'MsgUnreachable':
      case 'MsgSnapStatus':
      case 'MsgForgetLeader':
      case 'MsgAppResp':
      case 'MsgHeartbeatResp':
      case 'MsgTransferLeader':
      case 'MsgReadIndexResp':
      case 'MsgVote':
      case 'MsgPreVote':
        return 'ok';
    }
  }

  private handleVoteResponse(m: Message, type: 'MsgVoteResp' | 'MsgPreVoteResp'): void {
    // Only votes for the kind of election we run count: a pre-candidate may still receive
    // stale MsgVoteResps of an earlier real election, and the other way round.
    const myVoteResponse = this.state === 'pre-candidate' ? 'MsgPreVoteResp' : 'MsgVoteResp';
    if (type !== myVoteResponse) return;
    const result = this.poll(m.from, type, !m.reject);
    const { granted, rejected } = this.tracker.tallyVotes();
    this.logger?.info(
      `${this.id} has received ${granted} ${type} votes and ${rejected} vote rejections`,
    );
    if (result === 'won') {
      if (this.state === 'pre-candidate') {
        this.campaign('election');
      } else {
        this.becomeLeader();
        this.bcastAppend();
      }
    } else if (result === 'lost') {
      // A rejection carries the voter's term; stay at ours (a pre-vote rejection from a higher
      // term already moved us there in step()).
      this.becomeFollower(this.term, NO_NODE);
    }
  }

  private stepFollower(m: Message): StepResult {
    switch (m.type) {
      case 'MsgProp':
        if (this.lead === NO_NODE) {
          this.logger?.info(`${this.id} no leader at term ${this.term}; dropping proposal`);
          return 'proposal-dropped';
        }
        if (this.disableProposalForwarding) {
          this.logger?.info(
            `${this.id} not forwarding to leader ${this.lead} at term ${this.term}; dropping proposal`,
          );
          return 'proposal-dropped';
        }
        this.send({ ...m, to: this.lead, term: 0 });
        return 'ok';
      case 'MsgApp':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleAppendEntries(m);
        return 'ok';
      case 'MsgHeartbeat':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleHeartbeat(m);
        return 'ok';
      case 'MsgSnap':
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleSnapshot(m);
        return 'ok';
      case 'MsgTransferLeader':
        if (this.lead === NO_NODE) {
          this.logger?.info(
            `${this.id} no leader at term ${this.term}; dropping leader transfer msg`,
          );
          return 'ok';
        }
        this.send({ ...m, to: this.lead, term: 0 });
        return 'ok';
      case 'MsgForgetLeader':
        // The caller knows the leader is gone (e.g. it is unreachable): stop honouring its
        // lease so that votes for a new leader can be granted right away.
        if (this.lead !== NO_NODE) {
          this.logger?.info(`${this.id} forgetting leader ${this.lead} at term ${this.term}`);
          this.lead = NO_NODE;
        }
        return 'ok';
      case 'MsgTimeoutNow':
        this.logger?.info(
          `${this.id} [term ${this.term}] received MsgTimeoutNow from ${m.from} and starts an election to get leadership.`,
        );
        // Leadership transfer skips pre-vote: the leader asked for it, and the transferee's log
        // is known to be up to date.
        this.hup('transfer');
        return 'ok';
      case 'MsgReadIndex':
        if (this.lead === NO_NODE) {
          this.logger?.info(
            `${this.id} no leader at term ${this.term}; dropping index reading msg`,
          );
          return 'proposal-dropped';
        }
        this.send({ ...m, to: this.lead, term: 0 });
        return 'ok';
      case 'MsgReadIndexResp':
        this.readStates.push({ index: m.index, requestCtx: m.context ?? new Uint8Array() });
        return 'ok';
      // Leader-only or local messages with nothing to do as a follower; votes are handled in
      // step() and late vote responses need no action.
      case 'MsgHup':
      case 'MsgBeat':
      case 'MsgCheckQuorum':
      case 'MsgUnreachable':
      case 'MsgSnapStatus':
      case 'MsgAppResp':
      case 'MsgHeartbeatResp':
      case 'MsgVote':
      case 'MsgPreVote':
      case 'MsgVoteResp':
      case 'MsgPreVoteResp':
        return 'ok';
    }
  }

  private handleAppendEntries(m: Message): void {
    if (m.index < this.raftLog.committed) {
      // Everything up to our commit index matches any leader's log; tell the leader where that
      // ends rather than comparing entries that are settled.
      this.send({ type: 'MsgAppResp', to: m.from, index: this.raftLog.committed });
      return;
    }
    const lastNewIndex = this.raftLog.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNewIndex !== undefined) {
      this.send({ type: 'MsgAppResp', to: m.from, index: lastNewIndex });
      return;
    }
    const hint = this.raftLog.findConflictByTerm(
      Math.min(m.index, this.raftLog.lastIndex()),
      m.logTerm,
    );
    this.logger?.info(
      `${this.id} [logterm: ${this.raftLog.term(m.index)}, index: ${m.index}] rejected MsgApp [logterm: ${m.logTerm}, index: ${m.index}] from ${m.from}`,
    );
    this.send({
      type: 'MsgAppResp',
      to: m.from,
      index: m.index,
      reject: true,
      rejectHint: hint.index,
      logTerm: hint.term,
    });
  }

  private handleHeartbeat(m: Message): void {
    this.raftLog.commitTo(m.commit);
    this.send(
      m.context === undefined
        ? { type: 'MsgHeartbeatResp', to: m.from }
        : { type: 'MsgHeartbeatResp', to: m.from, context: m.context },
    );
  }

  private handleSnapshot(m: Message): void {
    const snapshot = m.snapshot;
    if (snapshot === undefined) throw new Error('MsgSnap without a snapshot');
    const { index, term } = snapshot.metadata;
    if (this.restore(snapshot)) {
      this.logger?.info(
        `${this.id} [commit: ${this.raftLog.committed}] restored snapshot [index: ${index}, term: ${term}]`,
      );
      this.send({ type: 'MsgAppResp', to: m.from, index: this.raftLog.lastIndex() });
    } else {
      this.logger?.info(
        `${this.id} [commit: ${this.raftLog.committed}] ignored snapshot [index: ${index}, term: ${term}]`,
      );
      this.send({ type: 'MsgAppResp', to: m.from, index: this.raftLog.committed });
    }
  }

  /**
   * Replaces the log with a snapshot, unless we already have what it holds. Returns whether it
   * did (the caller must then persist and apply the snapshot from the next Ready).
   */
  private restore(snapshot: Snapshot): boolean {
    const { index, term, confState } = snapshot.metadata;
    if (index <= this.raftLog.committed) return false;
    if (this.state !== 'follower') {
      // Only a leader of our term sends snapshots, and then we would be its follower. Move to a
      // higher term to be safe rather than restoring in a state that cannot expect it.
      this.logger?.warn(
        `${this.id} attempted to restore snapshot as ${this.state}; should never happen`,
      );
      this.becomeFollower(this.term + 1, NO_NODE);
      return false;
    }
    const members = [...confState.voters, ...confState.learners, ...confState.votersOutgoing];
    if (!members.includes(this.id)) {
      this.logger?.warn(
        `${this.id} attempted to restore snapshot but it is not in the ConfState; should never happen`,
      );
      return false;
    }
    if (this.raftLog.matchTerm(index, term)) {
      // We already have the entries the snapshot covers: just move the commit index.
      this.logger?.info(
        `${this.id} [commit: ${this.raftLog.committed}, lastindex: ${this.raftLog.lastIndex()}, lastterm: ${this.raftLog.lastTerm()}] fast-forwarded commit to snapshot [index: ${index}, term: ${term}]`,
      );
      this.raftLog.commitTo(index);
      return false;
    }
    this.raftLog.restore(snapshot);
    this.switchToConfig(restoreConfig(this.tracker, confState, this.raftLog.lastIndex()));
    return true;
  }

  /** Whether this node may campaign: it is a voter and has no snapshot left to install. */
  private promotable(): boolean {
    const pr = this.tracker.progress.get(this.id);
    return pr !== undefined && !pr.isLearner && !this.raftLog.hasPendingSnapshot();
  }

  // ---- Configuration ---------------------------------------------------------------------

  /** Applies a committed conf change; returns the resulting membership. */
  applyConfChange(cc: ConfChange): ConfState {
    const changer = new Changer(this.tracker, this.raftLog.lastIndex());
    let result: ConfigAndProgress;
    if (isLeaveJoint(cc)) {
      result = changer.leaveJoint();
    } else {
      const { enter, autoLeave } = enterJointMode(cc);
      result = enter ? changer.enterJoint(autoLeave, cc.changes) : changer.simple(cc.changes);
    }
    return this.switchToConfig(result);
  }

  /** Installs a configuration and adjusts to it: learner status, stepping down, commit. */
  private switchToConfig(next: ConfigAndProgress): ConfState {
    this.tracker.config = next.config;
    this.tracker.progress = next.progress;
    this.logger?.info(`${this.id} switched to configuration ${describeConfig(next.config)}`);
    const confState = this.tracker.confState();
    const self = this.tracker.progress.get(this.id);
    const campaigning = this.state === 'candidate' || this.state === 'pre-candidate';
    if (campaigning && (self === undefined || self.isLearner)) {
      // No longer a voter: this campaign must not make us leader of a group we are not in.
      this.becomeFollower(this.term, NO_NODE);
    }

    if (this.state !== 'leader' || confState.voters.length === 0) return confState;

    if (this.maybeCommit()) {
      // A smaller quorum may have committed more already.
      this.bcastAppend();
    } else {
      // Probe new members now rather than at the next heartbeat or proposal.
      this.tracker.visit((id) => {
        if (id !== this.id) this.maybeSendAppend(id, false);
      });
    }
    if (this.leadTransferee !== NO_NODE && !this.tracker.isVoter(this.leadTransferee)) {
      this.abortLeaderTransfer();
    }
    if (this.leadsWithoutVote()) this.handOffLeadership();
    return confState;
  }

  private loadState(hs: HardState): void {
    if (hs.commit < this.raftLog.committed || hs.commit > this.raftLog.lastIndex()) {
      throw new Error(
        `${this.id} state.commit ${hs.commit} is out of range [${this.raftLog.committed}, ${this.raftLog.lastIndex()}]`,
      );
    }
    this.raftLog.committed = hs.commit;
    this.term = hs.term;
    this.vote = hs.vote;
  }

  private maybeCommit(): boolean {
    return this.raftLog.maybeCommit(this.tracker.committed(), this.term);
  }

  // ---- Read index ------------------------------------------------------------------------

  private committedEntryInCurrentTerm(): boolean {
    return this.raftLog.term(this.raftLog.committed) === this.term;
  }

  private startReadIndex(m: Message): void {
    this.readOnly.addRequest(this.raftLog.committed, m);
    // Our own ack counts towards the quorum.
    this.readOnly.recvAck(this.id, m.context);
    this.bcastHeartbeatWithContext(m.context);
  }

  private releasePendingReadIndexMessages(): void {
    if (this.pendingReadIndexMessages.length === 0) return;
    if (!this.committedEntryInCurrentTerm()) return;
    const pending = this.pendingReadIndexMessages;
    this.pendingReadIndexMessages = [];
    for (const m of pending) this.startReadIndex(m);
  }

  /** Answers a read request: locally if it was ours, else with a MsgReadIndexResp. */
  private respondToReadIndex(request: Message, index: number): void {
    const context = request.context ?? new Uint8Array();
    if (request.from === NO_NODE || request.from === this.id) {
      this.readStates.push({ index, requestCtx: context });
      return;
    }
    this.send({ type: 'MsgReadIndexResp', to: request.from, index, context });
  }

  // ---- Leadership transfer ---------------------------------------------------------------

  private sendTimeoutNow(to: NodeId): void {
    this.send({ type: 'MsgTimeoutNow', to });
  }

  private abortLeaderTransfer(): void {
    this.leadTransferee = NO_NODE;
  }

  /** Leading a configuration this node is no longer a voter of (it was removed or demoted). */
  private leadsWithoutVote(): boolean {
    const self = this.tracker.progress.get(this.id);
    return this.state === 'leader' && (self === undefined || self.isLearner);
  }

  /**
   * A removed or demoted leader does not simply step down: the remaining voters may not know
   * yet that the change committed, so they may still count this node's vote, which its longer
   * log would deny to all of them, and no one could be elected. Instead it keeps leading
   * (accepting no proposals), which tells everyone the commit index, and transfers leadership
   * to the most up-to-date voter; tickHeartbeat retries if the transfer times out.
   */
  private handOffLeadership(): void {
    if (this.leadTransferee !== NO_NODE) return;
    let best: NodeId | undefined;
    let bestMatch = -1;
    this.tracker.visit((id, pr) => {
      if (id !== this.id && this.tracker.config.voters[0].has(id) && pr.match > bestMatch) {
        best = id;
        bestMatch = pr.match;
      }
    });
    if (best === undefined) return;
    this.logger?.info(`${this.id} is no longer a voter; handing leadership over to ${best}`);
    this.handleTransferLeader(best, this.tracker.progress.get(best)!);
  }

  // ---- Proposal size accounting ----------------------------------------------------------

  private increaseUncommittedSize(entries: readonly Entry[]): boolean {
    const size = entriesPayloadSize(entries);
    // Always accept when nothing is outstanding, so that one oversized proposal still goes
    // through; empty entries (leader's no-op, leave-joint) are never refused.
    if (
      this.uncommittedSize > 0 &&
      size > 0 &&
      this.maxUncommittedSize > 0 &&
      this.uncommittedSize + size > this.maxUncommittedSize
    ) {
      return false;
    }
    this.uncommittedSize += size;
    return true;
  }

  private reduceUncommittedSize(size: number): void {
    // Entries from an earlier term were never counted, so this may undercount: clamp at zero.
    this.uncommittedSize = Math.max(0, this.uncommittedSize - size);
  }
}

function voteResponseType(type: VoteRequestType): 'MsgVoteResp' | 'MsgPreVoteResp' {
  return type === 'MsgVote' ? 'MsgVoteResp' : 'MsgPreVoteResp';
}

function isCampaignTransfer(context: Uint8Array | undefined): boolean {
  if (context?.length !== CAMPAIGN_TRANSFER_CONTEXT.length) return false;
  return context.every((b, i) => b === CAMPAIGN_TRANSFER_CONTEXT[i]);
}
