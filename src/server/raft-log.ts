// The replicated log on Raft: owns the RawNode, its clock (a tick every heartbeat interval) and the
// Ready loop: persist (one LevelDB batch, synced when Raft says so), send, apply committed entries
// in order, answer read-index requests, advance. A cluster of one member runs the same code.
import { randomBytes } from 'node:crypto';
import {
  decodeConfChange,
  NO_NODE,
  RawNode,
  SeededRandom,
  type ConfChange,
  type ConfState,
  type Entry,
  type Message,
  type NodeId,
  type Ready,
} from '../raft/index.js';
import type { PeerTransport } from '../raft-transport/transport.js';
import type { ChangeBatch } from '../storage/backend.js';
import type { DurableRaftStorage } from '../storage/raft-storage.js';
import { DisposableStore } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { toHex } from '../util/long.js';
import { Errors } from './errors.js';
import type { CommittedEntry, LogStatus, ReplicatedLog } from './replicated-log.js';

export interface RaftLogOptions {
  id: NodeId;
  storage: DurableRaftStorage;
  transport: PeerTransport;
  /** etcd's --heartbeat-interval: one Raft tick. */
  tickMs: number;
  /** etcd's --election-timeout in ticks. */
  electionTicks: number;
  logger: Logger;
  /** Compact the log once this many entries were applied since the last compaction. */
  snapshotEveryEntries?: number;
  /** Entries kept behind a compaction for followers that are only slightly behind. */
  keepEntriesAfterCompaction?: number;
  /** How long a read-index request may wait for the leader. */
  readTimeoutMs: number;
  /** Called with the membership in force after each applied change. */
  onConfState?: (confState: ConfState) => void;
  /** The state machine as a whole, for followers behind the leader's compacted log. */
  stateSnapshot: StateSnapshotter;
  /** The state machine's applied changes not yet written: each save of the log carries them. */
  appliedChanges?: AppliedChanges;
  /** Raft's pre-vote phase (etcd's --pre-vote); on unless false. */
  preVote?: boolean;
  /**
   * etcd's --initial-election-tick-advance (on unless false): once peers are connected at start,
   * all but two ticks of the first election timeout are skipped.
   */
  initialElectionTickAdvance?: boolean;
  /**
   * Members the cluster removed, as applied here (etcd's IsIDRemoved): their messages and
   * snapshots never reach Raft, so a removed member that comes back with an old log cannot
   * disturb the cluster (raise terms, win votes). Default: nobody.
   */
  isRemoved?: (id: NodeId) => boolean;
}

/** How often a removed member's refused messages are logged, per member. */
const removedLogIntervalMs = 5000;

/** How long etcd waits at start for peers to connect before it gives up advancing ticks. */
const tickAdvanceWaitMs = 5000;
const tickAdvancePollMs = 50;

/** How RaftLog moves the whole state machine to and from a snapshot. */
export interface StateSnapshotter {
  /** Captures the applied state now; the returned function streams it. */
  take(): () => AsyncIterable<Uint8Array>;
  /** Writes a received state into the backend (before Raft is told of the snapshot). */
  write(data: AsyncIterable<Uint8Array>): Promise<void>;
  /** Makes the server take up the written state as applied up to `index`. */
  takeUp(index: number): Promise<void>;
}

/**
 * Changes that applying entries made but did not write (MvccStore's buffer). Writing them in the
 * log's own batch makes one LevelDB write per Raft round; such a batch is synced.
 */
export interface AppliedChanges {
  /** The changes to write, or undefined; `done` is called once written (or failed). */
  takeChanges(): ChangeBatch | undefined;
  /** Writes them on their own (before the backend is read as a whole). */
  flush(): Promise<void>;
}

interface PendingRead {
  resolve(index: number): void;
  reject(err: unknown): void;
  timer: NodeJS.Timeout;
}

