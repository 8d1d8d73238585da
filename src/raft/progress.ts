// The leader's view of one follower: how far its log matches, what to send next, and which flow
// control state it is in.
//
// - probe: the leader does not know where the follower's log ends. It sends one MsgApp at a time
//   and waits for the answer (or a heartbeat response) before the next, walking `next` back on
//   each rejection.
// - replicate: the follower is known to match up to `match`; the leader streams entries
//   optimistically (advancing `next` on send), limited by the inflights window.
// - snapshot: the entries the follower needs are compacted; the leader sent a snapshot and sends
//   nothing else until the follower reports it installed (or the transport reports a failure).
import { Inflights } from './inflights.js';
import type { ProgressStateType } from './types.js';

export class Progress {
  match: number;
  next: number;
  state: ProgressStateType = 'probe';
  /** In snapshot state, the index of the snapshot being sent. */
  pendingSnapshot = 0;
  /** Heard from since the last check-quorum round; reset by the leader on each round. */
  recentActive: boolean;
  /**
   * In probe state: a probe is outstanding, so send nothing more until a response or heartbeat
   * response. (In replicate state the inflights window plays this role.)
   */
  probeSent = false;
  inflights: Inflights;
  isLearner: boolean;

  constructor(fields: {
    match: number;
    next: number;
    inflights: Inflights;
    isLearner: boolean;
    recentActive: boolean;
  }) {
    this.match = fields.match;
    this.next = fields.next;
    this.inflights = fields.inflights;
    this.isLearner = fields.isLearner;
    this.recentActive = fields.recentActive;
  }

  /** A copy that shares nothing mutable, for configuration changes built on the side. */
  clone(): Progress {
    const copy = new Progress({
      match: this.match,
      next: this.next,
      inflights: this.inflights.clone(),
      isLearner: this.isLearner,
      recentActive: this.recentActive,
    });
    copy.state = this.state;
    copy.pendingSnapshot = this.pendingSnapshot;
    copy.probeSent = this.probeSent;
    return copy;
  }

  private resetState(state: ProgressStateType): void {
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    // After a snapshot, probe right after it: the follower has (or is about to have) everything
    // up to the snapshot, or the snapshot failed and we find the right place again anyway.
    if (this.state === 'snapshot') {
      const pendingSnapshot = this.pendingSnapshot;
      this.resetState('probe');
      this.next = Math.max(this.match + 1, pendingSnapshot + 1);
    } else {
      this.resetState('probe');
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState('snapshot');
    this.pendingSnapshot = snapshotIndex;
  }

  /**
   * Bookkeeping for a MsgApp whose entries end at lastIndex and weigh `bytes`. Only called when
   * entries were actually sent.
   */
  sentEntries(lastIndex: number, bytes: number): void {
    switch (this.state) {
      case 'replicate':
        this.next = lastIndex + 1;
        this.inflights.add(lastIndex, bytes);
        break;
      case 'probe':
        this.probeSent = true;
        break;
      case 'snapshot':
        throw new Error('sending entries to a follower in snapshot state');
    }
  }

  /**
   * The follower acknowledged entries up to n. Returns false if that is old news (a duplicate or
   * reordered response), in which case nothing changes.
   */
  maybeUpdate(n: number): boolean {
    let updated = false;
    if (this.match < n) {
      this.match = n;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, n + 1);
    return updated;
  }

  /**
   * The follower rejected a MsgApp whose previous index was `rejected`, hinting that its log
   * may match up to `matchHint`. Returns false for a stale rejection that needs no action.
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === 'replicate') {
      // In replicate state `next` ran ahead; only a rejection of what we know matches is stale.
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    // In probe state only the rejection of the latest probe (sent at next - 1) counts.
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.probeSent = false;
    return true;
  }

  /** Whether the leader should hold back MsgApps to this follower. */
  isPaused(): boolean {
    switch (this.state) {
      case 'probe':
        return this.probeSent;
      case 'replicate':
        return this.inflights.full();
      case 'snapshot':
        return true;
    }
  }

  toString(): string {
    let s = `${this.state} match=${this.match} next=${this.next}`;
    if (this.isLearner) s += ' learner';
    if (this.isPaused()) s += ' paused';
    if (this.pendingSnapshot > 0) s += ` pendingSnap=${this.pendingSnapshot}`;
    if (!this.recentActive) s += ' inactive';
    if (this.inflights.count() > 0) s += ` inflight=${this.inflights.count()}`;
    if (this.inflights.full()) s += '[full]';
    return s;
  }
}