export class RaftLog implements ReplicatedLog {
  private node: RawNode | undefined;
  private readonly disposables = new DisposableStore();
  private apply: ((entries: CommittedEntry[]) => Promise<void>) | undefined;
  private processing = false;
  private rerun = false;
  private scheduled = false;
  private readonly reads = new Map<string, PendingRead>();
  private leader: NodeId = NO_NODE;
  private term = 0;
  /** From the last hard state: status() is asked for every response header. */
  private commitIndex = 0;
  private appliedIndex = 0;
  private serverApplied = 0;
  private compactedUpTo = 0;
  private failure: unknown;
  private closed = false;
  private confState: ConfState | undefined;
  /** Proposals made while no leader was known, submitted once one is. */
  private waitingForLeader: (() => unknown)[] = [];

  /** When a removed member's message was last logged as rejected, per member. */
  private readonly rejectedLoggedMs = new Map<NodeId, number>();

  /** Since when each peer has been heard from without a gap, and when last (longestConnected). */
  private readonly contact = new Map<NodeId, { sinceMs: number; lastMs: number }>();

  constructor(private readonly options: RaftLogOptions) {}

  get isLeader(): boolean {
    return this.leader === this.options.id && this.leader !== NO_NODE;
  }

  status(): LogStatus {
    return { leaderId: this.leader, term: this.term, commitIndex: this.commitIndex };
  }

  followerMatches(): ReadonlyMap<NodeId, number> | undefined {
    const progress = this.node?.status().progress;
    if (!progress) return undefined;
    return new Map([...progress].map(([id, pr]) => [id, pr.match]));
  }

  async start(
    appliedIndex: number,
    apply: (entries: CommittedEntry[]) => Promise<void>,
  ): Promise<void> {
    const { storage, transport, id } = this.options;
    this.apply = apply;
    this.serverApplied = appliedIndex;
    // Raft redelivers everything after its snapshot: membership changes must reach the core again
    // even when the server applied their index already (it skips those entries itself).
    const snapshotIndex = storage.snapshot().metadata.index;
    this.appliedIndex = snapshotIndex;
    this.compactedUpTo = snapshotIndex;
    this.node = new RawNode({
      id,
      electionTick: this.options.electionTicks,
      heartbeatTick: 1,
      storage,
      applied: snapshotIndex,
      maxSizePerMsg: 1 << 20,
      maxInflightMsgs: 256,
      maxUncommittedEntriesSize: 64 << 20,
      checkQuorum: true,
      preVote: this.options.preVote ?? true,
      leaderWritesInParallel: true,
      random: new SeededRandom(randomBytes(4).readUInt32BE(0)),
      logger: {
        info: (m) => {
          this.options.logger.debug(m);
        },
        warn: (m) => {
          this.options.logger.warn(m);
        },
      },
    });
    this.confState = storage.initialState().confState;
    this.commitIndex = storage.initialState().hardState.commit;
    this.disposables.add(
      transport.onMessage((m) => {
        if (this.rejectsRemoved(m.from)) return;
        this.heardFrom(m.from);
        this.node?.step(m);
        this.schedule();
      }),
    );
    this.disposables.add(
      transport.onUnreachable((peer) => {
        this.node?.reportUnreachable(peer);
      }),
    );
    this.disposables.add(
      transport.onSnapshot((message, data) => this.receiveSnapshot(message, data)),
    );
    this.disposables.add(
      transport.onSnapshotStatus((peer, status) => {
        this.node?.reportSnapshot(peer, status);
        this.schedule();
      }),
    );
    this.disposables.interval(() => {
      this.node?.tick();
      this.schedule();
    }, this.options.tickMs);
    await transport.start();
    // Process what is already committed (bootstrap membership, entries not yet applied) now, so
    // the server starts from its state of before the stop.
    await this.processReady();
    // A lone voter need not wait an election timeout (etcd advances its ticks whatever
    // --initial-election-tick-advance says).
    const voters = this.confState.voters;
    if (voters.length === 1 && voters[0] === id) {
      this.node.campaign();
      await this.processReady();
    } else if (voters.length > 1 && this.options.initialElectionTickAdvance !== false) {
      this.advanceTicksOnceConnected();
    }
  }

  /**
   * etcd's adjustTicks: once more than one peer is connected (within five seconds of the start),
   * the first election timeout is cut to two ticks, so that a cluster starting or restarting
   * together elects without waiting it out, while a leader's heartbeat still has two ticks to
   * arrive. No peer connected: nothing to gain, the ticks stay.
   */
  private advanceTicksOnceConnected(): void {
    const deadline = Date.now() + tickAdvanceWaitMs;
    const poll = setInterval(() => {
      const peers = this.confState
        ? [...this.confState.voters, ...this.confState.learners].filter(
            (p) => p !== this.options.id,
          )
        : [];
      const active = peers.filter(
        (p) => this.options.transport.activeSince(p) !== undefined,
      ).length;
      if (active > 1 && this.node && !this.closed) {
        const ticks = this.options.electionTicks - 2;
        for (let i = 0; i < ticks; i++) this.node.tick();
        this.options.logger.info('advanced ticks for faster election', {
          advancedTicks: ticks,
          activeRemoteMembers: active,
        });
        this.schedule();
      }
      if (active > 1 || Date.now() > deadline) clearInterval(poll);
    }, tickAdvancePollMs);
    this.disposables.defer(() => {
      clearInterval(poll);
    });
  }

  /**
   * Proposes data. Without a known leader the proposal waits for one (as etcd's does); the
   * server's request timeout bounds the wait.
   */
  propose(data: Uint8Array): void {
    this.checkOpen();
    if (this.leader === NO_NODE) {
      this.waitingForLeader.push(() => this.node!.propose(data));
      return;
    }
    if (this.node!.propose(data) !== 'ok') throw Errors.timeout();
    this.schedule();
  }

  /** Proposes a membership change; its committed entry reaches the server like any other. */
  proposeConfChange(cc: ConfChange): void {
    this.checkOpen();
    if (this.leader === NO_NODE) {
      this.waitingForLeader.push(() => this.node!.proposeConfChange(cc));
      return;
    }
    if (this.node!.proposeConfChange(cc) !== 'ok') throw Errors.timeout();
    this.schedule();
  }

  /**
   * Of `candidates`, the peer in touch for the longest: etcd's longestConnected, the transferee
   * of a graceful stop. A member that has only just (re)started may not reach the others yet, and
   * leadership handed to it is lost again. In touch since the later of two moments: when our
   * stream to it last opened (etcd's ActiveSince; a restart breaks it, even one quicker than an
   * election timeout) and when it was last heard from after a silence of an election timeout
   * (a peer gone without its socket closing, as a machine losing power).
   */
  longestConnected(candidates: readonly NodeId[]): NodeId | undefined {
    const now = Date.now();
    let best: NodeId | undefined;
    let bestSinceMs = Infinity;
    for (const id of candidates) {
      const contact = this.contact.get(id);
      const streamSinceMs = this.options.transport.activeSince(id);
      if (!contact || streamSinceMs === undefined || now - contact.lastMs > this.contactGapMs)
        continue;
      const sinceMs = Math.max(contact.sinceMs, streamSinceMs);
      if (sinceMs < bestSinceMs) {
        best = id;
        bestSinceMs = sinceMs;
      }
    }
    return best;
  }

  peerActiveSince(peer: NodeId): number | undefined {
    return this.options.transport.activeSince(peer);
  }

  /** etcd's Process: a removed member's message is refused before Raft sees it. */
  private rejectsRemoved(from: NodeId): boolean {
    if (this.options.isRemoved?.(from) !== true) return false;
    const now = Date.now();
    if (now - (this.rejectedLoggedMs.get(from) ?? -Infinity) >= removedLogIntervalMs) {
      this.rejectedLoggedMs.set(from, now);
      this.options.logger.warn('rejected Raft message from removed member', {
        localMemberId: toHex(this.options.id),
        removedMemberId: toHex(from),
      });
    }
    return true;
  }

  private get contactGapMs(): number {
    return this.options.tickMs * this.options.electionTicks;
  }

  private heardFrom(peer: NodeId): void {
    const now = Date.now();
    const contact = this.contact.get(peer);
    if (!contact || now - contact.lastMs > this.contactGapMs)
      this.contact.set(peer, { sinceMs: now, lastMs: now });
    else contact.lastMs = now;
  }

  transferLeadership(to: NodeId): void {
    this.checkOpen();
    this.node!.transferLeader(to);
    this.schedule();
  }

  readIndex(): Promise<number> {
    try {
      this.checkOpen();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : Errors.stopped());
    }
    if (this.leader === NO_NODE) return Promise.reject(Errors.noLeader());
    const ctx = randomBytes(8);
    const key = ctx.toString('hex');
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.reads.delete(key);
        reject(Errors.timeout());
      }, this.options.readTimeoutMs);
      this.reads.set(key, { resolve, reject, timer });
      this.node!.readIndex(ctx);
      this.schedule();
    });
  }

  private checkOpen(): void {
    if (this.closed || !this.node) throw Errors.stopped();
  }

  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.processReady();
    });
  }

  private async processReady(): Promise<void> {
    if (this.processing) {
      this.rerun = true;
      return;
    }
    this.processing = true;
    try {
      const node = this.node!;
      while (!this.closed && node.hasReady()) {
        const rd = node.ready();
        this.noteSoftState(rd);
        const snapshotMessages = rd.messages.filter((m) => m.type === 'MsgSnap');
        const messages = rd.messages.filter((m) => m.type !== 'MsgSnap');
        const applyWhileSaving = this.persistedBefore(rd);
        // A leader's appends leave before its own write, so followers write while it does
        // (thesis §10.2.1); the core counts the leader's entries only after advance(). Other
        // messages (a follower's acknowledgement, a vote) leave once this Ready is on disk.
        if (rd.sendBeforeWrite) this.options.transport.send(messages);
        const saved = this.save(rd).then(() => {
          if (!rd.sendBeforeWrite) this.options.transport.send(messages);
        });
        if (applyWhileSaving) {
          // Entries an earlier Ready wrote are applied while this one's batch goes to disk, as
          // etcd applies while its WAL syncs: a commit-only Ready's write is off the reply's path.
          await Promise.all([saved, this.applyCommitted(rd.committedEntries)]);
        } else {
          await saved;
          if (rd.snapshot) await this.takeUpSnapshot(rd.snapshot.metadata.index);
          await this.applyCommitted(rd.committedEntries);
        }
        // Sent after applying and writing, so the state sent is exactly what the snapshot's index says.
        if (snapshotMessages.length > 0) await this.options.appliedChanges?.flush();
        for (const m of snapshotMessages) this.sendSnapshot(m);
        this.answerReads(rd);
        node.advance();
        await this.maybeCompact();
      }
    } catch (err) {
      this.fail(err);
    } finally {
      this.processing = false;
      if (this.rerun && !this.closed) {
        this.rerun = false;
        this.schedule();
      }
    }
  }

  /** Whether every entry the Ready commits was already written by an earlier Ready. */
  private persistedBefore(rd: Ready): boolean {
    const last = rd.committedEntries[rd.committedEntries.length - 1];
    return (
      last !== undefined &&
      rd.snapshot === undefined &&
      last.index <= this.options.storage.lastIndex()
    );
  }

  /**
   * Persists a Ready. The applied changes waiting to be written ride a synced one; a Ready that
   * only moves the commit index is not synced (etcd's WAL does not sync it either).
   */
  private async save(rd: Ready): Promise<void> {
    const changes = rd.mustSync ? this.options.appliedChanges?.takeChanges() : undefined;
    await this.options.storage.save(rd, rd.mustSync, changes);
  }

  /**
   * A follower behind the compacted log gets the leader's state as of now (etcd's merged
   * snapshot): the snapshot the core chose is replaced by one at the applied index, with the
   * membership in force, and the backend is streamed behind it.
   */
  private sendSnapshot(m: Message): void {
    const index = this.appliedIndex;
    const metadata = { index, term: this.options.storage.term(index), confState: this.confState! };
    const data = this.options.stateSnapshot.take();
    const message = { ...m, snapshot: { metadata, data: new Uint8Array() } };
    void this.options.transport.sendSnapshot(message, data).then((status) => {
      this.node?.reportSnapshot(m.to, status);
      this.schedule();
    });
  }

  /** A snapshot from the leader: written to the backend first, then handed to Raft. */
  private async receiveSnapshot(message: Message, data: AsyncIterable<Uint8Array>): Promise<void> {
    if (this.rejectsRemoved(message.from))
      throw new Error('cannot process message from removed member');
    const index = message.snapshot?.metadata.index ?? 0;
    const committed = this.node?.status().hardState.commit ?? 0;
    // Raft ignores a snapshot it does not need; the backend must not be overwritten then.
    if (index <= committed || this.closed) {
      // Drain the stream so the sender sees a clean end.
      const drained = data[Symbol.asyncIterator]();
      while (!(await drained.next()).done);
      return;
    }
    while (this.processing) await nextTurn();
    this.processing = true;
    try {
      // Changes applied before must not land on top of the leader's state.
      await this.options.appliedChanges?.flush();
      await this.options.stateSnapshot.write(data);
      this.node!.step(message);
    } finally {
      this.processing = false;
    }
    this.schedule();
  }

  private async takeUpSnapshot(index: number): Promise<void> {
    await this.options.stateSnapshot.takeUp(index);
    this.appliedIndex = index;
    this.serverApplied = index;
    this.compactedUpTo = index;
    this.confState = this.options.storage.snapshot().metadata.confState;
    this.options.onConfState?.(this.confState);
  }

  private noteSoftState(rd: Ready): void {
    if (rd.hardState) {
      this.term = rd.hardState.term;
      this.commitIndex = rd.hardState.commit;
    }
    if (!rd.softState || rd.softState.lead === this.leader) return;
    this.leader = rd.softState.lead;
    this.options.logger.info('raft leader changed', { leader: this.leader, term: this.term });
    if (this.leader !== NO_NODE) {
      // Submitted outside the Ready being handled. A proposal the new leader drops is not
      // retried: its caller times out, as etcd's does.
      const waiting = this.waitingForLeader.splice(0);
      if (waiting.length > 0) {
        setImmediate(() => {
          for (const submit of waiting) submit();
          this.schedule();
        });
      }
    }
    // Reads waiting on a leader that is gone would only time out: fail them now so clients retry.
    if (this.leader === NO_NODE) {
      for (const [key, read] of this.reads) {
        clearTimeout(read.timer);
        read.reject(Errors.leaderChanged());
        this.reads.delete(key);
      }
    }
  }

  private async applyCommitted(entries: readonly Entry[]): Promise<void> {
    if (entries.length === 0) return;
    const forServer: CommittedEntry[] = [];
    for (const e of entries) {
      if (e.type === 'conf-change') {
        this.confState = this.node!.applyConfChange(decodeConfChange(e.data));
        this.options.onConfState?.(this.confState);
      }
      // The server skips what it applied before a restart; Raft still needed the conf changes.
      if (e.index > this.serverApplied) {
        forServer.push({
          index: e.index,
          term: e.term,
          data: e.data,
          confChange: e.type === 'conf-change',
        });
      }
    }
    if (forServer.length > 0) {
      await this.apply!(forServer);
      this.serverApplied = forServer[forServer.length - 1]!.index;
    }
    this.appliedIndex = entries[entries.length - 1]!.index;
  }

  private answerReads(rd: Ready): void {
    for (const rs of rd.readStates) {
      const key = Buffer.from(rs.requestCtx).toString('hex');
      const read = this.reads.get(key);
      if (!read) continue;
      this.reads.delete(key);
      clearTimeout(read.timer);
      read.resolve(rs.index);
    }
  }

  private async maybeCompact(): Promise<void> {
    const every = this.options.snapshotEveryEntries ?? 10_000;
    const keep = this.options.keepEntriesAfterCompaction ?? 5_000;
    const upTo = this.appliedIndex - keep;
    if (upTo - this.compactedUpTo < every || !this.confState) return;
    // The entries dropped must be applied in the backend, not only in memory.
    await this.options.appliedChanges?.flush();
    await this.options.storage.compact(upTo, this.confState);
    this.compactedUpTo = upTo;
  }

  private fail(err: unknown): void {
    this.failure ??= err;
    this.options.logger.error('replicated log stopped', {
      error: err instanceof Error ? err.stack : String(err),
    });
    this.closed = true;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.disposables.dispose();
    for (const read of this.reads.values()) {
      clearTimeout(read.timer);
      read.reject(Errors.stopped());
    }
    this.reads.clear();
    await this.options.transport.close();
    while (this.processing) await nextTurn();
  }
}

/** Resolves after the event loop's next check phase. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
